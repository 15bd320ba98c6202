"""Background work of moderation, run by the django-tasks worker (``sereen db_worker``)."""

from __future__ import annotations

from datetime import timedelta

from django_tasks import task

from sereen.moderation import services

# Ingest enqueues one task per chunk of this many comments: large enough to decide in bulk,
# small enough that one slow chunk does not hold the rest back.
CHUNK = 1000


@task()
def moderate_incoming_comments(comment_ids: list[int]) -> int:
    """Let the engine decide newly received comments; returns how many were decided now.

    Comments that already have a decision are skipped, so running a chunk twice is harmless.
    """
    return len(services.moderate_comments(comment_ids))


@task()
def check_hostile_spike(organisation_id: int) -> bool:
    """Check one organisation for a spike of hostile comments; True when crisis mode was proposed.

    Enqueued after every decided batch with hostile decisions, and every few minutes by
    ``sereen run_periodic_tasks`` (a spike can also show in decisions made by people).
    """
    from sereen.accounts.models import Organisation

    organisation = Organisation.objects.filter(pk=organisation_id).first()
    if organisation is None:
        return False
    return services.check_for_hostile_spike(organisation) is not None


#: A comment still without a decision this long after it arrived lost its task (a worker that
#: crashed, a task that failed): it is handed to the engine again.
STUCK_AFTER = timedelta(minutes=10)


@task()
def decide_waiting_comments() -> int:
    """Enqueue the engine again for comments that arrived but never got a decision; returns how
    many. Deciding is idempotent, so a comment whose first task is merely slow is not harmed."""
    from django.utils import timezone

    from sereen.moderation.models import Comment

    waiting = list(
        Comment.objects.filter(
            status=Comment.Status.RECEIVED,
            decisions__isnull=True,
            received_at__lt=timezone.now() - STUCK_AFTER,
        )
        .order_by("pk")
        .values_list("pk", flat=True)[: CHUNK * 50]
    )
    for start in range(0, len(waiting), CHUNK):
        moderate_incoming_comments.enqueue(waiting[start : start + CHUNK])
    return len(waiting)


#: Work that ``sereen run_periodic_tasks`` enqueues on a schedule: the task, how often, and whether
#: it runs once per organisation (it is then called with the organisation's id).
PERIODIC_TASKS = [
    {"task": check_hostile_spike, "every": timedelta(minutes=5), "per_organisation": True},
    {"task": decide_waiting_comments, "every": timedelta(minutes=5), "per_organisation": False},
]
