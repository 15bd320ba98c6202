"""The start page per role: each role sees the work that waits for it, and nothing it may not see."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

import pytest

from sereen.inbox.services import open_review_item
from sereen.moderation.models import Appeal, Comment
from sereen.policy.models import Policy, PolicyVersion
from tests.factories.moderation import ChannelFactory, CommentFactory, ModerationDecisionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def waiting(organisation):
    """Three comments wait for a person; one of them is a threat escalated to the police.

    As in real use, the inbox opens a review item for each decision that leaves the comment to a
    person; the start page reads the queue from those items.
    """
    channel = ChannelFactory(organisation=organisation, name="Gemeentepagina")
    made = []
    for minutes, text, escalate in (
        (300, "Wanneer gaat het zwembad open?", "none"),
        (90, "Ik weet waar die schepen woont", "police"),
        (10, "WAAROM IS DE STRAAT NOG DICHT", "none"),
    ):
        comment = CommentFactory(
            channel=channel,
            text=text,
            status=Comment.Status.AWAITING_REVIEW,
            created_at=timezone.now() - dt.timedelta(minutes=minutes),
        )
        decision = ModerationDecisionFactory(comment=comment, action="review", escalate=escalate)
        open_review_item(comment=comment, decision=decision)
        made.append(comment)
    CommentFactory(channel=channel, text="Merci!", status=Comment.Status.DECIDED)
    return made


@pytest.fixture
def policy_versions(organisation):
    policy = Policy.objects.create(organisation=organisation)
    PolicyVersion.objects.create(policy=policy, number=1, state=PolicyVersion.State.PUBLISHED)
    PolicyVersion.objects.create(policy=policy, number=2, state=PolicyVersion.State.SUBMITTED)
    return policy


def page(client, user, organisation):
    client.force_login(user)
    response = client.get(f"/app/{organisation.slug}/")
    assert response.status_code == 200
    return response


def test_moderator_sees_the_queue_size_with_the_urgent_item_first(
    client, member, organisation, waiting
):
    response = page(client, member("moderator"), organisation)
    board = response.context["board"]
    assert board.queue.size == 3
    assert board.queue.urgent == 1
    assert board.queue.nearest[0].text == "Ik weet waar die schepen woont"
    assert [i.text for i in board.queue.nearest[1:]] == [
        "Wanneer gaat het zwembad open?",
        "WAAROM IS DE STRAAT NOG DICHT",
    ]
    html = response.content.decode()
    assert "reacties wachten op een medewerker" in html
    assert "1 dringend" in html


def test_antwoorder_sees_the_queue_but_not_appeals_or_blocks(client, member, organisation, waiting):
    board = page(client, member("antwoorder"), organisation).context["board"]
    assert board.queue.size == 3
    assert board.appeals_open is None
    assert board.blocks_proposed is None


def test_bestuur_sees_the_version_waiting_for_approval_and_no_queue(
    client, member, organisation, waiting, policy_versions
):
    response = page(client, member("bestuur"), organisation)
    board = response.context["board"]
    assert board.queue is None
    assert board.policy.submitted == 1
    assert board.policy.number == 1
    assert board.has_work
    assert "1 versie wacht op goedkeuring" in response.content.decode()


def test_beheerder_sees_the_policy_state(client, member, organisation, policy_versions):
    response = page(client, member("beheerder"), organisation)
    board = response.context["board"]
    assert board.policy.state == "published"
    assert "Socialemediabeleid" in response.content.decode()


def test_leidinggevende_sees_open_appeals(client, member, organisation, waiting):
    decision = ModerationDecisionFactory(
        comment=CommentFactory(channel=waiting[0].channel), action="hide", reference="K7QX-M2PD"
    )
    Appeal.objects.create(
        organisation=organisation,
        comment=decision.comment,
        decision=decision,
        reference="K7QX-M2PD",
        text="Dit was geen belediging.",
        filed_by_public=True,
    )
    board = page(client, member("leidinggevende"), organisation).context["board"]
    assert board.appeals_open == 1
    assert board.queue is None


def test_lezer_gets_links_and_nothing_to_do(client, member, organisation, waiting):
    response = page(client, member("lezer"), organisation)
    board = response.context["board"]
    assert board.queue is None
    assert not board.has_work
    assert "Er wacht niets op u" in response.content.decode()
    assert any(link.url.endswith("/transparantie/") for link in board.links)


def test_a_member_of_another_organisation_gets_a_dutch_403(client, member, organisation):
    from tests.factories.accounts import OrganisationFactory

    other = OrganisationFactory(name="OCMW Elders", slug="elders")
    client.force_login(member("moderator", org=other))
    response = client.get(f"/app/{organisation.slug}/")
    assert response.status_code == 403
    assert "U hebt geen toegang tot deze pagina" in response.content.decode()


def test_anonymous_visitor_is_sent_to_the_login_page(client, organisation):
    response = client.get(f"/app/{organisation.slug}/")
    assert response.status_code == 302
    assert "/account/inloggen/" in response["Location"]


def test_a_person_with_one_organisation_lands_on_its_start_page(client, member, organisation):
    user = member("moderator")
    response = client.post(
        "/account/inloggen/", {"username": user.username, "password": "wachtwoord-123"}
    )
    assert response.status_code == 302
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"] == f"/app/{organisation.slug}/"
