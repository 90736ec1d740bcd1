"""Which automatic backups are kept: the last 7 daily copies and the last copy of each of the
last 4 weeks, so that a mistake noticed after a fortnight can still be undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

DAILY = 7
WEEKLY = 4


def backups_to_keep(
    days: Iterable[dt.date], daily: int = DAILY, weekly: int = WEEKLY
) -> set[dt.date]:
    """Of the days that have a copy, those whose copy is kept: the `daily` newest, and the
    newest of each of the `weekly` newest ISO weeks (often among the daily ones already)."""
    newest_first = sorted(set(days), reverse=True)
    kept = set(newest_first[:daily])
    weeks: dict[tuple[int, int], dt.date] = {}
    for day in newest_first:
        year, week, _ = day.isocalendar()
        weeks.setdefault((year, week), day)  # the first seen is the week's newest
    kept.update(list(weeks.values())[:weekly])
    return kept
