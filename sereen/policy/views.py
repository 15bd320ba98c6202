"""Staff pages of the social media policy (under /app/<org>/beleid/).

Thin views: they check the permission, call a selector or service and render. Every action is a
plain POST that redirects, so it works without JavaScript; htmx only swaps page fragments.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from sereen.accounts.permissions import org_permission_required
from sereen.accounts.roles import has_org_perm
from sereen.core.audit import audit_trail_for
from sereen.policy import documents, selectors, services
from sereen.policy.forms import (
    EDITORS,
    ApprovalForm,
    ChangeNoteForm,
    CompareForm,
    HouseRuleForm,
    ImportForm,
    ReturnForm,
    TargetsForm,
    YamlForm,
    error_attrs,
)
from sereen.policy.models import PolicyVersion

VIEW = "policy.view_policy"
VIEW_VERSION = "policy.view_policyversion"
EDIT = "policy.edit_draft"
SUBMIT = "policy.submit_version"
APPROVE = "policy.approve_version"
PUBLISH = "policy.publish_version"
SEND_CODE = "policy.send_code_of_conduct"
VIEW_ACKS = "policy.view_acknowledgements"
ACKNOWLEDGE = "policy.acknowledge_code_of_conduct"


# ---------------------------------------------------------------------------------------------
# Helpers


def _abilities(request: HttpRequest) -> dict[str, bool]:
    org, user = request.organisation, request.user  # type: ignore[attr-defined]
    return {
        "can_edit": has_org_perm(user, EDIT, org),
        "can_submit": has_org_perm(user, SUBMIT, org),
        "can_approve": has_org_perm(user, APPROVE, org),
        "can_publish": has_org_perm(user, PUBLISH, org),
        "can_send_code": has_org_perm(user, SEND_CODE, org),
        "can_view_acks": has_org_perm(user, VIEW_ACKS, org),
        "can_acknowledge": has_org_perm(user, ACKNOWLEDGE, org),
    }


def _context(request: HttpRequest, nav: str = "", **extra: Any) -> dict[str, Any]:
    return {
        "organisation": request.organisation,  # type: ignore[attr-defined]
        "nav": nav,
        **_abilities(request),
        **extra,
    }


def _version(request: HttpRequest, number: int) -> PolicyVersion:
    version = selectors.version_of(request.organisation, number)  # type: ignore[attr-defined]
    if version is None:
        raise Http404(_("There is no version %(number)s.") % {"number": number})
    return version


def _version_url(version: PolicyVersion) -> str:
    return reverse(
        "policy:version",
        kwargs={"org_slug": version.policy.organisation.slug, "number": version.number},
    )


def _edit_url(version: PolicyVersion, name: str = "policy:edit") -> str:
    return reverse(
        name, kwargs={"org_slug": version.policy.organisation.slug, "number": version.number}
    )


def _messages_of(exc: ValidationError) -> list[str]:
    return list(exc.messages)


def _field_error(form: Any, name: str | None, message: str) -> None:
    """Add an error after validation, linked to its field like the form's own errors."""
    if name is not None and name in form.fields:
        form.fields[name].widget.attrs.update(error_attrs(name, form.fields[name]))
        form.add_error(name, message)
    else:
        form.add_error(None, message)


def _add_errors(form: Any, exc: ValidationError) -> None:
    if hasattr(exc, "error_dict"):
        for name, errors in exc.message_dict.items():
            for error in errors:
                _field_error(form, name, error)
    else:
        for error in exc.messages:
            form.add_error(None, error)


def _problem_message(problem: documents.PolicyProblem) -> str:
    """What is wrong, in the reader's language. The engine writes problems in English and keeps
    their templates, which the catalogue translates (the field path is the file's own)."""
    return problem.translated(_)


def _problem_text(problem: documents.PolicyProblem) -> str:
    """One problem on one line in the reader's language: line, field and what is wrong."""
    field = problem.field or _("(top level)")
    if problem.line is None:
        return f"{field}: {_problem_message(problem)}"
    return _("line %(line)s, %(field)s: %(message)s") % {
        "line": problem.line,
        "field": field,
        "message": _problem_message(problem),
    }


def _problems(exc: documents.PolicyFileError, text: str = "") -> list[dict[str, Any]]:
    """The problems of a policy file, each with the text of its line when the text is known."""
    lines = text.splitlines()
    return [
        {
            "line": problem.line,
            "field": problem.field,
            "message": _problem_message(problem),
            "source": lines[problem.line - 1]
            if problem.line and 0 < problem.line <= len(lines)
            else "",
        }
        for problem in exc.problems
    ]


def _problems_on_fields(
    form: Any, exc: documents.PolicyFileError, prefix: str
) -> list[dict[str, Any]]:
    """Put each problem on the form field it is about; return the problems no field shows."""
    rest = []
    for problem in _problems(exc):
        name = problem["field"].rsplit(".", 1)[-1]
        if problem["field"].startswith(prefix) and name in form.fields:
            _field_error(form, name, problem["message"])
        else:
            rest.append(problem)
    return rest


def _engine(version: PolicyVersion) -> Any:
    return selectors.engine_policy_of(version)


# ---------------------------------------------------------------------------------------------
# Overview and versions


@org_permission_required(VIEW)
@require_GET
def index(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The state of the policy: what is in force, what is on its way, who read the code."""
    organisation = request.organisation  # type: ignore[attr-defined]
    published = selectors.published_version_for(organisation)
    today = timezone.localdate()
    review_due = bool(
        published is not None
        and published.review_date is not None
        and published.review_date <= today + dt.timedelta(days=services.REVIEW_REMINDER_DAYS)
    )
    context = _context(
        request,
        "index",
        published=published,
        open_version=selectors.open_version(organisation),
        review_due=review_due,
        review_overdue=bool(review_due and published and published.review_date < today),  # type: ignore[operator]
        has_acknowledged=selectors.has_acknowledged(request.user, organisation),  # type: ignore[arg-type]
    )
    if context["can_view_acks"]:
        context["acks"] = selectors.acknowledgement_status(organisation)
    return render(request, "policy/index.html", context)


@org_permission_required(VIEW_VERSION)
@require_GET
def versions(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    return render(
        request,
        "policy/versions.html",
        _context(request, "versions", versions=selectors.versions_of(organisation)),
    )


@org_permission_required(VIEW_VERSION)
@require_GET
def version(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    """One version in full, with the actions its state and the person's role allow."""
    found = _version(request, number)
    return render(
        request,
        "policy/version.html",
        _context(
            request,
            "versions",
            version=found,
            policy=_engine(found),
            submit_form=ChangeNoteForm(initial={"change_note": found.change_note}),
            trail=list(audit_trail_for(found)[:50]),
        ),
    )


@org_permission_required(EDIT)
@require_POST
def new_draft(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Start a new draft from the version in force (or from the starter policy)."""
    organisation = request.organisation  # type: ignore[attr-defined]
    published = selectors.published_version_for(organisation)
    try:
        draft = services.create_draft(
            organisation=organisation,
            actor=request.user,
            based_on=published,  # type: ignore[arg-type]
        )
    except ValidationError as exc:
        for text in _messages_of(exc):
            messages.error(request, text)
        return redirect("policy:index", org_slug=org_slug)
    messages.success(request, _("Draft version %(number)s started.") % {"number": draft.number})
    return redirect(_edit_url(draft))


@org_permission_required(EDIT)
@require_POST
def discard(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    found = _version(request, number)
    try:
        services.discard_draft(version=found, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as exc:
        for text in _messages_of(exc):
            messages.error(request, text)
        return redirect(_version_url(found))
    messages.success(request, _("Draft version %(number)s discarded.") % {"number": number})
    return redirect("policy:index", org_slug=org_slug)


# ---------------------------------------------------------------------------------------------
# Editing a draft


def _edit_context(request: HttpRequest, found: PolicyVersion, tab: str, **extra: Any) -> Any:
    return _context(request, "versions", version=found, tab=tab, **extra)


def _refuse_if_not_editable(request: HttpRequest, found: PolicyVersion) -> HttpResponse | None:
    if found.is_editable:
        return None
    messages.error(
        request,
        _("Version %(number)s is %(state)s and can no longer be edited.")
        % {"number": found.number, "state": found.get_state_display()},
    )
    return redirect(_version_url(found))


def _open_draft(request: HttpRequest, number: int) -> tuple[PolicyVersion, Any] | HttpResponse:
    """The draft ``number`` and its engine form for a form page, or where to go instead: the
    version page when it can no longer be edited, the YAML editor when it cannot be read."""
    found = _version(request, number)
    refused = _refuse_if_not_editable(request, found)
    if refused:
        return refused
    policy = _engine(found)
    if policy is None:
        messages.error(request, _("This draft cannot be read; correct it as YAML."))
        return redirect(_edit_url(found, "policy:edit_yaml"))
    return found, policy


@org_permission_required(EDIT)
@require_GET
def edit(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    """The house rules of a draft, each with its edit and remove buttons."""
    opened = _open_draft(request, number)
    if isinstance(opened, HttpResponse):
        return opened
    found, policy = opened
    return render(
        request, "policy/edit_rules.html", _edit_context(request, found, "rules", policy=policy)
    )


@org_permission_required(EDIT)
@require_http_methods(["GET", "POST"])
def edit_rule(
    request: HttpRequest, org_slug: str, number: int, code: str | None = None
) -> HttpResponse:
    """Add a house rule (no ``code``), or change or remove the rule ``code``."""
    opened = _open_draft(request, number)
    if isinstance(opened, HttpResponse):
        return opened
    found, policy = opened
    rule = policy.house_rules.by_code(code) if code else None
    if code and rule is None:
        raise Http404(_("There is no house rule %(code)s.") % {"code": code})
    if request.method == "POST" and request.POST.get("do") == "delete" and code:
        try:
            services.remove_house_rule(version=found, actor=request.user, code=code)  # type: ignore[arg-type]
        except ValidationError as exc:
            for text in _messages_of(exc):
                messages.error(request, text)
        except documents.PolicyFileError as exc:
            for problem in exc.problems:
                messages.error(
                    request,
                    _("House rule %(code)s cannot be removed: %(problem)s")
                    % {"code": code, "problem": _problem_text(problem)},
                )
        else:
            messages.success(request, _("House rule %(code)s removed.") % {"code": code})
        return redirect(_edit_url(found))
    form = HouseRuleForm(
        request.POST or None,
        initial=HouseRuleForm.initial_from(rule) if rule else None,
        taken_codes={r.code for r in policy.house_rules.rules if r.code != code},
    )
    problems: list[dict[str, Any]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.save_house_rule(
                version=found,
                actor=request.user,  # type: ignore[arg-type]
                rule=form.to_rule(),
                replaces=code,
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        except documents.PolicyFileError as exc:
            problems = _problems_on_fields(form, exc, prefix="house_rules.rules[")
        else:
            messages.success(
                request, _("House rule %(code)s saved.") % {"code": form.cleaned_data["code"]}
            )
            return redirect(_edit_url(found))
    return render(
        request,
        "policy/edit_rule.html",
        _edit_context(request, found, "rules", form=form, rule=rule, problems=problems),
    )


@org_permission_required(EDIT)
@require_http_methods(["GET", "POST"])
def edit_targets(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    """Thresholds of the engine and response-time targets of a draft."""
    opened = _open_draft(request, number)
    if isinstance(opened, HttpResponse):
        return opened
    found, policy = opened
    priorities = [t.priority for t in policy.management.response_targets]
    form = TargetsForm(
        request.POST or None,
        initial=TargetsForm.initial_from(policy),
        priorities=priorities,
    )
    problems: list[dict[str, Any]] = []
    if request.method == "POST" and form.is_valid():
        try:
            services.update_targets(
                version=found,
                actor=request.user,  # type: ignore[arg-type]
                thresholds=form.thresholds(),
                response_targets=form.response_targets(),
                weekend_coverage=form.cleaned_data["weekend_coverage"].strip(),
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        except documents.PolicyFileError as exc:
            problems = _problems_on_fields(form, exc, prefix="management.thresholds")
        else:
            messages.success(request, _("Thresholds and response times saved."))
            return redirect(_edit_url(found, "policy:edit_targets"))
    return render(
        request,
        "policy/edit_targets.html",
        _edit_context(request, found, "targets", form=form, problems=problems),
    )


@org_permission_required(EDIT)
@require_http_methods(["GET", "POST"])
def edit_section(request: HttpRequest, org_slug: str, number: int, section: str) -> HttpResponse:
    """One part of a draft in plain forms (code of conduct, target groups, traffic light,
    platforms, roles, office hours, action ladders, when people decide, crisis protocol).

    A refused save (a form error, or a problem the engine finds in the whole policy) stores
    nothing and shows the page again with what was typed, each error next to its field, and
    status 400.
    """
    opened = _open_draft(request, number)
    if isinstance(opened, HttpResponse):
        return opened
    found, policy = opened
    editor = EDITORS[section](policy, request.POST if request.method == "POST" else None)
    problems: list[dict[str, Any]] = []
    status = 200
    if request.method == "POST":
        status = 400
        if editor.is_valid():
            try:
                services.update_section(
                    version=found,
                    actor=request.user,  # type: ignore[arg-type]
                    section=section,
                    changes=editor.changes(),
                )
            except ValidationError as exc:
                for text in _messages_of(exc):
                    editor.add_error(text)
            except documents.PolicyFileError as exc:
                problems = editor.place(_problems(exc))
            else:
                messages.success(request, _("%(part)s saved.") % {"part": editor.title})
                return redirect(_edit_url(found, f"policy:edit_{section}"))
    return render(
        request,
        "policy/edit_section.html",
        _edit_context(
            request,
            found,
            section,
            editor=editor,
            summary=editor.summary(),
            problems=problems,
        ),
        status=status,
    )


@org_permission_required(EDIT)
@require_http_methods(["GET", "POST"])
def edit_yaml(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    """The whole draft as YAML in one text field; problems are listed with line and field."""
    found = _version(request, number)
    refused = _refuse_if_not_editable(request, found)
    if refused:
        return refused
    form = YamlForm(request.POST or None, initial={"text": selectors.yaml_text(found)})
    problems: list[dict[str, Any]] = []
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        try:
            services.update_draft_from_yaml(version=found, actor=request.user, text=text)  # type: ignore[arg-type]
        except documents.PolicyFileError as exc:
            problems = _problems(exc, text)
            form.fields["text"].widget.attrs.update(
                {"aria-invalid": "true", "aria-describedby": "yaml-problems"}
            )
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(request, _("The policy was saved."))
            return redirect(_edit_url(found, "policy:edit_yaml"))
    return render(
        request,
        "policy/edit_yaml.html",
        _edit_context(request, found, "yaml", form=form, problems=problems),
        status=422 if problems else 200,
    )


# ---------------------------------------------------------------------------------------------
# Approval and publication


@org_permission_required(SUBMIT)
@require_POST
def submit(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    found = _version(request, number)
    form = ChangeNoteForm(request.POST)
    note = form.cleaned_data["change_note"].strip() if form.is_valid() else None
    try:
        services.submit_for_approval(version=found, actor=request.user, change_note=note)  # type: ignore[arg-type]
    except ValidationError as exc:
        for text in _messages_of(exc):
            messages.error(request, text)
    except documents.PolicyFileError as exc:
        messages.error(
            request,
            _("The draft is not a valid policy yet: %(problems)s")
            % {"problems": "; ".join(_problem_text(p) for p in exc.problems)},
        )
    else:
        messages.success(
            request,
            _("Version %(number)s was submitted to the governing body.") % {"number": number},
        )
    return redirect(_version_url(found))


@org_permission_required(APPROVE)
@require_http_methods(["GET", "POST"])
def approve(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    """Record the decision of the governing body, or send the version back with a reason."""
    organisation = request.organisation  # type: ignore[attr-defined]
    found = _version(request, number)
    today = timezone.localdate()
    approval_form = ApprovalForm(
        request.POST if request.POST.get("do") == "approve" else None,
        initial={
            "body": services.governing_body_of(organisation),
            "decision_date": today,
            "review_date": today + services.DEFAULT_REVIEW_AFTER,
        },
    )
    return_form = ReturnForm(request.POST if request.POST.get("do") == "return" else None)
    if (
        request.method == "POST"
        and request.POST.get("do") == "approve"
        and approval_form.is_valid()
    ):
        data = approval_form.cleaned_data
        try:
            services.approve(
                version=found,
                actor=request.user,  # type: ignore[arg-type]
                body=data["body"],
                decision_date=data["decision_date"],
                reference=data["reference"],
                review_date=data["review_date"],
                note=data["note"],
            )
        except ValidationError as exc:
            _add_errors(approval_form, exc)
        else:
            messages.success(
                request, _("The approval of version %(number)s was recorded.") % {"number": number}
            )
            return redirect(_version_url(found))
    if request.method == "POST" and request.POST.get("do") == "return" and return_form.is_valid():
        try:
            services.return_to_draft(
                version=found,
                actor=request.user,
                reason=return_form.cleaned_data["reason"],  # type: ignore[arg-type]
            )
        except ValidationError as exc:
            _add_errors(return_form, exc)
        else:
            messages.success(
                request, _("Version %(number)s was sent back to draft.") % {"number": number}
            )
            return redirect(_version_url(found))
    if found.state != PolicyVersion.State.SUBMITTED and request.method == "GET":
        messages.error(
            request,
            _("Version %(number)s is %(state)s; only a submitted version can be approved.")
            % {"number": number, "state": found.get_state_display()},
        )
        return redirect(_version_url(found))
    return render(
        request,
        "policy/approve.html",
        _context(
            request,
            "versions",
            version=found,
            policy=_engine(found),
            approval_form=approval_form,
            return_form=return_form,
            published=selectors.published_version_for(organisation),
        ),
    )


@org_permission_required(PUBLISH)
@require_POST
def publish(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    found = _version(request, number)
    try:
        services.publish(version=found, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as exc:
        for text in _messages_of(exc):
            messages.error(request, text)
    else:
        messages.success(
            request,
            _("Version %(number)s is published and in force from now on.") % {"number": number},
        )
    return redirect(_version_url(found))


# ---------------------------------------------------------------------------------------------
# YAML export and import, comparing versions


@org_permission_required(VIEW_VERSION)
@require_GET
def export(request: HttpRequest, org_slug: str, number: int) -> HttpResponse:
    found = _version(request, number)
    text = services.export_policy_yaml(version=found, actor=request.user)  # type: ignore[arg-type]
    response = HttpResponse(text, content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{org_slug}-beleid-v{found.number}.yaml"'
    )
    return response


@org_permission_required(EDIT)
@require_http_methods(["GET", "POST"])
def import_policy(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Upload or paste a whole policy; a broken file imports nothing and shows line and field."""
    organisation = request.organisation  # type: ignore[attr-defined]
    form = ImportForm(request.POST or None, request.FILES or None)
    problems: list[dict[str, Any]] = []
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["text"]
        try:
            imported = services.import_policy_yaml(
                organisation=organisation,
                actor=request.user,  # type: ignore[arg-type]
                text=text,
                source=form.cleaned_data.get("source", "upload"),
            )
        except documents.PolicyFileError as exc:
            problems = _problems(exc, text)
        except ValidationError as exc:
            _add_errors(form, exc)
        else:
            messages.success(
                request,
                _("The policy was imported into draft version %(number)s.")
                % {"number": imported.number},
            )
            named = (imported.document or {}).get("organisation", "")
            if named and named != organisation.name:
                messages.warning(
                    request,
                    _(
                        "The file names the organisation %(named)s. Change the name in the draft "
                        "if this policy is now that of %(organisation)s."
                    )
                    % {"named": named, "organisation": organisation.name},
                )
            return redirect(_version_url(imported))
    return render(
        request,
        "policy/import.html",
        _context(
            request,
            "import",
            form=form,
            problems=problems,
            open_version=selectors.open_version(organisation),
        ),
        status=422 if problems else 200,
    )


@org_permission_required(VIEW_VERSION)
@require_GET
def compare(request: HttpRequest, org_slug: str) -> HttpResponse:
    """Any two versions side by side, part by part, with the changed lines marked."""
    organisation = request.organisation  # type: ignore[attr-defined]
    all_versions = list(selectors.versions_of(organisation))
    numbers = [(v.number, f"v{v.number} ({v.get_state_display()})") for v in all_versions]
    initial: dict[str, int] = {}
    if len(all_versions) >= 2:
        initial = {"a": all_versions[1].number, "b": all_versions[0].number}
    form = CompareForm(
        request.GET if "a" in request.GET else None, numbers=numbers, initial=initial
    )
    left = right = None
    if form.is_bound and form.is_valid():
        left = selectors.version_of(organisation, form.cleaned_data["a"])
        right = selectors.version_of(organisation, form.cleaned_data["b"])
    elif not form.is_bound and initial:
        left, right = all_versions[1], all_versions[0]
    sections = selectors.diff_versions(left, right) if left and right else []
    return render(
        request,
        "policy/compare.html",
        _context(
            request,
            "compare",
            form=form,
            left=left,
            right=right,
            sections=sections,
            changed=[s for s in sections if s.has_changes],
            unchanged=[s for s in sections if not s.has_changes],
        ),
    )


# ---------------------------------------------------------------------------------------------
# The code of conduct


@org_permission_required(ACKNOWLEDGE)
@require_http_methods(["GET", "POST"])
def code(request: HttpRequest, org_slug: str) -> HttpResponse:
    """The code of conduct in force, and the button to confirm having read it."""
    organisation = request.organisation  # type: ignore[attr-defined]
    published = selectors.published_version_for(organisation)
    if request.method == "POST":
        try:
            services.acknowledge_code_of_conduct(organisation=organisation, actor=request.user)  # type: ignore[arg-type]
        except ValidationError as exc:
            for text in _messages_of(exc):
                messages.error(request, text)
        else:
            messages.success(request, _("Thank you: your acknowledgement was recorded."))
        return redirect("policy:code", org_slug=org_slug)
    return render(
        request,
        "policy/code.html",
        _context(
            request,
            "code",
            published=published,
            policy=_engine(published) if published else None,
            has_acknowledged=selectors.has_acknowledged(request.user, organisation),  # type: ignore[arg-type]
        ),
    )


@org_permission_required(SEND_CODE)
@require_POST
def send_code(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    try:
        sent = services.send_code_of_conduct_to_staff(organisation=organisation, actor=request.user)  # type: ignore[arg-type]
    except ValidationError as exc:
        for text in _messages_of(exc):
            messages.error(request, text)
    else:
        messages.success(
            request,
            _("The code of conduct was sent to %(count)s colleagues.")
            % {"count": len(sent.recipients)},
        )
        if sent.without_email:
            messages.warning(
                request,
                _("Without an e-mail address, so not sent (tell them in person): %(names)s")
                % {"names": ", ".join(sent.without_email)},
            )
    return redirect("policy:acknowledgements", org_slug=org_slug)


@org_permission_required(VIEW_ACKS)
@require_GET
def acknowledgements(request: HttpRequest, org_slug: str) -> HttpResponse:
    organisation = request.organisation  # type: ignore[attr-defined]
    return render(
        request,
        "policy/acknowledgements.html",
        _context(request, "code", acks=selectors.acknowledgement_status(organisation)),
    )
