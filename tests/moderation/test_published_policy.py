"""Moderation under the policy the policy app really published (no policy built in code):
decisions carry the version, statements cite the house rule's public text from that version."""

from __future__ import annotations

import pytest

from sereen.inbox.models import ReviewItem
from sereen.inbox.services import resolve_review_item
from sereen.moderation import policy_access
from sereen.moderation.models import Comment
from sereen.moderation.services import moderate_comments
from sereen.policy.models import Policy, PolicyVersion
from sereen.policy.services import install_starter_policy
from tests.factories.moderation import ChannelFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def starter(organisation):
    return install_starter_policy(organisation=organisation, actor=None)


@pytest.fixture
def channel(organisation):
    return ChannelFactory(organisation=organisation, platform="facebook")


def rule_in(version, code):
    return next(r for r in version.document["house_rules"]["rules"] if r["code"] == code)


def test_policy_access_reads_the_published_version(organisation, starter):
    version, policy = policy_access.published_policy(organisation)
    assert version == starter
    assert policy is not None and policy.version == f"{organisation.slug}-v{starter.number}"
    assert policy.house_rules.by_code("R1").explanation == rule_in(starter, "R1")["explanation"]


def test_engine_decision_stores_the_published_version(organisation, starter, channel):
    comment = CommentFactory(channel=channel, text="Wanneer gaat het containerpark open?")
    (decision,) = moderate_comments([comment.pk])
    assert decision.policy_version == starter
    assert decision.policy_version_label == f"{organisation.slug}-v{starter.number}"


def test_statement_cites_the_public_text_of_the_published_rule(
    organisation, starter, channel, member
):
    moderator = member("moderator")
    comment = CommentFactory(channel=channel, text="Ik vind u echt een onnozel iemand.")
    moderate_comments([comment.pk])
    item = ReviewItem.objects.filter(comment=comment).first()
    if item is None:  # the engine acted itself: send it to people as a review would
        from sereen.inbox.services import open_review_item

        item = open_review_item(comment=comment, decision=comment.decisions.get(is_current=True))
    decision = resolve_review_item(item=item, actor=moderator, action="hide", rule_codes=["R1"])
    r1 = rule_in(starter, "R1")
    cited = decision.statement_of_reasons["ground"]["rules"]
    assert cited == [
        {
            "code": "R1",
            "title": r1["title"],
            "text": r1["explanation"],
            "public_reason": r1["public_reason"],
        }
    ]
    assert decision.statement_of_reasons["ground"]["policy_version"] == (
        f"{organisation.slug}-v{starter.number}"
    )
    assert decision.reason == r1["public_reason"]
    assert decision.policy_version == starter


def test_without_a_published_version_comments_go_to_review(organisation, channel):
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = moderate_comments([comment.pk])
    comment.refresh_from_db()
    assert decision.action == "review" and decision.policy_version is None
    assert comment.status == Comment.Status.AWAITING_REVIEW
    assert ReviewItem.objects.filter(comment=comment, status="open").exists()


def test_an_unreadable_published_version_still_sends_comments_to_review(organisation, channel):
    policy = Policy.objects.create(organisation=organisation)
    broken = PolicyVersion.objects.create(
        policy=policy, number=1, state="published", document={"house_rules": "kapot"}
    )
    assert policy_access.published_policy(organisation) == (broken, None)
    comment = CommentFactory(channel=channel, text="Jij bent een klootzak")
    (decision,) = moderate_comments([comment.pk])
    comment.refresh_from_db()
    assert decision.action == "review"
    assert comment.status == Comment.Status.AWAITING_REVIEW and comment.visible
