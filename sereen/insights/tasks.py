"""Background work of the insights app, run by the django-tasks worker."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone

from django_tasks import task

from sereen.insights import services

#: Nightly refreshes go this many days back, so late reviews and appeals are counted too.
REFRESH_DAYS = 35


@task()
def refresh_insights(organisation_id: int, since: str | None = None) -> int:
    """Recompute the rolled-up counts of one organisation; ``since`` is an ISO date or None
    (= the last ``REFRESH_DAYS`` days). Returns the number of comments counted."""
    from sereen.accounts.models import Organisation

    organisation = Organisation.objects.get(pk=organisation_id)
    day = (
        dt.date.fromisoformat(since)
        if since
        else timezone.localdate() - dt.timedelta(days=REFRESH_DAYS)
    )
    return services.refresh_rollups(organisation=organisation, since=day).comments


#: Enqueued by ``sereen run_periodic_tasks`` (shape: see ``sereen.moderation.tasks``): the daily
#: recount of the last ``REFRESH_DAYS`` days, once per organisation.
PERIODIC_TASKS = [
    {"task": refresh_insights, "every": dt.timedelta(days=1), "per_organisation": True},
]
