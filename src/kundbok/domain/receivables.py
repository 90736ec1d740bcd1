"""Kundreskontra: what each customer owes, split by how long past due it is on a given day.

Each currency stands apart (a customer owing kronor and euros has a row for each, and each
currency its totals); the grand total is in kronor, every invoice in another currency
converted at its own rate.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum
from typing import NamedTuple

from kundbok.domain.currency import SEK, in_kronor, to_sek

ZERO = Decimal("0.00")


class AgeBucket(IntEnum):
    """How far past its due date an open amount is; the value is its column."""

    NOT_DUE = 0
    DAYS_1_30 = 1
    DAYS_31_60 = 2
    DAYS_61_90 = 3
    OVER_90 = 4


BUCKETS = len(AgeBucket)


class OpenItem(NamedTuple):
    """An invoice's open amount (negative for money the customer has to its good); a tuple,
    since a view of 20,000 open invoices makes 20,000 of them on every refresh."""

    customer_id: int
    customer_name: str
    due_date: dt.date
    open_amount: Decimal
    currency: str = SEK
    exchange_rate: Decimal | None = None  # the invoice's rate to SEK (None in kronor)
    customer_number: int | None = None


@dataclass(frozen=True)
class CustomerAging:
    """One customer's open amounts in one currency per age bucket (indexed by AgeBucket) and
    their total."""

    customer_id: int
    customer_name: str
    buckets: tuple[Decimal, ...]
    total: Decimal
    customer_number: int | None = None
    currency: str = SEK


@dataclass(frozen=True)
class CurrencyTotal:
    """What is open in one currency, per age bucket and in all."""

    currency: str
    buckets: tuple[Decimal, ...]
    total: Decimal


@dataclass(frozen=True)
class AgingReport:
    """Every customer with something open on `on`, by name (a row per currency), the totals of
    each currency, and the column totals in kronor (each invoice at its own rate)."""

    on: dt.date
    customers: tuple[CustomerAging, ...]
    bucket_totals: tuple[Decimal, ...]
    total: Decimal
    currency_totals: tuple[CurrencyTotal, ...] = ()
    # Open invoices in another currency without a rate: in their currency's total, not in SEK.
    without_rate: int = 0

    @property
    def in_several_currencies(self) -> bool:
        """Whether anything is open in another currency than kronor."""
        return any(not in_kronor(total.currency) for total in self.currency_totals)


def age_bucket(due_date: dt.date, on: dt.date) -> AgeBucket:
    """The bucket of an amount due on `due_date`, seen on `on` (due today is not yet late)."""
    late = (on - due_date).days
    if late <= 0:
        return AgeBucket.NOT_DUE
    if late <= 30:
        return AgeBucket.DAYS_1_30
    if late <= 60:
        return AgeBucket.DAYS_31_60
    if late <= 90:
        return AgeBucket.DAYS_61_90
    return AgeBucket.OVER_90


def age_receivables(items: Iterable[OpenItem], on: dt.date) -> AgingReport:
    """Sum open amounts per customer, currency and age bucket; rows that net to nothing in
    every bucket are left out. The column totals are in kronor: an amount in another currency
    at its invoice's rate (one without a rate is counted in `without_rate` instead)."""
    sums: dict[str, dict[int, list[Decimal]]] = {}
    seen: dict[int, OpenItem] = {}  # the customer's name and number, from one of its items
    foreign_in_sek = [ZERO] * BUCKETS
    without_rate = 0
    # Thousands of invoices share a few hundred due dates: each is bucketed once.
    buckets: dict[dt.date, int] = {}
    for item in items:
        amount = item.open_amount
        if not amount:
            continue
        rows = sums.get(item.currency)
        if rows is None:
            rows = sums[item.currency] = {}
        row = rows.get(item.customer_id)
        if row is None:
            row = rows[item.customer_id] = [ZERO] * BUCKETS
        seen[item.customer_id] = item
        bucket = buckets.get(item.due_date)
        if bucket is None:
            bucket = buckets[item.due_date] = age_bucket(item.due_date, on)
        row[bucket] += amount
        if item.currency != SEK:
            if item.exchange_rate is None:
                without_rate += 1
            else:
                foreign_in_sek[bucket] += to_sek(amount, item.exchange_rate)
    customers = tuple(
        sorted(
            (
                CustomerAging(
                    customer_id,
                    seen[customer_id].customer_name,
                    tuple(row),
                    sum(row, ZERO),
                    seen[customer_id].customer_number,
                    currency,
                )
                for currency, rows in sums.items()
                for customer_id, row in rows.items()
                if any(row)
            ),
            key=lambda aging: (
                aging.customer_name.casefold(),
                aging.customer_id,
                aging.currency != SEK,
                aging.currency,
            ),
        )
    )
    currency_totals = _currency_totals(customers)
    in_sek = [*foreign_in_sek]
    for total in currency_totals:
        if total.currency == SEK:
            in_sek = [a + b for a, b in zip(in_sek, total.buckets, strict=True)]
    return AgingReport(
        on,
        customers,
        tuple(in_sek),
        sum(in_sek, ZERO),
        currency_totals,
        without_rate,
    )


def _currency_totals(customers: Iterable[CustomerAging]) -> tuple[CurrencyTotal, ...]:
    """The column totals of each currency, kronor first."""
    rows: dict[str, list[tuple[Decimal, ...]]] = {}
    for aging in customers:
        rows.setdefault(aging.currency, []).append(aging.buckets)
    totals = []
    for currency in sorted(rows, key=lambda currency: (currency != SEK, currency)):
        buckets = tuple(sum(column, ZERO) for column in zip(*rows[currency], strict=True))
        totals.append(CurrencyTotal(currency, buckets, sum(buckets, ZERO)))
    return tuple(totals)
