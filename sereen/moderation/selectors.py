"""Reads for moderation: author history, appeals, blocks, crisis mode, statements."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from sereen.accounts.models import Organisation
from sereen.moderation.models import (
    Appeal,
    Author,
    Block,
    Comment,
    CrisisPeriod,
    ModerationDecision,
    PlatformAction,
    Strike,
)
from sereen.moderation.services import is_crisis_mode  # noqa: F401  (re-exported read)


def author_history(author: Author) -> dict[str, Any]:
    """Everything known about one author on one channel: comments with their current decision,
    strikes (active and revoked), blocks; newest first."""
    comments = (
        Comment.objects.filter(author=author)
        .prefetch_related(
            Prefetch(
                "decisions",
                queryset=ModerationDecision.objects.filter(is_current=True),
                to_attr="current_decisions",
            )
        )
        .order_by("-created_at")
    )
    return {
        "author": author,
        "comments": [
            {"comment": c, "decision": c.current_decisions[0] if c.current_decisions else None}
            for c in comments
        ],
        "strikes": list(Strike.objects.filter(author=author).order_by("-created_at")),
        "active_strikes": Strike.objects.filter(author=author, revoked=False).count(),
        "blocks": list(Block.objects.filter(author=author).order_by("-proposed_at")),
    }


def current_decision(comment: Comment) -> ModerationDecision | None:
    return comment.decisions.filter(is_current=True).first()


def appeals_of(organisation: Organisation, *, status: str | None = None) -> QuerySet[Appeal]:
    qs = Appeal.objects.filter(organisation=organisation).select_related(
        "comment", "comment__channel", "decision", "handled_by", "filed_by"
    )
    return qs.filter(status=status) if status else qs


def appeal_outcome_counts(organisation: Organisation) -> dict[str, int]:
    """Decided appeals per outcome, for statistics and the transparency report."""
    counts = dict.fromkeys(Appeal.Outcome.values, 0)
    for outcome in appeals_of(organisation, status=Appeal.Status.DECIDED).values_list(
        "outcome", flat=True
    ):
        counts[outcome] = counts.get(outcome, 0) + 1
    return counts


def blocks_of(organisation: Organisation, *, status: str | None = None) -> QuerySet[Block]:
    qs = Block.objects.filter(author__channel__organisation=organisation).select_related(
        "author", "author__channel", "proposed_by", "confirmed_by"
    )
    return qs.filter(status=status) if status else qs


def crisis_periods_of(organisation: Organisation) -> QuerySet[CrisisPeriod]:
    return CrisisPeriod.objects.filter(organisation=organisation).select_related(
        "started_by", "ended_by"
    )


def open_crisis_proposal(organisation: Organisation) -> CrisisPeriod | None:
    return CrisisPeriod.objects.filter(
        organisation=organisation, started_at__isnull=True, ended_at__isnull=True
    ).first()


def platform_actions_to_do(organisation: Organisation) -> QuerySet[PlatformAction]:
    """Actions a person still has to carry out or check: planned without a connector, failed,
    or not supported by the platform."""
    return PlatformAction.objects.filter(
        organisation=organisation,
        status__in=[
            PlatformAction.Status.PLANNED,
            PlatformAction.Status.FAILED,
            PlatformAction.Status.NOT_SUPPORTED,
        ],
    ).select_related("channel", "comment", "author")
