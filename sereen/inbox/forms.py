"""Forms of the review inbox. Choices of house rules come from the published policy."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from sereen.inbox.models import ReplyTemplate

ACTION_CHOICES = [
    ("keep", _("Approve (keep visible)")),
    ("reply", _("Reply")),
    ("hide", _("Hide")),
    ("delete", _("Delete")),
]
ESCALATE_CHOICES = [
    ("none", _("No escalation")),
    ("police", _("Police")),
    ("unia", _("Unia")),
    ("platform", _("Report to the platform")),
]


def rule_choices(policy: Any) -> list[tuple[str, str]]:
    """(code, "R1 Geen beledigingen") for each house rule of the published policy."""
    if policy is None:
        return []
    return [(rule.code, f"{rule.code} {rule.title}") for rule in policy.house_rules.rules]


class DecideForm(forms.Form):
    action = forms.ChoiceField(label=_("Action"), choices=ACTION_CHOICES)
    rule = forms.MultipleChoiceField(
        label=_("House rule"),
        required=False,
        help_text=_("Required to hide or delete: the reason message cites it."),
    )
    reply_text = forms.CharField(
        label=_("Reply"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    escalate = forms.ChoiceField(
        label=_("Escalate to"), choices=ESCALATE_CHOICES, initial="none", required=False
    )
    note = forms.CharField(
        label=_("Internal note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def __init__(self, *args: Any, policy: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rule"].choices = rule_choices(policy)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        action = data.get("action")
        if action in ("hide", "delete") and not data.get("rule"):
            self.add_error("rule", _("Choose the house rule the comment breaks."))
        if action == "reply" and not (data.get("reply_text") or "").strip():
            self.add_error("reply_text", _("Write the reply."))
        data["escalate"] = data.get("escalate") or "none"
        return data


class BulkForm(forms.Form):
    items = forms.TypedMultipleChoiceField(label=_("Items"), coerce=int, choices=[])
    action = forms.ChoiceField(
        label=_("Action"),
        choices=[
            ("keep", _("Approve (keep visible)")),
            ("hide", _("Hide")),
            ("delete", _("Delete")),
        ],
    )
    rule = forms.ChoiceField(label=_("House rule"), required=False)
    note = forms.CharField(label=_("Internal note"), required=False)

    def __init__(
        self, *args: Any, policy: Any = None, item_ids: list[int] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.fields["rule"].choices = [("", "—"), *rule_choices(policy)]
        self.fields["items"].choices = [(pk, str(pk)) for pk in item_ids or []]
        self.fields["items"].error_messages["required"] = _("Select at least one comment.")

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("action") in ("hide", "delete") and not data.get("rule"):
            self.add_error("rule", _("Choose the house rule the comments break."))
        return data


class EscalateForm(forms.Form):
    to = forms.ChoiceField(label=_("Escalate to"), choices=ESCALATE_CHOICES[1:])
    note = forms.CharField(label=_("Why"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class AssignForm(forms.Form):
    assignee = forms.TypedChoiceField(
        label=_("Assign to"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, *args: Any, people: list[Any] | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["assignee"].choices = [("", _("Nobody (the whole team)"))] + [
            (person.pk, person.get_full_name() or person.get_username()) for person in people or []
        ]


class NoteForm(forms.Form):
    text = forms.CharField(label=_("Internal note"), widget=forms.Textarea(attrs={"rows": 3}))


class CrisisForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReplyTemplateForm(forms.ModelForm):
    rule_code = forms.ChoiceField(label=_("House rule"), required=False)

    class Meta:
        model = ReplyTemplate
        fields = ["title", "kind", "rule_code", "text", "is_active"]
        widgets = {"text": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args: Any, policy: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices = [("", _("None (general, question or criticism)")), *rule_choices(policy)]
        current = self.instance.rule_code if self.instance and self.instance.pk else ""
        if current and current not in dict(choices):
            choices.append((current, current))  # a rule the new policy no longer has
        self.fields["rule_code"].choices = choices
