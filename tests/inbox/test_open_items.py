"""Opening review items when the engine leaves a comment to people."""

from __future__ import annotations

import datetime as dt

from django.core import mail
from django.utils import timezone

import pytest

from sereen.inbox.models import ReviewItem
from sereen.inbox.services import open_review_item, open_review_items, priority_for
from sereen.moderation.services import decide_by_human, moderate_comment
from tests.factories.moderation import CommentFactory, ModerationDecisionFactory

pytestmark = pytest.mark.django_db


def test_engine_threat_opens_urgent_item_and_mails_at_once(
    published, channel, moderator, beheerder, member
):
    member("redacteur", email="redacteur@testegem.be")
    comment = CommentFactory(channel=channel, text="Ik ga je vermoorden, burgemeester")
    decision = moderate_comment(comment=comment)
    item = ReviewItem.objects.get(comment=comment)
    assert item.decision == decision
    assert item.priority == "urgent" and item.status == "open"
    # urgent: wall-clock 60 minutes from opening
    assert abs((item.due_at - item.opened_at) - dt.timedelta(minutes=60)) < dt.timedelta(seconds=1)
    assert len(mail.outbox) >= 1
    threat_mail = next(m for m in mail.outbox if m.subject.startswith("Dringend"))
    assert sorted(threat_mail.to) == ["beheerder@testegem.be", "moderator@testegem.be"]
    assert f"/app/testegem/inbox/{item.pk}/" in threat_mail.body


def test_priority_rules(published, engine_policy, channel):
    def prio(**kwargs):
        return priority_for(ModerationDecisionFactory.build(**kwargs), engine_policy)

    assert prio(action="review", rules=["R3"]) == "urgent"
    assert prio(action="review", escalate="police") == "urgent"
    assert prio(action="review", rules=["R2"]) == "high"
    assert prio(action="review", rules=["R4"]) == "high"
    assert prio(action="review", rules=["R1"]) == "normal"
    assert prio(action="reply", rules=["R7"]) == "low"
    # without a policy the evidence still tells a threat
    assert (
        priority_for(
            ModerationDecisionFactory.build(action="review", evidence=[{"kind": "threat"}]), None
        )
        == "urgent"
    )


def test_non_urgent_deadline_counts_office_hours(published, channel, monkeypatch):
    # Saturday 10:00 Brussels: a normal item (8 office hours from 8:30) is due Monday 16:30
    saturday = dt.datetime(2025, 3, 8, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr("django.utils.timezone.now", lambda: saturday)
    comment = CommentFactory(channel=channel)
    decision = ModerationDecisionFactory(comment=comment, action="review", rules=["R8"])
    item = open_review_item(comment=comment, decision=decision)
    assert item.priority == "normal"
    assert timezone.localtime(item.due_at).replace(tzinfo=None) == dt.datetime(2025, 3, 10, 16, 30)


def test_opening_twice_updates_and_reopens(published, channel, moderator):
    comment = CommentFactory(channel=channel)
    first = ModerationDecisionFactory(comment=comment, action="review", rules=["R1"])
    item = open_review_item(comment=comment, decision=first)
    second = ModerationDecisionFactory(comment=comment, action="review", rules=["R3"])
    again = open_review_item(comment=comment, decision=second)
    assert again.pk == item.pk and again.priority == "urgent" and again.decision == second
    assert again.due_at <= item.due_at
    # a person decides elsewhere -> the item closes; a new engine decision reopens it
    decide_by_human(comment=comment, actor=moderator, action="keep", rule_codes=[])
    again.refresh_from_db()
    assert again.status == "resolved" and again.resolved_by == moderator
    assert again.resolution == "keep"
    third = ModerationDecisionFactory(comment=comment, action="review", rules=["R1"])
    reopened = open_review_item(comment=comment, decision=third)
    assert reopened.pk == item.pk and reopened.status == "open" and reopened.resolved_by is None
    assert ReviewItem.objects.filter(comment=comment).count() == 1


def test_open_many(published, channel):
    pairs = []
    for text in ["vraag 1", "vraag 2", "vraag 3"]:
        comment = CommentFactory(channel=channel, text=text)
        pairs.append((comment, ModerationDecisionFactory(comment=comment, action="review")))
    items = open_review_items(pairs)
    assert len(items) == 3 and ReviewItem.objects.filter(status="open").count() == 3
