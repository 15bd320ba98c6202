"""Background work of the policy app, run by the django-tasks worker (``sereen db_worker``)."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from sereen.policy import services


@task()
def remind_policy_reviews(within_days: int = services.REVIEW_REMINDER_DAYS) -> int:
    """Mail the people responsible for policies whose review date is near; returns how many."""
    return services.remind_policy_reviews(within_days=within_days)


#: Enqueued by ``sereen run_periodic_tasks`` (shape: see ``sereen.moderation.tasks``). Daily is
#: enough for a date that is weeks away; the task itself waits ``REVIEW_REMINDER_INTERVAL`` before
#: mailing the same version again, so a restarted scheduler does not mail twice.
PERIODIC_TASKS = [
    {"task": remind_policy_reviews, "every": timedelta(days=1), "per_organisation": False},
]
