"""Background work of the inbox, run by the django-tasks worker (``sereen db_worker``)."""

from __future__ import annotations

from django_tasks import task

from sereen.inbox import services


@task()
def notify_overdue_review_items() -> int:
    """Mail the people responsible for overdue review items (once per item); returns how many."""
    return services.notify_overdue_review_items()
