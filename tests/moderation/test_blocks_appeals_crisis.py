import datetime as dt

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

import pytest

from sereen.core.models import AuditEvent
from sereen.moderation import services
from sereen.moderation.models import Appeal, Comment, CrisisPeriod, PlatformAction, Strike
from tests.factories.moderation import AuthorFactory, CommentFactory

pytestmark = pytest.mark.django_db


# Blocks -----------------------------------------------------------------------------------


def test_block_needs_another_person_unless_beheerder(channel, member):
    author = AuthorFactory(channel=channel)
    first, second = member("moderator"), member("moderator")
    block = services.propose_block(author=author, actor=first, days=7, reason="Herhaald schelden")
    with pytest.raises(PermissionDenied):
        services.confirm_block(block=block, actor=first)
    block = services.confirm_block(block=block, actor=second)
    assert block.status == "confirmed" and block.confirmed_by == second
    assert (block.ends_at - block.starts_at) == dt.timedelta(days=7)
    assert PlatformAction.objects.get(author=author, kind="block").status == "planned"
    services.lift_block(block=block, actor=first, note="Excuses aangeboden")
    block.refresh_from_db()
    assert block.status == "lifted"
    assert PlatformAction.objects.filter(author=author, kind="unblock").exists()
    assert AuditEvent.objects.filter(action="moderation.block_confirmed").exists()


def test_beheerder_may_confirm_own_proposal_and_permanent_block(channel, member):
    beheerder = member("beheerder")
    block = services.propose_block(
        author=AuthorFactory(channel=channel), actor=beheerder, days=0, reason="r"
    )
    block = services.confirm_block(block=block, actor=beheerder)
    assert block.ends_at is None


def test_block_on_platform_without_block_is_not_supported(organisation, member):
    from tests.factories.moderation import ChannelFactory

    insta = ChannelFactory(organisation=organisation, platform="instagram")
    author = AuthorFactory(channel=insta)
    block = services.propose_block(author=author, actor=member("moderator"), days=3, reason="r")
    services.confirm_block(block=block, actor=member("moderator"))
    action = PlatformAction.objects.get(author=author, kind="block")
    assert action.status == "not_supported_by_platform" and "Instagram" in action.note


@pytest.mark.parametrize("role", ["antwoorder", "lezer", "redacteur"])
def test_roles_without_block_permission(channel, member, role):
    with pytest.raises(PermissionDenied):
        services.propose_block(
            author=AuthorFactory(channel=channel), actor=member(role), days=1, reason="r"
        )


# Appeals ----------------------------------------------------------------------------------


def _hidden_by(moderator, channel):
    comment = CommentFactory(channel=channel, text="Dat is gewoon mijn mening")
    return services.decide_by_human(
        comment=comment, actor=moderator, action="hide", rule_codes=["R1"]
    )


def test_public_appeal_and_overturn_restores(client, published, channel, member):
    decider, handler = member("moderator"), member("moderator")
    decision = _hidden_by(decider, channel)
    slug = channel.organisation.slug
    response = client.post(
        f"/{slug}/bezwaar/",
        {
            "reference": decision.reference.lower().replace("-", " "),
            "text": "Dit was geen belediging.",
            "contact_email": "burger@example.be",
        },
    )
    assert response.status_code == 302
    appeal = Appeal.objects.get()
    assert appeal.filed_by_public and appeal.reference == decision.reference
    with pytest.raises(PermissionDenied):
        services.decide_appeal(appeal=appeal, actor=decider, outcome="overturned", note="klopt")
    services.decide_appeal(appeal=appeal, actor=handler, outcome="overturned", note="Kritiek mag.")
    appeal.refresh_from_db()
    comment = Comment.objects.get(pk=decision.comment_id)
    assert appeal.status == "decided" and appeal.handled_by == handler
    assert comment.visible and comment.decisions.get(is_current=True).action == "keep"
    assert PlatformAction.objects.filter(comment=comment, kind="unhide").exists()
    assert not Strike.objects.filter(comment=comment, revoked=False).exists()
    assert AuditEvent.objects.filter(action="moderation.appeal_decided", actor=handler).exists()
    assert mail.outbox and "burger@example.be" in mail.outbox[-1].to


def test_public_appeal_form_errors(client, organisation):
    response = client.post(f"/{organisation.slug}/bezwaar/", {"reference": "AAAA-BBBB", "text": ""})
    assert response.status_code == 400
    assert 'href="#id_text"' in response.content.decode()
    response = client.post(
        f"/{organisation.slug}/bezwaar/", {"reference": "AAAA-BBBB", "text": "Oneerlijk"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'href="#id_reference"' in body and "We vinden geen beslissing" in body
    assert not Appeal.objects.exists()


def test_one_appeal_per_decision_and_colleague_appeal(published, channel, member):
    decision = _hidden_by(member("moderator"), channel)
    colleague = member("redacteur")
    appeal = services.file_appeal(
        organisation=channel.organisation, decision=decision, actor=colleague, text="Te streng"
    )
    assert not appeal.filed_by_public and appeal.filed_by == colleague
    with pytest.raises(ValidationError):
        services.file_appeal(
            organisation=channel.organisation, reference=decision.reference, text="nog eens"
        )
    with pytest.raises(PermissionDenied):
        services.decide_appeal(appeal=appeal, actor=colleague, outcome="upheld", note="x")
    with pytest.raises(PermissionDenied):
        services.file_appeal(
            organisation=channel.organisation, decision=decision, actor=member("lezer"), text="x"
        )


def test_upheld_keeps_the_restriction(published, channel, member):
    decision = _hidden_by(member("moderator"), channel)
    appeal = services.file_appeal(
        organisation=channel.organisation, reference=decision.reference, text="nee"
    )
    services.decide_appeal(
        appeal=appeal, actor=member("leidinggevende"), outcome="upheld", note="Blijft."
    )
    assert not Comment.objects.get(pk=decision.comment_id).visible


# Crisis mode ------------------------------------------------------------------------------


def test_crisis_mode_start_end_and_engine_context(published, channel, member):
    beheerder = member("beheerder", email="beheer@example.be")
    with pytest.raises(PermissionDenied):
        services.start_crisis_mode(
            organisation=channel.organisation, actor=member("moderator"), reason="x"
        )
    services.start_crisis_mode(
        organisation=channel.organisation, actor=beheerder, reason="Brand in school"
    )
    assert services.is_crisis_mode(channel.organisation)
    comment = CommentFactory(
        channel=channel, text="Wat een schandalige aanpak van dit hele gedoe hier"
    )
    (decision,) = services.moderate_comments([comment.pk])
    assert decision.action == "review"  # the policy reviews everything non-trivial in a crisis
    services.end_crisis_mode(organisation=channel.organisation, actor=beheerder)
    assert not services.is_crisis_mode(channel.organisation)
    actions = list(
        AuditEvent.objects.filter(action__startswith="moderation.crisis").values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == ["moderation.crisis_ended", "moderation.crisis_started"]


def test_hostile_spike_proposes_but_does_not_switch_on(published, channel, member):
    member("beheerder", email="beheer@example.be")
    published.state_holder["policy"] = __import__(
        "tests.engine.conftest", fromlist=["x"]
    ).make_policy(version="spike")
    comments = [
        CommentFactory(channel=channel, text=f"Jij bent een klootzak {i}") for i in range(20)
    ]
    services.moderate_comments([c.pk for c in comments])
    proposal = CrisisPeriod.objects.get()
    assert proposal.proposed_automatically and proposal.started_at is None
    assert not services.is_crisis_mode(channel.organisation)
    assert any("crisismodus" in m.subject.lower() for m in mail.outbox)
    assert services.check_for_hostile_spike(channel.organisation, timezone.now()) is None  # once
