"""Quantities as people type hours, a timer rounded up to its step, dates from files, and the
lines entries become."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kundbok.domain.entries import (
    EntryDetails,
    entry_lines,
    parse_entry_date,
    parse_quantity,
    timed_hours,
)
from kundbok.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("1,25", D("1.25")),
        ("1:15", D("1.25")),
        ("0:20", D("0.333")),
        ("2", D(2)),
        ("-1", D(-1)),
        (" 10:00 ", D(10)),
        ("1.5", D("1.5")),
    ],
)
def test_quantities_as_typed(text, quantity):
    assert parse_quantity(text) == quantity


@pytest.mark.parametrize("text", ["0", "1:60", "1,2345", "en", "", "1:5"])
def test_bad_quantities_are_refused(text):
    with pytest.raises(ValidationError):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("seconds", "step", "hours"),
    [
        (1, 15, D("0.25")),
        (900, 15, D("0.25")),
        (901, 15, D("0.5")),
        (3600, 6, D(1)),
        (0, 30, D("0.5")),
        (61 * 60, 1, D("1.017")),
    ],
)
def test_a_timer_is_rounded_up_to_its_step(seconds, step, hours):
    assert timed_hours(seconds, step) == hours


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("2026-11-02", dt.date(2026, 11, 2)),
        ("2026/11/2", dt.date(2026, 11, 2)),
        ("2026-11-02 00:00:00", dt.date(2026, 11, 2)),
        ("46328", dt.date(2026, 11, 2)),
    ],
)
def test_dates_from_files(text, day):
    assert parse_entry_date(text) == day


@pytest.mark.parametrize("text", ["2026-02-30", "igår", "", "0"])
def test_bad_dates_are_refused(text):
    with pytest.raises(ValidationError):
        parse_entry_date(text)


def _entry(day: int, quantity: str, **values) -> EntryDetails:
    fields = {
        "customer_id": 1,
        "entry_date": dt.date(2026, 11, day),
        "quantity": D(quantity),
        "unit_price": D(650),
        "vat_rate": D(25),
        "article_number": "EL",
        "description": "Elarbete",
        "unit": "tim",
        "kind": "labour",
        "id": day,
    } | values
    return EntryDetails(**fields)


def test_itemised_lines_are_oldest_first_with_date_and_text():
    lines = entry_lines([_entry(3, "2", text="Jordfel"), _entry(1, "1")], summed=False)
    assert [line.description for line in lines] == [
        "2026-11-01 Elarbete",
        "2026-11-03 Elarbete: Jordfel",
    ]


def test_summed_lines_keep_prices_and_free_texts_apart():
    entries = [
        _entry(1, "1"),
        _entry(2, "1.5"),
        _entry(3, "1", unit_price=D(700)),
        _entry(4, "2", article_number="", description="Resa", text="Resa", kind="other"),
    ]
    lines = entry_lines(entries, summed=True, discount=D(10))
    assert [(line.description, line.quantity, line.unit_price) for line in lines] == [
        ("Elarbete", D("2.5"), D(650)),
        ("Elarbete", D(1), D(700)),
        ("Resa", D(2), D(650)),
    ]
    assert {line.discount_percent for line in lines} == {D(10)}
