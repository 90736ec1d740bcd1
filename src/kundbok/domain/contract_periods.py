"""The periods of a contract: which stretch of time each invoice covers and when it is due.

A contract invoiced every `months` months from its start date has periods that begin on the
start's day of the month, counted from the start each time (never from the previous period),
so that a contract started on the 31st begins its periods on the 31st, or the month's last day
where there is none: 31 January, 28 (29) February, 31 March. A period ends the day before the
next begins, so the periods tile the time without a gap or an overlap. An end date cuts the
period it falls in short; no period begins after it.

A period invoiced in advance is due on its first day, less the contract's days before; one
invoiced in arrears is due the day after its last.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

INTERVALS = (1, 2, 3, 6, 12)  # months between invoices: what contracts offer
MAX_DAYS_BEFORE = 90


@dataclass(frozen=True)
class Schedule:
    """When a contract invoices: every `months` months from `start`, until `end` (inclusive)."""

    start: dt.date
    months: int
    end: dt.date | None = None
    in_arrears: bool = False
    days_before: int = 0


@dataclass(frozen=True, order=True)
class Period:
    """One stretch of time one invoice covers, both days included, and the day it is due."""

    start: dt.date
    end: dt.date
    due: dt.date


def check_schedule(schedule: Schedule) -> Schedule:
    """`schedule` if it can be invoiced: a known interval, an end not before the start, and
    days before only for a contract invoiced in advance; else a ValidationError."""
    if schedule.months not in INTERVALS:
        raise ValidationError(
            "interval_months",
            QT_TRANSLATE_NOOP(
                "messages", "A contract is invoiced every {allowed} months, not every {months}."
            ),
            allowed=", ".join(str(months) for months in INTERVALS),
            months=schedule.months,
        )
    if schedule.end is not None and schedule.end < schedule.start:
        raise ValidationError(
            "end_date",
            QT_TRANSLATE_NOOP("messages", "The contract cannot end ({end}) before it starts."),
            end=schedule.end.isoformat(),
        )
    if not 0 <= schedule.days_before <= MAX_DAYS_BEFORE:
        raise ValidationError(
            "days_before",
            QT_TRANSLATE_NOOP("messages", "Days before the period must lie between 0 and {most}."),
            most=MAX_DAYS_BEFORE,
        )
    if schedule.in_arrears and schedule.days_before:
        raise ValidationError(
            "days_before",
            QT_TRANSLATE_NOOP(
                "messages",
                "A contract invoiced in arrears is invoiced after its period: it has no days "
                "before.",
            ),
        )
    return schedule


@lru_cache(maxsize=4096)  # the run's list asks it of thousands of contracts starting alike
def add_months(day: dt.date, months: int, anchor_day: int | None = None) -> dt.date:
    """`day` moved `months` months on, on `anchor_day` (default: its own day) or the month's
    last day where the month is shorter."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    wanted = anchor_day or day.day
    return dt.date(year, month + 1, min(wanted, calendar.monthrange(year, month + 1)[1]))


def period_start(schedule: Schedule, index: int) -> dt.date:
    """The first day of period `index` (0 is the first), before any end date."""
    return add_months(schedule.start, index * schedule.months, schedule.start.day)


def period(schedule: Schedule, index: int) -> Period | None:
    """Period `index` of the schedule; None when it would begin after the end date."""
    return _period(schedule, period_start(schedule, index), period_start(schedule, index + 1))


def _period(schedule: Schedule, start: dt.date, following: dt.date) -> Period | None:
    """The period from `start` to the day before `following`, cut at the end date."""
    if schedule.end is not None and start > schedule.end:
        return None
    end = following - dt.timedelta(days=1)
    if schedule.end is not None:
        end = min(end, schedule.end)
    if schedule.in_arrears:
        due = end + dt.timedelta(days=1)
    else:
        due = start - dt.timedelta(days=schedule.days_before)
    return Period(start, end, due)


def periods(schedule: Schedule, first_index: int = 0) -> Iterator[Period]:
    """The schedule's periods from `first_index` on, in order, until its end (for ever without
    one: take what you need)."""
    index = first_index
    start = period_start(schedule, index)
    while True:
        following = period_start(schedule, index + 1)
        found = _period(schedule, start, following)
        if found is None:
            return
        yield found
        index, start = index + 1, following


def index_of(schedule: Schedule, start: dt.date) -> int:
    """The index of the period that begins on `start` (ValueError if none does)."""
    months = (start.year - schedule.start.year) * 12 + start.month - schedule.start.month
    index, rest = divmod(months, schedule.months)
    if rest or index < 0 or period_start(schedule, index) != start:
        raise ValueError(f"no period of the schedule begins on {start}")
    return index


def periods_per_year(schedule: Schedule) -> int:
    """How many periods make a year."""
    return 12 // schedule.months
