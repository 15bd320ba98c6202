"""``sereen policy_review_reminders``: announce policies due for review (run daily from cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from sereen.policy.services import REVIEW_REMINDER_DAYS, remind_policy_reviews


class Command(BaseCommand):
    help = (
        "Mail beheerders and the governing body of every organisation whose published social "
        "media policy reaches its review date within the given number of days (or passed it)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days",
            type=int,
            default=REVIEW_REMINDER_DAYS,
            help=f"Announce reviews due within this many days (default {REVIEW_REMINDER_DAYS}).",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        sent = remind_policy_reviews(within_days=options["days"])
        self.stdout.write(f"{sent} policy review reminder(s) sent.")
