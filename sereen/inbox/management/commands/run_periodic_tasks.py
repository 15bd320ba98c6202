"""``sereen run_periodic_tasks``: enqueue the periodic work of every app for the task worker.

Each Sereen app may list ``PERIODIC_TASKS`` in its ``tasks.py``: dicts with ``task`` (a
django-tasks task), ``every`` (a ``timedelta``) and ``per_organisation`` (call it once per
organisation, with the organisation's id). This command only enqueues; ``sereen db_worker`` runs
the tasks. Run one scheduler next to the workers (``--interval`` seconds between checks), or call
it with ``--once`` from cron. The tasks themselves are safe to run twice (overdue items are mailed
once, a crisis proposal is made once), so a restart or a second scheduler does no harm.
"""

from __future__ import annotations

import importlib
import logging
import time
from datetime import timedelta
from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand, CommandError, CommandParser

log = logging.getLogger(__name__)


def periodic_tasks() -> list[dict[str, Any]]:
    """Every app's ``PERIODIC_TASKS``, checked, in app order."""
    found: list[dict[str, Any]] = []
    for config in apps.get_app_configs():
        if not config.name.startswith("sereen."):
            continue
        try:
            module = importlib.import_module(f"{config.name}.tasks")
        except ModuleNotFoundError as exc:
            if exc.name != f"{config.name}.tasks":
                raise
            continue
        for entry in getattr(module, "PERIODIC_TASKS", ()):
            if not hasattr(entry.get("task"), "enqueue") or not isinstance(
                entry.get("every"), timedelta
            ):
                raise CommandError(f"{config.name}.tasks.PERIODIC_TASKS has a malformed entry.")
            found.append(entry)
    return found


def task_name(entry: dict[str, Any]) -> str:
    return entry["task"].module_path


def enqueue(entry: dict[str, Any]) -> int:
    """Enqueue one periodic task (once per organisation where asked); returns how many."""
    if not entry.get("per_organisation"):
        entry["task"].enqueue()
        return 1
    from sereen.accounts.models import Organisation

    count = 0
    for organisation_id in Organisation.objects.values_list("pk", flat=True):
        entry["task"].enqueue(organisation_id)
        count += 1
    return count


class Command(BaseCommand):
    help = "Enqueue periodic tasks (overdue notices, hostile-spike checks ...) for the task worker."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--once", action="store_true", help="enqueue every periodic task once and stop"
        )
        parser.add_argument(
            "--interval",
            type=float,
            default=30.0,
            help="seconds between checks of what is due (default 30)",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        schedule = periodic_tasks()
        if not schedule:
            raise CommandError("No app declares PERIODIC_TASKS.")
        interval = float(options["interval"])
        if interval <= 0:
            raise CommandError("--interval must be more than 0 seconds.")
        last_run: dict[str, float] = {}
        verbosity = int(options["verbosity"])
        while True:
            now = time.monotonic()
            for entry in schedule:
                name = task_name(entry)
                due = name not in last_run or now - last_run[name] >= entry["every"].total_seconds()
                if not (options["once"] or due):
                    continue
                try:
                    count = enqueue(entry)
                except Exception:  # a database hiccup must not stop the scheduler for good
                    log.exception("Could not enqueue %s; trying again at the next check", name)
                    continue
                last_run[name] = now
                if verbosity >= 1 and (options["once"] or verbosity >= 2):
                    self.stdout.write(f"{name}: enqueued {count}")
            if options["once"]:
                return
            time.sleep(interval)
