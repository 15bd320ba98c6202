"""Recomputing the rolled-up counts of an organisation (the only writes of the insights app)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.db import transaction
from django.db.models import Count, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import TruncDate
from django.utils import timezone

from sereen.accounts.models import Organisation, User
from sereen.accounts.permissions import require_org_perm
from sereen.core.audit import record_audit_event
from sereen.insights import measures
from sereen.insights.models import (
    AuthorDailyCount,
    CommentFingerprint,
    DailyCommentCount,
    DailyRuleCount,
    RollupState,
)
from sereen.moderation.models import Comment, ModerationDecision

RESTRICT = ("hide", "delete")
KEEP = ("keep", "reply")
BATCH = 5000

Key = tuple[int, dt.date, str, str]  # channel id, day, post id, topic


def _start_of(day: dt.date) -> dt.datetime:
    return timezone.make_aware(dt.datetime.combine(day, dt.time.min))


def _agrees(engine_action: str, human_action: str) -> bool:
    """Agreement on the only question that matters to the author: restricted or not."""
    return (engine_action in RESTRICT) == (human_action in RESTRICT)


@transaction.atomic
def refresh_rollups(
    *, organisation: Organisation, since: dt.date | None = None, actor: User | None = None
) -> RollupState:
    """Recompute every rolled-up count of ``organisation`` for comments posted on or after ``since``.

    ``since=None`` rebuilds everything. Counts are grouped in the database; only the grouped rows
    (and the texts, once, for their fingerprints) pass through Python. A comment is counted on the
    day it was posted (local time), with the decision that is current at refresh time, so the
    nightly task refreshes a few weeks back to pick up late reviews and appeals.
    """
    require_org_perm(actor, "insights.refresh_insights", organisation)
    comments = Comment.objects.filter(organisation=organisation)
    day_filter: dict[str, Any] = {"organisation": organisation}
    if since is not None:
        comments = comments.filter(created_at__gte=_start_of(since))
        day_filter["day__gte"] = since
    for model in (DailyCommentCount, DailyRuleCount, AuthorDailyCount):
        model.objects.filter(**day_filter).delete()
    fp = CommentFingerprint.objects.filter(organisation=organisation)
    if since is not None:
        fp = fp.filter(created_at__gte=_start_of(since))
    fp.delete()

    day = TruncDate("created_at")
    key_fields = ("channel_id", "day", "post_id", "topic")
    rows: dict[Key, DailyCommentCount] = {}
    total = 0
    for row in (
        comments.annotate(day=day)
        .values(*key_fields)
        .annotate(n=Count("id"), reach=Max("post_reach"))
        .order_by()
    ):
        key = (row["channel_id"], row["day"], row["post_id"], row["topic"])
        total += row["n"]
        rows[key] = DailyCommentCount(
            organisation=organisation,
            channel_id=row["channel_id"],
            day=row["day"],
            post_id=row["post_id"],
            topic=row["topic"],
            comments=row["n"],
            undecided=row["n"],
            post_reach=row["reach"],
        )

    decisions = ModerationDecision.objects.filter(
        is_current=True, comment__in=comments.values("id")
    ).annotate(
        day=TruncDate("comment__created_at"),
        channel_id=F("comment__channel_id"),
        post_id=F("comment__post_id"),
        topic=F("comment__topic"),
    )
    rule_counts: dict[tuple[Key, str, str, bool], int] = defaultdict(int)
    for row in (
        decisions.values(*key_fields, "action", "automated", "rules")
        .annotate(n=Count("id"))
        .order_by()
    ):
        key = (row["channel_id"], row["day"], row["post_id"], row["topic"])
        counts = rows[key]
        n = row["n"]
        counts.undecided -= n
        if row["action"] == "hide":
            counts.hidden += n
        elif row["action"] == "delete":
            counts.deleted += n
        elif row["action"] == "review":
            counts.in_review += n
        if row["automated"]:
            counts.automated += n
        else:
            counts.by_person += n
        for code in dict.fromkeys(row["rules"] or []):
            rule_counts[(key, str(code), row["action"], row["automated"])] += n

    # Agreement and response time: only comments a person decided (a small share of all).
    engine_action = Subquery(
        ModerationDecision.objects.filter(comment_id=OuterRef("comment_id"), automated=True)
        .order_by("decided_at", "id")
        .values("action")[:1]
    )
    human = decisions.filter(automated=False).annotate(
        engine_action=engine_action, posted_at=F("comment__created_at")
    )
    for row in human.values(
        *key_fields, "action", "engine_action", "decided_at", "posted_at"
    ).iterator(chunk_size=BATCH):
        counts = rows[(row["channel_id"], row["day"], row["post_id"], row["topic"])]
        if row["engine_action"] in RESTRICT + KEEP:
            counts.reviewed += 1
            counts.agreed += _agrees(row["engine_action"], row["action"])
        seconds = (row["decided_at"] - row["posted_at"]).total_seconds()
        if seconds >= 0:  # an imported comment decided before it was posted is not timed
            counts.response_count += 1
            counts.response_seconds += round(seconds)

    DailyCommentCount.objects.bulk_create(rows.values(), batch_size=BATCH)
    DailyRuleCount.objects.bulk_create(
        (
            DailyRuleCount(
                organisation=organisation,
                channel_id=key[0],
                day=key[1],
                post_id=key[2],
                topic=key[3],
                rule_code=code,
                action=action,
                automated=automated,
                comments=n,
            )
            for (key, code, action, automated), n in rule_counts.items()
        ),
        batch_size=BATCH,
    )
    _refresh_authors(organisation, comments)
    _refresh_fingerprints(organisation, comments)

    state, _ = RollupState.objects.update_or_create(
        organisation=organisation,
        defaults={"refreshed_at": timezone.now(), "since": since, "comments": total},
    )
    record_audit_event(
        actor=actor,
        action="insights.rollups_refreshed",
        organisation=organisation,
        subject=state,
        after={"since": since.isoformat() if since else None, "comments": total},
    )
    return state


def _refresh_authors(organisation: Organisation, comments: Any) -> None:
    restricted = Q(decisions__is_current=True, decisions__action__in=RESTRICT)
    grouped = (
        comments.annotate(day=TruncDate("created_at"))
        .values("channel_id", "day", "post_id", "topic", "author_id")
        .annotate(n=Count("id", distinct=True), r=Count("id", filter=restricted, distinct=True))
        .order_by()
    )
    batch: list[AuthorDailyCount] = []
    for row in grouped.iterator(chunk_size=BATCH):
        batch.append(
            AuthorDailyCount(
                organisation=organisation,
                channel_id=row["channel_id"],
                day=row["day"],
                post_id=row["post_id"],
                topic=row["topic"],
                author_id=row["author_id"],
                comments=row["n"],
                restricted=row["r"],
            )
        )
        if len(batch) >= BATCH:
            AuthorDailyCount.objects.bulk_create(batch)
            batch = []
    AuthorDailyCount.objects.bulk_create(batch)


def _refresh_fingerprints(organisation: Organisation, comments: Any) -> None:
    batch: list[CommentFingerprint] = []
    fields = ("id", "channel_id", "author_id", "post_id", "topic", "created_at", "text")
    for cid, channel_id, author_id, post_id, topic, created_at, text in (
        comments.order_by().values_list(*fields).iterator(chunk_size=BATCH)
    ):
        exact, words = measures.text_keys(text)
        batch.append(
            CommentFingerprint(
                comment_id=cid,
                organisation=organisation,
                channel_id=channel_id,
                author_id=author_id,
                post_id=post_id,
                topic=topic,
                created_at=created_at,
                exact_key=exact,
                word_key=words,
            )
        )
        if len(batch) >= BATCH:
            CommentFingerprint.objects.bulk_create(batch)
            batch = []
    CommentFingerprint.objects.bulk_create(batch)
