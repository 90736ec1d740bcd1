"""Kundreskontra: what each customer owes, split by how long past due it is on a given day."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import IntEnum

ZERO = Decimal("0.00")


class AgeBucket(IntEnum):
    """How far past its due date an open amount is; the value is its column."""

    NOT_DUE = 0
    DAYS_1_30 = 1
    DAYS_31_60 = 2
    DAYS_61_90 = 3
    OVER_90 = 4


BUCKETS = len(AgeBucket)


@dataclass(frozen=True)
class OpenItem:
    """An invoice's open amount (negative for money the customer has to its good)."""

    customer_id: int
    customer_name: str
    due_date: dt.date
    open_amount: Decimal


@dataclass(frozen=True)
class CustomerAging:
    """One customer's open amounts per age bucket (indexed by AgeBucket) and their total."""

    customer_id: int
    customer_name: str
    buckets: tuple[Decimal, ...]
    total: Decimal


@dataclass(frozen=True)
class AgingReport:
    """Every customer with something open on `on`, by name, and the column totals."""

    on: dt.date
    customers: tuple[CustomerAging, ...]
    bucket_totals: tuple[Decimal, ...]
    total: Decimal


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
    """Sum open amounts per customer and age bucket; customers whose items net to nothing
    in every bucket are left out."""
    sums: dict[int, list[Decimal]] = {}
    names: dict[int, str] = {}
    # Thousands of invoices share a few hundred due dates: each is bucketed once.
    buckets: dict[dt.date, int] = {}
    for item in items:
        if not item.open_amount:
            continue
        row = sums.get(item.customer_id)
        if row is None:
            row = sums[item.customer_id] = [ZERO] * BUCKETS
        names[item.customer_id] = item.customer_name
        bucket = buckets.get(item.due_date)
        if bucket is None:
            bucket = buckets[item.due_date] = age_bucket(item.due_date, on)
        row[bucket] += item.open_amount
    customers = tuple(
        sorted(
            (
                CustomerAging(customer_id, names[customer_id], tuple(row), sum(row, ZERO))
                for customer_id, row in sums.items()
                if any(row)
            ),
            key=lambda aging: (aging.customer_name.casefold(), aging.customer_id),
        )
    )
    bucket_totals = tuple(
        sum((aging.buckets[bucket] for aging in customers), ZERO) for bucket in AgeBucket
    )
    return AgingReport(on, customers, bucket_totals, sum(bucket_totals, ZERO))
