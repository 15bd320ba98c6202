"""Rolled-up counts and the selectors on a small hand-countable scenario."""

from __future__ import annotations

import datetime as dt

from django.db.models import Max, Sum

import pytest

from sereen.insights import selectors, services
from sereen.insights.models import (
    AuthorCount,
    AuthorPostCount,
    CommentCount,
    CommentFingerprint,
    RuleCount,
)
from sereen.moderation.models import Appeal, Comment
from tests.factories.insights import DAY, at, scenario
from tests.factories.moderation import AuthorFactory, CommentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def data(organisation):
    s = scenario(organisation)
    decision = s["comments"][0].decisions.get()
    appeal = Appeal.objects.create(
        organisation=organisation,
        comment=s["comments"][0],
        decision=decision,
        reference="BZ-1",
        text="Ik vind dit onterecht",
        status="decided",
        outcome="overturned",
    )
    Appeal.objects.filter(pk=appeal.pk).update(created_at=s["comments"][0].created_at)
    services.refresh_rollups(organisation=organisation)
    return s


def period(organisation, **kwargs):
    return selectors.InsightsFilter(
        organisation=organisation,
        date_from=DAY - dt.timedelta(days=60),
        date_to=DAY + dt.timedelta(days=6),
        **kwargs,
    )


def test_refresh_counts(organisation, data):
    all_posts = CommentCount.objects.filter(post_id__isnull=True)
    assert sum(all_posts.filter(grain="day").values_list("comments", flat=True)) == 13
    row = all_posts.get(grain="day", channel=data["a"])
    assert (row.comments, row.hidden, row.deleted, row.automated, row.by_person) == (10, 2, 1, 9, 1)
    assert (row.reviewed, row.agreed) == (1, 0)  # engine said keep, the person deleted
    # Review items: resolved in 2 h (in time) and in 3 h (late); one still open.
    assert (row.review_opened, row.review_resolved, row.review_in_time) == (3, 2, 1)
    assert row.review_seconds == 5 * 3600
    assert row.post_reach is None  # a reach belongs to a post, not to a sum of posts
    p1 = CommentCount.objects.filter(grain="day", post_id="p1")
    assert p1.aggregate(r=Max("post_reach"), n=Sum("comments")) == {"r": 800, "n": 10}
    assert set(
        RuleCount.objects.filter(grain="day", post_id__isnull=True).values_list(
            "rule_code", "action", "automated", "comments"
        )
    ) == {
        ("R2", "hide", True, 2),
        ("R3", "delete", False, 1),
    }
    lode = AuthorCount.objects.filter(author=data["lode"], topic__isnull=True)
    assert sorted(lode.values_list("grain", "day", "comments", "restricted")) == [
        ("day", DAY, 6, 3),
        ("month", DAY.replace(day=1), 6, 3),
        ("year", DAY.replace(month=1, day=1), 6, 3),
    ]
    assert AuthorCount.objects.get(author=data["lode"], grain="year", topic="verkeer").comments == 6
    assert AuthorPostCount.objects.get(author=data["lode"]).post_id == "p1"


def test_month_and_year_rows_sum_the_days(organisation, data):
    for grain in ("month", "year"):
        sums = {
            (channel, topic, post): n
            for channel, topic, post, n in CommentCount.objects.filter(grain=grain).values_list(
                "channel_id", "topic", "post_id", "comments"
            )
        }
        assert sums == {
            (data["a"].pk, "verkeer", None): 10,
            (data["a"].pk, "verkeer", "p1"): 10,
            (data["b"].pk, "energie", None): 3,
            (data["b"].pk, "energie", "p2"): 3,
        }


def test_only_texts_seen_more_than_once_are_marked_shared(organisation, data):
    # Lode's six texts differ only in a digit, which the word key leaves out; the four quiet
    # authors each wrote something of their own.
    alone = CommentFingerprint.objects.filter(shared=False)
    assert {fp.author.handle for fp in alone} == {f"Stille {i}" for i in range(4)}
    assert CommentFingerprint.objects.filter(shared=True).count() == 9


def test_refresh_since_replaces_only_later_days(organisation, data):
    later = DAY + dt.timedelta(days=3)
    CommentFactory(
        channel=data["a"], author=data["lode"], created_at=at(later), topic="verkeer", post_id="p9"
    )
    services.refresh_rollups(organisation=organisation, since=later)
    days = CommentCount.objects.filter(grain="day", post_id__isnull=True)
    assert sorted(days.values_list("day", "comments")) == [
        (DAY, 10),
        (DAY + dt.timedelta(days=1), 3),
        (later, 1),
    ]
    # The month and the year of ``since`` are summed again from all their days.
    year = CommentCount.objects.get(grain="year", post_id__isnull=True, channel=data["a"])
    assert year.comments == 11
    lode = AuthorCount.objects.get(author=data["lode"], grain="month", topic__isnull=True)
    assert lode.comments == 7


def test_period_segments_use_whole_years_and_months():
    seg = selectors.period_segments
    assert seg(dt.date(2024, 1, 1), dt.date(2024, 12, 31)) == [
        ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    ]
    assert seg(dt.date(2024, 1, 15), dt.date(2024, 3, 10)) == [
        ("day", dt.date(2024, 1, 15), dt.date(2024, 1, 31)),
        ("month", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("day", dt.date(2024, 3, 1), dt.date(2024, 3, 10)),
    ]
    assert seg(dt.date(2023, 12, 20), dt.date(2025, 2, 3)) == [
        ("day", dt.date(2023, 12, 20), dt.date(2023, 12, 31)),
        ("year", dt.date(2024, 1, 1), dt.date(2024, 12, 31)),
        ("month", dt.date(2025, 1, 1), dt.date(2025, 1, 31)),
        ("day", dt.date(2025, 2, 1), dt.date(2025, 2, 3)),
    ]
    # Days on both sides of a month boundary are one run.
    assert seg(dt.date(2024, 1, 20), dt.date(2024, 2, 10)) == [
        ("day", dt.date(2024, 1, 20), dt.date(2024, 2, 10))
    ]


def test_figures_are_the_same_whatever_the_segments(organisation, data):
    """A period read from year rows and the same days read one by one give the same figures."""
    by_year = selectors.InsightsFilter(
        organisation=organisation, date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)
    )
    by_day = selectors.InsightsFilter(
        organisation=organisation, date_from=DAY, date_to=DAY + dt.timedelta(days=1)
    )
    assert selectors.participation(by_year).histogram == selectors.participation(by_day).histogram
    assert selectors.performance(by_year).totals == selectors.performance(by_day).totals


def test_participation_overall_and_by_channel(organisation, data):
    p = selectors.participation(period(organisation, channel_id=data["a"].pk))
    assert p.histogram == {1: 4, 6: 1}
    assert p.commenters == 5 and p.comments == 10
    assert p.gini == pytest.approx(0.4)  # sum|xi-xj| = 2*4*5 = 40; 2*25*2 = 100
    assert p.sentence.startswith("60% van de reacties komt van 1 persoon")
    assert p.vs_reach.reach == 1000 and p.vs_reach.commenters == 5
    rows = selectors.participation_by(period(organisation), "channel")
    assert [(r.label, r.comments, r.commenters) for r in rows] == [
        ("Facebook Testegem", 10, 5),
        ("Instagram Testegem", 3, 3),
    ]
    posts = selectors.participation_by(period(organisation), "post")
    assert posts[0].key == "p1" and posts[0].reach == 800
    assert posts[0].label == "p1"  # no text known: the platform's id
    Comment.objects.filter(post_id="p1").update(
        post_text="Vanaf maandag   starten de wegenwerken in de Kerkstraat. "
        + "Volg de omleiding. " * 5
    )
    posts = selectors.participation_by(period(organisation), "post")
    assert posts[0].label.startswith("Vanaf maandag starten de wegenwerken in de Kerkstraat.")
    assert len(posts[0].label) == 80 and posts[0].label.endswith("…")
    topics = selectors.participation_by(period(organisation, topic="energie"), "topic")
    assert [(t.label, t.comments) for t in topics] == [("energie", 3)]
    with pytest.raises(ValueError):
        selectors.participation_by(period(organisation), "author")


def test_hostility(organisation, data):
    h = selectors.hostility(period(organisation))
    assert h.comments == 13 and h.restricted == 3
    assert h.by_rule == {"R2": 2, "R3": 1}
    week = next(w for w in h.weeks if w.week == DAY)
    assert (week.comments, week.restricted, week.by_rule) == (13, 3, {"R2": 2, "R3": 1})
    assert h.repeat_authors == 1 and h.repeat_share == 1.0
    assert h.top_repeaters == [{"author": "Luide Lode", "restricted": 3}]
    assert h.channels[0]["name"] == "Facebook Testegem" and h.channels[0]["restricted"] == 3


def test_coordination_finds_the_slogan(organisation, data):
    c = selectors.coordination(period(organisation))
    [copy] = c.copies
    assert copy["accounts"] == 3 and copy["channel"] == "Instagram Testegem"
    assert selectors.coordination(period(organisation, channel_id=data["a"].pk)).copies == []
    assert len(c.daily_new) == 67
    assert sum(n for _, n, _ in c.daily_new) == 8


def test_performance(organisation, data):
    p = selectors.performance(period(organisation))
    assert p.totals["comments"] == 13
    assert p.automated_share == pytest.approx(9 / 10)
    assert p.agreement == 0.0
    # From the inbox's review items: 2 h (due in 4 h) and 3 h (due in 1 h); one open, overdue.
    assert p.mean_response_hours == pytest.approx(2.5)
    assert p.targets == {
        "opened": 3,
        "resolved": 2,
        "in_time": 1,
        "late": 1,
        "in_time_share": 0.5,
        "mean_hours": pytest.approx(2.5),
        "open": 1,
        "overdue_open": 1,
    }
    assert p.appeals["filed"] == 1 and p.appeals["outcomes"]["overturned"] == 1
    assert p.appeals["against_engine"] == {"decided": 1, "overturned": 1}
    r2 = next(r for r in p.actions_per_rule if r["code"] == "R2")
    assert (r2["hide"], r2["automated"], r2["total"]) == (2, 2, 2)


def test_transparency_report(organisation, data):
    r = selectors.transparency_report(organisation, dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert r.totals["comments"] == 13 and r.totals["hidden"] == 2 and r.totals["deleted"] == 1
    assert len(r.months) == 12 and r.months[2]["comments"] == 13
    assert [(x["code"], x["total"], x["automated"]) for x in r.rules] == [
        ("R2", 2, 2),
        ("R3", 1, 0),
    ]
    assert selectors.report_years(organisation) == [2025]


def test_a_post_or_topic_filter_reads_only_that_post_or_topic(organisation, data):
    p2 = period(organisation, post_id="p2")
    assert selectors.participation(p2).histogram == {1: 3}
    assert selectors.hostility(p2).comments == 3
    assert selectors.performance(p2).totals["comments"] == 3
    assert [c["accounts"] for c in selectors.coordination(p2).copies] == [3]
    p1 = period(organisation, post_id="p1")
    assert selectors.participation(p1).reach == 800  # the post's reach from the platform
    assert selectors.hostility(p1).repeat_authors == 1
    traffic = period(organisation, topic="verkeer")
    assert selectors.participation(traffic).histogram == {1: 4, 6: 1}
    assert selectors.participation(traffic).reach is None  # a topic has no known audience
    assert selectors.performance(traffic).targets["opened"] == 3


def test_a_later_copy_marks_the_earlier_text_as_shared(organisation, data):
    """A partial refresh also flags old comments whose text comes back later (a slow campaign)."""
    later = DAY + dt.timedelta(days=20)
    newcomer = AuthorFactory(channel=data["a"], handle="Nieuwkomer")
    CommentFactory(channel=data["a"], author=newcomer, created_at=at(later), text="GOED PLAN!!")
    services.refresh_rollups(organisation=organisation, since=later)
    shared = CommentFingerprint.objects.filter(shared=True)
    assert {fp.author.handle for fp in shared} >= {"Stille 1", "Nieuwkomer"}
    assert not CommentFingerprint.objects.filter(author__handle="Stille 0", shared=True).exists()
