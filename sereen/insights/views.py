"""Internal insights pages: participation, hostility, coordination signals and performance."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from sereen.accounts.permissions import org_permission_required
from sereen.accounts.roles import has_org_perm
from sereen.insights import charts, selectors, tables
from sereen.insights.forms import InsightsFilterForm

TITLES = {
    "participation": "Wie reageert er echt?",
    "hostility": "Vijandigheid door de tijd",
    "coordination": "Signalen van gecoördineerd gedrag",
    "performance": "Moderatie: snelheid en kwaliteit",
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
        figures.append({
            "caption": "Lorenzcurve van reacties per persoon",
            "svg": charts.lorenz_chart(
                p.lorenz, title="Lorenzcurve van reacties per persoon",
                desc=f"{p.sentence} Gini {tables.num(p.gini, 2)}.",
            ),
        })  # fmt: skip
    elif section == "hostility":
        h = selectors.hostility(f)
        extra["hostility"] = h
        labels = [w.week.strftime("%d/%m") for w in h.weeks]
        figures.append({
            "caption": "Verborgen of verwijderde reacties per week",
            "svg": charts.line_chart(
                labels, [w.restricted for w in h.weeks], spikes=[w.spike for w in h.weeks],
                title="Verborgen of verwijderde reacties per week",
            ),
        })  # fmt: skip
        figures.append({
            "caption": "Per huisregel",
            "svg": charts.bar_chart(
                [f"{c} {t}".strip() for c, t in h.rules], [h.by_rule.get(c, 0) for c, _ in h.rules],
                title="Verborgen of verwijderde reacties per huisregel",
            ),
        })  # fmt: skip
    elif section == "coordination":
        c = selectors.coordination(f)
        extra["coordination"] = c
        figures.append({
            "caption": "Nieuwe accounts per dag",
            "svg": charts.line_chart(
                [d.strftime("%d/%m") for d, _, _ in c.daily_new], [n for _, n, _ in c.daily_new],
                spikes=[d in {b.day for b in c.bursts} for d, _, _ in c.daily_new],
                title="Accounts die voor het eerst reageerden, per dag",
            ),
        })  # fmt: skip
    else:
        p = selectors.performance(f)
        extra["performance"] = p
        t = p.totals
        figures.append({
            "caption": "Wie besliste",
            "svg": charts.bar_chart(
                ["Automatisch", "Door een mens", "Wacht op beoordeling", "Niet beslist"],
                [t["automated"], t["by_person"], t["in_review"], t["undecided"]],
                title="Beslissingen: automatisch of door een mens",
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
            from django.core.exceptions import PermissionDenied

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
