"""Hand-computed cases for the pure measures (no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from sereen.insights import measures as m

H = m.histogram_from_counts


def test_histogram_from_counts_rejects_negative():
    assert H([1, 1, 5]) == {1: 2, 5: 1}
    with pytest.raises(ValueError, match="negative"):
        H([1, -1])


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ([1, 1, 1, 1], 0.0),
        ([0, 0, 0, 10], 0.75),  # sum|xi-xj| = 60, 2 n^2 mean = 80
        ([1, 2, 3, 4], 0.25),  # sum|xi-xj| = 20, 2 n^2 mean = 80
        ([5], 0.0),
    ],
)
def test_gini_hand_computed(counts, expected):
    assert m.gini(H(counts)) == pytest.approx(expected)


def test_gini_matches_pairwise_definition():
    counts = [1, 1, 2, 3, 3, 3, 9, 40]
    n, mean = len(counts), sum(counts) / len(counts)
    pairwise = sum(abs(a - b) for a in counts for b in counts) / (2 * n * n * mean)
    assert m.gini(H(counts)) == pytest.approx(pairwise)


def test_gini_empty_is_none():
    assert m.gini({}) is None
    assert m.gini({0: 3}) is None


def test_top_share_whole_people():
    # 100 people: 99 wrote one comment, one wrote 101; 200 comments in all.
    h = H([1] * 99 + [101])
    assert m.top_share(h, 0.01) == pytest.approx(101 / 200)
    assert m.top_share(h, 0.10) == pytest.approx((101 + 9) / 200)


def test_top_share_fractional_people():
    # 4 people [1,1,1,7]: top 10% is 0.4 of the most active person -> 0.4 * 7 / 10.
    h = H([1, 1, 1, 7])
    assert m.top_share(h, 0.10) == pytest.approx(0.28)
    assert m.top_share(h, 0.50) == pytest.approx(0.8)
    assert m.top_share(h, 1.0) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        m.top_share(h, 0)


def test_lorenz_points_and_value():
    h = H([1, 1, 1, 7])
    assert m.lorenz_points(h) == [(0.0, 0.0), (0.75, 0.3), (1.0, 1.0)]
    assert m.lorenz_value(h, 0.5) == pytest.approx(0.2)
    assert m.lorenz_value(h, 0.875) == pytest.approx(0.65)
    assert m.lorenz_points({}) == []


def test_comments_per_person():
    assert m.comments_per_person(H([1, 1, 1, 7])) == pytest.approx(2.5)
    assert m.comments_per_person({}) is None


def test_people_for_share():
    h = H([1] * 10 + [20, 12])  # 42 comments, 12 people
    assert m.people_for_share(h, 0.5) == (2, pytest.approx(32 / 42))
    assert m.people_for_share({}, 0.5) == (0, 0.0)


def test_people_for_share_partial_group():
    # 5 people with 10 each: half of 50 needs 3 people (30 comments = 60%).
    assert m.people_for_share(H([10] * 5), 0.5) == (3, pytest.approx(0.6))


def test_participation_vs_reach():
    h = H([1] * 40 + [5] * 10)  # 50 commenters, 10 heavy
    result = m.participation_vs_reach(h, 10_000)
    assert result.commenters == 50
    assert result.share == pytest.approx(0.005)
    assert result.heavy == 10
    assert result.heavy_share == pytest.approx(0.001)
    assert result.level == "below"  # 0.5% is less than half of the ~10% the rule expects
    assert m.participation_vs_reach(h, 500).level == "in_line"  # 10%
    assert m.participation_vs_reach(h, 200).level == "above"  # 25%
    assert m.participation_vs_reach(h, None) is None
    assert m.participation_vs_reach(h, 0) is None


def test_spikes_robust_z():
    assert m.spikes([10, 12, 11, 9, 10, 60, 11]) == [False] * 5 + [True, False]
    # MAD is 0: fall back to the mean absolute deviation; 25 / (1.2533 * 5) = 3.99 >= 3.5
    assert m.spikes([5, 5, 5, 5, 30]) == [False] * 4 + [True]
    assert m.spikes([5, 5, 5, 5, 5]) == [False] * 5
    assert m.spikes([0, 0, 0, 0, 3]) == [False] * 5  # below min_count
    assert m.spikes([1, 100]) == [False, False]  # no baseline


def test_text_keys_normalise_variants():
    a = m.text_keys("Stop de WINDMOLENS!!! 😡 https://x.be/petitie")
    b = m.text_keys("stop windmolens")
    c = m.text_keys("Windmolens... stoooop de")
    assert a[0] == m.text_keys("STOP de windmolens")[0]  # case, emoji, link, punctuation
    assert a[0] != b[0]  # the exact key keeps every word in order
    assert a[1] == b[1] == c[1]
    assert m.text_keys("😡😡") == ("", "")


T0 = dt.datetime(2025, 3, 1, 12, 0, tzinfo=dt.UTC)


def item(cid, author, minutes, key="k"):
    return m.TextItem(cid, author, T0 + dt.timedelta(minutes=minutes), key)


def test_near_identical_signal_found_for_several_accounts():
    items = [item(1, 10, 0), item(2, 11, 5), item(3, 12, 20), item(4, 13, 300, "other")]
    [signal] = m.near_identical_signals(items, window=dt.timedelta(hours=1), min_accounts=3)
    assert signal.comment_ids == [1, 2, 3]
    assert signal.accounts == 3
    assert signal.first_at == T0
    assert signal.last_at == T0 + dt.timedelta(minutes=20)


def test_near_identical_needs_distinct_accounts_and_short_gaps():
    same_author = [item(1, 10, 0), item(2, 10, 1), item(3, 10, 2)]
    assert m.near_identical_signals(same_author) == []
    spread = [item(1, 10, 0), item(2, 11, 90), item(3, 12, 180)]
    assert m.near_identical_signals(spread, window=dt.timedelta(hours=1)) == []
    two = [item(1, 10, 0), item(2, 11, 1)]
    assert m.near_identical_signals(two, min_accounts=3) == []
    # Two separate bursts of the same text are two signals.
    bursts = [item(i, 10 + i, i) for i in range(3)] + [
        item(9 + i, 20 + i, 600 + i) for i in range(3)
    ]
    assert len(m.near_identical_signals(bursts)) == 2
    assert m.near_identical_signals([item(1, 1, 0, ""), item(2, 2, 0, ""), item(3, 3, 0, "")]) == []


def test_new_account_bursts():
    days = [dt.date(2025, 3, d) for d in range(1, 11)]
    counts = [2, 3, 2, 1, 2, 3, 2, 25, 2, 3]
    daily = [(d, n, 20 if n == 25 else 0) for d, n in zip(days, counts, strict=True)]
    [burst] = m.new_account_bursts(daily)
    assert burst.day == dt.date(2025, 3, 8)
    assert burst.new_accounts == 25
    assert burst.young_accounts == 20
    assert burst.score > 3.5
