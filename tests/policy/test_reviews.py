"""Review reminders: the people responsible hear in time that the policy must be reviewed."""

from __future__ import annotations

import datetime as dt

from django.core import mail
from django.core.management import call_command

import pytest

from sereen.core.models import AuditEvent
from sereen.policy import services, tasks
from sereen.policy.models import ReviewReminder

pytestmark = pytest.mark.django_db


def at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(7, 0), tzinfo=dt.UTC)


@pytest.fixture
def published_2026(organisation, people):
    """Published on 1 February 2026, to be reviewed by 1 February 2027."""
    return services.install_starter_policy(
        organisation=organisation, actor=people["beheerder"], today=dt.date(2026, 2, 1)
    )


def test_nothing_is_sent_while_the_review_is_far_away(published_2026):
    assert services.remind_policy_reviews(now=at(dt.date(2026, 6, 1))) == 0
    assert mail.outbox == []
    assert not ReviewReminder.objects.exists()


def test_beheerders_and_the_governing_body_are_reminded_when_the_date_comes_near(
    people, published_2026
):
    sent = services.remind_policy_reviews(now=at(dt.date(2026, 12, 20)))
    assert sent == 1
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert sorted(message.to) == sorted([people["beheerder"].email, people["bestuur"].email])
    assert people["moderator"].email not in message.to
    assert "2027-02-01" in message.body
    assert "43" in message.body  # days left
    reminder = ReviewReminder.objects.get()
    assert reminder.review_date == dt.date(2027, 2, 1)
    event = AuditEvent.objects.get(action="policy.review_reminder_sent")
    assert event.actor is None and event.after["days_left"] == 43


def test_a_reminder_is_not_repeated_every_day(published_2026):
    services.remind_policy_reviews(now=at(dt.date(2026, 12, 20)))
    assert services.remind_policy_reviews(now=at(dt.date(2026, 12, 21))) == 0
    assert services.remind_policy_reviews(now=at(dt.date(2027, 1, 2))) == 0
    assert len(mail.outbox) == 1


def test_a_reminder_is_repeated_after_two_weeks_and_after_the_date(published_2026):
    services.remind_policy_reviews(now=at(dt.date(2026, 12, 20)))
    assert services.remind_policy_reviews(now=at(dt.date(2027, 1, 3))) == 1
    assert services.remind_policy_reviews(now=at(dt.date(2027, 3, 1))) == 1
    assert len(mail.outbox) == 3
    assert "28" in mail.outbox[-1].body  # days overdue


def test_a_new_published_version_ends_the_reminders(people, published_2026, approve_kwargs):
    draft = services.start_new_draft_from(version=published_2026, actor=people["beheerder"])
    services.submit_for_approval(version=draft, actor=people["beheerder"])
    services.approve(version=draft, actor=people["bestuur"], **approve_kwargs)
    services.publish(version=draft, actor=people["beheerder"])
    mail.outbox.clear()
    # Version 1 is superseded; version 2 is reviewed only in March 2027.
    assert services.remind_policy_reviews(now=at(dt.date(2026, 12, 20))) == 0
    assert services.remind_policy_reviews(now=at(dt.date(2027, 1, 15))) == 1
    assert "2027-03-02" in mail.outbox[0].body


def test_the_window_can_be_set(published_2026):
    assert services.remind_policy_reviews(now=at(dt.date(2026, 12, 20)), within_days=30) == 0
    assert services.remind_policy_reviews(now=at(dt.date(2027, 1, 5)), within_days=30) == 1


def test_the_management_command_and_the_task_send_the_reminders(published_2026, time_machine_now):
    from io import StringIO

    out = StringIO()
    call_command("policy_review_reminders", "--days", "400", stdout=out)
    assert "1 policy review reminder(s) sent." in out.getvalue()
    ReviewReminder.objects.all().delete()
    result = tasks.remind_policy_reviews.enqueue(within_days=400)
    assert result.return_value == 1


@pytest.fixture
def time_machine_now():
    """The command and the task use the real clock: the review date must be within 400 days."""
    return None
