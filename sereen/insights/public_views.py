"""The public transparency report: counts only, no login, never personal data."""

from __future__ import annotations

import calendar
import datetime as dt

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from sereen.accounts.models import Organisation
from sereen.insights import charts, selectors, tables


def _house_rules_url(organisation: Organisation) -> str:
    """The public house rules of the organisation (the policy app's page)."""
    return reverse("policy_public:index", kwargs={"org_slug": organisation.slug})


def report_index(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=org_slug)
    today = timezone.localdate()
    years = selectors.report_years(organisation)
    return render(
        request,
        "insights/public_index.html",
        {
            "organisation": organisation,
            "years": [
                {
                    "year": y,
                    "months": [(m, MONTHS[m]) for m in range(1, 13) if dt.date(y, m, 1) <= today],
                }
                for y in years
            ],
            "house_rules_url": _house_rules_url(organisation),
        },
    )


def _render(
    request: HttpRequest,
    organisation: Organisation,
    start: dt.date,
    end: dt.date,
    label: str,
    slug: str,
) -> HttpResponse:
    report = selectors.transparency_report(organisation, start, end)
    report_tables = tables.report_tables(report)
    if request.GET.get("format") == "csv":
        name = request.GET.get("table", "report_totals")
        if name not in report_tables:
            raise Http404(f"No table {name!r}; choose one of {sorted(report_tables)}.")
        table = report_tables[name]
        response = HttpResponse("\ufeff" + table.as_csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = (
            f'attachment; filename="{organisation.slug}-{slug}-{name}.csv"'
        )
        return response
    figures = [
        {
            "caption": _("Comments hidden or deleted per house rule"),
            "svg": charts.bar_chart(
                [f"{r['code']} {r['title']}".strip() for r in report.rules],
                [r["total"] for r in report.rules],
                title=_("Comments hidden or deleted per house rule, %(period)s")
                % {"period": label},
            ),
        }
    ]
    if report.months:
        figures.append({
            "caption": _("Comments per month"),
            "svg": charts.bar_chart(
                [str(MONTHS[m["month"].month]) for m in report.months], [m["comments"] for m in report.months],
                title=_("Comments per month, %(period)s") % {"period": label},
            ),
        })  # fmt: skip
    return render(
        request,
        "insights/public_report.html",
        {
            "organisation": organisation,
            "report": report,
            "label": label,
            "figures": figures,
            "tables": list(report_tables.values()),
            "house_rules_url": _house_rules_url(organisation),
        },
    )


def year_report(request: HttpRequest, org_slug: str, year: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=org_slug)
    if not 2000 <= year <= 2100:
        raise Http404("No report for that year.")
    return _render(
        request, organisation, dt.date(year, 1, 1), dt.date(year, 12, 31), str(year), str(year)
    )


def month_report(request: HttpRequest, org_slug: str, year: int, month: int) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=org_slug)
    if not (2000 <= year <= 2100 and 1 <= month <= 12):
        raise Http404("No report for that month.")
    last = calendar.monthrange(year, month)[1]
    return _render(
        request, organisation, dt.date(year, month, 1), dt.date(year, month, last),
        f"{MONTHS[month]} {year}", f"{year}-{month:02d}",
    )  # fmt: skip
