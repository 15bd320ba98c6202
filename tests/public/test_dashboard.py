"""The start page per role: each role sees the work that waits for it, and nothing it may not see."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

import pytest

from sereen.inbox.services import open_review_item
from sereen.moderation.models import Appeal, Comment
from sereen.policy.services import (
    acknowledge_code_of_conduct,
    approve,
    install_starter_policy,
    start_new_draft_from,
    submit_for_approval,
)
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
def beheerder(member):
    return member("beheerder", first_name="Bram", last_name="Beheerder")


@pytest.fixture
def published(organisation, beheerder):
    """The starter policy, approved by the college and published, with a review date."""
    return install_starter_policy(organisation=organisation, actor=beheerder)


@pytest.fixture
def submitted(organisation, beheerder, published):
    """Version 2 waits for the governing body."""
    draft = start_new_draft_from(version=published, actor=beheerder)
    return submit_for_approval(version=draft, actor=beheerder, change_note="Strengere spamregel")


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


def test_a_moderator_finds_the_audit_log_from_the_start_page(client, member, organisation):
    board = page(client, member("moderator"), organisation).context["board"]
    link = next(link for link in board.links if link.label == "Auditlogboek")
    assert client.get(link.url).status_code == 200
    redacteur = page(client, member("redacteur"), organisation).context["board"]
    assert "Auditlogboek" not in [link.label for link in redacteur.links]


def test_bestuur_sees_the_version_waiting_for_its_approval_and_no_queue(
    client, member, organisation, waiting, submitted
):
    response = page(client, member("bestuur"), organisation)
    board = response.context["board"]
    assert board.queue is None
    assert board.policy.number == 1
    assert board.policy.open_version.number == 2
    assert board.policy.open_version.your_turn
    assert board.has_work
    html = response.content.decode()
    assert "Versie 2 wacht op goedkeuring" in html
    assert f'href="/app/{organisation.slug}/beleid/versie/2/"' in html


def test_beheerder_sees_the_policy_in_force_its_review_date_and_who_did_not_read_the_code(
    client, member, organisation, beheerder, published
):
    moderator = member("moderator", first_name="Mona", last_name="Moderator")
    member("antwoorder", first_name="Ahmed", last_name="Antwoorder")
    acknowledge_code_of_conduct(organisation=organisation, actor=moderator)
    response = page(client, beheerder, organisation)
    board = response.context["board"]
    assert board.policy.number == 1
    assert board.policy.review_date == published.review_date
    assert board.policy.open_version is None
    assert board.policy.not_acknowledged == ["Ahmed Antwoorder", "Bram Beheerder"]
    assert board.policy.staff_count == 3
    html = response.content.decode()
    assert "Te herbekijken tegen" in html
    assert "2/3" in html
    assert "collega’s bevestigden de gedragscode nog niet" in html
    assert "Ahmed Antwoorder, Bram Beheerder" in html


def test_beheerder_is_told_to_publish_what_was_approved(
    client, member, organisation, beheerder, submitted
):
    college = member("bestuur")
    approve(
        version=submitted,
        actor=college,
        body="College van burgemeester en schepenen",
        decision_date=timezone.localdate(),
        reference="CBS/2026/0100",
        review_date=timezone.localdate() + dt.timedelta(days=365),
    )
    board = page(client, beheerder, organisation).context["board"]
    assert board.policy.open_version.state == "approved"
    assert board.policy.open_version.your_turn
    assert board.has_work


def test_the_review_date_warns_two_months_ahead(organisation, published):
    from sereen.public.selectors import PolicyState

    state = PolicyState(
        number=1,
        approved_by="",
        decision_date=None,
        review_date=timezone.localdate() + dt.timedelta(days=59),
        open_version=None,
        url="",
        public_url="",
    )
    assert state.review_due_soon and not state.review_overdue
    state.review_date = timezone.localdate() + dt.timedelta(days=90)
    assert not state.review_due_soon


def test_a_colleague_who_has_not_read_the_code_is_asked_to(client, member, organisation, published):
    moderator = member("moderator")
    board = page(client, moderator, organisation).context["board"]
    assert board.code_to_acknowledge
    assert board.policy is None  # the policy's state is for those who write, approve or check it
    acknowledge_code_of_conduct(organisation=organisation, actor=moderator)
    assert not page(client, moderator, organisation).context["board"].code_to_acknowledge


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
    assert board.policy.number is None  # nothing published: nothing to acknowledge either
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
