"""Errors of a service land on the right field of a form."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError

from sereen.core.forms import add_validation_errors


class ReplyForm(forms.Form):
    rule = forms.CharField(required=False)
    reply_text = forms.CharField(required=False)


def bound() -> ReplyForm:
    form = ReplyForm({})
    form.is_valid()
    return form


def test_errors_go_to_their_field_and_renamed_fields_follow_the_map():
    form = bound()
    exc = ValidationError({"text": "Te kort.", "rule_codes": "Onbekende regel.", "other": "Fout."})
    add_validation_errors(form, exc, {"text": "reply_text", "rule_codes": "rule"})
    assert form.errors["reply_text"] == ["Te kort."]
    assert form.errors["rule"] == ["Onbekende regel."]
    assert form.non_field_errors() == ["Fout."]


def test_an_error_without_a_field_goes_on_the_form():
    form = bound()
    add_validation_errors(form, ValidationError(["Eerste.", "Tweede."]))
    assert form.non_field_errors() == ["Eerste.", "Tweede."]
    assert "rule" not in form.errors
