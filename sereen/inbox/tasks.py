"""Background work of the inbox, run by the django-tasks worker (``sereen db_worker``)."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from sereen.inbox import services


@task()
def notify_overdue_review_items() -> int:
    """Mail the people responsible for overdue review items (once per item); returns how many."""
    return services.notify_overdue_review_items()


#: Enqueued by ``sereen run_periodic_tasks`` (shape: see ``sereen.moderation.tasks``). Every
#: minute, so an item is reported at most a minute after its deadline; the task mails each
#: overdue item once, so running it often costs one query when nothing is late.
PERIODIC_TASKS = [
    {"task": notify_overdue_review_items, "every": timedelta(minutes=1), "per_organisation": False},
]
