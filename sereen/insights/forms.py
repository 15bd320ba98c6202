"""The filter of the insights pages: period, channel, post and topic."""

from __future__ import annotations

import datetime as dt

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sereen.accounts.models import Organisation
from sereen.insights import selectors

DEFAULT_DAYS = 90
MAX_DAYS = 3 * 366


class InsightsFilterForm(forms.Form):
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    channel = forms.TypedChoiceField(
        label=_("Channel"), required=False, coerce=int, empty_value=None
    )
    post = forms.CharField(label=_("Post"), required=False, max_length=200)
    topic = forms.ChoiceField(label=_("Topic"), required=False)

    def __init__(self, *args: object, organisation: Organisation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.organisation = organisation
        self.fields["channel"].choices = [("", _("all channels"))] + [
            (c.pk, c.name) for c in selectors.channels_of(organisation)
        ]
        # Only topics that occur, so a typo is an error instead of an empty page.
        self.fields["topic"].choices = [("", _("all topics"))] + [
            (t, t) for t in selectors.topics_of(organisation)
        ]

    def clean(self) -> dict:
        data = super().clean() or {}
        today = timezone.localdate()
        date_to = data.get("date_to") or today
        date_from = data.get("date_from") or date_to - dt.timedelta(days=DEFAULT_DAYS - 1)
        if date_from > date_to:
            raise forms.ValidationError(_("The start date must lie before the end date."))
        if (date_to - date_from).days > MAX_DAYS:
            raise forms.ValidationError(_("Choose a period of at most three years."))
        data["date_from"], data["date_to"] = date_from, date_to
        return data

    def insights_filter(self) -> selectors.InsightsFilter:
        data = self.cleaned_data
        return selectors.InsightsFilter(
            organisation=self.organisation,
            date_from=data["date_from"],
            date_to=data["date_to"],
            channel_id=data.get("channel"),
            post_id=data.get("post", ""),
            topic=data.get("topic", ""),
        )
