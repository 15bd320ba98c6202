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
        fields = ["platform", "name", "handle", "url", "follower_count"]
        help_texts = {
            "handle": _("For example @gemeente or the page name on the platform."),
            "follower_count": _(
                "How many people follow the channel (from the platform's statistics). Insights "
                "compare the number of commenters with it (the 1/9/90 rule)."
            ),
        }


class ChannelEditForm(ChannelForm):
    """Changing a channel; the platform stays (what it allows follows from it, and its comments
    and actions were made there)."""

    class Meta(ChannelForm.Meta):
        fields = ["name", "handle", "url", "follower_count", "is_active"]
        help_texts = {
            **ChannelForm.Meta.help_texts,
            "is_active": _("A channel that is off accepts no new comments through the API."),
        }
