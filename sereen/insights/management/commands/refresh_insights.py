"""``manage.py refresh_insights [--org SLUG] [--since YYYY-MM-DD | --all]``."""

from __future__ import annotations

import datetime as dt
import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from sereen.accounts.models import Organisation
from sereen.insights import services
from sereen.insights.tasks import REFRESH_DAYS


class Command(BaseCommand):
    help = "Recompute the rolled-up counts behind the insights pages and the transparency report."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", help="slug of one organisation (default: all)")
        group = parser.add_mutually_exclusive_group()
        group.add_argument(
            "--since", help=f"first day, YYYY-MM-DD (default: {REFRESH_DAYS} days ago)"
        )
        group.add_argument("--all", action="store_true", help="rebuild everything")

    def handle(self, *args: object, **options: object) -> None:
        organisations = Organisation.objects.order_by("slug")
        if options["org"]:
            organisations = organisations.filter(slug=options["org"])
            if not organisations.exists():
                raise CommandError(f"No organisation with slug {options['org']!r}.")
        since: dt.date | None
        if options["all"]:
            since = None
        elif options["since"]:
            try:
                since = dt.date.fromisoformat(str(options["since"]))
            except ValueError as exc:
                raise CommandError(
                    f"--since must be YYYY-MM-DD, got {options['since']!r}."
                ) from exc
        else:
            since = timezone.localdate() - dt.timedelta(days=REFRESH_DAYS)
        for organisation in organisations:
            started = time.perf_counter()
            state = services.refresh_rollups(organisation=organisation, since=since)
            self.stdout.write(
                f"{organisation.slug}: {state.comments} comments counted "
                f"in {time.perf_counter() - started:.1f} s"
            )
