"""Response-time deadlines: how long a review item may wait, counted in office hours.

Pure functions (no database), so the arithmetic is tested on its own. Urgent items (threats) count
wall-clock time, also at night and in the weekend; every other priority counts only the minutes
that fall inside the policy's office hours, skipping the days the policy names as closed
(``closed_on``: public holidays, the days between Christmas and New Year).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any
from zoneinfo import ZoneInfo

#: Used when the policy sets no response target for a priority (minutes).
DEFAULT_TARGET_MINUTES = {"urgent": 60, "high": 4 * 60, "normal": 8 * 60, "low": 16 * 60}
DEFAULT_TIMEZONE = "Europe/Brussels"
#: Monday to Friday 9:00–17:00; used when a policy names no office hours at all (every day closed
#: would make every non-urgent deadline infinite).
DEFAULT_HOURS: tuple[tuple[int, str, str], ...] = tuple((day, "09:00", "17:00") for day in range(5))
#: A deadline more than this far away means the office hours are (nearly) always closed.
MAX_DAYS = 366


def _parse(value: str) -> dt.time:
    hours, minutes = value.split(":", 1)
    return dt.time(int(hours), int(minutes))


def _windows(hours: Iterable[Any]) -> dict[int, list[tuple[dt.time, dt.time]]]:
    """Office hours per weekday (0 = Monday) as sorted (open, close) pairs; several per day allowed."""
    out: dict[int, list[tuple[dt.time, dt.time]]] = {}
    for day, start, end in hours:
        opening, closing = _parse(start), _parse(end)
        if closing <= opening:
            raise ValueError(f"Office hours on day {day}: {start}–{end} close before they open.")
        out.setdefault(int(day), []).append((opening, closing))
    for windows in out.values():
        windows.sort()
    return out


def office_hours_parts(office_hours: Any) -> tuple[str, tuple[tuple[int, str, str], ...]]:
    """(timezone, hours) of an engine ``OfficeHours`` (or ``None``), with the defaults filled in."""
    zone = getattr(office_hours, "timezone", "") or DEFAULT_TIMEZONE
    hours = tuple(getattr(office_hours, "hours", ()) or ()) or DEFAULT_HOURS
    return zone, hours


def deadline(start: dt.datetime, minutes: int, office_hours: Any, priority: str) -> dt.datetime:
    """When an item opened at ``start`` with a target of ``minutes`` is due.

    ``office_hours`` is the policy's ``OfficeHours`` (timezone and per-weekday opening hours) or
    ``None`` for the defaults. ``urgent`` counts wall-clock minutes; other priorities count only
    minutes inside office hours, so a comment on Friday evening with a 4-hour target is due on
    Monday at 13:00 (office hours 9–17), or on Tuesday when that Monday is a closed day (Easter
    Monday). ``start`` must be timezone-aware; the result is in UTC.
    """
    if start.tzinfo is None:
        raise ValueError("deadline() needs a timezone-aware start time.")
    if minutes < 0:
        raise ValueError("A response target cannot be negative.")
    if priority == "urgent":
        return (start + dt.timedelta(minutes=minutes)).astimezone(dt.UTC)
    zone_name, hours = office_hours_parts(office_hours)
    zone = ZoneInfo(zone_name)
    windows = _windows(hours)
    local = start.astimezone(zone)
    remaining = dt.timedelta(minutes=minutes)
    day = local.date()
    is_closed_on = getattr(office_hours, "is_closed_on", None)
    for _ in range(MAX_DAYS + 1):
        open_today = not (is_closed_on and is_closed_on(day))
        for opening, closing in windows.get(day.weekday(), []) if open_today else []:
            window_start = dt.datetime.combine(day, opening, tzinfo=zone)
            window_end = dt.datetime.combine(day, closing, tzinfo=zone)
            if window_end <= local:
                continue
            begin = max(window_start, local)
            available = window_end - begin
            if remaining <= available:
                if remaining == dt.timedelta(0):
                    return begin.astimezone(dt.UTC)
                return (begin + remaining).astimezone(dt.UTC)
            remaining -= available
        day += dt.timedelta(days=1)
    raise ValueError("The office hours leave no time to handle the item within a year.")


def target_minutes(response_targets: Iterable[Any], priority: str) -> int:
    """The policy's target for ``priority`` in minutes, or the default one."""
    for target in response_targets or ():
        if getattr(target, "priority", None) == priority:
            return int(target.minutes)
    return DEFAULT_TARGET_MINUTES.get(priority, DEFAULT_TARGET_MINUTES["normal"])
