"""Late payment: dröjsmålsränta under räntelagen 6 §, the reminder fee and förseningsersättning.

The Riksbank reference rate (räntelagen 9 §) is set for each calendar half-year and kept here as
dated data, like the VAT rates; settings may add newer ones. Interest is counted per day late, each
day at the reference rate of its own half-year plus the margin, on an actual/365 basis, and the sum
is rounded to öre once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.money import round_ore

ZERO = Decimal("0.00")
STATUTORY_MARGIN = Decimal(8)  # percentage points above the reference rate, räntelagen 6 §
DAYS_PER_YEAR = Decimal(365)
MAX_REMINDER_FEE = Decimal("60.00")  # förordning (1981:1057) om ersättning för inkassokostnader
LATE_PAYMENT_COMPENSATION = Decimal("450.00")  # lag (1981:739) 4 a §, business debtors only


@dataclass(frozen=True)
class ReferenceRate:
    """The reference rate in percent, in force from `valid_from` until the next one."""

    valid_from: dt.date
    percent: Decimal


# Riksbank decisions, each the policy rate at the end of the half-year before, rounded up to the
# next half percentage point. 2018–2024 as the Riksbank publishes them; 2025-01-01 (3.00) to
# 2026-01-01 (2.00) as reported after its decisions. The rate for 1 July 2026 is not entered yet:
# until it is, 2.00 goes on applying.
REFERENCE_RATES: tuple[ReferenceRate, ...] = tuple(
    ReferenceRate(dt.date.fromisoformat(day), Decimal(percent))
    for day, percent in (
        ("2018-01-01", "-0.50"),
        ("2018-07-01", "-0.50"),
        ("2019-01-01", "-0.50"),
        ("2019-07-01", "0.00"),
        ("2020-01-01", "0.00"),
        ("2020-07-01", "0.00"),
        ("2021-01-01", "0.00"),
        ("2021-07-01", "0.00"),
        ("2022-01-01", "0.00"),
        ("2022-07-01", "0.50"),
        ("2023-01-01", "2.50"),
        ("2023-07-01", "3.50"),
        ("2024-01-01", "4.00"),
        ("2024-07-01", "4.00"),
        ("2025-01-01", "3.00"),
        ("2025-07-01", "2.00"),
        ("2026-01-01", "2.00"),
    )
)


@dataclass(frozen=True)
class InterestPeriod:
    """Days late at one rate: from `first_day` to `last_day` inclusive."""

    first_day: dt.date
    last_day: dt.date
    days: int
    percent: Decimal
    interest: Decimal  # unrounded; the total is rounded once


def reference_rate_on(day: dt.date, rates: Sequence[ReferenceRate] = REFERENCE_RATES) -> Decimal:
    """The reference rate (percent) in force on `day`."""
    current: ReferenceRate | None = None
    for rate in sorted(rates, key=lambda r: r.valid_from):
        if rate.valid_from > day:
            break
        current = rate
    if current is None:
        raise ValidationError(
            "reference_rate",
            QT_TRANSLATE_NOOP("messages", "No reference rate is known for {day}."),
            day=day.isoformat(),
        )
    return current.percent


def _next_change(day: dt.date, rates: Sequence[ReferenceRate]) -> dt.date | None:
    later = [rate.valid_from for rate in rates if rate.valid_from > day]
    return min(later) if later else None


def interest_periods(
    amount: Decimal,
    due_date: dt.date,
    paid_date: dt.date,
    *,
    margin: Decimal = STATUTORY_MARGIN,
    agreed_percent: Decimal | None = None,
    rates: Sequence[ReferenceRate] = REFERENCE_RATES,
) -> list[InterestPeriod]:
    """The days after `due_date` up to and including `paid_date`, split where the rate changes.

    `agreed_percent` is a fixed yearly rate agreed instead of the statutory one.
    """
    periods: list[InterestPeriod] = []
    day = due_date + dt.timedelta(days=1)
    while day <= paid_date and amount > 0:
        change = None if agreed_percent is not None else _next_change(day, rates)
        last = paid_date if change is None else min(paid_date, change - dt.timedelta(days=1))
        percent = (
            agreed_percent if agreed_percent is not None else reference_rate_on(day, rates) + margin
        )
        days = (last - day).days + 1
        interest = amount * percent / 100 * days / DAYS_PER_YEAR
        periods.append(InterestPeriod(day, last, days, percent, interest))
        day = last + dt.timedelta(days=1)
    return periods


def interest_on(
    amount: Decimal,
    due_date: dt.date,
    paid_date: dt.date,
    *,
    margin: Decimal = STATUTORY_MARGIN,
    agreed_percent: Decimal | None = None,
    rates: Sequence[ReferenceRate] = REFERENCE_RATES,
) -> Decimal:
    """Dröjsmålsränta on `amount` from the day after `due_date` up to `paid_date`, not rounded:
    the stretches between part payments are added before the sum is rounded to öre once."""
    periods = interest_periods(
        amount, due_date, paid_date, margin=margin, agreed_percent=agreed_percent, rates=rates
    )
    return sum((period.interest for period in periods), ZERO)


def check_reminder_fee(fee: Decimal) -> Decimal:
    """A reminder fee as set by the user: 0–60 kr (the law allows no more)."""
    if fee < 0 or fee > MAX_REMINDER_FEE:
        raise ValidationError(
            "reminder_fee",
            QT_TRANSLATE_NOOP("messages", "A reminder fee must lie between 0 and {maximum} kr."),
            maximum=MAX_REMINDER_FEE,
        )
    return round_ore(fee)


def reminder_fee(fee: Decimal, *, agreed_in_advance: bool) -> Decimal:
    """The fee a reminder may carry: nothing unless agreed before the debt arose."""
    checked = check_reminder_fee(fee)
    return checked if agreed_in_advance else ZERO


def late_payment_compensation(
    *, is_business: bool, charged_before: bool, company_charges_it: bool = True
) -> Decimal:
    """Förseningsersättning: 450 kr once per invoice, for business customers only."""
    if is_business and company_charges_it and not charged_before:
        return LATE_PAYMENT_COMPENSATION
    return ZERO


def check_reference_rates(rates: Sequence[ReferenceRate]) -> tuple[ReferenceRate, ...]:
    """The rates in date order; refuses none at all, a date given twice, or a rate outside
    −20 to 50 percent (a typing mistake rather than a Riksbank decision)."""
    ordered = tuple(sorted(rates, key=lambda rate: rate.valid_from))
    if not ordered:
        raise ValidationError(
            "reference_rates",
            QT_TRANSLATE_NOOP("messages", "At least one reference rate is needed."),
        )
    for earlier, later in pairwise(ordered):
        if earlier.valid_from == later.valid_from:
            raise ValidationError(
                "reference_rates",
                QT_TRANSLATE_NOOP("messages", "The reference rate of {day} is given twice."),
                day=later.valid_from.isoformat(),
            )
    for rate in ordered:
        if not Decimal(-20) <= rate.percent <= Decimal(50) or rate.percent != round(
            rate.percent, 2
        ):
            raise ValidationError(
                "reference_rates",
                QT_TRANSLATE_NOOP(
                    "messages", "The reference rate of {day} must lie between −20 and 50 %."
                ),
                day=rate.valid_from.isoformat(),
            )
    return ordered
