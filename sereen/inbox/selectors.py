"""Reads for the review inbox: the queue with filters, item details, templates, the audit log."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, QuerySet
from django.urls import reverse
from django.utils import timezone

from sereen.accounts.models import Organisation, User
from sereen.core.models import AuditEvent
from sereen.inbox.models import ReplyTemplate, ReviewItem

PAGE_SIZE = 50


@dataclass(frozen=True)
class QueueFilter:
    """The queue's GET filters; empty strings mean "all"."""

    status: str = "open"  # open | resolved | all
    channel: str = ""  # channel id
    rule: str = ""  # house rule code in the deciding decision
    assignee: str = ""  # user id, "me", "none"
    priority: str = ""

    @classmethod
    def from_query(cls, query: Any) -> QueueFilter:
        status = query.get("status", "open")
        if status not in ("open", "resolved", "all"):
            status = "open"
        return cls(
            status=status,
            channel=query.get("channel", "") if str(query.get("channel", "")).isdigit() else "",
            rule=str(query.get("rule", ""))[:20],
            assignee=str(query.get("assignee", ""))[:20],
            priority=query.get("priority", "")
            if query.get("priority", "") in ("urgent", "high", "normal", "low")
            else "",
        )

    def as_query(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v and not (k == "status" and v == "open")}


def queue(
    organisation: Organisation, f: QueueFilter, user: User | None = None
) -> QuerySet[ReviewItem]:
    """Items of ``organisation``: urgent first, then the least time left (earliest deadline)."""
    items = ReviewItem.objects.filter(organisation=organisation).select_related(
        "comment", "comment__channel", "comment__author", "decision", "assigned_to"
    )
    if f.status != "all":
        items = items.filter(status=f.status)
    if f.channel:
        items = items.filter(comment__channel_id=int(f.channel))
    if f.rule:
        # JSON "contains" is not portable to SQLite; rule codes are short, quoted tokens.
        items = items.filter(decision__rules__icontains=f'"{f.rule}"')
    if f.priority:
        items = items.filter(priority=f.priority)
    if f.assignee == "none":
        items = items.filter(assigned_to__isnull=True)
    elif f.assignee == "me" and user is not None:
        items = items.filter(assigned_to=user)
    elif f.assignee.isdigit():
        items = items.filter(assigned_to_id=int(f.assignee))
    if f.status == "resolved":
        return items.order_by("-resolved_at", "-pk")
    return items.order_by("priority_rank", "due_at", "pk")


def neighbours(
    organisation: Organisation, f: QueueFilter, item: ReviewItem, user: User | None = None
) -> tuple[int | None, int | None]:
    """(previous, next) open item ids around ``item`` in queue order (``next`` skips ``item``)."""
    ids = list(queue(organisation, f, user).values_list("pk", flat=True)[:2000])
    if item.pk not in ids:
        return None, ids[0] if ids else None
    index = ids.index(item.pk)
    previous = ids[index - 1] if index > 0 else None
    following = ids[index + 1] if index + 1 < len(ids) else None
    return previous, following


def next_open_item(
    organisation: Organisation,
    f: QueueFilter,
    user: User | None = None,
    *,
    after: int | None = None,
) -> ReviewItem | None:
    """The first open item of the queue, or the one after ``after`` (wrapping to the first)."""
    open_filter = QueueFilter(**{**f.__dict__, "status": "open"})
    items = queue(organisation, open_filter, user)
    if after is not None:
        ids = list(items.values_list("pk", flat=True)[:2000])
        if after in ids:
            rest = ids[ids.index(after) + 1 :] + ids[: ids.index(after)]
            return items.filter(pk=rest[0]).first() if rest else None
        return items.exclude(pk=after).first()
    return items.first()


def queue_counts(organisation: Organisation, now: dt.datetime | None = None) -> dict[str, int]:
    now = now or timezone.now()
    return ReviewItem.objects.filter(organisation=organisation, status="open").aggregate(
        open=Count("pk"),
        urgent=Count("pk", filter=Q(priority="urgent")),
        overdue=Count("pk", filter=Q(due_at__lt=now)),
    )


def dashboard_queue(organisation: Organisation, *, limit: int = 5) -> dict[str, Any]:
    """For the start page: open items, urgent and overdue counts and the first ``limit`` items."""
    counts = queue_counts(organisation)
    items = queue(organisation, QueueFilter())[:limit]
    return {
        "size": counts["open"],
        "urgent": counts["urgent"],
        "overdue": counts["overdue"],
        "items": [
            {
                "text": item.comment.text,
                "channel": str(item.comment.channel),
                "waiting_since": item.opened_at,
                "deadline": item.due_at,
                "urgent": item.priority == "urgent",
                "url": reverse("inbox:item", kwargs={"org_slug": organisation.slug, "pk": item.pk}),
            }
            for item in items
        ],
    }


def templates_for(
    organisation: Organisation, *, active_only: bool = True
) -> QuerySet[ReplyTemplate]:
    templates = ReplyTemplate.objects.filter(organisation=organisation)
    return templates.filter(is_active=True) if active_only else templates


def templates_for_item(item: ReviewItem) -> list[ReplyTemplate]:
    """Templates for the item's rules first, then questions, criticism and general ones."""
    rules = set(item.decision.rules or ())
    templates = list(templates_for(item.organisation))
    return sorted(
        templates, key=lambda t: (t.rule_code not in rules, t.rule_code == "", t.kind, t.title)
    )


@dataclass(frozen=True)
class AuditFilter:
    action: str = ""
    actor: str = ""
    since: dt.date | None = None
    until: dt.date | None = None
    subject: str = ""

    @classmethod
    def from_query(cls, query: Any) -> AuditFilter:
        def day(value: str) -> dt.date | None:
            try:
                return dt.date.fromisoformat(value) if value else None
            except ValueError:
                return None

        return cls(
            action=str(query.get("action", ""))[:100],
            actor=str(query.get("actor", ""))[:150],
            since=day(query.get("since", "")),
            until=day(query.get("until", "")),
            subject=str(query.get("subject", ""))[:100],
        )


#: What the moderation team reads in the audit log: its own work (the inbox and moderation).
MODERATION_AUDIT_PREFIXES = ("inbox.", "moderation.")


def _scoped(events: QuerySet[AuditEvent], prefixes: tuple[str, ...] | None) -> QuerySet[AuditEvent]:
    if prefixes is None:
        return events
    scope = Q(pk__in=[])
    for prefix in prefixes:
        scope |= Q(action__startswith=prefix)
    return events.filter(scope)


def audit_events(
    organisation: Organisation, f: AuditFilter, *, prefixes: tuple[str, ...] | None = None
) -> QuerySet[AuditEvent]:
    """The organisation's audit log, newest first, filtered; only actions starting with one of
    ``prefixes`` when given (the moderation team sees its own work, not policy or accounts)."""
    events = _scoped(
        AuditEvent.objects.filter(organisation=organisation).select_related("actor"), prefixes
    )
    if f.action:
        events = events.filter(action__startswith=f.action)
    if f.actor:
        events = events.filter(actor_label__icontains=f.actor)
    if f.subject:
        events = events.filter(Q(subject_label__icontains=f.subject) | Q(subject_id=f.subject))
    if f.since:
        events = events.filter(created_at__date__gte=f.since)
    if f.until:
        events = events.filter(created_at__date__lte=f.until)
    return events.order_by("-created_at", "-id")


def audit_actions(
    organisation: Organisation, *, prefixes: tuple[str, ...] | None = None
) -> list[str]:
    return list(
        _scoped(AuditEvent.objects.filter(organisation=organisation), prefixes)
        .order_by("action")
        .values_list("action", flat=True)
        .distinct()
    )


def item_history(item: ReviewItem) -> list[AuditEvent]:
    """What people and Sereen did with this item and its comment, oldest first."""
    return list(
        AuditEvent.objects.filter(organisation_id=item.organisation_id)
        .filter(
            Q(subject_type="inbox.reviewitem", subject_id=str(item.pk))
            | Q(subject_type="moderation.comment", subject_id=str(item.comment_id))
        )
        .order_by("created_at", "id")[:100]
    )
