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

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from sereen.insights import selectors, sentences
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
    return sentences.percent(value, 1)


def num(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else number_format(round(value, digits), decimal_pos=digits)


def _participation_table(
    name: str, caption: str, first: str, rows: list[selectors.Participation]
) -> Table:
    return Table(
        name,
        caption,
        [
            first,
            _("Comments"),
            _("People"),
            _("Comments per person"),
            _("Top 1%"),
            _("Top 10%"),
            _("Gini"),
            _("Reach"),
            _("Commenters / reach"),
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
    overall.label = _("Whole selection")
    return {
        "participation_overall": _participation_table(
            "participation_overall", _("Participation in the whole selection"), _("Selection"), [overall]
        ),
        "participation_channel": _participation_table(
            "participation_channel", _("Participation per channel"), _("Channel"), selectors.participation_by(f, "channel")
        ),
        "participation_post": _participation_table(
            "participation_post", _("Participation per post (the 20 with most comments)"), _("Post"),
            selectors.participation_by(f, "post"),
        ),
        "participation_topic": _participation_table(
            "participation_topic", _("Participation per topic"), _("Topic"), selectors.participation_by(f, "topic")
        ),
    }  # fmt: skip


def hostility_tables(h: selectors.Hostility) -> dict[str, Table]:
    codes = [code for code, _title in h.rules]
    weeks = Table(
        "hostility_weeks",
        _("Comments hidden or deleted per week and per house rule"),
        [_("Week of"), _("Comments"), _("Hidden or deleted"), _("Share"), _("Spike"), *codes],
        [
            [w.week.isoformat(), w.comments, w.restricted, pct(w.share), _("spike") if w.spike else "", *[w.by_rule.get(c, 0) for c in codes]]
            for w in h.weeks
        ],
    )  # fmt: skip
    channels = Table(
        "hostility_channels",
        _("Comments hidden or deleted per channel"),
        [_("Channel"), _("Comments"), _("Hidden or deleted"), _("Share"), *codes],
        [
            [c["name"], c["comments"], c["restricted"], pct(c["share"]), *c["rule_counts"]]
            for c in h.channels
        ],
    )
    rules = Table(
        "hostility_rules",
        _("Per house rule"),
        [_("House rule"), _("Title"), _("Hidden or deleted"), _("Share of all comments")],
        [[code, title, h.by_rule.get(code, 0), pct(h.by_rule.get(code, 0) / h.comments if h.comments else None)] for code, title in h.rules],
    )  # fmt: skip
    repeat = Table(
        "hostility_repeat",
        _("Repeat authors: at least two comments hidden or deleted (top 10)"),
        [_("Author"), _("Hidden or deleted")],
        [[r["author"], r["restricted"]] for r in h.top_repeaters],
    )
    return {t.name: t for t in (weeks, channels, rules, repeat)}


def coordination_tables(c: selectors.Coordination) -> dict[str, Table]:
    copies = Table(
        "coordination_copies",
        _("Signal: (nearly) identical texts from at least %(accounts)s accounts within %(minutes)s minutes") % {"accounts": c.min_accounts, "minutes": c.window_minutes},
        [_("First seen"), _("Last seen"), _("Channel"), _("Accounts"), _("Comments"), _("Text (first)")],
        [[s["first_at"].strftime("%Y-%m-%d %H:%M"), s["last_at"].strftime("%Y-%m-%d %H:%M"), s["channel"], s["accounts"], s["comments"], s["text"][:200]] for s in c.copies],
    )  # fmt: skip
    bursts = Table(
        "coordination_bursts",
        _("Signal: days with unusually many new accounts"),
        [
            _("Day"),
            _("New accounts"),
            _("Of which younger than %(days)s days") % {"days": selectors.YOUNG_ACCOUNT_DAYS},
            _("Robust z-score"),
        ],
        [[b.day.isoformat(), b.new_accounts, b.young_accounts, num(b.score)] for b in c.bursts],
    )
    return {t.name: t for t in (copies, bursts)}


def performance_tables(p: selectors.Performance) -> dict[str, Table]:
    t = p.totals
    tg = p.targets
    totals = Table(
        "performance_totals",
        _("Decisions and response times"),
        [_("Measure"), _("Value")],
        [
            [_("Comments"), t["comments"]],
            [_("Decided automatically"), t["automated"]],
            [_("Decided by a person"), t["by_person"]],
            [_("Share decided automatically"), pct(p.automated_share)],
            [_("Awaiting review"), t["in_review"]],
            [_("Not decided yet"), t["undecided"]],
            [_("Engine decision checked by a person"), t["reviewed"]],
            [_("Person and engine agree (restrict or keep)"), pct(p.agreement)],
            [_("Review items opened in the inbox"), tg["opened"]],
            [_("Resolved"), tg["resolved"]],
            [_("Resolved within the target time"), tg["in_time"]],
            [_("Share resolved within the target time"), pct(tg["in_time_share"])],
            [_("Resolved after the target time"), tg["late"]],
            [_("Still open"), tg["open"]],
            [_("Open and past the target time"), tg["overdue_open"]],
            [_("Mean time to resolve (hours)"), num(tg["mean_hours"])],
        ],
    )
    rules = Table(
        "performance_rules",
        _("Actions per house rule"),
        [
            _("House rule"), _("Title"), pgettext("action", "Keep"), pgettext("action", "Reply"),
            _("Sent to review"), pgettext("action", "Hide"), pgettext("action", "Delete"),
            _("Automatically"), _("By a person"), _("Total"),
        ],
        [[r["code"], r["title"], *[r[k] for k in selectors.ACTION_COLUMNS]] for r in p.actions_per_rule],
    )  # fmt: skip
    a = p.appeals
    appeals = Table(
        "performance_appeals",
        _("Appeals and their outcome"),
        [_("Measure"), _("Number")],
        [
            [_("Filed"), a["filed"]],
            [_("Still open"), a["open"]],
            [_("Decided"), a["decided"]],
            [_("Decision upheld"), a["outcomes"]["upheld"]],
            [_("Decision overturned"), a["outcomes"]["overturned"]],
            [_("Decision partly overturned"), a["outcomes"]["partially_overturned"]],
            [_("Decided against an automatic decision"), a["against_engine"]["decided"]],
            [_("…of which (partly) overturned"), a["against_engine"]["overturned"]],
        ],
    )
    return {x.name: x for x in (totals, rules, appeals)}


def report_tables(r: selectors.TransparencyReport) -> dict[str, Table]:
    """The public report's tables: counts only, never a person or a text."""
    t = r.totals
    totals = Table(
        "report_totals",
        _("Comments and decisions"),
        [_("Measure"), _("Number")],
        [
            [_("Comments received"), t["comments"]],
            [_("Hidden"), t["hidden"]],
            [_("Deleted"), t["deleted"]],
            [_("Decided automatically"), t["automated"]],
            [_("Decided by a staff member"), t["by_person"]],
            [_("Share decided automatically"), pct(r.automated_share)],
            [
                _("Mean time to handle a comment sent for review (hours)"),
                num(r.mean_response_hours),
            ],
        ],
    )
    rules = Table(
        "report_rules",
        _("Comments hidden or deleted per house rule"),
        [_("House rule"), _("Title"), _("Hidden"), _("Deleted"), _("Of which automatically"), _("Total")],
        [
            [x["code"], x["title"], x["hide"], x["delete"], x["automated"], x["total"]]
            for x in r.rules
        ],
    )  # fmt: skip
    a = r.appeals
    appeals = Table(
        "report_appeals",
        _("Appeals"),
        [_("Measure"), _("Number")],
        [
            [_("Filed"), a["filed"]],
            [_("Still open"), a["open"]],
            [_("Decision upheld"), a["outcomes"]["upheld"]],
            [_("Decision overturned"), a["outcomes"]["overturned"]],
            [_("Decision partly overturned"), a["outcomes"]["partially_overturned"]],
        ],
    )
    tables = {x.name: x for x in (totals, rules, appeals)}
    if r.months:
        tables["report_months"] = Table(
            "report_months",
            _("Per month"),
            [_("Month"), _("Comments"), _("Hidden"), _("Deleted"), _("Decided automatically")],
            [[m["month"].strftime("%Y-%m"), m["comments"], m["hidden"], m["deleted"], m["automated"]] for m in r.months],
        )  # fmt: skip
    return tables


SECTIONS: dict[str, Callable[[InsightsFilter], dict[str, Table]]] = {
    "participation": participation_tables,
    "hostility": lambda f: hostility_tables(selectors.hostility(f)),
    "coordination": lambda f: coordination_tables(selectors.coordination(f)),
    "performance": lambda f: performance_tables(selectors.performance(f)),
}
