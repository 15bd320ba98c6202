"""Forms for writing, approving, importing and comparing policy versions."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from sereen.accounts.models import Role
from sereen.engine.policy import (
    MODEL_ACT_FIELDS,
    PRIORITIES,
    Action,
    ActionLadder,
    ContentCategory,
    ContentLevel,
    Escalation,
    Guideline,
    HouseRule,
    LadderStep,
    PlatformGuidance,
    ResponseTarget,
    RoleAssignment,
    RuleKind,
    Severity,
    TargetGroup,
    Thresholds,
)
from sereen.policy.presentation import LABELS

#: Largest policy file accepted for import, in bytes (a full policy is some tens of kilobytes).
MAX_IMPORT_BYTES = 1_000_000


def _choices(kind: str, values: Any) -> list[tuple[str, Any]]:
    return [(str(value), LABELS[kind].get(value, str(value))) for value in values]


def _lines(text: str) -> tuple[str, ...]:
    """The items of a list typed one per line. A line indented deeper than the line that started
    the item, right below it, continues that item (how ``_shown`` writes an item of several lines,
    so such an item survives a save); a blank line or a line at the same depth starts a new one."""
    items: list[str] = []
    depth = 0
    follows = False  # the previous line was part of an item, not blank
    for raw in (text or "").splitlines():
        line = raw.strip()
        if not line:
            follows = False
            continue
        indent = len(raw) - len(raw.lstrip())
        if follows and indent > depth:
            items[-1] += "\n" + line
        else:
            items.append(line)
            depth = indent
        follows = True
    return tuple(items)


def _shown(items: Sequence[str]) -> str:
    """A list as its text area shows it: one item per line, the further lines of an item
    indented (read back by ``_lines``)."""
    return "\n".join(item.replace("\n", "\n  ") for item in items)


def error_attrs(name: str, field: forms.Field) -> dict[str, str]:
    """``aria-invalid`` and ``aria-describedby`` naming the error and, if any, the help text."""
    described = f"id_{name}-error" + (f" id_{name}_helptext" if field.help_text else "")
    return {"aria-invalid": "true", "aria-describedby": described}


class ErrorsLinkedToFields:
    """Marks invalid fields with ``aria-invalid`` and points them at their error text."""

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        for name in self.errors:  # type: ignore[attr-defined]
            if name in self.fields:  # type: ignore[attr-defined]
                field = self.fields[name]  # type: ignore[attr-defined]
                field.widget.attrs.update(error_attrs(name, field))


class ChangeNoteForm(ErrorsLinkedToFields, forms.Form):
    change_note = forms.CharField(
        label=_("What changes in this version"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("A short explanation for the governing body."),
    )


class YamlForm(ErrorsLinkedToFields, forms.Form):
    text = forms.CharField(
        label=_("The whole policy as YAML"),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 30, "spellcheck": "false", "class": "code"}),
    )


class HouseRuleForm(ErrorsLinkedToFields, forms.Form):
    code = forms.RegexField(
        label=_("Code"),
        regex=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$",
        max_length=20,
        help_text=_("Short and unique, such as R9. Decisions and reasons cite it."),
        error_messages={"invalid": _("Use letters, digits, dots or dashes, such as R9.")},
    )
    title = forms.CharField(label=_("Short title"), max_length=120)
    kind = forms.ChoiceField(
        label=_("What the engine looks for"),
        choices=_choices("kind", list(RuleKind)),
        help_text=_("Rules of the kind 'other' are applied by people only."),
    )
    explanation = forms.CharField(
        label=_("Explanation in plain language"), widget=forms.Textarea(attrs={"rows": 3})
    )
    severity = forms.ChoiceField(label=_("Severity"), choices=_choices("severity", list(Severity)))
    default_action = forms.ChoiceField(
        label=_("Default action"), choices=_choices("action", list(Action))
    )
    escalate_to = forms.ChoiceField(
        label=_("Report to"), choices=_choices("escalation", list(Escalation))
    )
    public_reason = forms.CharField(
        label=_("Reason shown to the author"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("One sentence in plain language; it is sent with the decision."),
    )
    allowed_examples = forms.CharField(
        label=_("Examples of what is allowed"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One example per line."),
    )
    forbidden_examples = forms.CharField(
        label=_("Examples of what is not allowed"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One example per line."),
    )

    def __init__(self, *args: Any, taken_codes: set[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.taken_codes = taken_codes or set()

    def clean_code(self) -> str:
        code = self.cleaned_data["code"]
        if code in self.taken_codes:
            raise forms.ValidationError(
                _("House rule %(code)s exists already."), params={"code": code}
            )
        return code

    @classmethod
    def initial_from(cls, rule: HouseRule) -> dict[str, Any]:
        return {
            "code": rule.code,
            "title": rule.title,
            "kind": str(rule.kind),
            "explanation": rule.explanation,
            "severity": str(rule.severity),
            "default_action": str(rule.default_action),
            "escalate_to": str(rule.escalate_to),
            "public_reason": rule.public_reason,
            "allowed_examples": _shown(rule.allowed_examples),
            "forbidden_examples": _shown(rule.forbidden_examples),
        }

    def to_rule(self) -> HouseRule:
        data = self.cleaned_data
        return HouseRule(
            code=data["code"],
            kind=RuleKind(data["kind"]),
            title=data["title"].strip(),
            explanation=data["explanation"].strip(),
            severity=Severity(data["severity"]),
            default_action=Action(data["default_action"]),
            escalate_to=Escalation(data["escalate_to"]),
            public_reason=data["public_reason"].strip(),
            allowed_examples=_lines(data["allowed_examples"]),
            forbidden_examples=_lines(data["forbidden_examples"]),
        )


def _confidence(label: Any, help_text: Any, *, required: bool = True) -> forms.FloatField:
    """A confidence threshold of the engine: a number from 0 to 1."""
    return forms.FloatField(
        label=label, min_value=0, max_value=1, required=required, help_text=help_text
    )


def _thresholds(data: dict[str, Any]) -> Thresholds:
    """The engine's thresholds from the cleaned ``act``, ``review`` and ``model_act*`` fields."""
    return Thresholds(
        act=data["act"],
        review=data["review"],
        **{name: data.get(name) for name in MODEL_ACT_FIELDS},
    )


class TargetsForm(ErrorsLinkedToFields, forms.Form):
    """The engine's thresholds and a response-time target per priority."""

    act = _confidence(
        _("Confidence to act without a person"),
        _("Between 0 and 1, such as 0.85. Higher: fewer automatic removals."),
    )
    review = _confidence(
        _("Confidence to ask a person"),
        _("Between 0 and 1 and lower than the first, such as 0.5."),
    )
    model_act = _confidence(
        _("Confidence for the trained model alone to hide a comment"),
        _(
            "Between 0 and 1 and not lower than the first, such as 0.97. The model then only "
            "hides (never deletes or reports) and a person can restore the comment. Empty: the "
            "model alone only asks a person."
        ),
        required=False,
    )
    model_act_threat = _confidence(
        _("Confidence for the trained model alone to hide a threat that names violence"),
        _(
            "Between 0 and 1 and not lower than the first, such as 0.9: the model errs least on "
            "threats with a word such as 'neersteken'. Empty: the confidence above."
        ),
        required=False,
    )
    model_act_hate = _confidence(
        _("Confidence for the trained model alone to hide hostile words about a group"),
        _(
            "Between 0 and 1 and not lower than the first, such as 0.9: for a comment that names "
            "a group by origin, religion, orientation, gender or disability with a hostile word "
            "('allemaal', 'buiten', 'profiteurs'), nothing in quotation marks and no word of "
            "praise. Empty: the confidence above."
        ),
        required=False,
    )
    weekend_coverage = forms.CharField(
        label=_("Weekend and holiday coverage"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, priorities: list[str] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.priorities = priorities or list(PRIORITIES)
        for priority in self.priorities:
            name = LABELS["priority"].get(priority, priority)
            self.fields[f"minutes_{priority}"] = forms.IntegerField(
                label=_("Response time for priority %(priority)s (minutes)") % {"priority": name},
                min_value=1,
            )
            self.fields[f"description_{priority}"] = forms.CharField(
                label=_("What priority %(priority)s means") % {"priority": name},
                required=False,
            )

    @classmethod
    def initial_from(cls, policy: Any) -> dict[str, Any]:
        management = policy.management
        initial: dict[str, Any] = {
            "act": management.thresholds.act,
            "review": management.thresholds.review,
            **{name: getattr(management.thresholds, name) for name in MODEL_ACT_FIELDS},
            "weekend_coverage": management.office_hours.weekend_coverage,
        }
        for target in management.response_targets:
            initial[f"minutes_{target.priority}"] = target.minutes
            initial[f"description_{target.priority}"] = target.description
        return initial

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        act, review = data.get("act"), data.get("review")
        if act is not None and review is not None and review >= act:
            self.add_error("review", _("Must be lower than the confidence to act."))
        for name in MODEL_ACT_FIELDS:
            model_act = data.get(name)
            if act is not None and model_act is not None and model_act < act:
                self.add_error(name, _("Must not be lower than the confidence to act."))
        return data

    def thresholds(self) -> Thresholds:
        return _thresholds(self.cleaned_data)

    def response_targets(self) -> tuple[ResponseTarget, ...]:
        return tuple(
            ResponseTarget(
                priority=priority,
                minutes=self.cleaned_data[f"minutes_{priority}"],
                description=self.cleaned_data[f"description_{priority}"].strip(),
            )
            for priority in self.priorities
        )


class ApprovalForm(ErrorsLinkedToFields, forms.Form):
    body = forms.CharField(label=_("Approved by (body)"), max_length=200)
    decision_date = forms.DateField(
        label=_("Date of the decision"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    reference = forms.CharField(
        label=_("Reference of the decision"),
        max_length=200,
        help_text=_("For example the number of the collegebesluit."),
    )
    review_date = forms.DateField(
        label=_("Review date"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("When the policy must be reviewed; the beheerders are reminded in time."),
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        decided, review = data.get("decision_date"), data.get("review_date")
        if decided and review and review <= decided:
            self.add_error("review_date", _("The review date must come after the decision."))
        if decided and decided > timezone.localdate() + dt.timedelta(days=1):
            self.add_error("decision_date", _("The decision cannot lie in the future."))
        return data


class ReturnForm(ErrorsLinkedToFields, forms.Form):
    reason = forms.CharField(
        label=_("Why does the version go back?"), widget=forms.Textarea(attrs={"rows": 3})
    )


class ImportForm(ErrorsLinkedToFields, forms.Form):
    file = forms.FileField(label=_("Policy file (.yaml)"), required=False)
    text = forms.CharField(
        label=_("Or paste the YAML here"),
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false", "class": "code"}),
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        upload = data.get("file")
        if upload is not None:
            if upload.size > MAX_IMPORT_BYTES:
                self.add_error("file", _("The file is larger than 1 MB; is it a policy file?"))
                return data
            raw = upload.read()
            try:
                data["text"] = raw.decode("utf-8-sig")
            except UnicodeDecodeError as exc:
                line = raw[: exc.start].count(b"\n") + 1
                self.add_error(
                    "file",
                    _("Line %(line)s is not UTF-8 text; save the file as UTF-8.") % {"line": line},
                )
            data["source"] = upload.name
        elif not (data.get("text") or "").strip():
            self.add_error("file", _("Choose a file or paste the YAML."))
        else:
            data["source"] = "tekst"
        return data


class CompareForm(forms.Form):
    a = forms.TypedChoiceField(label=_("Compare version"), coerce=int)
    b = forms.TypedChoiceField(label=_("with version"), coerce=int)

    def __init__(self, *args: Any, numbers: list[tuple[int, str]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["a"].choices = numbers
        self.fields["b"].choices = numbers


# ---------------------------------------------------------------------------------------------
# The other parts of a draft, in forms: code of conduct, target groups, traffic light,
# platforms, roles and the management process.
#
# Each page is a ``SectionEditor``: a form for the part's own fields and/or a formset with one
# small form per record (a guideline, a target group, ...). Its ``changes()`` are engine values
# that ``services.update_section`` puts in the draft; the engine then validates the whole policy,
# and ``place()`` puts each problem it finds next to the field it is about.


def link_error(form: forms.Form, name: str) -> None:
    """Mark field ``name`` invalid and point it at its error text (and help text, if any).

    The ids come from the bound field, so this works for forms with a prefix (formsets) too."""
    bound = form[name]
    described = f"{bound.auto_id}-error" + (f" {bound.auto_id}_helptext" if bound.help_text else "")
    form.fields[name].widget.attrs.update({"aria-invalid": "true", "aria-describedby": described})


class LinkedErrors:
    """Like ``ErrorsLinkedToFields``, for forms with a prefix: each error is linked to its field."""

    def full_clean(self) -> None:
        super().full_clean()  # type: ignore[misc]
        for name in self.errors:  # type: ignore[attr-defined]
            if name in self.fields:  # type: ignore[attr-defined]
                link_error(self, name)  # type: ignore[arg-type]


def _text(label: Any, *, rows: int = 3, required: bool = True, help_text: Any = "") -> Any:
    return forms.CharField(
        label=label,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        help_text=help_text,
    )


def _list(label: Any, help_text: Any = None, rows: int = 4) -> Any:
    """A list of short texts (examples, sensitivities, steps) as a text area, one per line."""
    return _text(
        label,
        rows=rows,
        required=False,
        help_text=help_text or _("One per line; indent a line to continue the item above it."),
    )


def _path_head(path: str) -> str:
    """The first key of a field path: ``closed_on[2]`` -> ``closed_on``, ``a.b`` -> ``a``."""
    return path.split(".", 1)[0].split("[", 1)[0]


class PartForm(LinkedErrors, forms.Form):
    """A form for fields of one part of the policy. ``FIELDS`` maps the engine's key (a path
    below the part) to the form field; ``LINES`` are lists of text, one per line."""

    FIELDS: dict[str, str] = {}
    LINES: tuple[str, ...] = ()

    @classmethod
    def initial_from(cls, part: Any) -> dict[str, Any]:
        initial: dict[str, Any] = {}
        for key, name in cls.FIELDS.items():
            value: Any = part
            for attr in key.split("."):
                value = getattr(value, attr)
            initial[name] = _shown(value) if name in cls.LINES else value
        return initial

    def value_of(self, name: str) -> Any:
        """The cleaned value of ``name`` as the engine takes it."""
        value = self.cleaned_data[name]
        if name in self.LINES:
            return _lines(value)
        return value.strip() if isinstance(value, str) else value

    def changes(self) -> dict[str, Any]:
        """The new values of the part's fields, as the engine takes them (after ``is_valid``)."""
        return {key: self.value_of(name) for key, name in self.FIELDS.items()}

    def locate(self, path: str) -> str | None:
        """The form field that shows a problem at ``path`` (below the part), if any."""
        for key, name in self.FIELDS.items():
            if path == key or path.startswith((f"{key}[", f"{key}.")):
                return name
        return None


#: The first choice of a list in a new record: a browser posts the first choice of a list, so
#: without it an untouched empty record would count as filled in.
CHOOSE = ("", _("(choose)"))


class RecordForm(PartForm):
    """One record of a list (a guideline, a target group, ...): ``RECORD`` is its engine class."""

    RECORD: type

    @classmethod
    def initial_from(cls, part: Any) -> dict[str, Any]:
        initial = super().initial_from(part)
        for name in cls.FIELDS.values():
            value = initial[name]
            initial[name] = str(value) if hasattr(value, "value") else value
        return initial

    def to_value(self) -> Any:
        return self.RECORD(**{key: self.value_of(name) for key, name in self.FIELDS.items()})

    def legend(self) -> str:
        """A short name of the record for its fieldset, from the first field."""
        first = next(iter(self.FIELDS.values()))
        return str(self.initial.get(first) or "")


class GuidelineForm(RecordForm):
    RECORD = Guideline
    FIELDS = {k: k for k in ("title", "text", "professional", "private", "examples")}
    LINES = ("examples",)

    title = forms.CharField(label=_("Title"), max_length=200)
    text = _text(_("The guideline"), rows=4)
    professional = _text(
        _("When posting for the organisation"),
        required=False,
        help_text=_("What the guideline means on the official channels."),
    )
    private = _text(
        _("On one's own accounts"),
        required=False,
        help_text=_("What the guideline means for colleagues posting privately."),
    )
    examples = _list(_("Examples"), _("One example per line."))


class CodeIntroductionForm(PartForm):
    FIELDS = {"introduction": "introduction"}

    introduction = _text(
        _("Introduction"),
        rows=5,
        help_text=_("Why and for whom the code of conduct applies."),
    )


class TargetGroupForm(RecordForm):
    RECORD = TargetGroup
    FIELDS = {"name": "name", "sensitivities": "sensitivities"}

    name = forms.CharField(label=_("Target group"), max_length=200)
    sensitivities = _text(
        _("Sensitivities"),
        rows=4,
        help_text=_("What to keep in mind when writing for or moderating this group."),
    )


class ContentCategoryForm(RecordForm):
    RECORD = ContentCategory
    FIELDS = {"level": "level", "title": "title", "examples": "examples"}
    LINES = ("examples",)

    level = forms.ChoiceField(
        label=_("Traffic light"), choices=[CHOOSE, *_choices("level", list(ContentLevel))]
    )
    title = forms.CharField(label=_("Kind of content"), max_length=200)
    examples = _list(_("Examples"), _("One example per line."))

    def value_of(self, name: str) -> Any:
        value = super().value_of(name)
        return ContentLevel(value) if name == "level" else value

    def legend(self) -> str:
        return str(self.initial.get("title") or "")


class PlatformForm(RecordForm):
    RECORD = PlatformGuidance
    FIELDS = {k: k for k in ("platform", "purpose", "audience", "attention")}
    LINES = ("attention",)

    platform = forms.CharField(
        label=_("Platform"), max_length=100, help_text=_("For example Facebook or the website.")
    )
    purpose = _text(_("Purpose"), rows=2)
    audience = _text(_("Audience"), rows=2)
    attention = _list(
        _("Points of attention"),
        _(
            "One per line: privacy, copyright and portrait rights, professional secrecy, "
            "what the platform cannot do."
        ),
    )


class RoleAssignmentForm(RecordForm):
    RECORD = RoleAssignment
    FIELDS = {"role": "role", "who": "who", "tasks": "tasks"}
    LINES = ("tasks",)

    role = forms.ChoiceField(label=_("Role in Sereen"), choices=[CHOOSE, *Role.choices])
    who = forms.CharField(
        label=_("Who"),
        max_length=300,
        help_text=_("A service or function, such as 'Communication service'."),
    )
    tasks = _list(_("Tasks"), _("One task per line: posts, moderates, replies, approves, ..."))

    def legend(self) -> str:
        role = self.initial.get("role")
        return str(Role(role).label) if role in Role.values else ""


class HumanDecisionForm(PartForm):
    FIELDS = {"human_decision": "human_decision", "reply_guidance": "reply_guidance"}
    LINES = ("human_decision",)

    human_decision = _list(
        _("When a person must always decide"), _("One situation per line."), rows=8
    )
    reply_guidance = _text(
        _("How we reply"),
        rows=8,
        required=False,
        help_text=_("Guidance for colleagues who answer comments and questions."),
    )


class CrisisForm(PartForm):
    FIELDS = {
        "description": "description",
        "spike_hostile_per_hour": "spike_hostile_per_hour",
        "thresholds.act": "act",
        "thresholds.review": "review",
        "thresholds.model_act": "model_act",
        "review_everything": "review_everything",
        "team": "team",
        "steps": "steps",
    }
    LINES = ("team", "steps")

    description = _text(_("What is a crisis"), rows=5)
    spike_hostile_per_hour = forms.IntegerField(
        label=_("Hostile comments per hour that suggest a crisis"),
        min_value=1,
        help_text=_("Sereen proposes crisis mode when this many arrive within an hour."),
    )
    act = forms.FloatField(
        label=_("Confidence to act without a person during a crisis"),
        help_text=_("Between 0 and 1, such as 0.95: higher than usual."),
    )
    review = forms.FloatField(
        label=_("Confidence to ask a person during a crisis"),
        help_text=_("Between 0 and 1 and not above the first, such as 0.3."),
    )
    model_act = _confidence(
        _("Confidence for the trained model alone to hide a comment during a crisis"),
        _("Empty: the usual one, but never lower than the confidence to act during a crisis."),
        required=False,
    )
    review_everything = forms.BooleanField(
        label=_("A person decides on every comment of substance"), required=False
    )
    team = _list(_("Crisis team"), _("One person or function per line."))
    steps = _list(_("Steps"), _("One step per line, in order."), rows=8)

    def changes(self) -> dict[str, Any]:
        changes = {
            key: self.value_of(name)
            for key, name in self.FIELDS.items()
            if not key.startswith("thresholds")
        }
        changes["thresholds"] = _thresholds(self.cleaned_data)
        return changes


class OfficeHoursForm(PartForm):
    """The time zone, opening hours per weekday (a day may have several periods, for a lunch
    break) and the days the office is closed."""

    FIELDS = {"timezone": "timezone", "closed_on": "closed_on"}
    LINES = ("closed_on",)

    timezone = forms.CharField(
        label=_("Time zone"),
        max_length=64,
        help_text=_("Europe/Brussels in Belgium."),
    )
    closed_on = _list(
        _("Closed days"),
        _(
            "One per line: MM-DD for every year (12-25), YYYY-MM-DD for one day (2026-04-06). "
            "Moveable holidays such as Easter Monday change every year."
        ),
        rows=8,
    )

    def __init__(self, *args: Any, periods: int = 2, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.periods = periods
        #: Which form fields gave the n-th opening hours of the policy, for placing problems.
        self.sources: list[tuple[str, str]] = []
        for day, day_name in LABELS["weekday"].items():
            for period in range(periods):
                for end, text in (
                    ("start", _("%(day)s, period %(period)s: opens")),
                    ("end", _("%(day)s, period %(period)s: closes")),
                ):
                    self.fields[f"d{day}_{period}_{end}"] = forms.TimeField(
                        label=text % {"day": capfirst(day_name), "period": period + 1},
                        required=False,
                        widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"}),
                    )

    @staticmethod
    def periods_of(office_hours: Any) -> int:
        """How many periods a day needs to show ``office_hours`` (at least two)."""
        per_day: dict[int, int] = {}
        for day, _start, _end in office_hours.hours:
            per_day[day] = per_day.get(day, 0) + 1
        return max([2, *per_day.values()])

    @classmethod
    def initial_from(cls, part: Any) -> dict[str, Any]:
        initial = super().initial_from(part)
        seen: dict[int, int] = {}
        for day, start, end in sorted(part.hours):
            period = seen.get(day, 0)
            seen[day] = period + 1
            initial[f"d{day}_{period}_start"] = start
            initial[f"d{day}_{period}_end"] = end
        return initial

    def day_rows(self) -> list[dict[str, Any]]:
        """Per weekday its name and the bound fields of its periods, for the table."""
        return [
            {
                "name": capfirst(day_name),
                "periods": [
                    (self[f"d{day}_{p}_start"], self[f"d{day}_{p}_end"])
                    for p in range(self.periods)
                ],
            }
            for day, day_name in LABELS["weekday"].items()
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for day in LABELS["weekday"]:
            for period in range(self.periods):
                start, end = f"d{day}_{period}_start", f"d{day}_{period}_end"
                if start in self.errors or end in self.errors:
                    continue
                if (data.get(start) is None) != (data.get(end) is None):
                    missing = end if data.get(end) is None else start
                    self.add_error(missing, _("Fill in both when it opens and when it closes."))
        return data

    def changes(self) -> dict[str, Any]:
        hours = []
        self.sources = []
        for day in LABELS["weekday"]:
            for period in range(self.periods):
                start = self.cleaned_data.get(f"d{day}_{period}_start")
                end = self.cleaned_data.get(f"d{day}_{period}_end")
                if start is not None and end is not None:
                    hours.append((day, start.strftime("%H:%M"), end.strftime("%H:%M")))
                    self.sources.append((f"d{day}_{period}_start", f"d{day}_{period}_end"))
        return {
            "timezone": self.value_of("timezone"),
            "hours": tuple(hours),
            "closed_on": self.value_of("closed_on"),
        }

    def locate(self, path: str) -> str | None:
        if _path_head(path) == "hours" and path.startswith("hours["):
            index = int(path[len("hours[") : path.index("]")])
            if index < len(self.sources):
                start, end = self.sources[index]
                return end if path.endswith(".end") else start
        return super().locate(path)


#: Step rows shown per action ladder at least (more when a ladder has more steps, plus one to
#: add a step); empty rows are left out.
LADDER_STEP_ROWS = 6


class LadderForm(LinkedErrors, forms.Form):
    """One action ladder: the rules it counts, the window, and its steps, one row each."""

    rules = forms.MultipleChoiceField(
        label=_("House rules this ladder counts"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "None ticked: all rules. Such a ladder must be the last one. A rule follows one ladder."
        ),
    )
    window_days = forms.IntegerField(
        label=_("Count earlier violations of the last ... days"),
        min_value=1,
        help_text=_("For example 30; 365 for a year."),
    )

    def __init__(
        self,
        *args: Any,
        codes: list[tuple[str, str]] | None = None,
        rows: int = LADDER_STEP_ROWS,
        **kwargs: Any,
    ):
        super().__init__(*args, **kwargs)
        self.fields["rules"].choices = codes or []
        self.step_count = rows
        actions = [("", _("(no step)")), *_choices("action", list(Action))]
        for step in range(rows):
            number = step + 1
            self.fields[f"step{step}_action"] = forms.ChoiceField(
                label=_("Violation %(number)s: action") % {"number": number},
                choices=actions,
                required=False,
            )
            self.fields[f"step{step}_warn"] = forms.BooleanField(
                label=_("Violation %(number)s: warn the author") % {"number": number},
                required=False,
            )
            self.fields[f"step{step}_block"] = forms.IntegerField(
                label=_("Violation %(number)s: propose a block of ... days (0: permanent)")
                % {"number": number},
                min_value=0,
                required=False,
            )

    @classmethod
    def initial_from(cls, ladder: ActionLadder) -> dict[str, Any]:
        initial: dict[str, Any] = {"rules": list(ladder.rules), "window_days": ladder.window_days}
        for index, step in enumerate(ladder.steps):
            initial[f"step{index}_action"] = str(step.action)
            initial[f"step{index}_warn"] = step.warn
            initial[f"step{index}_block"] = step.propose_block_days
        return initial

    def step_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "number": step + 1,
                "action": self[f"step{step}_action"],
                "warn": self[f"step{step}_warn"],
                "block": self[f"step{step}_block"],
            }
            for step in range(self.step_count)
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        for step in range(self.step_count):
            if not data.get(f"step{step}_action") and (
                data.get(f"step{step}_warn") or data.get(f"step{step}_block") is not None
            ):
                self.add_error(f"step{step}_action", _("Choose the action of this step."))
        if not any(data.get(f"step{step}_action") for step in range(self.step_count)):
            self.add_error("step0_action", _("A ladder needs at least one step."))
        return data

    def to_value(self) -> ActionLadder:
        data = self.cleaned_data
        steps = []
        #: Which row gave the n-th step, for placing problems.
        self.rows: list[int] = []
        for row in range(self.step_count):
            action = data.get(f"step{row}_action")
            if action:
                steps.append(
                    LadderStep(
                        offence=len(steps) + 1,
                        action=Action(action),
                        warn=bool(data.get(f"step{row}_warn")),
                        propose_block_days=data.get(f"step{row}_block"),
                    )
                )
                self.rows.append(row)
        return ActionLadder(
            window_days=data["window_days"], steps=tuple(steps), rules=tuple(data["rules"])
        )

    def locate(self, path: str) -> str | None:
        head = _path_head(path)
        if head in ("rules", "window_days"):
            return head
        if head == "steps":
            rows = getattr(self, "rows", [])
            if path.startswith("steps[") and rows:
                index = int(path[len("steps[") : path.index("]")])
                row = rows[index] if index < len(rows) else 0
                field = {"warn": "warn", "propose_block_days": "block"}.get(
                    path.rsplit(".", 1)[-1], "action"
                )
                return f"step{row}_{field}"
            return "step0_action"
        return None

    def legend(self) -> str:
        rules = self.initial.get("rules")
        if rules is None:
            return ""
        return ", ".join(rules) if rules else str(_("all rules"))


class RecordFormSet(forms.BaseFormSet):
    """Records with a position (to reorder them) and a box to remove each; one empty record at
    the end adds a new one. Works without JavaScript."""

    def add_fields(self, form: forms.Form, index: int | None) -> None:
        super().add_fields(form, index)
        if forms.formsets.ORDERING_FIELD_NAME in form.fields:
            form.fields[forms.formsets.ORDERING_FIELD_NAME].label = _("Position in the list")
            form.fields[forms.formsets.ORDERING_FIELD_NAME].widget.attrs["min"] = 1
        if forms.formsets.DELETION_FIELD_NAME in form.fields:
            form.fields[forms.formsets.DELETION_FIELD_NAME].label = _("Remove")

    def records(self) -> list[forms.Form]:
        """The forms of the records to keep, in their chosen order (after ``is_valid``)."""
        return list(self.ordered_forms)


def record_formset(form: type[forms.Form]) -> type[RecordFormSet]:
    return forms.formset_factory(
        form, formset=RecordFormSet, extra=1, can_delete=True, can_order=True, max_num=200
    )


def _part(policy: Any, path: str) -> Any:
    """The part of ``policy`` at the dotted ``path`` (``""``: the policy itself)."""
    for attr in path.split(".") if path else []:
        policy = getattr(policy, attr)
    return policy


class SectionEditor:
    """The forms of one section of a draft (a key of ``services.SECTIONS``).

    ``path`` is where the section lies in the policy, as the engine writes field paths;
    ``form_class`` edits fields of that part, ``record_form`` the records of the list ``list_key``
    below it (one form per record, in a formset).
    """

    section: str = ""
    path: str = ""
    title: Any = ""
    intro: Any = ""
    form_class: type[PartForm] | None = None
    form_template: str = "policy/_fields.html"
    record_form: type[forms.Form] | None = None
    record_template: str = "policy/_fields.html"
    list_key: str = ""
    record_name: Any = ""
    new_record: Any = ""

    def __init__(self, policy: Any, data: Any = None) -> None:
        self.policy = policy
        part = _part(policy, self.path)
        self.form: Any = None
        self.formset: Any = None
        #: The records kept on saving, in their order: the n-th is the engine's ``list_key[n]``.
        self.kept: list[Any] = []
        self.section_errors: list[str] = []
        if self.form_class is not None:
            self.form = self.form_class(
                data, initial=self.form_class.initial_from(part), **self.form_options(part)
            )
        if self.record_form is not None:
            records = getattr(part, self.list_key)
            self.formset = record_formset(self.record_form)(
                data,
                initial=[self.record_form.initial_from(r) for r in records],  # type: ignore[attr-defined]
                prefix=self.list_key.replace("_", ""),
                form_kwargs=self.record_options(),
            )
            for index, form in enumerate(self.formset.forms):
                form.is_new = index >= self.formset.initial_form_count()

    def form_options(self, part: Any) -> dict[str, Any]:
        return {}

    def record_options(self) -> dict[str, Any]:
        return {}

    def is_valid(self) -> bool:
        valid = [form.is_valid() for form in (self.form, self.formset) if form is not None]
        return all(valid)

    def changes(self) -> dict[str, Any]:
        """The section's new engine values, for ``services.update_section`` (after ``is_valid``)."""
        changes: dict[str, Any] = {}
        if self.form is not None:
            changes.update(self.form.changes())
        if self.formset is not None:
            self.kept = self.formset.records()
            changes[self.list_key] = tuple(form.to_value() for form in self.kept)
        return changes

    def _locate(self, field: str) -> tuple[Any, str | None] | None:
        prefix = f"{self.path}." if self.path else ""
        if not field.startswith(prefix):
            return None
        rest = field[len(prefix) :]
        if self.formset is not None and _path_head(rest) == self.list_key:
            found = re.match(rf"{re.escape(self.list_key)}\[(\d+)\]\.?(.*)$", rest)
            if found and int(found[1]) < len(self.kept):
                form = self.kept[int(found[1])]
                return form, form.locate(found[2]) if found[2] else None
            return None
        if self.form is not None:
            name = self.form.locate(rest)
            if name is not None:
                return self.form, name
        return None

    def place(self, problems: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Show each problem of the engine on the field it is about; return the others."""
        rest = []
        for problem in problems:
            where = self._locate(problem["field"])
            if where is None:
                rest.append(problem)
                continue
            form, name = where
            form.add_error(name, problem["message"])
            if name is not None:
                link_error(form, name)
        return rest

    def add_error(self, message: str) -> None:
        """An error about the section as a whole (shown at the top)."""
        self.section_errors.append(message)

    def summary(self) -> list[dict[str, str]]:
        """Every error on the page with the field it belongs to, for the list at the top."""
        items = [{"id": "", "label": "", "text": text} for text in self.section_errors]

        def add(form: Any, name_prefix: str) -> None:
            for name, errors in form.errors.items():
                message = " ".join(str(e) for e in errors)
                if name in form.fields:
                    bound = form[name]
                    items.append(
                        {
                            "id": bound.auto_id,
                            "label": f"{name_prefix}{bound.label}",
                            "text": message,
                        }
                    )
                else:
                    items.append({"id": "", "label": name_prefix.rstrip(": "), "text": message})

        if self.form is not None and self.form.is_bound:
            add(self.form, "")
        if self.formset is not None and self.formset.is_bound:
            for index, form in enumerate(self.formset.forms):
                if self.formset.can_delete and self.formset._should_delete_form(form):
                    continue
                add(form, f"{self.record_name} {index + 1}: ")
            items.extend(
                {"id": "", "label": "", "text": str(error)}
                for error in self.formset.non_form_errors()
            )
        return items


class CodeOfConductEditor(SectionEditor):
    section = "code_of_conduct"
    path = "code_of_conduct"
    title = _("Code of conduct")
    intro = _(
        "The guidelines for colleagues who use social media, at work and privately. Every "
        "colleague is asked to read the code of conduct in force."
    )
    form_class = CodeIntroductionForm
    record_form = GuidelineForm
    list_key = "guidelines"
    record_name = _("Guideline")
    new_record = _("New guideline (fill in to add one)")


class TargetGroupsEditor(SectionEditor):
    section = "target_groups"
    title = _("Target groups")
    intro = _("The audiences the organisation writes for, and what each is sensitive to.")
    record_form = TargetGroupForm
    list_key = "target_groups"
    record_name = _("Target group")
    new_record = _("New target group (fill in to add one)")


class ContentCategoriesEditor(SectionEditor):
    section = "content_categories"
    title = _("Traffic light")
    intro = _(
        "What colleagues may post: green, freely; orange, only after a manager's approval; "
        "red, never. Give examples for each kind of content."
    )
    record_form = ContentCategoryForm
    list_key = "content_categories"
    record_name = _("Kind of content")
    new_record = _("New kind of content (fill in to add one)")


class PlatformsEditor(SectionEditor):
    section = "platforms"
    title = _("Platforms")
    intro = _("Per channel: what the organisation uses it for, whom it reaches, what to watch.")
    record_form = PlatformForm
    list_key = "platforms"
    record_name = _("Platform")
    new_record = _("New platform (fill in to add one)")


class RolesEditor(SectionEditor):
    section = "roles"
    title = _("Roles")
    intro = _(
        "Who posts, moderates, replies, approves and leads crisis communication. The role is the "
        "one people get in Sereen; 'who' names the service or function."
    )
    record_form = RoleAssignmentForm
    list_key = "roles"
    record_name = _("Role")
    new_record = _("New role (fill in to add one)")


class OfficeHoursEditor(SectionEditor):
    section = "office_hours"
    path = "management.office_hours"
    title = _("Office hours")
    intro = _(
        "Response times count only during office hours (urgent comments excepted). Leave a day "
        "empty when the office is closed; use the second period for a lunch break."
    )
    form_class = OfficeHoursForm
    form_template = "policy/_office_hours.html"

    def form_options(self, part: Any) -> dict[str, Any]:
        return {"periods": OfficeHoursForm.periods_of(part)}


class LaddersEditor(SectionEditor):
    section = "ladders"
    path = "management"
    title = _("Action ladders")
    intro = _(
        "What happens when the same author breaks a house rule again: a stricter action, a "
        "warning, a proposal to block. A person always decides on a block. The ladders apply to "
        "rules that hide or delete."
    )
    record_form = LadderForm
    record_template = "policy/_ladder.html"
    list_key = "ladders"
    record_name = _("Ladder")
    new_record = _("New ladder (fill in to add one)")

    def record_options(self) -> dict[str, Any]:
        longest = max((len(ladder.steps) for ladder in self.policy.management.ladders), default=0)
        return {
            "codes": [
                (rule.code, f"{rule.code} – {rule.title}") for rule in self.policy.house_rules.rules
            ],
            "rows": max(LADDER_STEP_ROWS, longest + 1),
        }


class HumanDecisionEditor(SectionEditor):
    section = "human_decision"
    path = "management"
    title = _("People decide, and replies")
    intro = _("When Sereen never decides alone, and how colleagues reply to comments.")
    form_class = HumanDecisionForm


class CrisisEditor(SectionEditor):
    section = "crisis"
    path = "management.crisis"
    title = _("Crisis protocol")
    intro = _(
        "When Sereen proposes crisis mode, how strict it is then, who is in the crisis team and "
        "what they do."
    )
    form_class = CrisisForm


#: The editors by section, in the order of the tabs.
EDITORS: dict[str, type[SectionEditor]] = {
    editor.section: editor
    for editor in (
        CodeOfConductEditor,
        TargetGroupsEditor,
        ContentCategoriesEditor,
        PlatformsEditor,
        RolesEditor,
        OfficeHoursEditor,
        LaddersEditor,
        HumanDecisionEditor,
        CrisisEditor,
    )
}
