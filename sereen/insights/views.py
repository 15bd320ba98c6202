"""Internal insights pages: participation, hostility, coordination signals and performance."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sereen.accounts.permissions import org_permission_required
from sereen.accounts.roles import has_org_perm
from sereen.insights import charts, selectors, tables
from sereen.insights.forms import InsightsFilterForm

TITLES = {
    "participation": gettext_lazy("Who really comments?"),
    "hostility": gettext_lazy("Hostility over time"),
    "coordination": gettext_lazy("Signals of coordinated behaviour"),
    "performance": gettext_lazy("Moderation: speed and quality"),
}
TABLE_SECTION = {
    "participation_overall": "participation",
    "participation_channel": "participation",
    "participation_post": "participation",
    "participation_topic": "participation",
    "hostility_weeks": "hostility",
    "hostility_channels": "hostility",
    "hostility_rules": "hostility",
    "hostility_repeat": "hostility",
    "coordination_copies": "coordination",
    "coordination_bursts": "coordination",
    "performance_totals": "performance",
    "performance_rules": "performance",
    "performance_appeals": "performance",
}


def _csv_response(table: tables.Table, filename: str) -> HttpResponse:
    # A BOM so that Excel opens the UTF-8 file with the right accents.
    response = HttpResponse("\ufeff" + table.as_csv(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def _charts(section: str, f: selectors.InsightsFilter) -> tuple[list[dict], dict]:
    """The charts of a section (each with its figure caption) and extra context."""
    extra: dict = {}
    figures: list[dict] = []
    if section == "participation":
        p = selectors.participation(f)
        extra["overall"] = p
        title = _("Lorenz curve of comments per person")
        figures.append({
            "caption": title,
            "svg": charts.lorenz_chart(
                p.lorenz, title=title, desc=f"{p.sentence} Gini {tables.num(p.gini, 2)}."
            ),
        })  # fmt: skip
    elif section == "hostility":
        h = selectors.hostility(f)
        extra["hostility"] = h
        labels = [w.week.strftime("%d/%m") for w in h.weeks]
        title = _("Comments hidden or deleted per week")
        figures.append({
            "caption": title,
            "svg": charts.line_chart(
                labels, [w.restricted for w in h.weeks], spikes=[w.spike for w in h.weeks],
                title=title,
            ),
        })  # fmt: skip
        figures.append({
            "caption": _("Per house rule"),
            "svg": charts.bar_chart(
                [f"{c} {t}".strip() for c, t in h.rules], [h.by_rule.get(c, 0) for c, _t in h.rules],
                title=_("Comments hidden or deleted per house rule"),
            ),
        })  # fmt: skip
    elif section == "coordination":
        c = selectors.coordination(f)
        extra["coordination"] = c
        burst_days = {b.day for b in c.bursts}
        figures.append({
            "caption": _("New accounts per day"),
            "svg": charts.line_chart(
                [d.strftime("%d/%m") for d, _n, _y in c.daily_new], [n for _d, n, _y in c.daily_new],
                spikes=[d in burst_days for d, _n, _y in c.daily_new],
                title=_("Accounts that commented for the first time, per day"),
            ),
        })  # fmt: skip
    else:
        p = selectors.performance(f)
        extra["performance"] = p
        t = p.totals
        figures.append({
            "caption": _("Who decided"),
            "svg": charts.bar_chart(
                [_("Automatically"), _("By a person"), _("Awaiting review"), _("Not decided")],
                [t["automated"], t["by_person"], t["in_review"], t["undecided"]],
                title=_("Decisions: automatically or by a person"),
            ),
        })  # fmt: skip
        tg = p.targets
        if tg["resolved"]:
            figures.append({
                "caption": _("Review items against the target time"),
                "svg": charts.bar_chart(
                    [_("In time"), _("Late"), _("Open, past target")],
                    [tg["in_time"], tg["late"], tg["overdue_open"]],
                    title=_("Review items resolved within the target time, late, or still open"),
                ),
            })  # fmt: skip
    return figures, extra


@org_permission_required("insights.view_insights")
def section(request: HttpRequest, org_slug: str, section: str) -> HttpResponse:
    """One insights page; ``?format=csv&table=NAME`` downloads one of its tables."""
    organisation = request.organisation  # type: ignore[attr-defined]
    form = InsightsFilterForm(request.GET or None, organisation=organisation)
    if request.GET and not form.is_valid():
        return render(
            request,
            "insights/section.html",
            {"organisation": organisation, "form": form, "section": section, "title": TITLES[section], "titles": TITLES},
            status=400,
        )  # fmt: skip
    if not request.GET:
        form = InsightsFilterForm({}, organisation=organisation)
        form.is_valid()
    f = form.insights_filter()
    if section == "participation":
        section_tables = tables.participation_tables(f)
        figures, extra = _charts(section, f)
    else:
        figures, extra = _charts(section, f)
        builder = {
            "hostility": lambda: tables.hostility_tables(extra["hostility"]),
            "coordination": lambda: tables.coordination_tables(extra["coordination"]),
            "performance": lambda: tables.performance_tables(extra["performance"]),
        }[section]
        section_tables = builder()
    if request.GET.get("format") == "csv":
        name = request.GET.get("table", "")
        if name not in section_tables:
            raise Http404(
                f"No table {name!r} on this page; choose one of {sorted(section_tables)}."
            )
        if not has_org_perm(request.user, "insights.export_insights", organisation):  # type: ignore[arg-type]
            raise PermissionDenied
        return _csv_response(
            section_tables[name], f"{organisation.slug}-{name}-{f.date_from}-{f.date_to}"
        )
    query = request.GET.copy()
    query.pop("format", None)
    query.pop("table", None)
    return render(
        request,
        "insights/section.html",
        {
            "organisation": organisation,
            "form": form,
            "filter": f,
            "section": section,
            "title": TITLES[section],
            "titles": TITLES,
            "figures": figures,
            "tables": list(section_tables.values()),
            "query": query.urlencode(),
            "state": selectors.rollup_state(organisation),
            **extra,
        },
    )


@org_permission_required("insights.export_insights")
def export_csv(request: HttpRequest, org_slug: str, table: str) -> HttpResponse:
    """``/export/<table>.csv`` with the same filter parameters as the pages."""
    organisation = request.organisation  # type: ignore[attr-defined]
    if table not in TABLE_SECTION:
        raise Http404(f"Unknown table {table!r}.")
    form = InsightsFilterForm(request.GET or {}, organisation=organisation)
    if not form.is_valid():
        return HttpResponse("; ".join(e for errs in form.errors.values() for e in errs), status=400)
    f = form.insights_filter()
    built = tables.SECTIONS[TABLE_SECTION[table]](f)
    return _csv_response(built[table], f"{organisation.slug}-{table}-{f.date_from}-{f.date_to}")
