"""Public pages of moderation: the statement of reasons and the appeal form (no login)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from sereen.accounts.models import Organisation
from sereen.core.forms import add_validation_errors
from sereen.moderation import services
from sereen.moderation.forms import PublicAppealForm
from sereen.moderation.models import Appeal
from sereen.moderation.references import normalise_reference


def statement(request: HttpRequest, org_slug: str, reference: str) -> HttpResponse:
    """The statement of reasons of one restricting decision, in plain Dutch."""
    organisation = get_object_or_404(Organisation, slug=org_slug)
    decision = services.find_decision_by_reference(organisation, reference)
    if decision is None or not decision.statement_of_reasons:
        raise Http404
    return render(
        request,
        "moderation/public/statement.html",
        {"organisation": organisation, "decision": decision, "sor": decision.statement_of_reasons},
    )


def appeal(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The appeal form: the reference from our message and an explanation."""
    organisation = get_object_or_404(Organisation, slug=org_slug)
    if request.method == "POST":
        form = PublicAppealForm(request.POST)
        if form.is_valid():
            try:
                filed = services.file_appeal(
                    organisation=organisation,
                    reference=form.cleaned_data["reference"],
                    text=form.cleaned_data["text"],
                    contact_email=form.cleaned_data["contact_email"],
                )
            except ValidationError as exc:
                add_validation_errors(form, exc)
            else:
                return redirect(
                    "moderation_public:appeal_received",
                    org_slug=org_slug,
                    reference=filed.reference,
                )
    else:
        form = PublicAppealForm(initial={"reference": request.GET.get("referentie", "")})
    return render(
        request,
        "moderation/public/appeal_form.html",
        {"organisation": organisation, "form": form},
        status=400 if form.is_bound and form.errors else 200,
    )


def appeal_received(request: HttpRequest, org_slug: str, reference: str) -> HttpResponse:
    organisation = get_object_or_404(Organisation, slug=org_slug)
    filed = get_object_or_404(
        Appeal, organisation=organisation, reference=normalise_reference(reference)
    )
    return render(
        request,
        "moderation/public/appeal_received.html",
        {"organisation": organisation, "appeal": filed},
    )
