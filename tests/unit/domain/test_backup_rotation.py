"""The daily backups kept: the last 7 days and the last copy of each of the last 4 weeks."""

from __future__ import annotations

import datetime as dt

from kundbok.domain.backup_rotation import backups_to_keep


def test_a_copy_a_day_for_two_months_keeps_a_week_and_four_sundays():
    last = dt.date(2026, 12, 6)  # a Sunday
    days = [last - dt.timedelta(days=n) for n in range(60)]
    kept = backups_to_keep(days)
    week = {last - dt.timedelta(days=n) for n in range(7)}
    sundays = {last - dt.timedelta(weeks=n) for n in range(4)}
    assert kept == week | sundays
    assert len(kept) == 10


def test_gaps_keep_the_newest_copy_of_each_week():
    days = [dt.date(2026, 11, 3), dt.date(2026, 11, 4), dt.date(2026, 10, 1)]
    assert backups_to_keep(days, daily=1, weekly=2) == {dt.date(2026, 11, 4), dt.date(2026, 10, 1)}
    assert backups_to_keep([]) == set()
