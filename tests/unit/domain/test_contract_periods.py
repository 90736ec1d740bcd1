"""The periods of a contract: examples of the calendar's corners, and properties that hold for
every schedule (the periods tile the time, each is due where its kind of invoicing says)."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kundbok.domain.contract_periods import (
    INTERVALS,
    Period,
    Schedule,
    add_months,
    check_schedule,
    index_of,
    periods,
)
from kundbok.domain.errors import ValidationError

D = dt.date


@pytest.mark.parametrize(
    ("schedule", "first_three"),
    [
        # Monthly from the 1st: whole calendar months.
        (
            Schedule(D(2027, 1, 1), 1),
            [
                (D(2027, 1, 1), D(2027, 1, 31)),
                (D(2027, 2, 1), D(2027, 2, 28)),
                (D(2027, 3, 1), D(2027, 3, 31)),
            ],
        ),
        # From the 31st: the month's last day where it has no 31st, back to the 31st after.
        (
            Schedule(D(2027, 1, 31), 1),
            [
                (D(2027, 1, 31), D(2027, 2, 27)),
                (D(2027, 2, 28), D(2027, 3, 30)),
                (D(2027, 3, 31), D(2027, 4, 29)),
            ],
        ),
        # A leap year's February.
        (
            Schedule(D(2028, 1, 30), 1),
            [
                (D(2028, 1, 30), D(2028, 2, 28)),
                (D(2028, 2, 29), D(2028, 3, 29)),
                (D(2028, 3, 30), D(2028, 4, 29)),
            ],
        ),
        # Quarterly.
        (
            Schedule(D(2027, 1, 1), 3),
            [
                (D(2027, 1, 1), D(2027, 3, 31)),
                (D(2027, 4, 1), D(2027, 6, 30)),
                (D(2027, 7, 1), D(2027, 9, 30)),
            ],
        ),
        # Every second month from the 29th, across a February.
        (
            Schedule(D(2026, 12, 29), 2),
            [
                (D(2026, 12, 29), D(2027, 2, 27)),
                (D(2027, 2, 28), D(2027, 4, 28)),
                (D(2027, 4, 29), D(2027, 6, 28)),
            ],
        ),
        # Half-yearly and yearly.
        (
            Schedule(D(2027, 7, 1), 6),
            [
                (D(2027, 7, 1), D(2027, 12, 31)),
                (D(2028, 1, 1), D(2028, 6, 30)),
                (D(2028, 7, 1), D(2028, 12, 31)),
            ],
        ),
        (
            Schedule(D(2028, 2, 29), 12),
            [
                (D(2028, 2, 29), D(2029, 2, 27)),
                (D(2029, 2, 28), D(2030, 2, 27)),
                (D(2030, 2, 28), D(2031, 2, 27)),
            ],
        ),
    ],
)
def test_periods_from_examples(schedule, first_three):
    found = list(itertools.islice(periods(schedule), 3))
    assert [(p.start, p.end) for p in found] == first_three


def test_in_advance_is_due_on_the_first_day_less_the_days_before():
    schedule = Schedule(D(2027, 1, 1), 3, days_before=10)
    assert next(periods(schedule)).due == D(2026, 12, 22)


def test_in_arrears_is_due_the_day_after_the_last():
    schedule = Schedule(D(2027, 1, 1), 3, in_arrears=True)
    assert next(periods(schedule)).due == D(2027, 4, 1)


def test_an_end_date_cuts_the_last_period_short_and_stops():
    schedule = Schedule(D(2027, 1, 1), 3, end=D(2027, 5, 15))
    assert list(periods(schedule)) == [
        Period(D(2027, 1, 1), D(2027, 3, 31), D(2027, 1, 1)),
        Period(D(2027, 4, 1), D(2027, 5, 15), D(2027, 4, 1)),
    ]


def test_an_end_on_the_first_day_leaves_a_one_day_period():
    schedule = Schedule(D(2027, 1, 1), 1, end=D(2027, 1, 1))
    assert [(p.start, p.end) for p in periods(schedule)] == [(D(2027, 1, 1), D(2027, 1, 1))]


def test_periods_start_from_an_index_and_are_found_by_their_start():
    schedule = Schedule(D(2027, 1, 31), 1)
    assert next(periods(schedule, 2)).start == D(2027, 3, 31)
    assert index_of(schedule, D(2027, 2, 28)) == 1
    with pytest.raises(ValueError):
        index_of(schedule, D(2027, 2, 27))


@pytest.mark.parametrize(
    ("schedule", "field"),
    [
        (Schedule(D(2027, 1, 1), 4), "interval_months"),
        (Schedule(D(2027, 1, 1), 0), "interval_months"),
        (Schedule(D(2027, 1, 1), 1, end=D(2026, 12, 31)), "end_date"),
        (Schedule(D(2027, 1, 1), 1, in_arrears=True, days_before=5), "days_before"),
        (Schedule(D(2027, 1, 1), 1, days_before=-1), "days_before"),
    ],
)
def test_bad_schedules_are_refused(schedule, field):
    with pytest.raises(ValidationError) as refused:
        check_schedule(schedule)
    assert refused.value.field == field


def test_add_months_keeps_the_anchor():
    assert add_months(D(2027, 1, 31), 1) == D(2027, 2, 28)
    assert add_months(D(2027, 2, 28), 1, anchor_day=31) == D(2027, 3, 31)
    assert add_months(D(2027, 11, 15), 2) == D(2028, 1, 15)


schedules = st.builds(
    Schedule,
    start=st.dates(D(2000, 1, 1), D(2090, 12, 31)),
    months=st.sampled_from(INTERVALS),
    in_arrears=st.booleans(),
)


@given(schedules, st.integers(1, 40))
def test_periods_tile_the_time_without_gap_or_overlap(schedule, count):
    found = list(itertools.islice(periods(schedule), count))
    assert found[0].start == schedule.start
    for earlier, later in itertools.pairwise(found):
        assert later.start == earlier.end + dt.timedelta(days=1)
    for each in found:
        assert each.start <= each.end
        assert index_of(schedule, each.start) == found.index(each)


@given(schedules, st.dates(D(2000, 1, 1), D(2095, 12, 31)))
def test_an_end_date_keeps_the_tiling_and_ends_on_it(schedule, end):
    ended = Schedule(schedule.start, schedule.months, end=end, in_arrears=schedule.in_arrears)
    found = list(itertools.islice(periods(ended), 1200))
    if end < schedule.start:
        assert found == []
        return
    assert found[-1].end == end
    for earlier, later in itertools.pairwise(found):
        assert later.start == earlier.end + dt.timedelta(days=1)


@given(schedules)
def test_a_period_is_due_at_its_start_or_after_its_end(schedule):
    first = next(periods(schedule))
    assert first.due == (first.end + dt.timedelta(days=1) if schedule.in_arrears else first.start)
