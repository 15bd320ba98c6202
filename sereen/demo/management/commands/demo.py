"""``sereen demo [--reset] [--size full|small] [--seed N]``: the demo municipality Zonnedaele."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import transaction
from django.utils import translation

from sereen.accounts.models import Organisation, Role
from sereen.demo.generator import (
    ACCOUNTS,
    DEFAULT_SEED,
    DEMO_PASSWORD,
    MUNICIPALITY_SLUG,
    SIZES,
    DemoError,
    build_demo,
    demo_organisation_slugs,
)


class Command(BaseCommand):
    help = (
        "Seed the demo municipality Zonnedaele with its OCMW and library, one account per role, "
        "the published starter policy and six weeks of comments. Running it again changes nothing."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--reset",
            action="store_true",
            help="empty the database and build the demo again (refused if it holds other organisations)",
        )
        parser.add_argument("--size", choices=sorted(SIZES), default="full")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED)

    def handle(self, *args: object, **options: object) -> None:
        started = time.perf_counter()
        if options["reset"]:
            self._reset()
        try:
            summary = build_demo(size=str(options["size"]), seed=int(options["seed"]))  # type: ignore[call-overload]
        except DemoError as exc:
            raise CommandError(str(exc)) from exc
        took = time.perf_counter() - started
        if summary.created:
            self.stdout.write(f"Demo gemaakt in {took:.1f} s.")
        else:
            self.stdout.write(
                "De demo bestaat al; er is niets gewijzigd (opnieuw beginnen: --reset)."
            )
        decisions = ", ".join(f"{action} {n}" for action, n in sorted(summary.decisions.items()))
        self.stdout.write(
            f"{len(summary.organisations)} organisaties, {summary.comments} reacties "
            f"({decisions}); {summary.reviewed_by_people} door mensen beslist, "
            f"{summary.open_for_review} wachten in de inbox; {summary.appeals} bezwaren "
            f"({summary.appeals_decided} beslist)."
        )
        self._print_accounts()

    def _reset(self) -> None:
        others = Organisation.objects.exclude(slug__in=demo_organisation_slugs())
        if others.exists():
            names = ", ".join(others.values_list("slug", flat=True)[:5])
            raise CommandError(
                f"--reset empties the whole database, but it holds other organisations too "
                f"({names}). Use a separate database for the demo (DATABASE_URL)."
            )
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)

    def _print_accounts(self) -> None:
        """Where to log in, and every account with its role, organisation and password."""
        site = settings.SITE_URL.rstrip("/")
        names = dict(Organisation.objects.values_list("slug", "name"))
        with translation.override(settings.LANGUAGE_CODE):
            rows = [
                (
                    account.username,
                    DEMO_PASSWORD,
                    "; ".join(
                        " + ".join(str(Role(r).label) for s, r in account.roles if s == slug)
                        + f" – {names.get(slug, slug)}"
                        for slug in dict.fromkeys(s for s, _ in account.roles)
                    ),
                    account.what,
                )
                for account in ACCOUNTS
            ]
        self.stdout.write("")
        self.stdout.write(f"Aanmelden: {site}/account/inloggen/")
        header = ("account", "wachtwoord", "rol – organisatie", "probeer")
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(3)]
        for row in [header, *rows]:
            cells = [row[i].ljust(widths[i]) for i in range(3)]
            self.stdout.write(f"  {'  '.join(cells)}  {row[3]}")
        self.stdout.write(
            f"Publiek (zonder aanmelden): {site}/{MUNICIPALITY_SLUG}/huisregels/  "
            f"{site}/{MUNICIPALITY_SLUG}/transparantie/  {site}/{MUNICIPALITY_SLUG}/bezwaar/"
        )
