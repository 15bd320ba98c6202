"""How the policy is shown to people: labels, durations, the moderation steps and their flowchart.

The steps of the moderation process are written once here and shown twice on the public page:
as an SVG flowchart (server-rendered, ``role="img"`` with a title and description) and as an
ordered list with the same text, so nobody depends on the picture.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from sereen.engine.policy import Action, ContentLevel, Escalation, RuleKind, Severity

LABELS: dict[str, dict[str, Any]] = {
    "action": {
        Action.KEEP: gettext_lazy("keep visible"),
        Action.REPLY: gettext_lazy("reply"),
        Action.REVIEW: gettext_lazy("a person decides"),
        Action.HIDE: gettext_lazy("hide"),
        Action.DELETE: gettext_lazy("delete"),
    },
    "severity": {
        Severity.LOW: gettext_lazy("low"),
        Severity.MEDIUM: gettext_lazy("medium"),
        Severity.HIGH: gettext_lazy("high"),
        Severity.CRITICAL: gettext_lazy("critical"),
    },
    "escalation": {
        Escalation.NONE: gettext_lazy("no one"),
        Escalation.POLICE: gettext_lazy("the police"),
        Escalation.UNIA: gettext_lazy("Unia"),
        Escalation.PLATFORM: gettext_lazy("the platform"),
    },
    "kind": {
        RuleKind.INSULT: gettext_lazy("insults"),
        RuleKind.HATE: gettext_lazy("hate and discrimination"),
        RuleKind.THREAT: gettext_lazy("threats"),
        RuleKind.PERSONAL_DATA: gettext_lazy("personal data"),
        RuleKind.SPAM: gettext_lazy("spam and scams"),
        RuleKind.FLOODING: gettext_lazy("flooding"),
        RuleKind.SHOUTING: gettext_lazy("shouting"),
        RuleKind.OTHER: gettext_lazy("other (people decide)"),
    },
    "level": {
        ContentLevel.FREE: gettext_lazy("green: post freely"),
        ContentLevel.APPROVAL: gettext_lazy("orange: a manager approves first"),
        ContentLevel.NEVER: gettext_lazy("red: never"),
    },
    "priority": {
        "urgent": gettext_lazy("urgent"),
        "high": gettext_lazy("high"),
        "normal": gettext_lazy("normal"),
        "low": gettext_lazy("low"),
    },
    "weekday": {
        0: gettext_lazy("Monday"),
        1: gettext_lazy("Tuesday"),
        2: gettext_lazy("Wednesday"),
        3: gettext_lazy("Thursday"),
        4: gettext_lazy("Friday"),
        5: gettext_lazy("Saturday"),
        6: gettext_lazy("Sunday"),
    },
}


def label(kind: str, value: Any) -> str:
    """The readable label of an enum value of the policy (``label("severity", "high")``)."""
    found = LABELS.get(kind, {})
    if value in found:
        return str(found[value])
    return str(getattr(value, "value", value))


def duration(minutes: int) -> str:
    """``90`` -> "1 hour 30 minutes"; whole hours and days are said as such."""
    if minutes % (60 * 24) == 0 and minutes >= 60 * 24:
        days = minutes // (60 * 24)
        return ngettext("%(count)s day", "%(count)s days", days) % {"count": days}
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(ngettext("%(count)s hour", "%(count)s hours", hours) % {"count": hours})
    if rest or not hours:
        parts.append(ngettext("%(count)s minute", "%(count)s minutes", rest) % {"count": rest})
    return " ".join(parts)


def response_target(policy: Any, priority: str) -> Any:
    return next(
        (t for t in policy.management.response_targets if t.priority == priority),
        None,
    )


# ---------------------------------------------------------------------------------------------
# The moderation process


@dataclass(frozen=True)
class Step:
    key: str
    title: str
    text: str


def moderation_steps(policy: Any) -> list[Step]:
    """The steps a comment goes through under ``policy``, in plain language for the public."""
    normal = response_target(policy, "normal")
    within = (
        _("within %(duration)s during office hours") % {"duration": duration(normal.minutes)}
        if normal is not None
        else _("as soon as possible")
    )
    escalations = sorted(
        {rule.escalate_to for rule in policy.house_rules.rules if rule.escalate_to != "none"}
    )
    reported = ""
    if escalations:
        reported = " " + _("Where the law may have been broken, we report it to %(who)s.") % {
            "who": _(" or ").join(label("escalation", e) for e in escalations)
        }
    return [
        Step("posted", _("You post a comment"), _("You react on one of our social media pages.")),
        Step(
            "checked",
            _("Checked against the house rules"),
            _("Every comment is compared with these house rules in the same way."),
        ),
        Step(
            "question",
            _("Does it break a house rule?"),
            _("The check has three possible outcomes: no, not sure, or clearly yes."),
        ),
        Step(
            "stays",
            _("No: the comment stays"),
            _("Criticism and other opinions are welcome and stay visible."),
        ),
        Step(
            "person",
            _("Not sure: a person decides"),
            _("A staff member reads the comment and decides %(within)s.") % {"within": within},
        ),
        Step(
            "removed",
            _("Yes: hidden or deleted"),
            _("We hide or delete the comment and tell you which house rule it breaks and why.")
            + reported,
        ),
        Step(
            "appeal",
            _("You may appeal"),
            _("Do you disagree? File an appeal; another staff member looks at it again."),
        ),
    ]


# Layout of the flowchart on a 720 wide canvas; box heights follow their text.
_WIDTH = 720
_LINE = 18
_PAD = 12
_GAP = 34


def _wrap(text: str, width: float) -> list[str]:
    # About 7.3 pixels per character at 14px in a sans-serif font.
    return textwrap.wrap(text, max(12, int((width - 2 * _PAD) / 7.3)))


def _box_lines(step: Step, width: float) -> tuple[list[str], list[str]]:
    return _wrap(step.title, width), _wrap(step.text, width)


def _box(step: Step, x: float, y: float, w: float, h: float) -> str:
    title, text = _box_lines(step, w)
    top = y + (h - _LINE * (len(title) + len(text))) / 2 + 13
    out = [f'<rect x="{x:g}" y="{y:g}" width="{w:g}" height="{h:g}" rx="8" class="flow-box"/>']
    for n, line in enumerate(title + text):
        css = ' class="flow-title"' if n < len(title) else ""
        out.append(
            f'<text x="{x + w / 2:g}" y="{top + n * _LINE:g}" text-anchor="middle"{css}>'
            f"{escape(line)}</text>"
        )
    return "".join(out)


def _height(steps: list[Step], width: float) -> float:
    return max(sum(len(part) for part in _box_lines(s, width)) for s in steps) * _LINE + 2 * _PAD


def _arrow(x1: float, y1: float, x2: float, y2: float, text: str = "") -> str:
    out = (
        f'<line x1="{x1:g}" y1="{y1:g}" x2="{x2:g}" y2="{y2:g}" class="flow-line" '
        'marker-end="url(#flow-arrow)"/>'
    )
    if text:
        out += (
            f'<text x="{(x1 + x2) / 2 + 8:g}" y="{(y1 + y2) / 2 + 4:g}" class="flow-title">'
            f"{escape(text)}</text>"
        )
    return out


def flowchart_svg(steps: list[Step], *, title: str, description: str) -> SafeString:
    """The moderation process as an accessible SVG: ``role="img"`` named by its title and desc."""
    by_key = {step.key: step for step in steps}
    body: list[str] = []
    # Two boxes in the middle column, one under the other.
    y = 10.0
    for key in ("posted", "checked"):
        h = _height([by_key[key]], 340)
        body.append(_box(by_key[key], 190, y, 340, h))
        body.append(_arrow(360, y + h, 360, y + h + _GAP))
        y += h + _GAP
    # The question as a diamond.
    question = _wrap(by_key["question"].title, 300)
    half_h = max(44.0, (len(question) * _LINE + 24) / 1.2)
    cx, cy, half_w = 360.0, y + half_h, 180.0
    body.append(
        f'<polygon points="{cx:g},{y:g} {cx + half_w:g},{cy:g} {cx:g},{cy + half_h:g} '
        f'{cx - half_w:g},{cy:g}" class="flow-box"/>'
    )
    for n, line in enumerate(question):
        top = cy - (len(question) - 1) * _LINE / 2 + 5
        body.append(
            f'<text x="{cx:g}" y="{top + n * _LINE:g}" text-anchor="middle" class="flow-title">'
            f"{escape(line)}</text>"
        )
    # Three outcomes side by side.
    y = cy + half_h + 60
    outcomes = [by_key["stays"], by_key["person"], by_key["removed"]]
    h = _height(outcomes, 220)
    body.append(_arrow(cx - half_w, cy, 120, y, _("no")))
    body.append(_arrow(360, cy + half_h, 360, y, _("not sure")))
    body.append(_arrow(cx + half_w, cy, 600, y, _("yes")))
    for step, x in zip(outcomes, (10, 250, 490), strict=True):
        body.append(_box(step, x, y, 220, h))
    # People's decisions can be appealed.
    body.append(_arrow(360, y + h, 360, y + h + _GAP))
    body.append(_arrow(600, y + h, 600, y + h + _GAP))
    y += h + _GAP
    h = _height([by_key["appeal"]], 460)
    body.append(_box(by_key["appeal"], 250, y, 460, h))
    height = y + h + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {_WIDTH} {height:g}" role="img" '
        'aria-labelledby="flow-title flow-desc" class="flowchart" focusable="false">',
        f'<title id="flow-title">{escape(title)}</title>',
        f'<desc id="flow-desc">{escape(description)}</desc>',
        '<defs><marker id="flow-arrow" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
        '<path d="M 0 0 L 10 5 L 0 10 z" class="flow-head"/></marker></defs>',
        "<style>.flow-box{fill:#f3f5f7;stroke:#1b1f24;stroke-width:1.5}"
        ".flow-line{stroke:#1b1f24;stroke-width:1.5}.flow-head{fill:#1b1f24}"
        "text{font-family:system-ui,sans-serif;font-size:14px;fill:#1b1f24}"
        ".flow-title{font-weight:700}</style>",
        *body,
        "</svg>",
    ]
    # Every text above went through escape().
    return mark_safe("".join(parts))
