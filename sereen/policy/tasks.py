"""Background work of the policy app, run by the django-tasks worker (``sereen db_worker``)."""

from __future__ import annotations

from django_tasks import task

from sereen.policy import services


@task()
def remind_policy_reviews(within_days: int = services.REVIEW_REMINDER_DAYS) -> int:
    """Mail the people responsible for policies whose review date is near; returns how many."""
    return services.remind_policy_reviews(within_days=within_days)
