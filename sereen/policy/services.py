"""Changing the policy: drafting, approval by the governing body, publication, YAML, informing staff.

Every service checks the actor's permission in the organisation first and writes the audit log in
the same transaction. Approved, published and superseded versions are never changed here (and the
model refuses it too); a change always starts a new draft.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from sereen.accounts.models import Organisation, Role, User
from sereen.accounts.permissions import require_org_perm
from sereen.accounts.selectors import members_with_role, staff_of
from sereen.core.audit import record_audit_event
from sereen.engine.policy import HouseRule, ResponseTarget, Thresholds
from sereen.policy import documents, selectors
from sereen.policy.models import (
    CodeOfConductAcknowledgement,
    CodeOfConductDistribution,
    Policy,
    PolicyVersion,
    ReviewReminder,
)

logger = logging.getLogger(__name__)

State = PolicyVersion.State

#: Reviews are announced this many days before the review date (and after it, until done).
REVIEW_REMINDER_DAYS = 60
#: A reminder is repeated at most this often while the review is due.
REVIEW_REMINDER_INTERVAL = dt.timedelta(days=14)
#: The review date suggested on approval, counted from the decision.
DEFAULT_REVIEW_AFTER = dt.timedelta(days=365)

#: The body that approves a policy, by kind of organisation.
GOVERNING_BODY = {
    Organisation.Kind.MUNICIPALITY: "College van burgemeester en schepenen",
    Organisation.Kind.OCMW: "Vast bureau",
    Organisation.Kind.POLICE_ZONE: "Politiecollege",
}
DEFAULT_GOVERNING_BODY = "College van burgemeester en schepenen"


def governing_body_of(organisation: Organisation) -> str:
    """The usual name of the body that approves the policy of this kind of organisation."""
    return GOVERNING_BODY.get(organisation.kind, DEFAULT_GOVERNING_BODY)


# ---------------------------------------------------------------------------------------------
# Helpers


def _locked(version: PolicyVersion) -> PolicyVersion:
    """The version re-read under a row lock, so two people cannot move it at the same time."""
    return (
        PolicyVersion.objects.select_for_update()
        .select_related("policy__organisation")
        .get(pk=version.pk)
    )


def _policy_for(organisation: Organisation) -> Policy:
    policy, _created = Policy.objects.get_or_create(organisation=organisation)
    return Policy.objects.select_for_update().get(pk=policy.pk)


def _next_number(policy: Policy) -> int:
    return (policy.versions.aggregate(top=Max("number"))["top"] or 0) + 1


def _require_state(version: PolicyVersion, *states: str, doing: str) -> None:
    if version.state not in states:
        raise ValidationError(
            _("Version %(number)s is %(state)s, so it cannot be %(doing)s.")
            % {"number": version.number, "state": version.get_state_display(), "doing": doing}
        )


def _require_editable(version: PolicyVersion) -> None:
    if version.state != State.DRAFT:
        raise ValidationError(
            _(
                "Version %(number)s is %(state)s and can no longer be edited. "
                "Start a new draft to change the policy."
            )
            % {"number": version.number, "state": version.get_state_display()}
        )


def _no_open_version(organisation: Organisation) -> None:
    found = selectors.open_version(organisation)
    if found is not None:
        raise ValidationError(
            _(
                "Version %(number)s is still %(state)s. Finish it (or discard the draft) "
                "before starting another version."
            )
            % {"number": found.number, "state": found.get_state_display()}
        )


def _state_snapshot(version: PolicyVersion) -> dict[str, Any]:
    return {
        "number": version.number,
        "state": version.state,
        "approval_body": version.approval_body,
        "decision_date": version.decision_date.isoformat() if version.decision_date else None,
        "decision_reference": version.decision_reference,
        "review_date": version.review_date.isoformat() if version.review_date else None,
    }


def _absolute(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def _emails(users: Any) -> list[str]:
    return sorted({user.email for user in users if user.email})


def _mail(subject: str, body: str, recipients: list[str]) -> None:
    if recipients:
        send_mail(subject, body, None, recipients, fail_silently=False)


def _validated(document: dict[str, Any], source: str) -> dict[str, Any]:
    """The document as the engine reads it back: validated and in its one canonical form."""
    return documents.document_of(documents.engine_policy(document, source=source))


# ---------------------------------------------------------------------------------------------
# Drafts


@transaction.atomic
def create_draft(
    *,
    organisation: Organisation,
    actor: User | None,
    document: dict[str, Any] | None = None,
    based_on: PolicyVersion | None = None,
    change_note: str = "",
) -> PolicyVersion:
    """Start a new draft: from ``document``, from ``based_on``, or else from the starter policy.

    Only one version can be on its way to publication at a time, so a second draft is refused.
    """
    require_org_perm(actor, "policy.edit_draft", organisation)
    policy = _policy_for(organisation)
    _no_open_version(organisation)
    number = _next_number(policy)
    label = f"{organisation.slug}-v{number}"
    if document is not None:
        document = _validated(document, f"{organisation.slug} v{number}")
    elif based_on is not None:
        if based_on.policy_id != policy.pk:
            raise ValidationError(_("A draft can only be based on a version of the same policy."))
        document = documents.relabel(based_on.document, version=label)
    else:
        document = documents.starter_document(
            organisation_name=organisation.name, version_label=label
        )
    version = PolicyVersion.objects.create(
        policy=policy,
        number=number,
        state=State.DRAFT,
        document=document,
        based_on=based_on,
        change_note=change_note,
        created_by=actor if actor is not None and actor.is_authenticated else None,
    )
    record_audit_event(
        actor=actor,
        action="policy.draft_created",
        organisation=organisation,
        subject=version,
        after={
            "number": number,
            "based_on": based_on.number if based_on else None,
            "document": document,
        },
    )
    return version


def start_new_draft_from(*, version: PolicyVersion, actor: User | None) -> PolicyVersion:
    """A new draft with the content of ``version`` (usually the published one), to change it."""
    return create_draft(
        organisation=version.policy.organisation,
        actor=actor,
        based_on=version,
        change_note="",
    )


@transaction.atomic
def update_draft(
    *,
    version: PolicyVersion,
    actor: User | None,
    document: dict[str, Any],
    change_note: str | None = None,
    action: str = "policy.draft_updated",
) -> PolicyVersion:
    """Replace the content of a draft. Raises ``PolicyFileError`` if the policy is not valid."""
    organisation = version.policy.organisation
    require_org_perm(actor, "policy.edit_draft", organisation)
    version = _locked(version)
    _require_editable(version)
    new_document = _validated(document, str(version))
    before = version.document
    version.document = new_document
    if change_note is not None:
        version.change_note = change_note
    version.save()
    if before != new_document:
        record_audit_event(
            actor=actor,
            action=action,
            organisation=organisation,
            subject=version,
            before={"document": before},
            after={"document": new_document},
        )
    return version


def update_draft_from_yaml(
    *, version: PolicyVersion, actor: User | None, text: str
) -> PolicyVersion:
    """Replace a draft with the policy in YAML ``text`` (all or nothing)."""
    require_org_perm(actor, "policy.edit_draft", version.policy.organisation)
    policy = documents.parse_yaml(text, source=f"v{version.number}")
    return update_draft(version=version, actor=actor, document=documents.document_of(policy))


def _edit(version: PolicyVersion, change: Any) -> dict[str, Any]:
    """The draft's document after ``change(engine_policy) -> engine_policy``."""
    return documents.document_of(change(documents.engine_policy(version.document)))


def save_house_rule(
    *, version: PolicyVersion, actor: User | None, rule: HouseRule, replaces: str | None = None
) -> PolicyVersion:
    """Add a house rule, or replace the rule with code ``replaces`` (keeping its place)."""
    require_org_perm(actor, "policy.edit_draft", version.policy.organisation)
    _require_editable(version)
    current = documents.engine_policy(version.document)
    codes = [r.code for r in current.house_rules.rules]
    if replaces is not None and replaces not in codes:
        raise ValidationError(_("There is no house rule %(code)s.") % {"code": replaces})
    if rule.code != replaces and rule.code in codes:
        raise ValidationError(
            {"code": _("House rule %(code)s exists already.") % {"code": rule.code}}
        )

    def change(policy: Any) -> Any:
        rules = list(policy.house_rules.rules)
        if replaces is None:
            rules.append(rule)
        else:
            rules[codes.index(replaces)] = rule
        house_rules = dataclasses.replace(policy.house_rules, rules=tuple(rules))
        if replaces is not None and replaces != rule.code:
            # Ladders name rules by code: follow the rename so they keep applying.
            ladders = tuple(
                dataclasses.replace(
                    ladder,
                    rules=tuple(rule.code if c == replaces else c for c in ladder.rules),
                )
                for ladder in policy.management.ladders
            )
            management = dataclasses.replace(policy.management, ladders=ladders)
            return dataclasses.replace(policy, house_rules=house_rules, management=management)
        return dataclasses.replace(policy, house_rules=house_rules)

    return update_draft(
        version=version,
        actor=actor,
        document=_edit(version, change),
        action="policy.house_rule_saved",
    )


def remove_house_rule(*, version: PolicyVersion, actor: User | None, code: str) -> PolicyVersion:
    """Remove a house rule. Refused (``PolicyFileError``) while an action ladder still names it."""
    require_org_perm(actor, "policy.edit_draft", version.policy.organisation)
    _require_editable(version)
    current = documents.engine_policy(version.document)
    if current.house_rules.by_code(code) is None:
        raise ValidationError(_("There is no house rule %(code)s.") % {"code": code})

    def change(policy: Any) -> Any:
        rules = tuple(r for r in policy.house_rules.rules if r.code != code)
        return dataclasses.replace(
            policy, house_rules=dataclasses.replace(policy.house_rules, rules=rules)
        )

    return update_draft(
        version=version,
        actor=actor,
        document=_edit(version, change),
        action="policy.house_rule_removed",
    )


def update_targets(
    *,
    version: PolicyVersion,
    actor: User | None,
    thresholds: Thresholds,
    response_targets: tuple[ResponseTarget, ...],
    weekend_coverage: str | None = None,
) -> PolicyVersion:
    """Set the engine's thresholds and the response-time targets of a draft."""
    require_org_perm(actor, "policy.edit_draft", version.policy.organisation)
    _require_editable(version)

    def change(policy: Any) -> Any:
        office_hours = policy.management.office_hours
        if weekend_coverage is not None:
            office_hours = dataclasses.replace(office_hours, weekend_coverage=weekend_coverage)
        management = dataclasses.replace(
            policy.management,
            thresholds=thresholds,
            response_targets=response_targets,
            office_hours=office_hours,
        )
        return dataclasses.replace(policy, management=management)

    return update_draft(
        version=version,
        actor=actor,
        document=_edit(version, change),
        action="policy.targets_updated",
    )


#: The parts of a draft that the structured forms change: section -> (the part as a dotted path
#: from the top of the policy, the fields of that part a form may set). Everything else in the
#: draft stays as it is, so a form never loses what it does not show.
SECTIONS: dict[str, tuple[str, frozenset[str]]] = {
    "code_of_conduct": ("code_of_conduct", frozenset({"introduction", "guidelines"})),
    "target_groups": ("", frozenset({"target_groups"})),
    "content_categories": ("", frozenset({"content_categories"})),
    "platforms": ("", frozenset({"platforms"})),
    "roles": ("", frozenset({"roles"})),
    "office_hours": ("management.office_hours", frozenset({"timezone", "hours", "closed_on"})),
    "ladders": ("management", frozenset({"ladders"})),
    "human_decision": ("management", frozenset({"human_decision", "reply_guidance"})),
    "crisis": (
        "management.crisis",
        frozenset(
            {"description", "spike_hostile_per_hour", "thresholds", "review_everything"}
            | {"team", "steps"}
        ),
    ),
}


def _replaced(obj: Any, path: list[str], changes: dict[str, Any]) -> Any:
    """``obj`` with ``changes`` made to the part at ``path`` (a list of attribute names)."""
    if not path:
        return dataclasses.replace(obj, **changes)
    head, *rest = path
    return dataclasses.replace(obj, **{head: _replaced(getattr(obj, head), rest, changes)})


@transaction.atomic
def update_section(
    *, version: PolicyVersion, actor: User | None, section: str, changes: dict[str, Any]
) -> PolicyVersion:
    """Set fields of one section of a draft (see ``SECTIONS``) to engine values.

    The draft is read under a lock, so a change made in the meantime by someone else in another
    section is kept. Raises ``PolicyFileError`` when the result is not a valid policy (nothing is
    saved then) and ``ValidationError`` when the version is no longer a draft. Audited as
    ``policy.<section>_updated``.
    """
    require_org_perm(actor, "policy.edit_draft", version.policy.organisation)
    if section not in SECTIONS:
        raise ValueError(f"unknown section {section!r}")
    where, allowed = SECTIONS[section]
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"section {section!r} has no fields {sorted(unknown)}")
    version = _locked(version)
    _require_editable(version)
    current = documents.engine_policy(version.document)
    path = where.split(".") if where else []
    document = documents.document_of(_replaced(current, path, changes))
    return update_draft(
        version=version, actor=actor, document=document, action=f"policy.{section}_updated"
    )


@transaction.atomic
def discard_draft(*, version: PolicyVersion, actor: User | None) -> None:
    """Throw a draft away (only a draft: what was submitted stays on record)."""
    organisation = version.policy.organisation
    require_org_perm(actor, "policy.edit_draft", organisation)
    version = _locked(version)
    _require_state(version, State.DRAFT, doing=_("discarded"))
    record_audit_event(
        actor=actor,
        action="policy.draft_discarded",
        organisation=organisation,
        subject=version,
        before={"number": version.number, "document": version.document},
    )
    version.delete()


# ---------------------------------------------------------------------------------------------
# Approval and publication


def _submit(version: PolicyVersion, actor: User | None, now: dt.datetime, note: str | None) -> None:
    before = _state_snapshot(version)
    version.state = State.SUBMITTED
    version.submitted_at = now
    version.submitted_by = actor if actor is not None and actor.is_authenticated else None
    version.returned_reason = ""
    if note is not None:
        version.change_note = note
    version.save()
    record_audit_event(
        actor=actor,
        action="policy.submitted",
        organisation=version.policy.organisation,
        subject=version,
        before=before,
        after={**_state_snapshot(version), "change_note": version.change_note},
    )


@transaction.atomic
def submit_for_approval(
    *,
    version: PolicyVersion,
    actor: User | None,
    change_note: str | None = None,
    now: dt.datetime | None = None,
) -> PolicyVersion:
    """Send a draft to the governing body; its members are told by e-mail."""
    organisation = version.policy.organisation
    require_org_perm(actor, "policy.submit_version", organisation)
    version = _locked(version)
    _require_state(version, State.DRAFT, doing=_("submitted"))
    # The governing body must see exactly what the engine would enforce.
    version.document = _validated(version.document, str(version))
    _submit(version, actor, now or timezone.now(), change_note)
    with translation.override(settings.LANGUAGE_CODE):
        url = _absolute(
            reverse(
                "policy:version", kwargs={"org_slug": organisation.slug, "number": version.number}
            )
        )
        _mail(
            _("Social media policy version %(number)s waits for approval")
            % {"number": version.number},
            _(
                "Version %(number)s of the social media policy of %(organisation)s was submitted "
                "for approval.\n\nWhat changed: %(note)s\n\nRead it, record the decision or send it "
                "back: %(url)s"
            )
            % {
                "number": version.number,
                "organisation": organisation.name,
                "note": version.change_note or "-",
                "url": url,
            },
            _emails(members_with_role(organisation, Role.BESTUUR)),
        )
    return version


def _approve(
    version: PolicyVersion,
    actor: User | None,
    *,
    body: str,
    decision_date: dt.date,
    reference: str,
    review_date: dt.date,
    note: str,
    now: dt.datetime,
) -> None:
    errors: dict[str, str] = {}
    if not body.strip():
        errors["body"] = _("Name the body that took the decision.")
    if not reference.strip():
        errors["reference"] = _("Give the reference of the decision, such as its number.")
    if review_date <= decision_date:
        errors["review_date"] = _("The review date must come after the date of the decision.")
    if errors:
        raise ValidationError(errors)
    before = _state_snapshot(version)
    version.state = State.APPROVED
    version.approved_at = now
    version.approved_by = actor if actor is not None and actor.is_authenticated else None
    version.approval_body = body.strip()
    version.decision_date = decision_date
    version.decision_reference = reference.strip()
    version.review_date = review_date
    version.approval_note = note
    version.save()
    record_audit_event(
        actor=actor,
        action="policy.approved",
        organisation=version.policy.organisation,
        subject=version,
        before=before,
        after=_state_snapshot(version),
        note=note,
    )


@transaction.atomic
def approve(
    *,
    version: PolicyVersion,
    actor: User | None,
    body: str,
    decision_date: dt.date,
    reference: str,
    review_date: dt.date,
    note: str = "",
    now: dt.datetime | None = None,
) -> PolicyVersion:
    """Record that the governing body approved a submitted version; from now on it is immutable."""
    require_org_perm(actor, "policy.approve_version", version.policy.organisation)
    version = _locked(version)
    _require_state(version, State.SUBMITTED, doing=_("approved"))
    _approve(
        version,
        actor,
        body=body,
        decision_date=decision_date,
        reference=reference,
        review_date=review_date,
        note=note,
        now=now or timezone.now(),
    )
    return version


@transaction.atomic
def return_to_draft(*, version: PolicyVersion, actor: User | None, reason: str) -> PolicyVersion:
    """The governing body sends a submitted version back, saying why; it becomes a draft again."""
    organisation = version.policy.organisation
    require_org_perm(actor, "policy.approve_version", organisation)
    version = _locked(version)
    _require_state(version, State.SUBMITTED, doing=_("returned"))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the version goes back, so it can be fixed.")})
    before = _state_snapshot(version)
    version.state = State.DRAFT
    version.returned_reason = reason.strip()
    version.save()
    record_audit_event(
        actor=actor,
        action="policy.returned",
        organisation=organisation,
        subject=version,
        before=before,
        after=_state_snapshot(version),
        note=reason.strip(),
    )
    with translation.override(settings.LANGUAGE_CODE):
        _mail(
            _("Social media policy version %(number)s was sent back") % {"number": version.number},
            _("The governing body sent version %(number)s back to draft.\n\nReason: %(reason)s")
            % {"number": version.number, "reason": version.returned_reason},
            _emails(members_with_role(organisation, Role.BEHEERDER)),
        )
    return version


#: Rejecting a submitted version sends it back to draft with the reason.
reject = return_to_draft


def _publish(version: PolicyVersion, actor: User | None, now: dt.datetime) -> None:
    organisation = version.policy.organisation
    previous = (
        PolicyVersion.objects.select_for_update()
        .filter(policy=version.policy, state=State.PUBLISHED)
        .exclude(pk=version.pk)
    )
    for old in previous:
        old.state = State.SUPERSEDED
        old.superseded_at = now
        old.save()
        record_audit_event(
            actor=actor,
            action="policy.superseded",
            organisation=organisation,
            subject=old,
            before={"state": State.PUBLISHED},
            after={"state": State.SUPERSEDED, "by": version.number},
        )
    version.state = State.PUBLISHED
    version.published_at = now
    version.published_by = actor if actor is not None and actor.is_authenticated else None
    version.save()
    record_audit_event(
        actor=actor,
        action="policy.published",
        organisation=organisation,
        subject=version,
        before={"state": State.APPROVED},
        after={"state": State.PUBLISHED, "label": selectors.version_label(version)},
    )


@transaction.atomic
def publish(
    *, version: PolicyVersion, actor: User | None, now: dt.datetime | None = None
) -> PolicyVersion:
    """Put an approved version in force; the version in force until now becomes superseded."""
    require_org_perm(actor, "policy.publish_version", version.policy.organisation)
    _policy_for(version.policy.organisation)  # one publication at a time per policy
    version = _locked(version)
    _require_state(version, State.APPROVED, doing=_("published"))
    _publish(version, actor, now or timezone.now())
    return version


@transaction.atomic
def install_starter_policy(
    *, organisation: Organisation, actor: User | None, today: dt.date | None = None
) -> PolicyVersion:
    """Adopt the starter policy on day one: draft, submit, record approval, publish.

    The approval is recorded as taken by the organisation's governing body (the college for a
    municipality) on ``today``. If a version is published already, that version is returned and
    nothing changes.
    """
    require_org_perm(actor, "policy.publish_version", organisation)
    published = selectors.published_version_for(organisation)
    if published is not None:
        return published
    policy = _policy_for(organisation)
    _no_open_version(organisation)
    now = timezone.now()
    today = today or timezone.localdate(now)
    number = _next_number(policy)
    document = documents.starter_document(
        organisation_name=organisation.name, version_label=f"{organisation.slug}-v{number}"
    )
    with translation.override(settings.LANGUAGE_CODE):
        note = _("Starter policy of Sereen, adopted as a first step.")
    version = PolicyVersion.objects.create(
        policy=policy,
        number=number,
        state=State.DRAFT,
        document=document,
        change_note=note,
        created_by=actor if actor is not None and actor.is_authenticated else None,
    )
    record_audit_event(
        actor=actor,
        action="policy.draft_created",
        organisation=organisation,
        subject=version,
        after={"number": number, "starter": True, "document": document},
    )
    _submit(version, actor, now, None)
    _approve(
        version,
        actor,
        body=governing_body_of(organisation),
        decision_date=today,
        reference=f"startbeleid-{today.isoformat()}",
        review_date=today + DEFAULT_REVIEW_AFTER,
        note=note,
        now=now,
    )
    _publish(version, actor, now)
    return version


# ---------------------------------------------------------------------------------------------
# YAML


@transaction.atomic
def import_policy_yaml(
    *, organisation: Organisation, actor: User | None, text: str, source: str = "upload"
) -> PolicyVersion:
    """Import a whole policy from YAML into the draft (a new draft if there is none).

    All or nothing: a file with any problem raises ``PolicyFileError`` listing each problem with
    its line and field, and nothing is stored.
    """
    require_org_perm(actor, "policy.edit_draft", organisation)
    policy = documents.parse_yaml(text, source=source)
    document = documents.document_of(policy)
    draft = selectors.open_version(organisation)
    if draft is not None and draft.state != State.DRAFT:
        raise ValidationError(
            _(
                "Version %(number)s is %(state)s; import a new policy once it is published "
                "(or returned to draft)."
            )
            % {"number": draft.number, "state": draft.get_state_display()}
        )
    if draft is None:
        version = create_draft(organisation=organisation, actor=actor, document=document)
    else:
        version = update_draft(version=draft, actor=actor, document=document)
    record_audit_event(
        actor=actor,
        action="policy.imported",
        organisation=organisation,
        subject=version,
        after={"source": source, "number": version.number},
    )
    return version


def export_policy_yaml(*, version: PolicyVersion, actor: User | None) -> str:
    """The whole policy of ``version`` as YAML, exactly what ``import_policy_yaml`` reads back."""
    organisation = version.policy.organisation
    require_org_perm(actor, "policy.view_policyversion", organisation)
    text = selectors.yaml_text(version)
    record_audit_event(
        actor=actor,
        action="policy.exported",
        organisation=organisation,
        subject=version,
        after={"number": version.number, "state": version.state},
    )
    return text


# ---------------------------------------------------------------------------------------------
# Informing colleagues


@transaction.atomic
def send_code_of_conduct_to_staff(
    *, organisation: Organisation, actor: User | None
) -> CodeOfConductDistribution:
    """Mail the code of conduct now in force to every staff member, with the link to acknowledge.

    Staff without an e-mail address are listed on the distribution, so the beheerder can tell them
    in person; nobody is skipped silently.
    """
    require_org_perm(actor, "policy.send_code_of_conduct", organisation)
    version = selectors.published_version_for(organisation)
    if version is None:
        raise ValidationError(_("Nothing is published yet: publish the policy first."))
    staff = list(staff_of(organisation).order_by("username"))
    with_email = [person for person in staff if person.email]
    without_email = [person.get_username() for person in staff if not person.email]
    engine_policy = selectors.engine_policy_of(version)
    with translation.override(settings.LANGUAGE_CODE):
        url = _absolute(reverse("policy:code", kwargs={"org_slug": organisation.slug}))
        subject = _("Code of conduct for social media of %(organisation)s") % {
            "organisation": organisation.name
        }
        body = _code_of_conduct_mail(engine_policy, organisation, version, url)
        # One mail per person: colleagues do not see each other's addresses.
        for person in with_email:
            send_mail(subject, body, None, [person.email], fail_silently=False)
    distribution = CodeOfConductDistribution.objects.create(
        organisation=organisation,
        version=version,
        sent_by=actor if actor is not None and actor.is_authenticated else None,
        recipients=[person.get_username() for person in with_email],
        without_email=without_email,
    )
    record_audit_event(
        actor=actor,
        action="policy.code_sent",
        organisation=organisation,
        subject=version,
        after={"recipients": distribution.recipients, "without_email": without_email},
    )
    return distribution


def _code_of_conduct_mail(
    policy: Any, organisation: Organisation, version: PolicyVersion, url: str
) -> str:
    lines = [
        _(
            "Dear colleague,\n\nThe social media policy of %(organisation)s (version %(number)s) "
            "contains a code of conduct for everyone who works here. Please read it and confirm "
            "that you have read it: %(url)s"
        )
        % {"organisation": organisation.name, "number": version.number, "url": url},
        "",
    ]
    if policy is not None:
        code = policy.code_of_conduct
        if code.introduction:
            lines += [code.introduction, ""]
        for guideline in code.guidelines:
            lines += [f"* {guideline.title}", f"  {guideline.text}", ""]
    return "\n".join(lines)


@transaction.atomic
def acknowledge_code_of_conduct(
    *, organisation: Organisation, actor: User
) -> CodeOfConductAcknowledgement:
    """Record that ``actor`` read the code of conduct in force (once per version)."""
    require_org_perm(actor, "policy.acknowledge_code_of_conduct", organisation)
    if actor is None or not actor.is_authenticated:
        raise ValidationError(_("Only a staff member can acknowledge the code of conduct."))
    version = selectors.published_version_for(organisation)
    if version is None:
        raise ValidationError(_("Nothing is published yet: there is no code to acknowledge."))
    acknowledgement, created = CodeOfConductAcknowledgement.objects.get_or_create(
        user=actor,
        version=version,
        defaults={
            "organisation": organisation,
            "code_digest": selectors.code_digest_of(version),
        },
    )
    if created:
        record_audit_event(
            actor=actor,
            action="policy.code_acknowledged",
            organisation=organisation,
            subject=version,
            after={"user": actor.get_username(), "number": version.number},
        )
    return acknowledgement


# ---------------------------------------------------------------------------------------------
# Review reminders


def remind_policy_reviews(
    now: dt.datetime | None = None, *, within_days: int = REVIEW_REMINDER_DAYS
) -> int:
    """Mail beheerders and the governing body when a published version's review date is near.

    A version is announced when its review date is at most ``within_days`` away (or past), and
    again every ``REVIEW_REMINDER_INTERVAL`` until a new version is published. Returns how many
    versions were announced. Run daily by the task worker or ``sereen policy_review_reminders``.
    """
    now = now or timezone.now()
    today = timezone.localdate(now)
    due = (
        PolicyVersion.objects.filter(
            state=State.PUBLISHED,
            review_date__isnull=False,
            review_date__lte=today + dt.timedelta(days=within_days),
        )
        .select_related("policy__organisation")
        .order_by("review_date")
    )
    sent = 0
    for version in due:
        last = version.review_reminders.order_by("-sent_at").first()
        if (
            last is not None
            and last.review_date == version.review_date
            and now - last.sent_at < REVIEW_REMINDER_INTERVAL
        ):
            continue
        with transaction.atomic():
            _remind(version, now, today)
        sent += 1
    return sent


def _remind(version: PolicyVersion, now: dt.datetime, today: dt.date) -> None:
    organisation = version.policy.organisation
    people = list(members_with_role(organisation, Role.BEHEERDER)) + list(
        members_with_role(organisation, Role.BESTUUR)
    )
    recipients = _emails(people)
    assert version.review_date is not None
    days = (version.review_date - today).days
    with translation.override(settings.LANGUAGE_CODE):
        url = _absolute(reverse("policy:index", kwargs={"org_slug": organisation.slug}))
        if days >= 0:
            when = _("The review date is %(date)s, in %(days)s days.") % {
                "date": version.review_date.isoformat(),
                "days": days,
            }
        else:
            when = _("The review date was %(date)s, %(days)s days ago.") % {
                "date": version.review_date.isoformat(),
                "days": -days,
            }
        body = _(
            "The social media policy of %(organisation)s (version %(number)s) is due for review. "
            "%(when)s\n\nStart a new draft, adapt what experience has taught, and submit it to the "
            "governing body: %(url)s"
        ) % {
            "organisation": organisation.name,
            "number": version.number,
            "when": when,
            "url": url,
        }
        _mail(
            _("Review the social media policy of %(organisation)s")
            % {"organisation": organisation.name},
            body,
            recipients,
        )
    if not recipients:
        logger.warning("Review of %s is due but no beheerder or bestuur has an e-mail.", version)
    ReviewReminder.objects.create(
        version=version, sent_at=now, review_date=version.review_date, recipients=recipients
    )
    record_audit_event(
        actor=None,
        action="policy.review_reminder_sent",
        organisation=organisation,
        subject=version,
        after={
            "review_date": version.review_date.isoformat(),
            "days_left": days,
            "recipients": recipients,
        },
        note="" if recipients else "no beheerder or bestuur member has an e-mail address",
    )
