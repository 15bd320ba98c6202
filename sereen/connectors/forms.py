"""Forms for channels."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from sereen.connectors.models import Channel


class ChannelForm(forms.ModelForm):
    url = forms.URLField(
        label=_("address"),
        required=False,
        assume_scheme="https",
        help_text=_("The address of the page or account, if it has one."),
    )

    class Meta:
        model = Channel
        fields = ["platform", "name", "handle", "url"]
        help_texts = {
            "handle": _("For example @gemeente or the page name on the platform."),
        }
