"""Pages of the review inbox (under /app/<org>/inbox/).

Every action is a plain POST that redirects (works without JavaScript); with htmx the item panel is
swapped for the next item instead, and the address bar follows (``HX-Push-Url``).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_GET, require_POST

from sereen.accounts.permissions import org_permission_required
from sereen.accounts.roles import has_org_perm
from sereen.accounts.selectors import staff_of
from sereen.core.forms import add_validation_errors
from sereen.inbox import selectors, services
from sereen.inbox.forms import (
    AssignForm,
    BulkForm,
    CrisisForm,
    DecideForm,
    EscalateForm,
    NoteForm,
    ReplyTemplateForm,
)
from sereen.inbox.models import Priority, ReplyTemplate, ReviewItem
from sereen.moderation import policy_access

VIEW = "inbox.view_reviewitem"
OUTCOMES = {
    "keep": gettext_lazy("Comment approved: it stays visible."),
    "reply": gettext_lazy("Comment answered."),
    "hide": gettext_lazy("Comment hidden."),
    "delete": gettext_lazy("Comment deleted."),
}
BULK_OUTCOMES = {
    "keep": lambda n: ngettext("%(count)d comment approved.", "%(count)d comments approved.", n),
    "hide": lambda n: ngettext("%(count)d comment hidden.", "%(count)d comments hidden.", n),
    "delete": lambda n: ngettext("%(count)d comment deleted.", "%(count)d comments deleted.", n),
}


# ---------------------------------------------------------------------------------------------
# Helpers


#: Fields of the services' errors that the inbox forms name differently.
_FORM_FIELDS = {"rule_codes": "rule", "text": "reply_text"}


def _add_errors(form: Any, exc: ValidationError) -> None:
    add_validation_errors(form, exc, _FORM_FIELDS)


def _policy(organisation: Any) -> Any:
    return policy_access.published_policy(organisation)[1]


def _abilities(request: HttpRequest) -> dict[str, bool]:
    org, user = request.organisation, request.user  # type: ignore[attr-defined]
    return {
        "can_handle": has_org_perm(user, "inbox.handle_reviewitem", org),
        "can_reply": has_org_perm(user, "inbox.reply_reviewitem", org),
        "can_manage_templates": has_org_perm(user, "inbox.manage_replytemplate", org),
        "can_crisis": has_org_perm(user, "moderation.manage_crisis_mode", org),
        "can_audit": has_org_perm(user, VIEW, org)
        or has_org_perm(user, "core.view_audit_log", org),
    }


def _crisis(organisation: Any) -> dict[str, Any]:
    from sereen.moderation.selectors import open_crisis_proposal
    from sereen.moderation.services import is_crisis_mode

    return {
        "crisis_on": is_crisis_mode(organisation),
        "crisis_proposal": open_crisis_proposal(organisation),
    }


def _base_context(request: HttpRequest, **extra: Any) -> dict[str, Any]:
    organisation = request.organisation  # type: ignore[attr-defined]
    return {
        "organisation": organisation,
        **_abilities(request),
        **_crisis(organisation),
        "counts": selectors.queue_counts(organisation),
        **extra,
    }


def _filter(request: HttpRequest) -> selectors.QueueFilter:
    source = request.POST if request.method == "POST" and "status" in request.POST else request.GET
    return selectors.QueueFilter.from_query(source)


def _qs(f: selectors.QueueFilter) -> str:
    query = f.as_query()
    return ("?" + urlencode(query)) if query else ""


def _item_url(org_slug: str, pk: int, f: selectors.QueueFilter) -> str:
    return reverse("inbox:item", kwargs={"org_slug": org_slug, "pk": pk}) + _qs(f)


def _queue_url(org_slug: str, f: selectors.QueueFilter) -> str:
    return reverse("inbox:queue", kwargs={"org_slug": org_slug}) + _qs(f)


def _get_item(request: HttpRequest, pk: int) -> ReviewItem:
    return get_object_or_404(
        ReviewItem.objects.select_related(
            "comment",
            "comment__channel",
            "comment__author",
            "decision",
            "assigned_to",
            "resolved_by",
        ),
        pk=pk,
        organisation=request.organisation,  # type: ignore[attr-defined]
    )


def _item_context(
    request: HttpRequest,
    item: ReviewItem,
    *,
    decide_form: DecideForm | None = None,
    escalate_form: EscalateForm | None = None,
    note_form: NoteForm | None = None,
    outcome: str = "",
) -> dict[str, Any]:
    from sereen.moderation.selectors import author_history

    organisation = request.organisation  # type: ignore[attr-defined]
    f = _filter(request)
    policy = _policy(organisation)
    previous, following = selectors.neighbours(organisation, f, item, request.user)  # type: ignore[arg-type]
    templates = selectors.templates_for_item(item)
    reply_initial = ""
    chosen = request.GET.get("template", "")
    if chosen.isdigit():
        template = next((t for t in templates if t.pk == int(chosen)), None)
        if template is not None:
            reply_initial = services.render_reply(template, item.comment)
    if decide_form is None:
        decide_form = DecideForm(
            policy=policy,
            initial={
                "rule": list(item.decision.rules or ()),
                "reply_text": reply_initial,
                "escalate": "none",
            },
        )
    people = [
        p
        for p in staff_of(organisation).order_by("username")
        if has_org_perm(p, "inbox.handle_reviewitem", organisation)
        or has_org_perm(p, "inbox.reply_reviewitem", organisation)
    ]
    history = author_history(item.comment.author)
    history["comments"] = [h for h in history["comments"] if h["comment"].pk != item.comment_id][
        :10
    ]
    rules = {rule.code: rule for rule in policy.house_rules.rules} if policy is not None else {}
    current = item.comment.decisions.filter(is_current=True).first()
    contestable = (
        current is not None
        and not current.automated
        and current.action in ("hide", "delete")
        and not current.appeals.exists()
    )
    user = request.user
    return _base_context(
        request,
        item=item,
        comment=item.comment,
        decision=item.decision,
        engine_rules=[(code, rules.get(code)) for code in item.decision.rules or ()],
        history=history,
        notes=list(item.notes.select_related("author")),
        item_history=selectors.item_history(item),
        platform_actions=list(item.comment.platform_actions.order_by("planned_at", "pk")),
        current_decision=current,
        # A colleague can contest a person's restricting decision; another person handles it.
        can_file_appeal=contestable and has_org_perm(user, "moderation.file_appeal", organisation),  # type: ignore[arg-type]
        can_view_author=has_org_perm(user, "moderation.view_author", organisation),  # type: ignore[arg-type]
        templates=templates,
        decide_form=decide_form,
        selected_rules=[str(v) for v in (decide_form["rule"].value() or [])],
        escalate_form=escalate_form or EscalateForm(),
        note_form=note_form or NoteForm(),
        assign_form=AssignForm(people=people, initial={"assignee": item.assigned_to_id}),
        previous_url=_item_url(organisation.slug, previous, f) if previous else "",
        next_url=_item_url(organisation.slug, following, f) if following else "",
        queue_url=_queue_url(organisation.slug, f),
        qs=_qs(f),
        filter=f,
        outcome=outcome,
        overdue=item.is_overdue(),
    )


def _render_item(
    request: HttpRequest, item: ReviewItem, *, status: int = 200, **kwargs: Any
) -> HttpResponse:
    context = _item_context(request, item, **kwargs)
    if request.htmx:  # type: ignore[attr-defined]
        # htmx swaps only on 2xx: form errors come back as 200 with the errors in the panel.
        return render(request, "inbox/item_htmx.html", context)
    return render(request, "inbox/item.html", context, status=status)


def _after_action(request: HttpRequest, item: ReviewItem, outcome: str) -> HttpResponse:
    """Go on to the next open item (htmx: swap it in; otherwise redirect), or back to the queue."""
    organisation = request.organisation  # type: ignore[attr-defined]
    f = _filter(request)
    following = selectors.next_open_item(organisation, f, request.user, after=item.pk)  # type: ignore[arg-type]
    if request.htmx:  # type: ignore[attr-defined]
        if following is None:
            context = _base_context(
                request, outcome=outcome, queue_url=_queue_url(organisation.slug, f)
            )
            response = render(request, "inbox/queue_done_htmx.html", context)
            response["HX-Push-Url"] = _queue_url(organisation.slug, f)
            return response
        following = _get_item(request, following.pk)
        response = _render_item(request, following, outcome=outcome)
        response["HX-Push-Url"] = _item_url(organisation.slug, following.pk, f)
        return response
    messages.success(request, outcome)
    if following is None:
        return redirect(_queue_url(organisation.slug, f))
    return redirect(_item_url(organisation.slug, following.pk, f))


def _outcome_text(decision: Any, action: str) -> str:
    from sereen.moderation.services import reason_message_for

    text = str(OUTCOMES.get(action, action))
    if action in ("hide", "delete"):
        text += " " + _("Message to the author:") + " " + reason_message_for(decision)
    return text


# ---------------------------------------------------------------------------------------------
# Queue


@org_permission_required(VIEW)
@require_GET
def queue(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    f = selectors.QueueFilter.from_query(request.GET)
    items = selectors.queue(organisation, f, request.user)  # type: ignore[arg-type]
    page = Paginator(items, selectors.PAGE_SIZE).get_page(request.GET.get("page"))
    from sereen.connectors.models import Channel

    policy = _policy(organisation)
    people = list(staff_of(organisation).order_by("username"))
    context = _base_context(
        request,
        page=page,
        items=page.object_list,
        filter=f,
        qs=_qs(f),
        channels=Channel.objects.filter(organisation=organisation).order_by("name"),
        rules=list(policy.house_rules.rules) if policy is not None else [],
        people=people,
        bulk_form=BulkForm(policy=policy),
        priorities=Priority.choices,
        now=timezone.now(),
    )
    if request.htmx and request.htmx.target == "queue-list":  # type: ignore[attr-defined]
        return render(request, "inbox/queue.html#queue-list", context)
    return render(request, "inbox/queue.html", context)


@org_permission_required(VIEW)
@require_GET
def next_item(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The next open item after ``?after=<id>`` (or the first), for the "n" key and the button."""
    f = _filter(request)
    after = request.GET.get("after", "")
    following = selectors.next_open_item(
        request.organisation,
        f,
        request.user,
        after=int(after) if after.isdigit() else None,  # type: ignore[attr-defined,arg-type]
    )
    if following is None:
        messages.info(request, _("Nothing is waiting: the queue is empty."))
        return redirect(_queue_url(org_slug, f))
    return redirect(_item_url(org_slug, following.pk, f))


@org_permission_required(VIEW)
@require_POST
def bulk(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    f = _filter(request)
    ids = [int(v) for v in request.POST.getlist("items") if str(v).isdigit()]
    form = BulkForm(request.POST, policy=_policy(organisation), item_ids=ids)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect(_queue_url(org_slug, f))
    items = list(
        ReviewItem.objects.filter(organisation=organisation, pk__in=form.cleaned_data["items"])
    )
    try:
        decisions = services.bulk_resolve_review_items(
            items=items,
            actor=request.user,  # type: ignore[arg-type]
            action=form.cleaned_data["action"],
            rule_code=form.cleaned_data.get("rule") or "",
            note=form.cleaned_data.get("note") or "",
        )
    except ValidationError as exc:
        for error in exc.messages:
            messages.error(request, error)
    else:
        count = len(decisions)
        messages.success(
            request, BULK_OUTCOMES[form.cleaned_data["action"]](count) % {"count": count}
        )
    return redirect(_queue_url(org_slug, f))


# ---------------------------------------------------------------------------------------------
# One item


@org_permission_required(VIEW)
@require_GET
def item_detail(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    return _render_item(request, _get_item(request, pk))


@org_permission_required(VIEW)
@require_GET
def reply_preview(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    """The reply text of a template for this item (htmx fills the reply field with it)."""
    item = _get_item(request, pk)
    template = get_object_or_404(
        ReplyTemplate, pk=request.GET.get("template") or 0, organisation=item.organisation
    )
    return render(
        request,
        "inbox/_reply_text.html",
        {"text": services.render_reply(template, item.comment)},
    )


@org_permission_required(VIEW)
@require_POST
def decide(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    """Approve, reply, hide or delete (the submit button's ``action``), then the next item."""
    item = _get_item(request, pk)
    form = DecideForm(request.POST, policy=_policy(item.organisation))
    if not form.is_valid():
        return _render_item(request, item, decide_form=form, status=400)
    data = form.cleaned_data
    try:
        decision = services.resolve_review_item(
            item=item,
            actor=request.user,  # type: ignore[arg-type]
            action=data["action"],
            rule_codes=data.get("rule") or [],
            note=data.get("note") or "",
            reply_text=data.get("reply_text") or "",
            escalate=data.get("escalate") or "none",
        )
    except ValidationError as exc:
        _add_errors(form, exc)
        return _render_item(request, item, decide_form=form, status=400)
    return _after_action(request, item, _outcome_text(decision, data["action"]))


@org_permission_required(VIEW)
@require_POST
def escalate(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    item = _get_item(request, pk)
    form = EscalateForm(request.POST)
    if form.is_valid():
        try:
            services.escalate_review_item(
                item=item,
                actor=request.user,  # type: ignore[arg-type]
                to=form.cleaned_data["to"],
                note=form.cleaned_data["note"],
            )
        except ValidationError as exc:
            _add_errors(form, exc)
    if form.errors:
        return _render_item(request, _get_item(request, pk), escalate_form=form, status=400)
    outcome = _("Escalated to %(to)s. The comment still waits for your decision.") % {
        "to": dict(form.fields["to"].choices)[form.cleaned_data["to"]]
    }
    if request.htmx:  # type: ignore[attr-defined]
        return _render_item(request, _get_item(request, pk), outcome=outcome)
    messages.success(request, outcome)
    return redirect(_item_url(org_slug, pk, _filter(request)))


def _simple_post(
    request: HttpRequest, org_slug: str, pk: int, run: Any, outcome: str
) -> HttpResponse:
    item = _get_item(request, pk)
    try:
        run(item)
    except ValidationError as exc:
        if request.htmx:  # type: ignore[attr-defined]
            return _render_item(request, _get_item(request, pk), outcome=" ".join(exc.messages))
        for error in exc.messages:
            messages.error(request, error)
        return redirect(_item_url(org_slug, pk, _filter(request)))
    if request.htmx:  # type: ignore[attr-defined]
        return _render_item(request, _get_item(request, pk), outcome=outcome)
    messages.success(request, outcome)
    if request.POST.get("back") == "queue":
        return redirect(_queue_url(org_slug, _filter(request)))
    return redirect(_item_url(org_slug, pk, _filter(request)))


@org_permission_required(VIEW)
@require_POST
def claim(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    return _simple_post(
        request,
        org_slug,
        pk,
        lambda item: services.claim_review_item(item=item, actor=request.user),  # type: ignore[arg-type]
        _("You took this comment on."),
    )


@org_permission_required(VIEW)
@require_POST
def assign(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    raw = request.POST.get("assignee", "")
    assignee = None
    if raw:
        if not raw.isdigit():
            raise Http404(_("Unknown colleague."))
        assignee = get_object_or_404(staff_of(organisation), pk=int(raw))
    name = (assignee.get_full_name() or assignee.get_username()) if assignee else ""
    return _simple_post(
        request,
        org_slug,
        pk,
        lambda item: services.assign_review_item(item=item, actor=request.user, assignee=assignee),  # type: ignore[arg-type]
        _("Assigned to %(name)s.") % {"name": name}
        if assignee
        else _("Assigned to the whole team."),
    )


@org_permission_required(VIEW)
@require_POST
def add_note(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    item = _get_item(request, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.add_internal_note(
                item=item, actor=request.user, text=form.cleaned_data["text"]
            )  # type: ignore[arg-type]
        except ValidationError as exc:
            _add_errors(form, exc)
    if form.errors:
        return _render_item(request, item, note_form=form, status=400)
    if request.htmx:  # type: ignore[attr-defined]
        return _render_item(request, item, outcome=_("Note saved."))
    messages.success(request, _("Note saved."))
    return redirect(_item_url(org_slug, pk, _filter(request)))


@org_permission_required(VIEW)
@require_POST
def platform_action_done(
    request: HttpRequest, org_slug: str, pk: int, action_pk: int
) -> HttpResponse:
    """Mark an action on the platform as carried out by hand (the service checks the role)."""
    from sereen.moderation.models import PlatformAction
    from sereen.moderation.services import mark_platform_action_done

    item = _get_item(request, pk)
    action = get_object_or_404(PlatformAction, pk=action_pk, comment_id=item.comment_id)
    return _simple_post(
        request,
        org_slug,
        pk,
        lambda _item: mark_platform_action_done(
            action=action,
            actor=request.user,  # type: ignore[arg-type]
            note=request.POST.get("note", ""),
        ),
        _("Marked as carried out by hand."),
    )


# ---------------------------------------------------------------------------------------------
# Crisis mode (switched through the moderation services)


@org_permission_required(VIEW)
@require_POST
def crisis(request: HttpRequest, org_slug: str) -> HttpResponse:
    from sereen.moderation.services import end_crisis_mode, start_crisis_mode

    organisation = request.organisation  # type: ignore[attr-defined]
    form = CrisisForm(request.POST)
    form.is_valid()
    reason = (form.cleaned_data.get("reason") or "").strip()
    do = request.POST.get("do")
    try:
        if do == "start":
            proposal = _crisis(organisation)["crisis_proposal"]
            if not reason and proposal is not None:
                reason = _("Proposal accepted: %(reason)s") % {"reason": proposal.reason}
            start_crisis_mode(organisation=organisation, actor=request.user, reason=reason)  # type: ignore[arg-type]
            messages.success(request, _("Crisis mode is on."))
        elif do == "end":
            end_crisis_mode(organisation=organisation, actor=request.user, note=reason)  # type: ignore[arg-type]
            messages.success(request, _("Crisis mode is off."))
        else:
            messages.error(request, _("Choose to switch crisis mode on or off."))
    except ValidationError as exc:
        for error in exc.messages:
            messages.error(request, error)
    target = request.POST.get("next", "")
    if not target.startswith(f"/app/{org_slug}/inbox/"):
        target = reverse("inbox:queue", kwargs={"org_slug": org_slug})
    return redirect(target)


# ---------------------------------------------------------------------------------------------
# Reply templates


def _save_template(
    request: HttpRequest, form: ReplyTemplateForm, save: Callable[..., Any]
) -> HttpResponse | None:
    """Save a valid template form through ``save`` (a service); the redirect, or None when the
    service refused it (its errors are then on the form)."""
    try:
        save(
            **{k: form.cleaned_data[k] for k in ("title", "kind", "rule_code", "text", "is_active")}
        )
    except ValidationError as exc:
        _add_errors(form, exc)
        return None
    messages.success(request, _("Template saved."))
    return redirect("inbox:templates", org_slug=request.organisation.slug)  # type: ignore[attr-defined]


@org_permission_required("inbox.view_replytemplate")
def template_list(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    policy = _policy(organisation)
    form = ReplyTemplateForm(request.POST or None, policy=policy)
    if request.method == "POST":
        if not has_org_perm(request.user, "inbox.manage_replytemplate", organisation):  # type: ignore[arg-type]
            raise PermissionDenied
        if form.is_valid():
            saved = _save_template(
                request,
                form,
                functools.partial(
                    services.create_reply_template,
                    organisation=organisation,
                    actor=request.user,
                ),
            )
            if saved:
                return saved
    return render(
        request,
        "inbox/templates.html",
        _base_context(
            request,
            templates=selectors.templates_for(organisation, active_only=False),
            form=form,
        ),
        status=400 if form.errors else 200,
    )


@org_permission_required("inbox.manage_replytemplate")
def template_edit(request: HttpRequest, org_slug: str, pk: int) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    template = get_object_or_404(ReplyTemplate, pk=pk, organisation=organisation)
    if request.method == "POST" and request.POST.get("do") == "delete":
        services.delete_reply_template(template=template, actor=request.user)  # type: ignore[arg-type]
        messages.success(request, _("Template deleted."))
        return redirect("inbox:templates", org_slug=org_slug)
    form = ReplyTemplateForm(request.POST or None, instance=template, policy=_policy(organisation))
    if request.method == "POST" and form.is_valid():
        fresh = ReplyTemplate.objects.get(pk=template.pk)  # the form changed ``template`` in place
        saved = _save_template(
            request,
            form,
            functools.partial(services.update_reply_template, template=fresh, actor=request.user),
        )
        if saved:
            return saved
    return render(
        request,
        "inbox/template_edit.html",
        _base_context(request, template=template, form=form),
        status=400 if form.errors else 200,
    )


# ---------------------------------------------------------------------------------------------
# Audit log


def _as_json(value: Any) -> str:
    """Before/after of an audit event as readable JSON (the stored form), or "" when empty."""
    if value in (None, {}, []):
        return ""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True, default=str)


@org_permission_required(VIEW)
@require_GET
def audit_log(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The audit log: everything for those with ``core.view_audit_log``; for the rest of the
    inbox's readers the moderation work only (inbox and moderation actions), so a moderator can
    check what colleagues and Sereen did with comments."""
    organisation = request.organisation  # type: ignore[attr-defined]
    full = has_org_perm(request.user, "core.view_audit_log", organisation)  # type: ignore[arg-type]
    prefixes = None if full else selectors.MODERATION_AUDIT_PREFIXES
    f = selectors.AuditFilter.from_query(request.GET)
    events = selectors.audit_events(organisation, f, prefixes=prefixes)
    page = Paginator(events, 100).get_page(request.GET.get("page"))
    query = {k: v for k, v in request.GET.items() if k != "page" and v}
    context = _base_context(
        request,
        page=page,
        events=[
            {"event": e, "before": _as_json(e.before), "after": _as_json(e.after)}
            for e in page.object_list
        ],
        filter=f,
        actions=selectors.audit_actions(organisation, prefixes=prefixes),
        full_audit=full,
        qs=urlencode(query),
    )
    return render(request, "inbox/audit.html", context)
