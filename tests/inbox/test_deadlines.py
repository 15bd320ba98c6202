"""Deadlines counted in office hours (wall-clock for urgent items)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from sereen.engine.policy import OfficeHours, ResponseTarget
from sereen.inbox.deadlines import DEFAULT_TARGET_MINUTES, deadline, target_minutes

BXL = ZoneInfo("Europe/Brussels")
# Monday–Friday 8:30–17:00, Friday until 12:00.
HOURS = OfficeHours(
    timezone="Europe/Brussels",
    hours=(
        (0, "08:30", "17:00"),
        (1, "08:30", "17:00"),
        (2, "08:30", "17:00"),
        (3, "08:30", "17:00"),
        (4, "08:30", "12:00"),
    ),
)


def at(y, m, d, h, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=BXL)


def local(value):
    return value.astimezone(BXL).replace(tzinfo=None)


def test_within_one_office_day():
    # Wednesday 10:00 + 2 hours
    assert local(deadline(at(2025, 3, 5, 10), 120, HOURS, "normal")) == dt.datetime(2025, 3, 5, 12)


def test_spills_over_to_next_morning():
    # Wednesday 16:00 + 4 hours: 1 hour on Wednesday, 3 hours from Thursday 8:30
    assert local(deadline(at(2025, 3, 5, 16), 240, HOURS, "high")) == dt.datetime(
        2025, 3, 6, 11, 30
    )


def test_evening_start_counts_from_next_opening():
    # Tuesday 21:00 + 30 minutes -> Wednesday 9:00
    assert local(deadline(at(2025, 3, 4, 21), 30, HOURS, "normal")) == dt.datetime(2025, 3, 5, 9)


def test_early_morning_start_counts_from_opening_same_day():
    assert local(deadline(at(2025, 3, 4, 6), 60, HOURS, "normal")) == dt.datetime(2025, 3, 4, 9, 30)


def test_weekend_is_skipped():
    # Friday 11:00 + 4 hours: 1 hour Friday (until 12:00), 3 hours on Monday from 8:30
    assert local(deadline(at(2025, 3, 7, 11), 240, HOURS, "normal")) == dt.datetime(
        2025, 3, 10, 11, 30
    )
    # Saturday afternoon + 1 hour -> Monday 9:30
    assert local(deadline(at(2025, 3, 8, 15), 60, HOURS, "low")) == dt.datetime(2025, 3, 10, 9, 30)


def test_closed_days_of_the_policy_are_skipped():
    holidays = OfficeHours(
        timezone=HOURS.timezone, hours=HOURS.hours, closed_on=("2025-04-21", "12-25")
    )
    # Good Friday 11:00 + 4 hours: 1 hour on Friday, Easter Monday closed, 3 hours on Tuesday.
    assert local(deadline(at(2025, 4, 18, 11), 240, holidays, "normal")) == dt.datetime(
        2025, 4, 22, 11, 30
    )
    # A yearly closed day (Christmas, Thursday in 2025): Wednesday 16:00 + 4 hours -> Friday.
    assert local(deadline(at(2025, 12, 24, 16), 240, holidays, "normal")) == dt.datetime(
        2025, 12, 26, 11, 30
    )
    # Threats do not wait for the holiday to end.
    assert local(deadline(at(2025, 12, 25, 10), 60, holidays, "urgent")) == dt.datetime(
        2025, 12, 25, 11
    )


def test_multiple_days_of_minutes():
    # 8.5 hours a day Mon–Thu: Monday 8:30 + 20 hours = Mon 8.5 + Tue 8.5 + 3 hours Wed -> Wed 11:30
    assert local(deadline(at(2025, 3, 3, 8, 30), 20 * 60, HOURS, "normal")) == dt.datetime(
        2025, 3, 5, 11, 30
    )


def test_exactly_at_closing_time():
    # Wednesday 16:00 + 60 minutes ends exactly at 17:00, not the next morning
    assert local(deadline(at(2025, 3, 5, 16), 60, HOURS, "normal")) == dt.datetime(2025, 3, 5, 17)


def test_urgent_counts_wall_clock_also_in_weekend():
    start = at(2025, 3, 8, 23, 30)  # Saturday night
    assert local(deadline(start, 60, HOURS, "urgent")) == dt.datetime(2025, 3, 9, 0, 30)


def test_split_day_windows():
    hours = OfficeHours(
        timezone="Europe/Brussels", hours=((0, "13:00", "16:00"), (0, "09:00", "12:00"))
    )
    # Monday 11:00 + 2 hours: 1 hour until 12:00, 1 hour from 13:00 -> 14:00
    assert local(deadline(at(2025, 3, 3, 11), 120, hours, "normal")) == dt.datetime(2025, 3, 3, 14)
    # next Monday when the hours run out
    assert local(deadline(at(2025, 3, 3, 15), 120, hours, "normal")) == dt.datetime(2025, 3, 10, 10)


def test_daylight_saving_change_keeps_office_hours_in_local_time():
    # Sunday 30 March 2025 clocks go forward; Friday 11:00 + 2h -> Monday 9:30 local time
    assert local(deadline(at(2025, 3, 28, 11), 120, HOURS, "normal")) == dt.datetime(
        2025, 3, 31, 9, 30
    )


def test_result_is_utc_and_start_in_other_zone_is_converted():
    start = dt.datetime(2025, 3, 5, 9, 0, tzinfo=dt.UTC)  # 10:00 in Brussels
    result = deadline(start, 60, HOURS, "normal")
    assert result.tzinfo == dt.UTC
    assert local(result) == dt.datetime(2025, 3, 5, 11)


def test_no_office_hours_uses_weekday_defaults():
    empty = OfficeHours(timezone="Europe/Brussels", hours=())
    # defaults Monday–Friday 9–17: Friday 16:00 + 2 hours -> Monday 10:00
    assert local(deadline(at(2025, 3, 7, 16), 120, empty, "normal")) == dt.datetime(2025, 3, 10, 10)
    assert local(deadline(at(2025, 3, 7, 16), 120, None, "normal")) == dt.datetime(2025, 3, 10, 10)


def test_bad_input_is_refused():
    with pytest.raises(ValueError, match="timezone-aware"):
        deadline(dt.datetime(2025, 3, 5, 10), 60, HOURS, "normal")
    with pytest.raises(ValueError, match="negative"):
        deadline(at(2025, 3, 5, 10), -1, HOURS, "normal")
    with pytest.raises(ValueError, match="close before"):
        deadline(
            at(2025, 3, 5, 10),
            60,
            OfficeHours("Europe/Brussels", ((0, "17:00", "09:00"),)),
            "normal",
        )


def test_target_minutes_from_policy_or_default():
    targets = (ResponseTarget("urgent", 30), ResponseTarget("normal", 600))
    assert target_minutes(targets, "urgent") == 30
    assert target_minutes(targets, "normal") == 600
    assert target_minutes(targets, "high") == DEFAULT_TARGET_MINUTES["high"]
    assert target_minutes((), "low") == DEFAULT_TARGET_MINUTES["low"]
