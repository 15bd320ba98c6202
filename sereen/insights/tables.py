"""Every table of the insights pages, built once and shown as HTML or exported as CSV.

A ``Table`` is a caption, column headers and rows of plain values; the templates and the CSV
export both read it, so the numbers in a chart's table and in its CSV are the same by design.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sereen.insights import selectors
from sereen.insights.selectors import InsightsFilter


@dataclass
class Table:
    name: str
    caption: str
    headers: list[str]
    rows: list[list[Any]] = field(default_factory=list)

    def as_csv(self) -> str:
        out = io.StringIO()
        writer = csv.writer(out, delimiter=";")  # Excel in Belgium expects ";"
        writer.writerow(self.headers)
        for row in self.rows:
            writer.writerow(["" if v is None else _csv_value(v) for v in row])
        return out.getvalue()


def _csv_value(value: Any) -> Any:
    if isinstance(value, float):
        return f"{value:.4f}".rstrip("0").rstrip(".").replace(".", ",")
    return value


def pct(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.1f}%".replace(".", ",")


def num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}".replace(".", ",")


def _participation_table(
    name: str, caption: str, first: str, rows: list[selectors.Participation]
) -> Table:
    return Table(
        name,
        caption,
        [
            first,
            "Reacties",
            "Mensen",
            "Reacties per persoon",
            "Top 1%",
            "Top 10%",
            "Gini",
            "Bereik",
            "Reageerders / bereik",
        ],
        [
            [
                r.label,
                r.comments,
                r.commenters,
                num(r.per_person),
                pct(r.top1),
                pct(r.top10),
                num(r.gini, 2),
                r.reach if r.reach else "–",
                pct(r.vs_reach.share) if r.vs_reach else "–",
            ]
            for r in rows
        ],
    )


def participation_tables(f: InsightsFilter) -> dict[str, Table]:
    overall = selectors.participation(f)
    overall.label = "Hele selectie"
    return {
        "participation_overall": _participation_table(
            "participation_overall", "Deelname in de hele selectie", "Selectie", [overall]
        ),
        "participation_channel": _participation_table(
            "participation_channel", "Deelname per kanaal", "Kanaal", selectors.participation_by(f, "channel")
        ),
        "participation_post": _participation_table(
            "participation_post", "Deelname per bericht (20 met de meeste reacties)", "Bericht",
            selectors.participation_by(f, "post"),
        ),
        "participation_topic": _participation_table(
            "participation_topic", "Deelname per onderwerp", "Onderwerp", selectors.participation_by(f, "topic")
        ),
    }  # fmt: skip


def hostility_tables(h: selectors.Hostility) -> dict[str, Table]:
    codes = [code for code, _ in h.rules]
    weeks = Table(
        "hostility_weeks",
        "Verborgen of verwijderde reacties per week en per huisregel",
        ["Week van", "Reacties", "Verborgen of verwijderd", "Aandeel", "Piek", *codes],
        [
            [w.week.isoformat(), w.comments, w.restricted, pct(w.share), "piek" if w.spike else "", *[w.by_rule.get(c, 0) for c in codes]]
            for w in h.weeks
        ],
    )  # fmt: skip
    channels = Table(
        "hostility_channels",
        "Verborgen of verwijderde reacties per kanaal",
        ["Kanaal", "Reacties", "Verborgen of verwijderd", "Aandeel", *codes],
        [
            [c["name"], c["comments"], c["restricted"], pct(c["share"]), *c["rule_counts"]]
            for c in h.channels
        ],
    )
    rules = Table(
        "hostility_rules",
        "Per huisregel",
        ["Huisregel", "Titel", "Verborgen of verwijderd", "Aandeel van alle reacties"],
        [[code, title, h.by_rule.get(code, 0), pct(h.by_rule.get(code, 0) / h.comments if h.comments else None)] for code, title in h.rules],
    )  # fmt: skip
    repeat = Table(
        "hostility_repeat",
        "Herhalers: auteurs met minstens twee verborgen of verwijderde reacties (top 10)",
        ["Auteur", "Verborgen of verwijderd"],
        [[r["author"], r["restricted"]] for r in h.top_repeaters],
    )
    return {t.name: t for t in (weeks, channels, rules, repeat)}


def coordination_tables(c: selectors.Coordination) -> dict[str, Table]:
    copies = Table(
        "coordination_copies",
        f"(Bijna) identieke teksten van minstens {c.min_accounts} accounts binnen {c.window_minutes} minuten",
        ["Eerste keer", "Laatste keer", "Kanaal", "Accounts", "Reacties", "Tekst (eerste)"],
        [[s["first_at"].strftime("%Y-%m-%d %H:%M"), s["last_at"].strftime("%Y-%m-%d %H:%M"), s["channel"], s["accounts"], s["comments"], s["text"][:200]] for s in c.copies],
    )  # fmt: skip
    bursts = Table(
        "coordination_bursts",
        "Dagen met opvallend veel nieuwe accounts",
        [
            "Dag",
            "Nieuwe accounts",
            f"Waarvan jonger dan {selectors.YOUNG_ACCOUNT_DAYS} dagen",
            "Robuuste z-score",
        ],
        [[b.day.isoformat(), b.new_accounts, b.young_accounts, num(b.score)] for b in c.bursts],
    )
    return {t.name: t for t in (copies, bursts)}


def performance_tables(p: selectors.Performance) -> dict[str, Table]:
    t = p.totals
    totals = Table(
        "performance_totals",
        "Beslissingen en reactietijd",
        ["Maatstaf", "Waarde"],
        [
            ["Reacties", t["comments"]],
            ["Automatisch beslist", t["automated"]],
            ["Door een mens beslist", t["by_person"]],
            ["Aandeel automatisch", pct(p.automated_share)],
            ["Wacht op beoordeling", t["in_review"]],
            ["Nog niet beslist", t["undecided"]],
            ["Door een mens nagekeken na de motor", t["reviewed"]],
            ["Mens en motor eens (verbergen/verwijderen of laten staan)", pct(p.agreement)],
            ["Gemiddelde tijd tot beslissing door een mens (uur)", num(p.mean_response_hours)],
        ],
    )
    if p.targets is not None:
        tg = p.targets
        totals.rows += [
            ["Beoordelingen geopend", tg["opened"]],
            ["Afgehandeld binnen de streeftijd", f"{tg['in_time']} ({pct(tg['in_time_share'])})"],
            ["Afgehandeld na de streeftijd", tg["late"]],
            ["Open en over tijd", tg["overdue_open"]],
            ["Mediane afhandeltijd (uur)", num(tg["median_hours"])],
        ]
    rules = Table(
        "performance_rules",
        "Acties per huisregel",
        ["Huisregel", "Titel", "Laten staan", "Antwoorden", "Ter beoordeling", "Verbergen", "Verwijderen", "Automatisch", "Door een mens", "Totaal"],
        [[r["code"], r["title"], *[r[k] for k in selectors.ACTION_COLUMNS]] for r in p.actions_per_rule],
    )  # fmt: skip
    a = p.appeals
    appeals = Table(
        "performance_appeals",
        "Bezwaren en hun uitkomst",
        ["Maatstaf", "Aantal"],
        [
            ["Ingediend", a["filed"]],
            ["Nog open", a["open"]],
            ["Beslist", a["decided"]],
            ["Beslissing behouden", a["outcomes"]["upheld"]],
            ["Beslissing herroepen", a["outcomes"]["overturned"]],
            ["Beslissing deels herroepen", a["outcomes"]["partially_overturned"]],
            ["Beslist tegen een automatische beslissing", a["against_engine"]["decided"]],
            ["...waarvan (deels) herroepen", a["against_engine"]["overturned"]],
        ],
    )
    return {x.name: x for x in (totals, rules, appeals)}


def report_tables(r: selectors.TransparencyReport) -> dict[str, Table]:
    """The public report's tables: counts only, never a person or a text."""
    t = r.totals
    totals = Table(
        "report_totals",
        "Reacties en beslissingen",
        ["Maatstaf", "Aantal"],
        [
            ["Reacties ontvangen", t["comments"]],
            ["Verborgen", t["hidden"]],
            ["Verwijderd", t["deleted"]],
            ["Automatisch beslist", t["automated"]],
            ["Door een medewerker beslist", t["by_person"]],
            ["Aandeel automatisch beslist", pct(r.automated_share)],
            [
                "Gemiddelde tijd tot beslissing door een medewerker (uur)",
                num(r.mean_response_hours),
            ],
        ],
    )
    rules = Table(
        "report_rules",
        "Verborgen of verwijderde reacties per huisregel",
        ["Huisregel", "Titel", "Verborgen", "Verwijderd", "Waarvan automatisch", "Totaal"],
        [
            [x["code"], x["title"], x["hide"], x["delete"], x["automated"], x["total"]]
            for x in r.rules
        ],
    )
    a = r.appeals
    appeals = Table(
        "report_appeals",
        "Bezwaren",
        ["Maatstaf", "Aantal"],
        [
            ["Ingediend", a["filed"]],
            ["Nog open", a["open"]],
            ["Beslissing behouden", a["outcomes"]["upheld"]],
            ["Beslissing herroepen", a["outcomes"]["overturned"]],
            ["Beslissing deels herroepen", a["outcomes"]["partially_overturned"]],
        ],
    )
    tables = {x.name: x for x in (totals, rules, appeals)}
    if r.months:
        tables["report_months"] = Table(
            "report_months",
            "Per maand",
            ["Maand", "Reacties", "Verborgen", "Verwijderd", "Automatisch beslist"],
            [[m["month"].strftime("%Y-%m"), m["comments"], m["hidden"], m["deleted"], m["automated"]] for m in r.months],
        )  # fmt: skip
    return tables


SECTIONS: dict[str, Callable[[InsightsFilter], dict[str, Table]]] = {
    "participation": participation_tables,
    "hostility": lambda f: hostility_tables(selectors.hostility(f)),
    "coordination": lambda f: coordination_tables(selectors.coordination(f)),
    "performance": lambda f: performance_tables(selectors.performance(f)),
}
