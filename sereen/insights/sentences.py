"""The conclusions of the insights pages as plain sentences, in the reader's language.

``measures`` computes the numbers without Django; this module turns them into sentences such as
"62% van de reacties komt van 4 personen" with gettext (English source, Dutch catalogue) and the
number format of the active language (a decimal comma in Dutch).
"""

from __future__ import annotations

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sereen.insights import measures


def percent(value: float | None, decimals: int = 0) -> str:
    """``0.625`` -> ``"63%"``; with ``decimals=1`` -> ``"62,5%"`` in Dutch; ``None`` -> ``"–"``."""
    if value is None:
        return "–"
    return f"{number_format(round(value * 100, decimals), decimal_pos=decimals)}%"


def conclusion(histogram: measures.Histogram) -> str:
    """Who wrote the comments, in one sentence: the smallest group of people that wrote at least
    half of them, e.g. "62% van de reacties komt van 4 personen (3% van de 130 mensen die
    reageerden; samen 410 reacties)."."""
    people = measures.people_total(histogram)
    total = measures.comments_total(histogram)
    if total == 0:
        return _("There are no comments in this period.")
    if people == 1:
        return ngettext(
            "%(total)s comment comes from 1 person.",
            "All %(total)s comments come from 1 person.",
            total,
        ) % {"total": total}
    k, share = measures.people_for_share(histogram, 0.5)
    main = ngettext(
        "%(share)s of the comments come from %(k)s person",
        "%(share)s of the comments come from %(k)s people",
        k,
    ) % {"share": percent(share), "k": k}
    detail = ngettext(
        "(%(part)s of the %(people)s people who commented; %(total)s comment in all).",
        "(%(part)s of the %(people)s people who commented; %(total)s comments in all).",
        total,
    ) % {"part": percent(k / people), "people": people, "total": total}
    return f"{main} {detail}"


def reach_verdict(comparison: measures.ReachComparison) -> str:
    """Commenters as a share of the reach, against the 1/9/90 rule, in one sentence."""
    share = percent(comparison.share, 1)
    if comparison.level == "below":
        return _(
            "Only %(share)s of the reach commented, less than the roughly 10%% that the 1/9/90 "
            "rule expects: the comments do not represent the people who read along."
        ) % {"share": share}
    if comparison.level == "in_line":
        return _("%(share)s of the reach commented, in line with the 1/9/90 rule.") % {
            "share": share
        }
    return _("%(share)s of the reach commented, more than the 1/9/90 rule expects.") % {
        "share": share
    }
