"""Reads for the insights pages and the public transparency report, all from rolled-up tables.

Every query groups in the database; Python only sees grouped rows (days, rules, channels, and
a histogram of comments per person), never one row per comment. A period is read as whole years,
whole months and the remaining days (``period_segments``), each from its own rolled-up rows.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db import connection, transaction
from django.db.models import Count, F, Max, Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from sereen.accounts.models import Organisation
from sereen.connectors.models import Channel
from sereen.inbox.models import ReviewItem
from sereen.insights import measures, sentences
from sereen.insights.models import (
    AuthorCount,
    AuthorPostCount,
    CommentCount,
    CommentFingerprint,
    Grain,
    RollupState,
    RuleCount,
)
from sereen.moderation.models import Appeal, Author, Comment
from sereen.policy.selectors import published_policy_for

RESTRICT = ("hide", "delete")
YOUNG_ACCOUNT_DAYS = 30


def period_segments(date_from: dt.date, date_to: dt.date) -> list[tuple[str, dt.date, dt.date]]:
    """Cover ``date_from .. date_to`` (both included) with whole years, whole months and runs of
    days: ``[(grain, first day, last day), ...]`` — the fewest rolled-up rows to read.

    >>> period_segments(dt.date(2024, 1, 15), dt.date(2024, 3, 10))  # doctest: +NORMALIZE_WHITESPACE
    [('day', datetime.date(2024, 1, 15), datetime.date(2024, 1, 31)),
     ('month', datetime.date(2024, 2, 1), datetime.date(2024, 2, 29)),
     ('day', datetime.date(2024, 3, 1), datetime.date(2024, 3, 10))]
    """
    segments: list[tuple[str, dt.date, dt.date]] = []
    day = date_from
    while day <= date_to:
        month_end = day.replace(day=calendar.monthrange(day.year, day.month)[1])
        year_end = dt.date(day.year, 12, 31)
        if (day.month, day.day) == (1, 1) and year_end <= date_to:
            segments.append((Grain.YEAR, day, year_end))
            end = year_end
        elif day.day == 1 and month_end <= date_to:
            segments.append((Grain.MONTH, day, month_end))
            end = month_end
        else:
            end = min(month_end, date_to)
            if segments and segments[-1][0] == Grain.DAY:
                segments[-1] = (Grain.DAY, segments[-1][1], end)
            else:
                segments.append((Grain.DAY, day, end))
        day = end + dt.timedelta(days=1)
    return segments


def _segment_qs(date_from: dt.date, date_to: dt.date) -> list[Q]:
    return [
        Q(grain=grain, day__gte=first, day__lte=last)
        if grain == Grain.DAY
        else Q(grain=grain, day=first)
        for grain, first, last in period_segments(date_from, date_to)
    ]


def _period_q(date_from: dt.date, date_to: dt.date) -> Q:
    q = Q(pk__in=[])
    for segment in _segment_qs(date_from, date_to):
        q |= segment
    return q


def _union(parts: list[QuerySet], fields: tuple[str, ...]) -> tuple[str, tuple[Any, ...]]:
    """``SELECT fields ... UNION ALL SELECT fields ...``: one query per period segment.

    An ``OR`` of the segments makes PostgreSQL read the table through a bitmap; separate queries
    each read the covering partial index alone (an index-only scan), several times faster.
    """
    sqls, params = [], []
    for qs in parts:
        sql, p = qs.values(*fields).order_by().query.sql_with_params()
        sqls.append(sql)
        params.extend(p)
    return " UNION ALL ".join(sqls), tuple(params)


@dataclass(frozen=True)
class InsightsFilter:
    """One organisation and period (both days included), optionally one channel, post or topic."""

    organisation: Organisation
    date_from: dt.date
    date_to: dt.date
    channel_id: int | None = None
    post_id: str = ""
    topic: str = ""

    def _narrow(self, qs: QuerySet) -> QuerySet:
        if self.channel_id:
            qs = qs.filter(channel_id=self.channel_id)
        if self.topic:
            qs = qs.filter(topic=self.topic)
        return qs

    def rollup(
        self, model: Any, *, by_day: bool = False, per_post: bool = False, period: bool = True
    ) -> QuerySet:
        """Rows of ``CommentCount`` or ``RuleCount`` for the filter.

        ``by_day``: day rows only (for weekly series); ``per_post``: one row per post rather than
        the rows summed over all posts (implied by a post filter); ``period=False``: leave the
        period out (the caller adds one segment at a time).
        """
        qs = model.objects.filter(organisation=self.organisation)
        if by_day:
            qs = qs.filter(grain=Grain.DAY, day__gte=self.date_from, day__lte=self.date_to)
        elif period:
            qs = qs.filter(_period_q(self.date_from, self.date_to))
        if self.post_id:
            qs = qs.filter(post_id=self.post_id)
        else:
            qs = qs.filter(post_id__isnull=not per_post)
        return self._narrow(qs)

    def authors(self, *, per_topic: bool = False) -> list[QuerySet]:
        """Rows per author (``comments``, ``restricted``) for the filter, one query per period
        segment (see ``_union``); ``per_topic`` keeps the topics apart instead of reading the rows
        summed over every topic."""
        if self.post_id:
            qs = AuthorPostCount.objects.filter(
                organisation=self.organisation,
                post_id=self.post_id,
                day__gte=self.date_from,
                day__lte=self.date_to,
            )
            return [self._narrow(qs)]
        qs = AuthorCount.objects.filter(organisation=self.organisation)
        if not (per_topic or self.topic):
            qs = qs.filter(topic__isnull=True)
        elif not self.topic:
            qs = qs.filter(topic__isnull=False)
        return [self._narrow(qs.filter(q)) for q in _segment_qs(self.date_from, self.date_to)]

    @property
    def start(self) -> dt.datetime:
        return timezone.make_aware(dt.datetime.combine(self.date_from, dt.time.min))

    @property
    def end(self) -> dt.datetime:
        """Exclusive end: midnight after ``date_to``."""
        return timezone.make_aware(
            dt.datetime.combine(self.date_to + dt.timedelta(days=1), dt.time.min)
        )


def rollup_state(organisation: Organisation) -> RollupState | None:
    return RollupState.objects.filter(organisation=organisation).first()


def channels_of(organisation: Organisation) -> list[Channel]:
    return list(Channel.objects.filter(organisation=organisation).order_by("name"))


def topics_of(organisation: Organisation) -> list[str]:
    return list(
        CommentCount.objects.filter(organisation=organisation, grain=Grain.YEAR)
        .exclude(topic="")
        .order_by("topic")
        .values_list("topic", flat=True)
        .distinct()
    )


def rule_titles(organisation: Organisation) -> dict[str, str]:
    """Titles of the house rules in the published policy, by code; empty if none is published."""
    policy = published_policy_for(organisation)
    if policy is None:
        return {}
    return {rule.code: rule.title for rule in policy.house_rules.rules}


# --- participation ---------------------------------------------------------------------------------

GROUPS = {"channel": "channel_id", "post": "post_id", "topic": "topic"}
TOP_POSTS = 20


@dataclass
class Participation:
    key: Any
    label: str
    histogram: dict[int, int]
    reach: int | None = None

    @property
    def comments(self) -> int:
        return measures.comments_total(self.histogram)

    @property
    def commenters(self) -> int:
        return measures.people_total(self.histogram)

    @property
    def per_person(self) -> float | None:
        return measures.comments_per_person(self.histogram)

    @property
    def top1(self) -> float | None:
        return measures.top_share(self.histogram, 0.01)

    @property
    def top10(self) -> float | None:
        return measures.top_share(self.histogram, 0.10)

    @property
    def gini(self) -> float | None:
        return measures.gini(self.histogram)

    @property
    def sentence(self) -> str:
        return sentences.conclusion(self.histogram)

    @property
    def lorenz(self) -> list[tuple[float, float]]:
        return measures.lorenz_points(self.histogram)

    @property
    def vs_reach(self) -> measures.ReachComparison | None:
        return measures.participation_vs_reach(self.histogram, self.reach)

    @property
    def reach_sentence(self) -> str:
        comparison = self.vs_reach
        return sentences.reach_verdict(comparison) if comparison else ""


def _histograms(parts: list[QuerySet], group: str | None) -> dict[Any, dict[int, int]]:
    """``{group value: {comments per person: people}}`` from per-author rows: two GROUP BYs in the
    database (per author, then per number of comments)."""
    cols = [GROUPS[group]] if group else []
    rows, params = _union(parts, (*cols, "author_id", "comments"))
    select = "".join(f"u.{c}, " for c in cols)
    outer = (
        f"SELECT {select.replace('u.', 't.')}t.n, COUNT(*) FROM ("
        f"SELECT {select}u.author_id, SUM(u.comments) AS n FROM ({rows}) u "
        f"GROUP BY {select}u.author_id) t GROUP BY {select.replace('u.', 't.')}t.n"
    )
    return _grouped_histograms(outer, params, grouped=bool(group))


def _grouped_histograms(sql: str, params: tuple, *, grouped: bool) -> dict[Any, dict[int, int]]:
    result: dict[Any, dict[int, int]] = defaultdict(dict)
    for row in _fetch(sql, params):
        key = row[0] if grouped else None
        result[key][int(row[-2])] = int(row[-1])
    return dict(result)


def _fetch(sql: str, params: tuple) -> list[tuple]:
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # The per-author aggregate of a large organisation does not fit the default 4 MB and
            # would spill to disk; SET LOCAL only lasts for the current transaction.
            with transaction.atomic():
                cursor.execute("SET LOCAL work_mem = '64MB'")
                cursor.execute(sql, params)
                return cursor.fetchall()
        cursor.execute(sql, params)
        return cursor.fetchall()


def participation(f: InsightsFilter) -> Participation:
    """Participation inequality over everything the filter selects, with its reach if known.

    Reach is the post's reach (from the platform) when one post is chosen, otherwise the sum of
    the channels' follower numbers (entered by hand or from the platform); a topic has none.
    """
    histogram = _histograms(f.authors(), None).get(None, {})
    reach: int | None
    if f.post_id:
        reach = f.rollup(CommentCount, by_day=True).aggregate(r=Max("post_reach"))["r"]
    elif f.topic:
        reach = None  # nobody knows the audience of a topic
    else:
        channels = Channel.objects.filter(organisation=f.organisation)
        if f.channel_id:
            channels = channels.filter(pk=f.channel_id)
        followers = [c for c in channels.values_list("follower_count", flat=True) if c]
        reach = sum(followers) if followers else None
    return Participation(key=None, label="", histogram=histogram, reach=reach)


def top_posts(f: InsightsFilter, limit: int = TOP_POSTS) -> dict[str, int | None]:
    """The ``limit`` posts with most comments in the filter: ``{post id: reach}``, busiest first."""
    base = f.rollup(CommentCount, per_post=True, period=False)
    parts = [base.filter(q) for q in _segment_qs(f.date_from, f.date_to)]
    rows, params = _union(parts, ("post_id", "comments", "post_reach"))
    fetched = _fetch(
        f"SELECT u.post_id, SUM(u.comments) AS n, MAX(u.post_reach) FROM ({rows}) u "
        f"GROUP BY u.post_id ORDER BY n DESC, u.post_id LIMIT {int(limit)}",
        params,
    )
    return {post_id: reach for post_id, _n, reach in fetched}


def participation_by(f: InsightsFilter, group: str, *, limit: int = 20) -> list[Participation]:
    """Participation per channel, post or topic, the ``limit`` groups with most comments first."""
    if group not in GROUPS:
        raise ValueError(f"Unknown group {group!r}; use one of {sorted(GROUPS)}.")
    if group == "post":
        posts = top_posts(f, limit)
        per_post = AuthorPostCount.objects.filter(
            organisation=f.organisation,
            post_id__in=list(posts),
            day__gte=f.date_from,
            day__lte=f.date_to,
        )
        histograms = _histograms([f._narrow(per_post)], group)
    else:
        histograms = _histograms(f.authors(per_topic=group == "topic"), group)
    rows = [Participation(key=k, label=str(k), histogram=h) for k, h in histograms.items()]
    rows.sort(key=lambda r: (-r.comments, str(r.key)))
    rows = rows[:limit]
    if group == "channel":
        channels = Channel.objects.in_bulk([r.key for r in rows])
        for row in rows:
            channel = channels.get(row.key)
            row.label = channel.name if channel else str(row.key)
            row.reach = channel.follower_count if channel else None
    elif group == "post":
        texts = post_texts(f.organisation, [row.key for row in rows if row.key])
        for row in rows:
            row.label = texts.get(row.key) or row.key or _("(no post)")
            row.reach = posts.get(row.key)
    else:
        for row in rows:
            row.label = row.key or _("(no topic)")
    return rows


#: How many comments of a post ``post_texts`` reads to find the post's text.
POST_TEXT_SAMPLE = 20


def post_texts(organisation: Organisation, post_ids: list[str], length: int = 80) -> dict[str, str]:
    """The start of each post's text, so people recognise a post by what it said, not its id.

    One indexed look-up per post that reads at most ``POST_TEXT_SAMPLE`` comments (the text comes with
    every comment of the post, or with none): a post with fifty thousand comments costs no more
    than one with five.
    """
    texts: dict[str, str] = {}
    for post_id in post_ids:
        sample = Comment.objects.filter(
            channel__organisation=organisation, post_id=post_id
        ).values_list("post_text", flat=True)[:POST_TEXT_SAMPLE]
        text = next((t for t in sample if t), "")
        if text:
            texts[post_id] = Truncator(" ".join(text.split())).chars(length)
    return texts


# --- hostility -----------------------------------------------------------------------------------


def week_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def weeks_between(start: dt.date, end: dt.date) -> list[dt.date]:
    weeks = []
    week = week_of(start)
    while week <= end:
        weeks.append(week)
        week += dt.timedelta(days=7)
    return weeks


@dataclass
class WeekRow:
    week: dt.date
    comments: int = 0
    restricted: int = 0
    by_rule: dict[str, int] = field(default_factory=dict)
    spike: bool = False

    @property
    def share(self) -> float | None:
        return self.restricted / self.comments if self.comments else None


@dataclass
class Hostility:
    rules: list[tuple[str, str]]  # (code, title)
    weeks: list[WeekRow]
    channels: list[dict[str, Any]]
    comments: int
    restricted: int
    by_rule: dict[str, int]
    repeat_authors: int
    repeat_share: float | None  # share of restricted comments written by repeat authors
    top_repeaters: list[dict[str, Any]]


def hostility(f: InsightsFilter, *, with_names: bool = True) -> Hostility:
    """Comments hidden or deleted per house rule, per week (spikes marked) and per channel."""
    titles = rule_titles(f.organisation)
    weeks = {w: WeekRow(w) for w in weeks_between(f.date_from, f.date_to)}
    for day, comments, hidden, deleted in (
        f.rollup(CommentCount, by_day=True)
        .values("day")
        .annotate(c=Sum("comments"), h=Sum("hidden"), d=Sum("deleted"))
        .values_list("day", "c", "h", "d")
    ):
        weeks[week_of(day)].comments += comments
        weeks[week_of(day)].restricted += hidden + deleted
    for day, code, n in (
        f.rollup(RuleCount, by_day=True)
        .filter(action__in=RESTRICT)
        .values("day", "rule_code")
        .annotate(n=Sum("comments"))
        .values_list("day", "rule_code", "n")
    ):
        row = weeks[week_of(day)]
        row.by_rule[code] = row.by_rule.get(code, 0) + n
    week_rows = [weeks[w] for w in sorted(weeks)]
    for row, flag in zip(
        week_rows, measures.spikes([r.restricted for r in week_rows]), strict=True
    ):
        row.spike = flag

    by_rule: dict[str, int] = defaultdict(int)
    for row in week_rows:
        for code, n in row.by_rule.items():
            by_rule[code] += n
    codes = sorted(set(by_rule) | set(titles))
    rules = [(code, titles.get(code, "")) for code in codes]

    per_channel: dict[int, dict[str, Any]] = {}
    for channel_id, comments, hidden, deleted in (
        f.rollup(CommentCount)
        .values("channel_id")
        .annotate(c=Sum("comments"), h=Sum("hidden"), d=Sum("deleted"))
        .values_list("channel_id", "c", "h", "d")
    ):
        per_channel[channel_id] = {
            "comments": comments,
            "restricted": hidden + deleted,
            "by_rule": {},
        }
    for channel_id, code, n in (
        f.rollup(RuleCount)
        .filter(action__in=RESTRICT)
        .values("channel_id", "rule_code")
        .annotate(n=Sum("comments"))
        .values_list("channel_id", "rule_code", "n")
    ):
        per_channel[channel_id]["by_rule"][code] = n
    names = dict(Channel.objects.filter(pk__in=per_channel).values_list("pk", "name"))
    channels = [
        {
            "name": names.get(pk, str(pk)),
            **row,
            "share": row["restricted"] / row["comments"] if row["comments"] else None,
            "rule_counts": [row["by_rule"].get(code, 0) for code in codes],
        }
        for pk, row in sorted(per_channel.items(), key=lambda item: -item[1]["comments"])
    ]

    restricted_rows, params = _union(
        [part.filter(restricted__gt=0) for part in f.authors()], ("author_id", "restricted")
    )
    repeat_rows = _fetch(
        f"SELECT u.author_id, SUM(u.restricted) AS r FROM ({restricted_rows}) u "
        "GROUP BY u.author_id HAVING SUM(u.restricted) >= 2 ORDER BY r DESC, u.author_id",
        params,
    )
    comments = sum(r.comments for r in week_rows)
    restricted = sum(r.restricted for r in week_rows)
    repeat_comments = sum(r for _author, r in repeat_rows)
    top: list[dict[str, Any]] = []
    if with_names:
        handles = Author.objects.in_bulk([a for a, _r in repeat_rows[:10]])
        top = [
            {"author": str(handles[a]) if a in handles else str(a), "restricted": r}
            for a, r in repeat_rows[:10]
        ]
    return Hostility(
        rules=rules,
        weeks=week_rows,
        channels=channels,
        comments=comments,
        restricted=restricted,
        by_rule=dict(by_rule),
        repeat_authors=len(repeat_rows),
        repeat_share=repeat_comments / restricted if restricted else None,
        top_repeaters=top,
    )


# --- coordinated behaviour -----------------------------------------------------------------------


@dataclass
class Coordination:
    copies: list[dict[str, Any]]
    bursts: list[measures.NewAccountBurst]
    daily_new: list[tuple[dt.date, int, int]]
    window_minutes: int
    min_accounts: int


def coordination(
    f: InsightsFilter, *, window: dt.timedelta = dt.timedelta(hours=1), min_accounts: int = 3
) -> Coordination:
    """Signals for a person to look at: copies from several accounts, and bursts of new accounts."""
    # Only texts seen more than once can be copies (``shared`` is set by the refresh).
    fps = CommentFingerprint.objects.filter(
        organisation=f.organisation, shared=True, created_at__gte=f.start, created_at__lt=f.end
    ).exclude(word_key="")
    if f.channel_id:
        fps = fps.filter(channel_id=f.channel_id)
    if f.post_id:
        fps = fps.filter(post_id=f.post_id)
    if f.topic:
        fps = fps.filter(topic=f.topic)
    keys = list(
        fps.values("word_key")
        # COUNT(*) rather than COUNT(DISTINCT author): a hash aggregate instead of a sort over
        # every comment; distinct accounts are checked on the few candidates below.
        .annotate(a=Count("*"))
        .filter(a__gte=min_accounts)
        .order_by("-a")
        .values_list("word_key", flat=True)[:200]
    )
    items = [
        measures.TextItem(cid, author, created, key)
        for cid, author, created, key in fps.filter(word_key__in=keys).values_list(
            "comment_id", "author_id", "created_at", "word_key"
        )
    ]
    signals = measures.near_identical_signals(items, window=window, min_accounts=min_accounts)
    firsts = Comment.objects.in_bulk([s.comment_ids[0] for s in signals])
    channel_names = dict(
        Channel.objects.filter(organisation=f.organisation).values_list("pk", "name")
    )
    copies = [
        {
            "text": firsts[s.comment_ids[0]].text if s.comment_ids[0] in firsts else "",
            "channel": channel_names.get(firsts[s.comment_ids[0]].channel_id, "")
            if s.comment_ids[0] in firsts
            else "",
            "accounts": s.accounts,
            "comments": len(s.comment_ids),
            "first_at": s.first_at,
            "last_at": s.last_at,
            "comment_ids": s.comment_ids,
        }
        for s in signals
    ]
    copies.sort(key=lambda c: (-c["accounts"], c["first_at"]))

    authors = Author.objects.filter(
        channel__organisation=f.organisation, first_seen_at__gte=f.start, first_seen_at__lt=f.end
    )
    if f.channel_id:
        authors = authors.filter(channel_id=f.channel_id)
    young = Q(account_created_at__gte=F("first_seen_at") - dt.timedelta(days=YOUNG_ACCOUNT_DAYS))
    counts = {
        day: (n, y)
        for day, n, y in authors.annotate(day=TruncDate("first_seen_at"))
        .values("day")
        .annotate(n=Count("id"), y=Count("id", filter=young))
        .order_by()
        .values_list("day", "n", "y")
    }
    daily = []
    day = f.date_from
    while day <= f.date_to:
        n, y = counts.get(day, (0, 0))
        daily.append((day, n, y))
        day += dt.timedelta(days=1)
    return Coordination(
        copies=copies,
        bursts=measures.new_account_bursts(daily),
        daily_new=daily,
        window_minutes=int(window.total_seconds() // 60),
        min_accounts=min_accounts,
    )


# --- moderation performance ----------------------------------------------------------------------


def _totals(f: InsightsFilter) -> dict[str, int]:
    fields = [
        "comments", "hidden", "deleted", "in_review", "undecided", "automated", "by_person",
        "reviewed", "agreed", "review_opened", "review_resolved", "review_in_time",
        "review_seconds",
    ]  # fmt: skip
    sums = f.rollup(CommentCount).aggregate(**{name: Sum(name) for name in fields})
    return {name: int(value or 0) for name, value in sums.items()}


def _mean_response_hours(totals: dict[str, int]) -> float | None:
    """Mean time from opening a review item in the inbox to resolving it, in hours."""
    if not totals["review_resolved"]:
        return None
    return totals["review_seconds"] / totals["review_resolved"] / 3600


def _review_targets(f: InsightsFilter, totals: dict[str, int]) -> dict[str, Any]:
    """Review items of the inbox against their due time (the targets of the policy).

    Resolved items come from the rolled-up counts; items still open are counted live (the open
    queue is small), because "overdue" depends on the moment you look.
    """
    open_items = ReviewItem.objects.filter(
        organisation=f.organisation,
        status=ReviewItem.Status.OPEN,
        comment__created_at__gte=f.start,
        comment__created_at__lt=f.end,
    )
    if f.channel_id:
        open_items = open_items.filter(comment__channel_id=f.channel_id)
    if f.post_id:
        open_items = open_items.filter(comment__post_id=f.post_id)
    if f.topic:
        open_items = open_items.filter(comment__topic=f.topic)
    live = open_items.aggregate(
        open=Count("pk"), overdue_open=Count("pk", filter=Q(due_at__lt=timezone.now()))
    )
    resolved = totals["review_resolved"]
    in_time = totals["review_in_time"]
    return {
        "opened": totals["review_opened"],
        "resolved": resolved,
        "in_time": in_time,
        "late": resolved - in_time,
        "in_time_share": in_time / resolved if resolved else None,
        "mean_hours": _mean_response_hours(totals),
        "open": live["open"],
        "overdue_open": live["overdue_open"],
    }


def _appeals(f: InsightsFilter) -> dict[str, Any]:
    appeals = Appeal.objects.filter(
        organisation=f.organisation, created_at__gte=f.start, created_at__lt=f.end
    )
    if f.channel_id:
        appeals = appeals.filter(comment__channel_id=f.channel_id)
    if f.post_id:
        appeals = appeals.filter(comment__post_id=f.post_id)
    if f.topic:
        appeals = appeals.filter(comment__topic=f.topic)
    outcomes = dict.fromkeys(Appeal.Outcome.values, 0)
    result: dict[str, Any] = {"filed": 0, "open": 0, "decided": 0, "outcomes": outcomes}
    against_engine = {"decided": 0, "overturned": 0}
    for status, outcome, automated, n in (
        appeals.values("status", "outcome", "decision__automated")
        .annotate(n=Count("pk"))
        .order_by()
        .values_list("status", "outcome", "decision__automated", "n")
    ):
        result["filed"] += n
        if status == Appeal.Status.DECIDED:
            result["decided"] += n
            if outcome in outcomes:
                outcomes[outcome] += n
            if automated:
                against_engine["decided"] += n
                if outcome != Appeal.Outcome.UPHELD:
                    against_engine["overturned"] += n
        else:
            result["open"] += n
    result["against_engine"] = against_engine
    return result


@dataclass
class Performance:
    totals: dict[str, int]
    automated_share: float | None
    agreement: float | None
    mean_response_hours: float | None
    targets: dict[str, Any]
    actions_per_rule: list[dict[str, Any]]
    appeals: dict[str, Any]


def performance(f: InsightsFilter) -> Performance:
    totals = _totals(f)
    decided = totals["automated"] + totals["by_person"]
    titles = rule_titles(f.organisation)
    per_rule: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for code, action, automated, n in (
        f.rollup(RuleCount)
        .values("rule_code", "action", "automated")
        .annotate(n=Sum("comments"))
        .values_list("rule_code", "action", "automated", "n")
    ):
        row = per_rule[code]
        row[action] += n
        row["automated" if automated else "by_person"] += n
        row["total"] += n
    actions = [
        {"code": code, "title": titles.get(code, ""), **{k: row.get(k, 0) for k in ACTION_COLUMNS}}
        for code, row in sorted(per_rule.items())
    ]
    return Performance(
        totals=totals,
        automated_share=totals["automated"] / decided if decided else None,
        agreement=totals["agreed"] / totals["reviewed"] if totals["reviewed"] else None,
        mean_response_hours=_mean_response_hours(totals),
        targets=_review_targets(f, totals),
        actions_per_rule=actions,
        appeals=_appeals(f),
    )


ACTION_COLUMNS = ("keep", "reply", "review", "hide", "delete", "automated", "by_person", "total")


# --- public transparency report --------------------------------------------------------------------


@dataclass
class TransparencyReport:
    organisation: Organisation
    date_from: dt.date
    date_to: dt.date
    totals: dict[str, int]
    rules: list[dict[str, Any]]
    appeals: dict[str, Any]
    mean_response_hours: float | None
    months: list[dict[str, Any]]  # for a yearly report: one row per month

    @property
    def automated_share(self) -> float | None:
        decided = self.totals["automated"] + self.totals["by_person"]
        return self.totals["automated"] / decided if decided else None


def transparency_report(
    organisation: Organisation, date_from: dt.date, date_to: dt.date
) -> TransparencyReport:
    """Counts only — never an author, a handle or a text — for the public report of a period."""
    f = InsightsFilter(organisation=organisation, date_from=date_from, date_to=date_to)
    totals = _totals(f)
    titles = rule_titles(organisation)
    per_rule: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for code, action, automated, n in (
        f.rollup(RuleCount)
        .filter(action__in=RESTRICT)
        .values("rule_code", "action", "automated")
        .annotate(n=Sum("comments"))
        .values_list("rule_code", "action", "automated", "n")
    ):
        row = per_rule[code]
        row[action] += n
        row["total"] += n
        if automated:
            row["automated"] += n
    rules = [
        {
            "code": code,
            "title": titles.get(code, ""),
            "hide": per_rule[code]["hide"],
            "delete": per_rule[code]["delete"],
            "automated": per_rule[code]["automated"],
            "total": per_rule[code]["total"],
        }
        for code in sorted(set(per_rule) | set(titles))
    ]
    months: list[dict[str, Any]] = []
    if (date_to - date_from).days > 31:
        by_month: dict[tuple[int, int], dict[str, int]] = {}
        for day, c, h, d, a in (
            f.rollup(CommentCount, by_day=True)
            .values("day")
            .annotate(c=Sum("comments"), h=Sum("hidden"), d=Sum("deleted"), a=Sum("automated"))
            .values_list("day", "c", "h", "d", "a")
        ):
            row = by_month.setdefault(
                (day.year, day.month), {"comments": 0, "hidden": 0, "deleted": 0, "automated": 0}
            )
            row["comments"] += c
            row["hidden"] += h
            row["deleted"] += d
            row["automated"] += a
        month = dt.date(date_from.year, date_from.month, 1)
        while month <= date_to:
            row = by_month.get(
                (month.year, month.month),
                {"comments": 0, "hidden": 0, "deleted": 0, "automated": 0},
            )
            months.append({"month": month, **row})
            month = dt.date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return TransparencyReport(
        organisation=organisation,
        date_from=date_from,
        date_to=date_to,
        totals=totals,
        rules=rules,
        appeals=_appeals(f),
        mean_response_hours=_mean_response_hours(totals),
        months=months,
    )


def report_years(organisation: Organisation) -> list[int]:
    """Years with counted comments, newest first (for the report's index page)."""
    years = (
        CommentCount.objects.filter(organisation=organisation, grain=Grain.YEAR)
        .order_by()
        .values_list("day__year", flat=True)
        .distinct()
    )
    return sorted(set(years), reverse=True)
