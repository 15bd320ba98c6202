"""Forms for writing, approving, importing and comparing policy versions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sereen.engine.policy import (
    PRIORITIES,
    Action,
    Escalation,
    HouseRule,
    ResponseTarget,
    RuleKind,
    Severity,
    Thresholds,
)
from sereen.policy.presentation import LABELS

#: Largest policy file accepted for import, in bytes (a full policy is some tens of kilobytes).
MAX_IMPORT_BYTES = 1_000_000


def _choices(kind: str, values: Any) -> list[tuple[str, Any]]:
    return [(str(value), LABELS[kind].get(value, str(value))) for value in values]


def _lines(text: str) -> tuple[str, ...]:
    return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


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
            "allowed_examples": "\n".join(rule.allowed_examples),
            "forbidden_examples": "\n".join(rule.forbidden_examples),
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


class TargetsForm(ErrorsLinkedToFields, forms.Form):
    """The engine's thresholds and a response-time target per priority."""

    act = forms.FloatField(
        label=_("Confidence to act without a person"),
        min_value=0,
        max_value=1,
        help_text=_("Between 0 and 1, such as 0.85. Higher: fewer automatic removals."),
    )
    review = forms.FloatField(
        label=_("Confidence to ask a person"),
        min_value=0,
        max_value=1,
        help_text=_("Between 0 and 1 and lower than the first, such as 0.5."),
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
        return data

    def thresholds(self) -> Thresholds:
        return Thresholds(act=self.cleaned_data["act"], review=self.cleaned_data["review"])

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
