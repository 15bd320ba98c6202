"""Forms of moderation: the public appeal form, a colleague's appeal, deciding an appeal, crisis mode."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sereen.moderation.models import Appeal


class PublicAppealForm(forms.Form):
    reference = forms.CharField(
        label=_("Reference"),
        max_length=20,
        help_text=_("The code in our message about your comment, for example K7QX-M2PD."),
        error_messages={"required": _("Fill in the reference from our message.")},
    )
    text = forms.CharField(
        label=_("Why do you disagree?"),
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=5000,
        error_messages={"required": _("Explain why you disagree with the decision.")},
    )
    contact_email = forms.EmailField(
        label=_("E-mail address (optional)"),
        required=False,
        help_text=_("Only to tell you the outcome."),
        error_messages={"invalid": _("Fill in a valid e-mail address, such as naam@voorbeeld.be.")},
    )


class ColleagueAppealForm(forms.Form):
    text = forms.CharField(
        label=_("Why should this decision be reviewed?"),
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Explain why the decision should be reviewed.")},
    )


class DecideAppealForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=Appeal.Outcome.choices)
    note = forms.CharField(
        label=_("Explanation for the person who appealed"),
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Explain the outcome.")},
    )


class CrisisForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
    )


class ImportForm(forms.Form):
    """A platform export (CSV or JSON) for one channel of the organisation."""

    channel = forms.ModelChoiceField(label=_("Channel"), queryset=None)
    file = forms.FileField(
        label=_("Export file (CSV or JSON)"),
        help_text=_("UTF-8; the columns and fields are described in the integrators' guide."),
    )
    format = forms.ChoiceField(
        label=_("Format"),
        choices=[("", _("from the file name")), ("csv", "CSV"), ("json", "JSON")],
        required=False,
    )

    def __init__(self, *args, organisation=None, **kwargs):
        super().__init__(*args, **kwargs)
        from sereen.connectors.models import Channel

        self.fields["channel"].queryset = Channel.objects.filter(
            organisation=organisation, is_active=True
        )

    def clean(self):
        data = super().clean()
        upload = data.get("file")
        if upload is not None and not data.get("format"):
            extension = upload.name.rsplit(".", 1)[-1].lower() if "." in upload.name else ""
            if extension not in ("csv", "json"):
                self.add_error(
                    "format", _("The file name does not say CSV or JSON: choose the format.")
                )
            else:
                data["format"] = extension
        return data


class ProposeBlockForm(forms.Form):
    days = forms.IntegerField(
        label=_("Days (0 = permanent)"),
        min_value=0,
        max_value=3650,
        initial=7,
        error_messages={"min_value": _("The number of days cannot be negative.")},
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give a reason for the block.")},
    )
