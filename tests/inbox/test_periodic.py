"""Periodic work: ``sereen run_periodic_tasks`` enqueues overdue notices and hostile-spike checks,
the spike is also checked after each decided batch, and threats are mailed at once at night."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from zoneinfo import ZoneInfo

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

import pytest

from sereen.inbox.management.commands import run_periodic_tasks
from sereen.inbox.models import ReviewItem
from sereen.moderation.models import Comment, CrisisPeriod
from sereen.moderation.services import moderate_comment, moderate_comments
from tests.factories.accounts import OrganisationFactory
from tests.factories.inbox import ReviewItemFactory
from tests.factories.moderation import CommentFactory, ModerationDecisionFactory

pytestmark = pytest.mark.django_db

BRUSSELS = ZoneInfo("Europe/Brussels")


def hostile_decisions(channel, n):
    for i in range(n):
        ModerationDecisionFactory(
            comment=CommentFactory(channel=channel, text=f"scheldwoord {i}"),
            action="hide",
            visible=False,
            rules=["R1"],
        )


def test_once_runs_overdue_notices_and_spike_checks(published, channel, moderator, beheerder):
    item = ReviewItemFactory(
        comment=CommentFactory(channel=channel), due_at=timezone.now() - dt.timedelta(minutes=1)
    )
    hostile_decisions(channel, 20)  # the test policy proposes crisis mode at 20 per hour
    out = StringIO()
    call_command("run_periodic_tasks", "--once", stdout=out)
    item.refresh_from_db()
    assert item.overdue_notified_at is not None
    assert any(m.subject.startswith("Over tijd") for m in mail.outbox)
    proposal = CrisisPeriod.objects.get(organisation=channel.organisation)
    assert proposal.proposed_automatically and proposal.started_at is None
    assert "sereen.inbox.tasks.notify_overdue_review_items: enqueued 1" in out.getvalue()
    assert "sereen.moderation.tasks.check_hostile_spike: enqueued 1" in out.getvalue()


def test_spike_check_is_enqueued_per_organisation_in_the_database_queue(settings, organisation):
    from django_tasks_db.models import DBTaskResult

    OrganisationFactory(slug="andere")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    call_command("run_periodic_tasks", "--once", stdout=StringIO())
    queued = sorted(DBTaskResult.objects.values_list("task_path", flat=True))
    assert queued == [
        "sereen.inbox.tasks.notify_overdue_review_items",
        "sereen.insights.tasks.refresh_insights",
        "sereen.insights.tasks.refresh_insights",
        "sereen.moderation.tasks.check_hostile_spike",
        "sereen.moderation.tasks.check_hostile_spike",
        "sereen.moderation.tasks.decide_waiting_comments",
        "sereen.policy.tasks.remind_policy_reviews",
    ]


def test_loop_enqueues_each_task_when_it_is_due(monkeypatch, organisation):
    clock = {"now": 1000.0}
    enqueued: list[str] = []

    class Stop(Exception):
        pass

    def sleep(seconds):
        clock["now"] += seconds
        if clock["now"] > 1000 + 10 * 60:
            raise Stop

    monkeypatch.setattr(run_periodic_tasks.time, "monotonic", lambda: clock["now"])
    monkeypatch.setattr(run_periodic_tasks.time, "sleep", sleep)
    monkeypatch.setattr(
        run_periodic_tasks, "enqueue", lambda entry: enqueued.append(entry["task"].name) or 1
    )
    with pytest.raises(Stop):
        call_command("run_periodic_tasks", "--interval", "30", stdout=StringIO())
    # 10 minutes and a bit: overdue notices every minute, spike checks every 5 minutes.
    assert enqueued.count("notify_overdue_review_items") == 11
    assert enqueued.count("check_hostile_spike") == 3
    # Daily work runs once when the scheduler starts, then not again within the day.
    assert enqueued.count("refresh_insights") == 1
    assert enqueued.count("remind_policy_reviews") == 1


def test_interval_must_be_positive():
    with pytest.raises(CommandError):
        call_command("run_periodic_tasks", "--interval", "0")


def test_spike_is_checked_after_each_decided_batch(published, channel, beheerder):
    comments = [
        CommentFactory(channel=channel, text=f"Jij bent een klootzak {i}") for i in range(20)
    ]
    moderate_comments([c.pk for c in comments])
    assert CrisisPeriod.objects.filter(
        organisation=channel.organisation, proposed_automatically=True
    ).exists()


def test_threat_mails_at_once_on_saturday_night(published, channel, moderator, monkeypatch):
    saturday_night = dt.datetime(2026, 3, 7, 23, 30, tzinfo=BRUSSELS)
    monkeypatch.setattr(timezone, "now", lambda: saturday_night)
    comment = CommentFactory(
        channel=channel,
        text="Ik ga je vermoorden, burgemeester",
        created_at=saturday_night - dt.timedelta(minutes=2),
    )
    moderate_comment(comment=comment)
    item = ReviewItem.objects.get(comment=comment)
    assert item.priority == "urgent"
    # Wall-clock time for threats: due within the hour, on Sunday, not on Monday morning.
    assert item.due_at == saturday_night + dt.timedelta(minutes=60)
    threat_mail = next(m for m in mail.outbox if m.subject.startswith("Dringend"))
    assert threat_mail.to == ["moderator@testegem.be"]
    assert "ook buiten de kantooruren" in threat_mail.body


def test_ordinary_comment_on_saturday_night_waits_for_office_hours(
    published, channel, moderator, monkeypatch
):
    from sereen.inbox.services import open_review_item

    saturday_night = dt.datetime(2026, 3, 7, 23, 30, tzinfo=BRUSSELS)
    monkeypatch.setattr(timezone, "now", lambda: saturday_night)
    comment = CommentFactory(channel=channel, text="Waarom is het containerpark dicht?")
    decision = ModerationDecisionFactory(comment=comment, action="review", rules=[])
    item = open_review_item(comment=comment, decision=decision)
    assert item.priority == "normal"
    # 480 office minutes from Monday 8:30 (office hours 8:30-17:00): Monday 16:30.
    assert item.due_at == dt.datetime(2026, 3, 9, 16, 30, tzinfo=BRUSSELS)
    assert not mail.outbox


def test_comments_whose_task_was_lost_are_decided_again(published, channel):
    from sereen.moderation.models import ModerationDecision
    from sereen.moderation.tasks import decide_waiting_comments

    lost = CommentFactory(channel=channel, text="Wanneer gaat het zwembad open?")
    fresh = CommentFactory(channel=channel, text="En de bibliotheek?")
    Comment.objects.filter(pk=lost.pk).update(received_at=timezone.now() - dt.timedelta(hours=1))
    assert decide_waiting_comments.enqueue().return_value == 1
    assert ModerationDecision.objects.filter(comment=lost).exists()
    # A comment that just arrived still has its own task coming.
    assert not ModerationDecision.objects.filter(comment=fresh).exists()
    assert decide_waiting_comments.enqueue().return_value == 0
