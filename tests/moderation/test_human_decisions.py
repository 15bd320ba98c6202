from django.core.exceptions import PermissionDenied, ValidationError

import pytest

from sereen.core.models import AuditEvent
from sereen.moderation.models import Comment, ModerationDecision, PlatformAction, Strike
from sereen.moderation.services import decide_by_human, moderate_comment
from tests.factories.moderation import CommentFactory

pytestmark = pytest.mark.django_db


def test_moderator_hides_with_rule_and_statement(published, channel, member):
    moderator = member("moderator")
    comment = CommentFactory(channel=channel, text="Dat is een schandalige zaak")
    decision = decide_by_human(comment=comment, actor=moderator, action="hide", rule_codes=["R1"])
    comment.refresh_from_db()
    assert decision.is_current and not decision.automated and decision.decided_by == moderator
    assert comment.visible is False and comment.status == Comment.Status.REVIEWED
    assert decision.policy_version == published
    assert PlatformAction.objects.get(decision=decision).kind == "hide"
    sor = decision.statement_of_reasons
    assert sor["ground"]["rules"][0]["code"] == "R1"
    assert sor["ground"]["rules"][0]["title"] == "Geen beledigingen"
    assert sor["automated_decision"] == "not"
    assert decision.reference in sor["redress"]["appeal_url"]
    assert Strike.objects.filter(decision=decision, rule_code="R1").exists()
    assert AuditEvent.objects.filter(action="moderation.decided", actor=moderator).exists()


def test_human_decision_supersedes_engine_decision(published, channel, member):
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    engine = moderate_comment(comment=comment)
    assert engine.action == "hide"
    human = decide_by_human(
        comment=comment, actor=member("moderator"), action="keep", rule_codes=[]
    )
    engine.refresh_from_db()
    assert not engine.is_current and human.is_current
    assert list(ModerationDecision.objects.filter(comment=comment, is_current=True)) == [human]
    assert PlatformAction.objects.filter(decision=human, kind="unhide").exists()
    assert not Strike.objects.filter(comment=comment, revoked=False).exists()


def test_antwoorder_may_only_reply(published, channel, member):
    antwoorder = member("antwoorder")
    comment = CommentFactory(channel=channel)
    with pytest.raises(PermissionDenied):
        decide_by_human(comment=comment, actor=antwoorder, action="hide", rule_codes=["R1"])
    with pytest.raises(PermissionDenied):
        decide_by_human(comment=comment, actor=antwoorder, action="keep", rule_codes=[])
    decision = decide_by_human(
        comment=comment, actor=antwoorder, action="reply", rule_codes=[], reply_text="Dank je!"
    )
    assert PlatformAction.objects.get(decision=decision, kind="reply").payload == {
        "text": "Dank je!"
    }


@pytest.mark.parametrize("role", ["lezer", "redacteur", "bestuur", "leidinggevende"])
def test_other_roles_cannot_decide(published, channel, member, role):
    with pytest.raises(PermissionDenied):
        decide_by_human(
            comment=CommentFactory(channel=channel),
            actor=member(role),
            action="hide",
            rule_codes=["R1"],
        )


def test_member_of_other_organisation_cannot_decide(published, channel, member):
    from tests.factories.accounts import OrganisationFactory

    outsider = member("moderator", org=OrganisationFactory())
    with pytest.raises(PermissionDenied):
        decide_by_human(
            comment=CommentFactory(channel=channel),
            actor=outsider,
            action="hide",
            rule_codes=["R1"],
        )


def test_hide_needs_a_rule(published, channel, member):
    with pytest.raises(ValidationError):
        decide_by_human(
            comment=CommentFactory(channel=channel),
            actor=member("moderator"),
            action="hide",
            rule_codes=[],
        )
