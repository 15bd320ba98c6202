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
