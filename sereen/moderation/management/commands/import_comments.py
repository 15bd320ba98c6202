"""``sereen import_comments --channel ID FILE``: import a platform export (CSV or JSON)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from sereen.connectors.models import Channel
from sereen.moderation.ingest import ImportFileError, import_comments_file


class Command(BaseCommand):
    help = "Import comments from a CSV or JSON platform export into a channel."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--channel", type=int, required=True, help="Sereen channel id")
        parser.add_argument("file", help="CSV or JSON file")
        parser.add_argument("--format", choices=["csv", "json"], help="default: from the extension")
        parser.add_argument(
            "--json-report", action="store_true", help="print the full report as JSON"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        channel = Channel.objects.filter(pk=options["channel"]).first()
        if channel is None:
            raise CommandError(f"There is no channel {options['channel']}.")
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"File not found: {path}")
        fmt = options["format"] or path.suffix.lstrip(".").lower()
        if fmt not in ("csv", "json"):
            raise CommandError("Give --format csv or json (the extension does not say).")
        try:
            with path.open("rb") as handle:
                report = import_comments_file(channel, handle, fmt, None)
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        if options["json_report"]:
            self.stdout.write(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        else:
            s = report.summary
            self.stdout.write(
                f"{s['received']} read: {s['created']} new, {s['duplicate']} already known, "
                f"{s['rejected']} rejected."
            )
        for result in report.results:
            if result.status == "rejected":
                problems = "; ".join(f"{e.field or 'row'}: {e.message}" for e in result.errors)
                self.stderr.write(f"{report.position_name} {result.position}: {problems}")
        if report.summary["rejected"]:
            raise CommandError(f"{report.summary['rejected']} row(s) rejected; see above.")
