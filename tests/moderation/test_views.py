import pytest

from sereen.moderation import services
from sereen.moderation.models import Appeal
from tests.factories.moderation import CommentFactory

pytestmark = pytest.mark.django_db


def login(client, user):
    client.force_login(user)
    return client


def test_appeal_pages_and_decide(client, published, channel, member):
    decision = services.decide_by_human(
        comment=CommentFactory(channel=channel),
        actor=member("moderator"),
        action="hide",
        rule_codes=["R1"],
    )
    appeal = services.file_appeal(
        organisation=channel.organisation, reference=decision.reference, text="Oneerlijk"
    )
    slug = channel.organisation.slug
    login(client, member("moderator"))
    assert appeal.reference in client.get(f"/app/{slug}/moderatie/bezwaren/").content.decode()
    response = client.post(
        f"/app/{slug}/moderatie/bezwaren/{appeal.pk}/", {"outcome": "overturned", "note": "Ok"}
    )
    assert response.status_code == 302
    assert Appeal.objects.get().outcome == "overturned"


def test_antwoorder_cannot_handle_appeals_or_crisis(client, published, channel, member):
    slug = channel.organisation.slug
    login(client, member("antwoorder"))
    assert client.post(
        f"/app/{slug}/moderatie/crisis/", {"do": "start", "reason": "x"}
    ).status_code in (400, 403)
    assert not services.is_crisis_mode(channel.organisation)


def test_crisis_page_for_beheerder(client, published, channel, member):
    slug = channel.organisation.slug
    login(client, member("beheerder"))
    assert (
        client.post(
            f"/app/{slug}/moderatie/crisis/", {"do": "start", "reason": "Storm"}
        ).status_code
        == 302
    )
    assert services.is_crisis_mode(channel.organisation)


def test_channel_list_and_token_shown_once(client, channel, member):
    slug = channel.organisation.slug
    login(client, member("beheerder"))
    assert channel.name in client.get(f"/app/{slug}/kanalen/").content.decode()
    response = client.post(f"/app/{slug}/kanalen/{channel.pk}/token/", {"name": "koppeling"})
    assert response.status_code == 200 and "srn_" in response.content.decode()
    client.force_login(member("moderator"))
    assert client.post(f"/app/{slug}/kanalen/{channel.pk}/token/").status_code == 403


def test_moderator_proposes_a_block_and_a_colleague_confirms_it(client, published, channel, member):
    from sereen.moderation.models import Block

    proposer, colleague = member("moderator"), member("moderator")
    author = CommentFactory(channel=channel).author
    slug = channel.organisation.slug
    login(client, proposer)
    page = f"/app/{slug}/moderatie/auteurs/{author.pk}/"
    assert 'id="propose-block-form"' in client.get(page).content.decode()
    assert client.post(page, {"days": -1, "reason": "x"}).status_code == 400
    assert client.post(page, {"days": 14, "reason": "Blijft schelden."}).status_code == 302
    block = Block.objects.get(author=author)
    assert block.status == "proposed" and block.proposed_by == proposer and block.days == 14
    action = f"/app/{slug}/moderatie/blokkeringen/{block.pk}/"
    client.post(action, {"do": "confirm"})  # the proposer cannot confirm
    block.refresh_from_db()
    assert block.status == "proposed"
    login(client, colleague)
    client.post(action, {"do": "confirm"})
    block.refresh_from_db()
    assert block.status == "confirmed" and block.confirmed_by == colleague
    assert block.ends_at is not None
    assert "14 dagen" in client.get(f"/app/{slug}/moderatie/blokkeringen/").content.decode()
