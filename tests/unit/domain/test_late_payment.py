"""Late-payment interest, reminder fee and förseningsersättning, with worked examples."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.late_payment import (
    ReferenceRate,
    interest_on,
    interest_periods,
    late_payment_compensation,
    reference_rate_on,
    reminder_fee,
)
from kundbok.domain.money import round_ore

D = dt.date.fromisoformat


@pytest.mark.parametrize(
    ("day", "percent"),
    [
        ("2023-01-01", "2.50"),
        ("2023-06-30", "2.50"),
        ("2023-07-01", "3.50"),
        ("2024-03-15", "4.00"),
        ("2024-12-31", "4.00"),
        ("2025-01-01", "3.00"),
        ("2025-07-01", "2.00"),
        ("2026-05-20", "2.00"),
    ],
)
def test_the_reference_rate_of_each_half_year(day, percent):
    assert reference_rate_on(D(day)) == Decimal(percent)


def test_no_rate_before_the_first_known_one():
    with pytest.raises(ValidationError, match="No reference rate"):
        reference_rate_on(D("2001-01-01"))


@pytest.mark.parametrize(
    ("amount", "due", "paid", "interest", "why"),
    [
        # 10 000 × 11 % × 10 / 365 = 30.1370
        ("10000", "2025-03-01", "2025-03-11", "30.14", "one half-year: 3.00 + 8"),
        # 21–30 June at 11 % (30.1370) + 1–10 July at 10 % (27.3973) = 57.5342
        ("10000", "2025-06-20", "2025-07-10", "57.53", "across 1 July"),
        # 2 500 × 12 % × 31 / 365 (December 2024 at 4.00 + 8) = 25.4795
        ("2500", "2024-11-30", "2024-12-31", "25.48", "a whole month"),
        ("2500", "2024-11-30", "2024-11-30", "0.00", "paid on the due date"),
        ("2500", "2024-11-30", "2024-11-20", "0.00", "paid early"),
        ("0", "2024-11-30", "2025-11-30", "0.00", "nothing owed"),
    ],
)
def test_statutory_interest_worked_examples(amount, due, paid, interest, why):
    assert round_ore(interest_on(Decimal(amount), D(due), D(paid))) == Decimal(interest), why


def test_the_periods_split_where_the_rate_changes():
    periods = interest_periods(Decimal("10000"), D("2024-12-25"), D("2025-07-03"))
    assert [(p.first_day, p.last_day, p.days, p.percent) for p in periods] == [
        (D("2024-12-26"), D("2024-12-31"), 6, Decimal("12.00")),
        (D("2025-01-01"), D("2025-06-30"), 181, Decimal("11.00")),
        (D("2025-07-01"), D("2025-07-03"), 3, Decimal("10.00")),
    ]


def test_an_agreed_rate_replaces_the_statutory_one():
    # 1 000 × 24 % × 73 / 365 = 48.00, whatever the reference rate did meanwhile.
    assert round_ore(
        interest_on(Decimal("1000"), D("2025-05-01"), D("2025-07-13"), agreed_percent=Decimal(24))
    ) == Decimal("48.00")


def test_another_margin_and_own_rates():
    rates = [ReferenceRate(D("2030-01-01"), Decimal("1.00"))]
    # 3 650 × (1 + 2) % × 10 / 365 = 3.00
    assert round_ore(
        interest_on(
            Decimal("3650"), D("2030-02-01"), D("2030-02-11"), margin=Decimal(2), rates=rates
        )
    ) == Decimal("3.00")


@pytest.mark.parametrize(
    ("fee", "agreed", "charged"),
    [("60", True, "60.00"), ("45", True, "45.00"), ("60", False, "0.00"), ("0", True, "0.00")],
)
def test_the_reminder_fee_only_where_agreed(fee, agreed, charged):
    assert reminder_fee(Decimal(fee), agreed_in_advance=agreed) == Decimal(charged)


@pytest.mark.parametrize("fee", ["60.01", "100", "-1"])
def test_a_reminder_fee_over_60_kr_is_refused(fee):
    with pytest.raises(ValidationError, match="between 0 and 60"):
        reminder_fee(Decimal(fee), agreed_in_advance=True)


@pytest.mark.parametrize(
    ("business", "before", "charges", "amount"),
    [
        (True, False, True, "450.00"),
        (True, True, True, "0.00"),
        (False, False, True, "0.00"),
        (True, False, False, "0.00"),
    ],
)
def test_late_payment_compensation_once_per_invoice_for_businesses(
    business, before, charges, amount
):
    assert late_payment_compensation(
        is_business=business, charged_before=before, company_charges_it=charges
    ) == Decimal(amount)
