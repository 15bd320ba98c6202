"""Writes for the review inbox: opening and resolving review items, assignment, notes, reply
templates and notifications. Every human action checks the actor's permission and is audited;
decisions themselves are made through ``sereen.moderation.services``.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import send_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sereen.accounts.models import Organisation, Role, User
from sereen.accounts.permissions import require_org_perm
from sereen.accounts.roles import has_org_perm
from sereen.core.audit import record_audit_event
from sereen.inbox.deadlines import deadline, target_minutes
from sereen.inbox.models import PRIORITY_RANK, InternalNote, Priority, ReplyTemplate, ReviewItem
from sereen.moderation import policy_access

if TYPE_CHECKING:
    from sereen.engine.policy import Policy
    from sereen.moderation.models import Comment, ModerationDecision

log = logging.getLogger(__name__)

__all__ = [
    "add_internal_note",
    "assign_review_item",
    "bulk_resolve_review_items",
    "claim_review_item",
    "create_reply_template",
    "delete_reply_template",
    "escalate_review_item",
    "install_default_reply_templates",
    "notify_overdue_review_items",
    "open_review_item",
    "open_review_items",
    "priority_for",
    "render_reply",
    "resolve_review_item",
    "sync_with_human_decision",
    "update_reply_template",
]

HANDLE = "inbox.handle_reviewitem"
REPLY = "inbox.reply_reviewitem"
VIEW = "inbox.view_reviewitem"
#: Actions a person can take on an item; antwoorders only keep and reply.
RESOLVE_ACTIONS = ("keep", "reply", "hide", "delete")
REPLY_ONLY_ACTIONS = ("keep", "reply")
ESCALATIONS = ("police", "unia", "platform")


# ---------------------------------------------------------------------------------------------
# Opening items (called by moderation when the engine leaves a comment to people)


def _rule_kinds(policy: Policy | None, decision: ModerationDecision) -> set[str]:
    kinds: set[str] = set()
    for code in decision.rules or ():
        rule = policy.house_rules.by_code(code) if policy is not None else None
        if rule is not None:
            kinds.add(str(rule.kind))
    # Without a policy (or for rules it no longer has) the engine's evidence still says what it saw.
    for item in decision.evidence or ():
        if isinstance(item, dict) and item.get("kind"):
            kinds.add(str(item["kind"]))
    return kinds


def priority_for(decision: ModerationDecision, policy: Policy | None) -> str:
    """Threats are urgent, hate and personal data high, a proposed reply low, the rest normal."""
    kinds = _rule_kinds(policy, decision)
    if decision.escalate == "police" or "threat" in kinds:
        return Priority.URGENT
    if decision.escalate == "unia" or kinds & {"hate", "personal_data"}:
        return Priority.HIGH
    if decision.action == "reply":
        return Priority.LOW
    return Priority.NORMAL


def due_at_for(start: dt.datetime, priority: str, policy: Policy | None) -> dt.datetime:
    """The deadline of an item opened at ``start`` under ``policy`` (defaults without one)."""
    management = policy.management if policy is not None else None
    targets = management.response_targets if management is not None else ()
    office_hours = management.office_hours if management is not None else None
    return deadline(start, target_minutes(targets, priority), office_hours, priority)


def _recipients(organisation: Organisation, roles: Iterable[str]) -> list[str]:
    from sereen.accounts.selectors import members_with_role

    emails: set[str] = set()
    for role in roles:
        emails.update(
            members_with_role(organisation, role).exclude(email="").values_list("email", flat=True)
        )
    return sorted(emails)


def _item_url(item: ReviewItem) -> str:
    from django.urls import reverse

    from sereen.moderation.statement import site_url

    return site_url(
        reverse("inbox:item", kwargs={"org_slug": item.organisation.slug, "pk": item.pk})
    )


def _notify_urgent(item: ReviewItem) -> None:
    """Threats are mailed at once to moderators and beheerders, also outside office hours."""
    recipients = _recipients(item.organisation, [Role.MODERATOR, Role.BEHEERDER])
    if not recipients:
        log.warning("Urgent review item %s: nobody to notify in %s", item.pk, item.organisation)
        return
    comment = item.comment
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Urgent: possible threat on %(channel)s (%(organisation)s)") % {
            "channel": comment.channel,
            "organisation": item.organisation.name,
        }
        body = _(
            "Sereen flagged a comment that may contain a threat. Look at it at once, also "
            "outside office hours.\n\nComment: %(text)s\nHandle before: %(due)s\n"
            "Open in the inbox: %(url)s\n"
        ) % {
            "text": comment.text[:500],
            "due": f"{timezone.localtime(item.due_at):%d/%m/%Y %H:%M}",
            "url": _item_url(item),
        }
    send_mail(subject, body, None, recipients, fail_silently=True)


def _new_item(
    comment: Comment,
    decision: ModerationDecision,
    priority: str,
    due_at: dt.datetime,
    now: dt.datetime,
) -> ReviewItem:
    return ReviewItem(
        comment=comment,
        organisation_id=comment.organisation_id,
        decision=decision,
        priority=priority,
        priority_rank=PRIORITY_RANK[priority],
        opened_at=now,
        due_at=due_at,
    )


def _open(
    comment: Comment,
    decision: ModerationDecision,
    policy: Policy | None,
    now: dt.datetime,
    item: ReviewItem | None = None,
) -> tuple[ReviewItem, bool]:
    """Open (or reopen, or update) the item of ``comment``; returns (item, urgent-and-new)."""
    priority = priority_for(decision, policy)
    if item is None:
        item = ReviewItem.objects.filter(comment=comment).first()
    if item is None:
        item = _new_item(comment, decision, priority, due_at_for(now, priority, policy), now)
        item.save()
        return item, priority == Priority.URGENT
    became_urgent = priority == Priority.URGENT and item.priority != Priority.URGENT
    if item.status == ReviewItem.Status.RESOLVED:
        # A new engine decision (e.g. under a new policy) asks for people again: start afresh.
        item.status = ReviewItem.Status.OPEN
        item.opened_at = now
        item.resolved_at = item.resolved_by = None
        item.resolution = ""
        item.overdue_notified_at = None
        item.due_at = due_at_for(now, priority, policy)
        became_urgent = priority == Priority.URGENT
    elif PRIORITY_RANK[priority] < item.priority_rank:
        # More urgent than before: the shorter deadline counts from when the item opened.
        item.due_at = min(item.due_at, due_at_for(item.opened_at, priority, policy))
    if PRIORITY_RANK[priority] < item.priority_rank or item.status == ReviewItem.Status.OPEN:
        item.priority = min(priority, item.priority, key=lambda p: PRIORITY_RANK[p])
        item.priority_rank = PRIORITY_RANK[item.priority]
    item.decision = decision
    item.save()
    return item, became_urgent


@transaction.atomic
def open_review_item(*, comment: Comment, decision: ModerationDecision) -> ReviewItem:
    """Put ``comment`` in its organisation's inbox because ``decision`` (the engine's) needs a person.

    Priority follows the decision (threat urgent, hate/personal data high, reply-only low, else
    normal); the deadline comes from the published policy's response targets and office hours.
    Calling it again for the same comment updates the item (or reopens a resolved one) instead of
    making a second one. Urgent items are mailed to moderators and beheerders at once.
    """
    policy = policy_access.published_policy(comment.organisation)[1]
    item, urgent = _open(comment, decision, policy, timezone.now())
    if urgent:
        _notify_urgent(item)
    return item


@transaction.atomic
def open_review_items(pairs: Iterable[tuple[Comment, ModerationDecision]]) -> list[ReviewItem]:
    """``open_review_item`` for many comments of one or more organisations (the engine's batches).

    The published policy is looked up once per organisation, deadlines once per priority, and new
    items are stored in bulk; comments that already have an item are updated one by one.
    """
    pairs = list(pairs)
    if not pairs:
        return []
    now = timezone.now()
    existing = ReviewItem.objects.in_bulk(
        [comment.pk for comment, _decision in pairs], field_name="comment_id"
    )
    policies: dict[int, Any] = {}
    deadlines: dict[tuple[int, str], dt.datetime] = {}
    items: list[ReviewItem] = []
    new: list[ReviewItem] = []
    urgent: list[ReviewItem] = []
    fresh: dict[int, ReviewItem] = {}
    for comment, decision in pairs:
        org_id = comment.organisation_id
        if comment.pk in fresh:  # the same comment twice in one batch: one item, last decision
            fresh[comment.pk].decision = decision
            continue
        if org_id not in policies:
            policies[org_id] = policy_access.published_policy(comment.organisation)[1]
        policy = policies[org_id]
        if comment.pk in existing:
            item, is_urgent = _open(comment, decision, policy, now, existing[comment.pk])
        else:
            priority = priority_for(decision, policy)
            if (org_id, priority) not in deadlines:
                deadlines[(org_id, priority)] = due_at_for(now, priority, policy)
            item = _new_item(comment, decision, priority, deadlines[(org_id, priority)], now)
            fresh[comment.pk] = item
            new.append(item)
            is_urgent = priority == Priority.URGENT
        items.append(item)
        if is_urgent:
            urgent.append(item)
    ReviewItem.objects.bulk_create(new, batch_size=500)
    for item in urgent:
        _notify_urgent(item)
    return items


def sync_with_human_decision(decision: ModerationDecision) -> ReviewItem | None:
    """Resolve the open item of a comment a person decided outside the inbox (the moderation pages,
    an appeal, the demo), so the queue never shows work that was already done."""
    if decision.automated or not decision.is_current:
        return None
    item = ReviewItem.objects.filter(comment_id=decision.comment_id, status="open").first()
    if item is None:
        return None
    item.status = ReviewItem.Status.RESOLVED
    item.resolved_at = decision.decided_at or timezone.now()
    item.resolved_by_id = decision.decided_by_id
    item.resolution = decision.action
    item.save(update_fields=["status", "resolved_at", "resolved_by", "resolution"])
    return item


# ---------------------------------------------------------------------------------------------
# Handling items


def _require_handler(
    actor: User, organisation: Organisation, action: str, reply_text: str = ""
) -> None:
    if has_org_perm(actor, HANDLE, organisation):
        return
    # An antwoorder answers: a reply, or keeping the comment while replying to it.
    if (
        action in REPLY_ONLY_ACTIONS
        and reply_text.strip()
        and has_org_perm(actor, REPLY, organisation)
    ):
        return
    if has_org_perm(actor, REPLY, organisation):
        raise PermissionDenied(
            _("%(actor)s may only reply in %(organisation)s, not hide or delete.")
            % {"actor": actor, "organisation": organisation}
        )
    raise PermissionDenied(
        _("%(actor)s may not handle comments in %(organisation)s.")
        % {"actor": actor, "organisation": organisation}
    )


def _lock_open(item: ReviewItem) -> ReviewItem:
    item = (
        ReviewItem.objects.select_for_update()
        .select_related("comment", "comment__organisation", "organisation")
        .get(pk=item.pk)
    )
    if item.status != ReviewItem.Status.OPEN:
        if item.resolved_by:
            raise ValidationError(
                _("This comment has already been handled by %(person)s.")
                % {"person": item.resolved_by}
            )
        raise ValidationError(_("This comment has already been handled."))
    return item


@transaction.atomic
def resolve_review_item(
    *,
    item: ReviewItem,
    actor: User,
    action: str,
    rule_codes: list[str] | tuple[str, ...] = (),
    note: str = "",
    reply_text: str = "",
    escalate: str = "none",
) -> ModerationDecision:
    """Handle an item: keep, reply, hide or delete its comment (citing house rules), and close it.

    The decision goes through ``decide_by_human`` (statement of reasons, platform actions,
    strikes); both happen in one transaction with an ``inbox.item_resolved`` audit event.
    Hide and delete must name at least one house rule of the published policy.
    """
    from sereen.moderation.services import decide_by_human

    if action not in RESOLVE_ACTIONS:
        raise ValidationError({"action": _("Unknown action '%(action)s'.") % {"action": action}})
    _require_handler(actor, item.organisation, action, reply_text or "")
    item = _lock_open(item)
    rule_codes = [code for code in rule_codes if code]
    if action in ("hide", "delete"):
        if not rule_codes:
            raise ValidationError({"rule_codes": _("Choose the house rule the comment breaks.")})
        policy = policy_access.published_policy(item.organisation)[1]
        if policy is not None:
            unknown = [c for c in rule_codes if policy.house_rules.by_code(c) is None]
            if unknown:
                raise ValidationError(
                    {
                        "rule_codes": _("Not a house rule of the published policy: %(codes)s.")
                        % {"codes": ", ".join(unknown)}
                    }
                )
    decision = decide_by_human(
        comment=item.comment,
        actor=actor,
        action=action,
        rule_codes=list(rule_codes),
        note=note,
        reply_text=reply_text,
        escalate=escalate,
    )
    now = timezone.now()
    before = {"status": item.status, "assigned_to": item.assigned_to_id}
    item.status = ReviewItem.Status.RESOLVED
    item.resolved_at = now
    item.resolved_by = actor
    item.resolution = action
    item.save(update_fields=["status", "resolved_at", "resolved_by", "resolution"])
    record_audit_event(
        actor=actor,
        action="inbox.item_resolved",
        organisation=item.organisation,
        subject=item,
        before=before,
        after={
            "status": item.status,
            "resolution": action,
            "rules": list(rule_codes),
            "escalate": escalate,
            "decision": decision.pk,
            "overdue": now > item.due_at,
        },
        note=note,
    )
    return decision


@transaction.atomic
def bulk_resolve_review_items(
    *,
    items: Iterable[ReviewItem],
    actor: User,
    action: str,
    rule_code: str = "",
    note: str = "",
) -> list[ModerationDecision]:
    """Keep, hide or delete several items at once with one house rule; all or nothing.

    Raises ``ValidationError`` naming every item that cannot be handled (already resolved, ...),
    and then changes none of them.
    """
    if action not in ("keep", "hide", "delete"):
        raise ValidationError({"action": _("In bulk you can only approve, hide or delete.")})
    items = list(items)
    if not items:
        raise ValidationError(_("Select at least one comment."))
    problems: list[str] = []
    decisions = []
    for item in items:
        try:
            with transaction.atomic():
                decisions.append(
                    resolve_review_item(
                        item=item,
                        actor=actor,
                        action=action,
                        rule_codes=[rule_code] if rule_code else [],
                        note=note,
                    )
                )
        except ValidationError as exc:
            problems.append(f"#{item.pk}: {' '.join(exc.messages)}")
    if problems:
        transaction.set_rollback(True)
        raise ValidationError([_("Nothing was changed.") + " " + "; ".join(problems)])
    return decisions


@transaction.atomic
def escalate_review_item(*, item: ReviewItem, actor: User, to: str, note: str = "") -> ReviewItem:
    """Escalate the comment to the police, Unia or the platform; the item stays open (a person still
    decides what happens to the comment) and becomes urgent for the police, high otherwise."""
    from sereen.moderation.services import escalate_comment

    require_org_perm(actor, HANDLE, item.organisation)
    if to not in ESCALATIONS:
        raise ValidationError({"to": _("Choose the police, Unia or the platform.")})
    item = _lock_open(item)
    escalate_comment(comment=item.comment, actor=actor, to=to, note=note)
    before = {"priority": item.priority, "due_at": item.due_at.isoformat()}
    priority = Priority.URGENT if to == "police" else Priority.HIGH
    if PRIORITY_RANK[priority] < item.priority_rank:
        policy = policy_access.published_policy(item.organisation)[1]
        item.priority, item.priority_rank = priority, PRIORITY_RANK[priority]
        item.due_at = min(item.due_at, due_at_for(item.opened_at, priority, policy))
        item.save(update_fields=["priority", "priority_rank", "due_at"])
    record_audit_event(
        actor=actor,
        action="inbox.item_escalated",
        organisation=item.organisation,
        subject=item,
        before=before,
        after={"priority": item.priority, "due_at": item.due_at.isoformat(), "to": to},
        note=note,
    )
    return item


def _may_work_on_items(user: User, organisation: Organisation) -> bool:
    return has_org_perm(user, HANDLE, organisation) or has_org_perm(user, REPLY, organisation)


@transaction.atomic
def claim_review_item(*, item: ReviewItem, actor: User) -> ReviewItem:
    """Take an item on yourself, so colleagues see someone is on it."""
    if not _may_work_on_items(actor, item.organisation):
        raise PermissionDenied(
            _("%(actor)s may not handle comments in %(organisation)s.")
            % {"actor": actor, "organisation": item.organisation}
        )
    return _assign(item, actor, actor)


@transaction.atomic
def assign_review_item(*, item: ReviewItem, actor: User, assignee: User | None) -> ReviewItem:
    """Give an item to a colleague who may handle it (``None``: back to the whole team)."""
    require_org_perm(actor, HANDLE, item.organisation)
    if assignee is not None and not _may_work_on_items(assignee, item.organisation):
        raise ValidationError(
            {
                "assignee": _("%(person)s cannot handle comments in %(organisation)s.")
                % {"person": assignee, "organisation": item.organisation}
            }
        )
    return _assign(item, actor, assignee)


def _assign(item: ReviewItem, actor: User, assignee: User | None) -> ReviewItem:
    item = _lock_open(item)
    before = item.assigned_to_id
    item.assigned_to = assignee
    item.save(update_fields=["assigned_to"])
    record_audit_event(
        actor=actor,
        action="inbox.item_assigned",
        organisation=item.organisation,
        subject=item,
        before={"assigned_to": before},
        after={
            "assigned_to": assignee.pk if assignee else None,
            "assigned_to_name": assignee.get_username() if assignee else "",
        },
    )
    return item


@transaction.atomic
def add_internal_note(*, item: ReviewItem, actor: User, text: str) -> InternalNote:
    """A note for colleagues on an item (never shown to the author)."""
    if not _may_work_on_items(actor, item.organisation):
        raise PermissionDenied(
            _("%(actor)s may not write notes in %(organisation)s.")
            % {"actor": actor, "organisation": item.organisation}
        )
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write the note.")})
    note = InternalNote.objects.create(item=item, author=actor, text=text)
    record_audit_event(
        actor=actor,
        action="inbox.note_added",
        organisation=item.organisation,
        subject=item,
        after={"note": note.pk},
        note=text,
    )
    return note


# ---------------------------------------------------------------------------------------------
# Overdue notifications


def notify_overdue_review_items(now: dt.datetime | None = None) -> int:
    """Mail the people responsible for each open item past its deadline, once per item.

    The assignee is told; an unassigned item goes to the organisation's moderators (beheerders when
    there are none). Returns how many items were notified. Safe to run from cron every few minutes
    and from two workers at once: each item is claimed with a conditional update before mailing.
    """
    now = now or timezone.now()
    overdue = (
        ReviewItem.objects.filter(
            status=ReviewItem.Status.OPEN, due_at__lt=now, overdue_notified_at__isnull=True
        )
        .select_related("organisation", "assigned_to", "comment", "comment__channel")
        .order_by("due_at")
    )
    sent = 0
    for item in overdue:
        claimed = ReviewItem.objects.filter(pk=item.pk, overdue_notified_at__isnull=True).update(
            overdue_notified_at=now
        )
        if not claimed:
            continue
        if item.assigned_to is not None and item.assigned_to.email:
            recipients = [item.assigned_to.email]
        else:
            recipients = _recipients(item.organisation, [Role.MODERATOR]) or _recipients(
                item.organisation, [Role.BEHEERDER]
            )
        if not recipients:
            log.warning("Overdue review item %s: nobody to notify", item.pk)
            continue
        with translation.override(settings.LANGUAGE_CODE):
            subject = _("Overdue: a comment on %(channel)s waits to be handled") % {
                "channel": item.comment.channel
            }
            body = _(
                "This comment was due to be handled on %(due)s (%(priority)s).\n\n"
                "Comment: %(text)s\nOpen in the inbox: %(url)s\n"
            ) % {
                "due": f"{timezone.localtime(item.due_at):%d/%m/%Y %H:%M}",
                "priority": item.get_priority_display(),
                "text": item.comment.text[:500],
                "url": _item_url(item),
            }
        send_mail(subject, body, None, recipients, fail_silently=True)
        sent += 1
    return sent


# ---------------------------------------------------------------------------------------------
# Reply templates

PLACEHOLDERS = ("regel", "huisregels_url", "naam")
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")


def validate_template_text(text: str) -> None:
    """Raise ``ValidationError`` for empty text or a placeholder other than the three known ones."""
    if not (text or "").strip():
        raise ValidationError({"text": _("Write the text of the reply.")})
    unknown = sorted({m for m in _PLACEHOLDER_RE.findall(text) if m not in PLACEHOLDERS})
    if unknown:
        raise ValidationError(
            {
                "text": _(
                    "Unknown placeholder %(placeholders)s. Use {regel}, {huisregels_url} or {naam}."
                )
                % {"placeholders": ", ".join("{" + u + "}" for u in unknown)}
            }
        )


def render_reply(template: ReplyTemplate, comment: Comment) -> str:
    """The template's text for ``comment``: {regel} becomes the rule's code and title from the
    published policy, {huisregels_url} the public house rules page, {naam} the author's name."""
    from sereen.moderation.statement import house_rules_url

    organisation = comment.organisation
    rule = ""
    if template.rule_code:
        policy = policy_access.published_policy(organisation)[1]
        found = policy.house_rules.by_code(template.rule_code) if policy is not None else None
        rule = f"{template.rule_code} ({found.title})" if found else template.rule_code
    else:
        with translation.override(settings.LANGUAGE_CODE):
            rule = _("our house rules")
    values = {
        "regel": rule,
        "huisregels_url": house_rules_url(organisation.slug),
        "naam": comment.author.handle or "",
    }
    text = _PLACEHOLDER_RE.sub(lambda m: values.get(m.group(1), m.group(0)), template.text)
    # "Dag ," when the platform gives no name reads badly; tidy the gap.
    return re.sub(r"\s+,", ",", text).strip()


def _template_fields(organisation: Organisation, data: dict[str, Any]) -> dict[str, Any]:
    text = data.get("text", "")
    validate_template_text(text)
    title = (data.get("title") or "").strip()
    if not title:
        raise ValidationError({"title": _("Give the template a title.")})
    kind = data.get("kind") or ReplyTemplate.Kind.GENERAL
    rule_code = (data.get("rule_code") or "").strip()
    if rule_code:
        kind = ReplyTemplate.Kind.RULE
    elif kind == ReplyTemplate.Kind.RULE:
        raise ValidationError({"rule_code": _("Choose the house rule of this template.")})
    return {
        "title": title,
        "text": text.strip(),
        "kind": kind,
        "rule_code": rule_code,
        "is_active": data.get("is_active", True),
    }


@transaction.atomic
def create_reply_template(
    *, organisation: Organisation, actor: User | None, **data: Any
) -> ReplyTemplate:
    """Add a reply template (beheerder); ``data``: title, text, kind, rule_code, is_active."""
    require_org_perm(actor, "inbox.manage_replytemplate", organisation)
    fields = _template_fields(organisation, data)
    if ReplyTemplate.objects.filter(organisation=organisation, title=fields["title"]).exists():
        raise ValidationError({"title": _("There is already a template with this title.")})
    template = ReplyTemplate.objects.create(organisation=organisation, **fields)
    record_audit_event(
        actor=actor,
        action="inbox.template_created",
        organisation=organisation,
        subject=template,
        after=dict(fields),
    )
    return template


@transaction.atomic
def update_reply_template(*, template: ReplyTemplate, actor: User, **data: Any) -> ReplyTemplate:
    """Change a reply template (beheerder)."""
    require_org_perm(actor, "inbox.manage_replytemplate", template.organisation)
    fields = _template_fields(template.organisation, data)
    if (
        ReplyTemplate.objects.filter(organisation=template.organisation, title=fields["title"])
        .exclude(pk=template.pk)
        .exists()
    ):
        raise ValidationError({"title": _("There is already a template with this title.")})
    before = {k: getattr(template, k) for k in fields}
    for key, value in fields.items():
        setattr(template, key, value)
    template.save()
    record_audit_event(
        actor=actor,
        action="inbox.template_changed",
        organisation=template.organisation,
        subject=template,
        before=before,
        after=fields,
    )
    return template


@transaction.atomic
def delete_reply_template(*, template: ReplyTemplate, actor: User) -> None:
    """Remove a reply template (beheerder); replies already sent keep their text."""
    require_org_perm(actor, "inbox.manage_replytemplate", template.organisation)
    record_audit_event(
        actor=actor,
        action="inbox.template_deleted",
        organisation=template.organisation,
        subject=template,
        before={"title": template.title, "text": template.text, "rule_code": template.rule_code},
    )
    template.delete()


#: (title, kind, rule kind or "", text), in plain language and formal "u". Rule templates are
#: matched to the published policy's rules by kind, so they carry the organisation's own rule codes.
#: Installed in the installation's language (Dutch); the placeholders stay as they are.
DEFAULT_TEMPLATES: tuple[tuple[Any, str, str, Any], ...] = (
    (
        gettext_lazy("Insult"),
        "rule",
        "insult",
        gettext_lazy(
            "Hello {naam}, we hid your comment because it insults someone. That breaks house "
            "rule {regel}. Your opinion is welcome, without name-calling. Read our house rules: "
            "{huisregels_url}"
        ),
    ),
    (
        gettext_lazy("Hate or discrimination"),
        "rule",
        "hate",
        gettext_lazy(
            "Hello {naam}, we removed your comment because it targets people for who they are. "
            "That breaks house rule {regel}. Our house rules: {huisregels_url}"
        ),
    ),
    (
        gettext_lazy("Threat"),
        "rule",
        "threat",
        gettext_lazy(
            "We removed this comment because it contains a threat (house rule {regel}). We report "
            "threats to the police. Our house rules: {huisregels_url}"
        ),
    ),
    (
        gettext_lazy("Personal data"),
        "rule",
        "personal_data",
        gettext_lazy(
            "Hello {naam}, we hid your comment because it contains personal data (house rule "
            "{regel}). That is how we protect everyone's privacy. Please send personal questions "
            "in a private message. Our house rules: {huisregels_url}"
        ),
    ),
    (
        gettext_lazy("Spam or advertising"),
        "rule",
        "spam",
        gettext_lazy(
            "We removed this comment because it is advertising or spam (house rule {regel}). Our "
            "house rules: {huisregels_url}"
        ),
    ),
    (
        gettext_lazy("No shouting"),
        "rule",
        "shouting",
        gettext_lazy(
            "Hello {naam}, would you please not write in capitals? That way everyone reads you "
            "better (house rule {regel}). Thank you! {huisregels_url}"
        ),
    ),
    (
        gettext_lazy("Question: we will find out"),
        "question",
        "",
        gettext_lazy(
            "Hello {naam}, thank you for your question. We will find out and answer you here as "
            "soon as possible, at the latest on the next working day."
        ),
    ),
    (
        gettext_lazy("Question: personal situation"),
        "question",
        "",
        gettext_lazy(
            "Hello {naam}, thank you for your question. Because it concerns your personal "
            "situation, we would rather help you in a private message or at the front desk. That "
            "way your details stay private."
        ),
    ),
    (
        gettext_lazy("Criticism: thank you for your opinion"),
        "criticism",
        "",
        gettext_lazy(
            "Hello {naam}, thank you for sharing your opinion. We understand that this concerns "
            "you. We pass your remark on to the responsible department. Criticism is welcome "
            "here, as long as we respect each other: {huisregels_url}"
        ),
    ),
    (
        gettext_lazy("Criticism: explanation and facts"),
        "criticism",
        "",
        gettext_lazy(
            "Hello {naam}, thank you for your comment. We would like to explain a little more: "
            "[add the facts]. Do you have any further questions? Please let us know."
        ),
    ),
    (
        gettext_lazy("Calming the conversation"),
        "general",
        "",
        gettext_lazy(
            "We notice that the discussion here is getting heated. Everyone may give their "
            "opinion, but we ask you to stay respectful. Read our house rules: {huisregels_url}"
        ),
    ),
)


@transaction.atomic
def install_default_reply_templates(*, organisation: Organisation) -> list[ReplyTemplate]:
    """Create the default set of plain-Dutch reply templates for ``organisation`` (idempotent:
    a template with the same title is left as the organisation edited it). Rule templates get the
    code of the published policy's rule of that kind, or stay general without a policy."""
    policy = policy_access.published_policy(organisation)[1]
    created = []
    with translation.override(settings.LANGUAGE_CODE):
        defaults = [
            (str(t), kind, rule_kind, str(x)) for t, kind, rule_kind, x in DEFAULT_TEMPLATES
        ]
    for title, kind, rule_kind, text in defaults:
        rule_code = ""
        if rule_kind and policy is not None:
            rules = policy.house_rules.of_kind(rule_kind)
            rule_code = rules[0].code if rules else ""
        template, made = ReplyTemplate.objects.get_or_create(
            organisation=organisation,
            title=title,
            defaults={
                "text": text,
                "kind": kind if (kind != "rule" or rule_code) else ReplyTemplate.Kind.GENERAL,
                "rule_code": rule_code,
            },
        )
        if made:
            created.append(template)
    if created:
        record_audit_event(
            actor=None,
            action="inbox.templates_installed",
            organisation=organisation,
            after={"titles": [t.title for t in created]},
        )
    return created
