"""Internal pages of moderation: appeals, blocks and crisis mode (under /app/<org>/moderatie/)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from sereen.accounts.permissions import org_permission_required
from sereen.accounts.roles import has_org_perm
from sereen.core.forms import add_validation_errors
from sereen.moderation import selectors, services
from sereen.moderation.forms import (
    ColleagueAppealForm,
    CrisisForm,
    DecideAppealForm,
    ImportForm,
    ProposeBlockForm,
)
from sereen.moderation.models import Appeal, Author, Block, ModerationDecision


@org_permission_required("moderation.view_appeal")
def appeal_list(request: HttpRequest, org_slug: str) -> HttpResponse:
    status = request.GET.get("status", "open")
    appeals = selectors.appeals_of(request.organisation, status=status if status != "all" else None)
    return render(
        request,
        "moderation/appeal_list.html",
        {
            "organisation": request.organisation,
            "appeals": appeals[:200],
            "status": status,
            "outcomes": selectors.appeal_outcome_counts(request.organisation),
        },
    )


@org_permission_required("moderation.view_appeal")
def appeal_detail(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    appeal = get_object_or_404(Appeal, pk=pk, organisation=request.organisation)
    form = DecideAppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.decide_appeal(
                appeal=appeal,
                actor=request.user,
                outcome=form.cleaned_data["outcome"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            add_validation_errors(form, exc)
        else:
            messages.success(request, _("The appeal has been decided."))
            return redirect("moderation:appeal_list", org_slug=org_slug)
    involved = request.user.pk in (appeal.decision.decided_by_id, appeal.filed_by_id)
    return render(
        request,
        "moderation/appeal_detail.html",
        {
            "organisation": request.organisation,
            "appeal": appeal,
            "form": form,
            # Someone other than the decider (or the filer) handles an appeal; the service
            # enforces it, the page just does not offer the form.
            "can_handle": not involved
            and has_org_perm(request.user, "moderation.handle_appeal", request.organisation),
            "is_involved": involved,
        },
        status=400 if form.errors else 200,
    )


@org_permission_required("moderation.file_appeal")
def appeal_new(request: HttpRequest, org_slug: str, decision_id: int) -> HttpResponse:
    decision = get_object_or_404(
        ModerationDecision, pk=decision_id, comment__organisation=request.organisation
    )
    form = ColleagueAppealForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.file_appeal(
                organisation=request.organisation,
                decision=decision,
                actor=request.user,
                text=form.cleaned_data["text"],
            )
        except ValidationError as exc:
            add_validation_errors(form, exc)
        else:
            messages.success(request, _("The appeal has been filed."))
            return redirect("moderation:appeal_list", org_slug=org_slug)
    return render(
        request,
        "moderation/appeal_new.html",
        {"organisation": request.organisation, "decision": decision, "form": form},
    )


@org_permission_required("moderation.view_author")
def author_detail(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    """An author's history on one channel; moderators propose a block here (another person
    confirms it on the blocks page)."""
    author = get_object_or_404(Author, pk=pk, channel__organisation=request.organisation)
    form = ProposeBlockForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.propose_block(
                author=author,
                actor=request.user,
                days=form.cleaned_data["days"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as exc:
            add_validation_errors(form, exc)
        else:
            messages.success(request, _("Block proposed; someone else confirms it."))
            return redirect("moderation:author_detail", org_slug=org_slug, pk=pk)
    return render(
        request,
        "moderation/author_detail.html",
        {
            "organisation": request.organisation,
            "form": form,
            "can_propose": has_org_perm(
                request.user, "moderation.propose_block", request.organisation
            ),
            **selectors.author_history(author),
        },
        status=400 if form.errors else 200,
    )


@org_permission_required("moderation.view_block")
def block_list(request: HttpRequest, org_slug: str) -> HttpResponse:
    return render(
        request,
        "moderation/block_list.html",
        {
            "organisation": request.organisation,
            "blocks": selectors.blocks_of(request.organisation)[:200],
            "can_confirm": has_org_perm(
                request.user, "moderation.confirm_block", request.organisation
            ),
        },
    )


@require_POST
@org_permission_required("moderation.confirm_block")
def block_action(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    block = get_object_or_404(Block, pk=pk, author__channel__organisation=request.organisation)
    try:
        if request.POST.get("do") == "confirm":
            services.confirm_block(block=block, actor=request.user)
        else:
            services.lift_block(block=block, actor=request.user, note=request.POST.get("note", ""))
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
    return redirect("moderation:block_list", org_slug=org_slug)


@org_permission_required("moderation.view_crisisperiod")
def crisis(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation
    form = CrisisForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if request.POST.get("do") == "start":
                services.start_crisis_mode(
                    organisation=organisation,
                    actor=request.user,
                    reason=form.cleaned_data["reason"],
                )
            else:
                services.end_crisis_mode(
                    organisation=organisation, actor=request.user, note=form.cleaned_data["reason"]
                )
        except ValidationError as exc:
            add_validation_errors(form, exc)
        else:
            return redirect("moderation:crisis", org_slug=org_slug)
    return render(
        request,
        "moderation/crisis.html",
        {
            "organisation": organisation,
            "form": form,
            "active": services.is_crisis_mode(organisation),
            "proposal": selectors.open_crisis_proposal(organisation),
            "periods": selectors.crisis_periods_of(organisation)[:50],
            "can_manage": has_org_perm(request.user, "moderation.manage_crisis_mode", organisation),
        },
    )


@org_permission_required("connectors.import_comments")
def import_comments(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Upload a platform export: every row is stored or reported with its row number and reason."""
    from sereen.moderation.ingest import ImportFileError, import_comments_file

    organisation = request.organisation
    form = ImportForm(request.POST or None, request.FILES or None, organisation=organisation)
    report = None
    if request.method == "POST" and form.is_valid():
        try:
            report = import_comments_file(
                form.cleaned_data["channel"],
                form.cleaned_data["file"],
                form.cleaned_data["format"],
                request.user,
            )
        except ImportFileError as exc:
            form.add_error("file", str(exc))
    return render(
        request,
        "moderation/import.html",
        {
            "organisation": organisation,
            "form": form,
            "report": report,
            "rejected": [r for r in report.results if r.status == "rejected"] if report else [],
        },
        status=400 if form.errors else 200,
    )
