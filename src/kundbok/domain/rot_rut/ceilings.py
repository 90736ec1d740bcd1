"""Yearly ROT/RUT ceilings per buyer: dated data, like the VAT rates, because the law changes.

Sources: ROT 50 000 kr and ROT + RUT together 75 000 kr per person and year; for work paid
1 July–31 December 2024 each had its own 75 000 kr ceiling (prop. 2023/24:86).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class Ceilings:
    """What one buyer may be granted in one year, in kronor."""

    valid_from: dt.date
    rot: Decimal
    rut: Decimal
    together: Decimal


# Newest last. A payment date uses the last entry that started on or before it.
CEILINGS: tuple[Ceilings, ...] = (
    Ceilings(dt.date(2021, 1, 1), Decimal(50_000), Decimal(75_000), Decimal(75_000)),
    Ceilings(dt.date(2024, 7, 1), Decimal(75_000), Decimal(75_000), Decimal(150_000)),
    Ceilings(dt.date(2025, 1, 1), Decimal(50_000), Decimal(75_000), Decimal(75_000)),
)


def ceilings_on(day: dt.date) -> Ceilings:
    """The ceilings in force for work paid on `day`."""
    found = CEILINGS[0]
    for entry in CEILINGS:
        if entry.valid_from <= day:
            found = entry
    return found
