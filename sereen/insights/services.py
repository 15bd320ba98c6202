"""Recomputing the rolled-up counts of an organisation (the only writes of the insights app)."""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.db import connection, transaction
from django.db.models import (
    Count,
    F,
    FilteredRelation,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Sum,
)
from django.db.models.functions import TruncDate, TruncMonth, TruncYear
from django.utils import timezone

from sereen.accounts.models import Organisation, User
from sereen.accounts.permissions import require_org_perm
from sereen.core.audit import record_audit_event
from sereen.inbox.models import ReviewItem
from sereen.insights import measures
from sereen.insights.models import (
    AuthorCount,
    AuthorPostCount,
    CommentCount,
    CommentFingerprint,
    Grain,
    RollupState,
    RuleCount,
)
from sereen.moderation.models import Comment, ModerationDecision

logger = logging.getLogger(__name__)

RESTRICT = ("hide", "delete")
KEEP = ("keep", "reply")
BATCH = 5000

Key = tuple[int, dt.date, str, str]  # channel id, day, topic, post id

COUNTERS = (
    "comments", "hidden", "deleted", "in_review", "undecided", "automated", "by_person",
    "reviewed", "agreed", "review_opened", "review_resolved", "review_in_time", "review_seconds",
)  # fmt: skip


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
    per post and day (and the texts, once, for their fingerprints) pass through Python. A comment
    is counted on the day it was posted (local time), with the decision that is current at refresh
    time, so the nightly task refreshes a few weeks back to pick up late reviews and appeals.
    Month and year rows are summed from the day rows of the whole month or year that ``since``
    falls in, so they stay exact.
    """
    require_org_perm(actor, "insights.refresh_insights", organisation)
    comments = Comment.objects.filter(organisation=organisation)
    if since is not None:
        comments = comments.filter(created_at__gte=_start_of(since))
    _timed("delete old rows", _delete_rows, organisation, since)
    total = _timed("comment counts", _refresh_comment_counts, organisation, comments)
    _timed("author counts", _refresh_authors, organisation, comments)
    _timed("fingerprints", _refresh_fingerprints, organisation, comments, since)
    _timed("levels and grains", _sum_levels_and_grains, organisation, since)

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


def _timed(step: str, fn: Callable[..., Any], *args: Any) -> Any:
    """Run one step of the refresh and log how long it took (for operators of large sites)."""
    started = time.perf_counter()
    result = fn(*args)
    logger.info("refresh_rollups: %s took %.1f s", step, time.perf_counter() - started)
    return result


def _delete_rows(organisation: Organisation, since: dt.date | None) -> None:
    """Remove what will be recomputed: days from ``since``, and its whole month and year."""
    for model in (CommentCount, RuleCount, AuthorCount):
        rows = model.objects.filter(organisation=organisation)
        if since is not None:
            rows = rows.filter(
                Q(grain=Grain.DAY, day__gte=since)
                | Q(grain=Grain.MONTH, day__gte=since.replace(day=1))
                | Q(grain=Grain.YEAR, day__gte=since.replace(month=1, day=1))
            )
        rows.delete()
    per_post = AuthorPostCount.objects.filter(organisation=organisation)
    fingerprints = CommentFingerprint.objects.filter(organisation=organisation)
    if since is not None:
        per_post = per_post.filter(day__gte=since)
        fingerprints = fingerprints.filter(created_at__gte=_start_of(since))
    per_post.delete()
    fingerprints.delete()


def _refresh_comment_counts(organisation: Organisation, comments: QuerySet) -> int:
    """Day rows per channel, topic and post of ``CommentCount`` and ``RuleCount``.

    The counts that follow from the current decision are grouped and inserted by the database in
    one statement. Agreement with the engine and the review items (a small share of comments)
    are counted in Python and added as extra rows with the same key: every reader sums the rows
    of a key, so one key may have several rows.
    """
    current = Q(current__isnull=False)
    grouped = (
        comments.annotate(
            current=FilteredRelation("decisions", condition=Q(decisions__is_current=True)),
            k_day=TruncDate("created_at"),
            k_channel=F("channel_id"),
            k_topic=F("topic"),
            k_post=F("post_id"),
        )
        .values("k_day", "k_channel", "k_topic", "k_post")
        .annotate(
            s_comments=Count("id"),
            s_hidden=Count("id", filter=Q(current__action="hide")),
            s_deleted=Count("id", filter=Q(current__action="delete")),
            s_in_review=Count("id", filter=Q(current__action="review")),
            s_undecided=Count("id", filter=Q(current__isnull=True)),
            s_automated=Count("id", filter=current & Q(current__automated=True)),
            s_by_person=Count("id", filter=current & Q(current__automated=False)),
            s_reach=Max("post_reach"),
        )
        .order_by()
    )
    _insert_from(
        CommentCount,
        grouped,
        {
            "organisation": Const(organisation.pk),
            "grain": Const(Grain.DAY),
            "day": "k_day",
            "channel": "k_channel",
            "topic": "k_topic",
            "post_id": "k_post",
            **{name: f"s_{name}" for name in COUNTERS[:7]},
            **{name: Const(0) for name in COUNTERS[7:]},
            "post_reach": "s_reach",
        },
    )
    total = comments.count()

    key_fields = ("channel_id", "day", "topic", "post_id")

    def key_of(row: dict[str, Any]) -> Key:
        return (row["channel_id"], row["day"], row["topic"], row["post_id"])

    def about_comment(qs: QuerySet) -> QuerySet:
        return qs.annotate(
            day=TruncDate("comment__created_at"),
            channel_id=F("comment__channel_id"),
            post_id=F("comment__post_id"),
            topic=F("comment__topic"),
        )

    decisions = about_comment(
        ModerationDecision.objects.filter(is_current=True, comment__in=comments.values("id"))
    )
    rule_counts: dict[tuple[Key, str, str, bool], int] = defaultdict(int)
    for row in (
        decisions.exclude(rules=[])
        .values(*key_fields, "action", "automated", "rules")
        .annotate(n=Count("id"))
        .order_by()
        .iterator(chunk_size=BATCH)
    ):
        for code in dict.fromkeys(row["rules"] or []):
            rule_counts[(key_of(row), str(code), row["action"], row["automated"])] += row["n"]

    extra: dict[Key, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    # Agreement: only comments a person decided after the engine (a small share of all).
    engine_action = Subquery(
        ModerationDecision.objects.filter(comment_id=OuterRef("comment_id"), automated=True)
        .order_by("decided_at", "id")
        .values("action")[:1]
    )
    human = decisions.filter(automated=False).annotate(engine_action=engine_action)
    for row in human.values(*key_fields, "action", "engine_action").iterator(chunk_size=BATCH):
        if row["engine_action"] in RESTRICT + KEEP:
            counts = extra[key_of(row)]
            counts["reviewed"] += 1
            counts["agreed"] += _agrees(row["engine_action"], row["action"])

    # Response times against the targets: the inbox's review items (opened, due, resolved).
    items = about_comment(ReviewItem.objects.filter(comment__in=comments.values("id")))
    for row in items.values(*key_fields, "opened_at", "resolved_at", "due_at").iterator(
        chunk_size=BATCH
    ):
        counts = extra[key_of(row)]
        counts["review_opened"] += 1
        if row["resolved_at"] is not None:
            counts["review_resolved"] += 1
            counts["review_in_time"] += row["resolved_at"] <= row["due_at"]
            counts["review_seconds"] += max(
                0, round((row["resolved_at"] - row["opened_at"]).total_seconds())
            )

    CommentCount.objects.bulk_create(
        (
            CommentCount(
                organisation=organisation,
                grain=Grain.DAY,
                channel_id=key[0],
                day=key[1],
                topic=key[2],
                post_id=key[3],
                **counts,
            )
            for key, counts in extra.items()
        ),
        batch_size=BATCH,
    )
    RuleCount.objects.bulk_create(
        (
            RuleCount(
                organisation=organisation,
                grain=Grain.DAY,
                channel_id=key[0],
                day=key[1],
                topic=key[2],
                post_id=key[3],
                rule_code=code,
                action=action,
                automated=automated,
                comments=n,
            )
            for (key, code, action, automated), n in rule_counts.items()
        ),
        batch_size=BATCH,
    )
    return total


def _insert_from(model: Any, queryset: QuerySet, columns: dict[str, Any]) -> None:
    """``INSERT INTO model (columns) SELECT ... FROM (queryset)``: rows never leave the database.

    ``columns`` maps a field of ``model`` to the alias of a column of ``queryset`` (a ``str``) or
    to a constant (``Const(value)``).
    """
    qn = connection.ops.quote_name
    sql, params = queryset.query.sql_with_params()
    targets, sources, outer_params = [], [], []
    for name, source in columns.items():
        targets.append(qn(model._meta.get_field(name).column))
        if isinstance(source, Const):
            sources.append("%s")
            outer_params.append(source.value)
        else:
            sources.append(f"sub.{qn(source)}")
    statement = (
        f"INSERT INTO {qn(model._meta.db_table)} ({', '.join(targets)}) "
        f"SELECT {', '.join(sources)} FROM ({sql}) sub"
    )
    with connection.cursor() as cursor:
        cursor.execute(statement, (*outer_params, *params))


#: Key columns that are foreign keys: the model field name differs from the column.
FIELD_OF = {"channel_id": "channel", "author_id": "author"}


class Const:
    """A constant column for ``_insert_from``."""

    def __init__(self, value: Any) -> None:
        self.value = value


def _refresh_authors(organisation: Organisation, comments: QuerySet) -> None:
    """Day rows per author and post, grouped in the database."""
    grouped = (
        comments.annotate(
            current=FilteredRelation("decisions", condition=Q(decisions__is_current=True)),
            k_day=TruncDate("created_at"),
            k_channel=F("channel_id"),
            k_topic=F("topic"),
            k_post=F("post_id"),
            k_author=F("author_id"),
        )
        .values("k_day", "k_channel", "k_topic", "k_post", "k_author")
        .annotate(n=Count("id"), r=Count("id", filter=Q(current__action__in=RESTRICT)))
        .order_by()
    )
    _insert_from(
        AuthorPostCount,
        grouped,
        {
            "organisation": Const(organisation.pk),
            "day": "k_day",
            "channel": "k_channel",
            "topic": "k_topic",
            "post_id": "k_post",
            "author": "k_author",
            "comments": "n",
            "restricted": "r",
        },
    )


def _sum_levels_and_grains(organisation: Organisation, since: dt.date | None) -> None:
    """From the per-post day rows: the summed levels (all posts, all topics), then month and year
    rows, each with one ``INSERT ... SELECT``."""
    day_from = since
    mine = {"organisation": organisation}
    after = {"day__gte": day_from} if day_from else {}
    counters = {name: Sum(name) for name in COUNTERS}

    # All posts of a channel and topic, per day.
    for model, keys, sums in (
        # No reach here: a reach belongs to one post, and posts' audiences overlap.
        (CommentCount, ("channel_id", "topic"), counters),
        (
            RuleCount,
            ("channel_id", "topic", "rule_code", "action", "automated"),
            {"comments": Sum("comments")},
        ),
    ):
        source = model.objects.filter(**mine, **after, grain=Grain.DAY, post_id__isnull=False)
        _group_into(model, source, organisation, Grain.DAY, "day", keys, sums, {"post_id": None})
    # Each author per topic, then over every topic, per day.
    author_sums = {"comments": Sum("comments"), "restricted": Sum("restricted")}
    source = AuthorPostCount.objects.filter(**mine, **after)
    _group_into(
        AuthorCount, source, organisation, Grain.DAY, "day", ("channel_id", "topic", "author_id"),
        author_sums, {},
    )  # fmt: skip
    source = AuthorCount.objects.filter(**mine, **after, grain=Grain.DAY, topic__isnull=False)
    _group_into(
        AuthorCount, source, organisation, Grain.DAY, "day", ("channel_id", "author_id"),
        author_sums, {"topic": None},
    )  # fmt: skip

    # Months from days, years from months, every level at once.
    level_keys = {
        CommentCount: (("channel_id", "topic", "post_id"), {**counters, "post_reach": Max("post_reach")}),
        RuleCount: (
            ("channel_id", "topic", "post_id", "rule_code", "action", "automated"),
            {"comments": Sum("comments")},
        ),
        AuthorCount: (("channel_id", "topic", "author_id"), author_sums),
    }  # fmt: skip
    for grain, finer, trunc, start in (
        (Grain.MONTH, Grain.DAY, TruncMonth, since.replace(day=1) if since else None),
        (Grain.YEAR, Grain.MONTH, TruncYear, since.replace(month=1, day=1) if since else None),
    ):
        for model, (keys, sums) in level_keys.items():
            source = model.objects.filter(**mine, grain=finer)
            if start is not None:
                source = source.filter(day__gte=start)
            _group_into(model, source, organisation, grain, trunc("day"), keys, sums, {})


def _group_into(
    model: Any,
    source: QuerySet,
    organisation: Organisation,
    grain: str,
    day: Any,
    keys: tuple[str, ...],
    sums: dict[str, Any],
    constants: dict[str, Any],
) -> None:
    """Insert into ``model`` the rows of ``source`` grouped by ``day`` and ``keys``."""
    aliases = {f"k_{k}": F(k) for k in keys}
    grouped = (
        source.annotate(k_day=F(day) if isinstance(day, str) else day, **aliases)
        .values("k_day", *aliases)
        .annotate(**{f"s_{name}": agg for name, agg in sums.items()})
        .order_by()
    )
    columns: dict[str, Any] = {
        "organisation": Const(organisation.pk),
        "grain": Const(grain),
        "day": "k_day",
        **{FIELD_OF.get(k, k): f"k_{k}" for k in keys},
        **{name: f"s_{name}" for name in sums},
        **{name: Const(value) for name, value in constants.items()},
    }
    _insert_from(model, grouped, columns)


def _refresh_fingerprints(
    organisation: Organisation, comments: QuerySet, since: dt.date | None
) -> None:
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
    # Mark every text the organisation has seen more than once (old copies of a new text too).
    mine = CommentFingerprint.objects.filter(organisation=organisation)
    repeated = (
        mine.exclude(word_key="")
        .values("word_key")
        .annotate(n=Count("*"))
        .filter(n__gte=2)
        .values("word_key")
    )
    if since is not None:
        repeated = repeated.filter(
            word_key__in=mine.filter(created_at__gte=_start_of(since)).values("word_key")
        )
    mine.filter(shared=False, word_key__in=repeated).update(shared=True)
