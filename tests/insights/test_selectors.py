"""Rolled-up counts and the selectors on a small hand-countable scenario."""

from __future__ import annotations

import datetime as dt

import pytest

from sereen.insights import selectors, services
from sereen.insights.models import AuthorDailyCount, DailyCommentCount, DailyRuleCount
from sereen.moderation.models import Appeal
from tests.factories.insights import DAY, scenario

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
    assert sum(DailyCommentCount.objects.values_list("comments", flat=True)) == 13
    row = DailyCommentCount.objects.get(channel=data["a"])
    assert (row.comments, row.hidden, row.deleted, row.automated, row.by_person) == (10, 2, 1, 9, 1)
    assert (row.reviewed, row.agreed) == (1, 0)  # engine said keep, the person deleted
    assert (row.response_count, row.response_seconds) == (1, 7200)
    assert row.post_reach == 800
    assert set(
        DailyRuleCount.objects.values_list("rule_code", "action", "automated", "comments")
    ) == {
        ("R2", "hide", True, 2),
        ("R3", "delete", False, 1),
    }
    assert AuthorDailyCount.objects.get(author=data["lode"]).restricted == 3


def test_refresh_since_replaces_only_later_days(organisation, data):
    services.refresh_rollups(organisation=organisation, since=DAY + dt.timedelta(days=1))
    assert sum(DailyCommentCount.objects.values_list("comments", flat=True)) == 13


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
    assert p.mean_response_hours == pytest.approx(2.0)
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
