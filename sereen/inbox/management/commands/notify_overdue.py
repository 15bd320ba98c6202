"""``sereen notify_overdue``: mail the people responsible for overdue review items (run from cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from sereen.inbox.services import notify_overdue_review_items


class Command(BaseCommand):
    help = "Mail the people responsible for review items past their deadline (once per item)."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = notify_overdue_review_items()
        self.stdout.write(f"{sent} overdue review item(s) notified.")
