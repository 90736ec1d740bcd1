"""ROT and RUT as dated law: the share of the labour a buyer gets back and the yearly ceilings
per buyer, in one table read by the invoice, the quote and the claim to Skatteverket.

Sources (inkomstskattelagen 67 kap. 13 c–13 e §§ as amended):
- ROT 30 %, RUT 50 % of labour including VAT; ceilings ROT 50 000 kr, RUT 75 000 kr and both
  together 75 000 kr per person and year (prop. 2020/21:1, from 1 January 2021).
- Work paid 1 July–31 December 2024: ROT 75 000 kr, RUT 75 000 kr, together 150 000 kr for the
  year (prop. 2023/24:86); before 1 July at most 50 000 and 75 000 kr as before.
- ROT 50 % for work performed and paid 12 May–31 December 2025 (prop. 2024/25:156); the raised
  share ended with 2025.

A ceiling belongs to the year the work is paid. A share needs the work performed and paid under
it: when the two days fall under different shares, the lower one applies (work done before
12 May 2025 and paid after, or done in December 2025 and paid in January 2026, gets 30 %).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

KINDS = ("rot", "rut")
ZERO = Decimal(0)
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class RotRutRules:
    """The shares (percent of labour including VAT) and the yearly ceilings per buyer (kronor)
    in force from `valid_from` until the next entry, and where they come from."""

    valid_from: dt.date
    rot_share: Decimal
    rut_share: Decimal
    rot: Decimal  # ceiling for ROT
    rut: Decimal  # ceiling for RUT
    together: Decimal  # ceiling for ROT and RUT together
    source: str

    def share(self, kind: str) -> Decimal:
        """The share of `kind` ("rot" or "rut") in percent."""
        return self.rot_share if kind == "rot" else self.rut_share

    def ceiling(self, kind: str) -> Decimal:
        """The yearly ceiling of `kind` alone."""
        return self.rot if kind == "rot" else self.rut


# Oldest first. A day uses the last entry that started on or before it.
RULES: tuple[RotRutRules, ...] = (
    RotRutRules(
        dt.date(2021, 1, 1), Decimal(30), Decimal(50), Decimal(50_000), Decimal(75_000),
        Decimal(75_000), "prop. 2020/21:1",
    ),
    RotRutRules(
        dt.date(2024, 7, 1), Decimal(30), Decimal(50), Decimal(75_000), Decimal(75_000),
        Decimal(150_000), "prop. 2023/24:86",
    ),
    RotRutRules(
        dt.date(2025, 1, 1), Decimal(30), Decimal(50), Decimal(50_000), Decimal(75_000),
        Decimal(75_000), "prop. 2023/24:86 (the raised ceilings end with 2024)",
    ),
    RotRutRules(
        dt.date(2025, 5, 12), Decimal(50), Decimal(50), Decimal(50_000), Decimal(75_000),
        Decimal(75_000), "prop. 2024/25:156",
    ),
    RotRutRules(
        dt.date(2026, 1, 1), Decimal(30), Decimal(50), Decimal(50_000), Decimal(75_000),
        Decimal(75_000), "prop. 2024/25:156 (the raised share ends with 2025)",
    ),
)  # fmt: skip


def rules_on(day: dt.date) -> RotRutRules:
    """The shares and ceilings in force on `day`."""
    found = RULES[0]
    for entry in RULES:
        if entry.valid_from <= day:
            found = entry
    return found


def share_for(kind: str, performed: dt.date, paid: dt.date) -> Decimal:
    """The share of `kind` for work performed on `performed` and paid on `paid`: the lower of
    the shares in force on the two days."""
    return min(rules_on(performed).share(kind), rules_on(paid).share(kind))


@dataclass(frozen=True)
class ReductionsUsed:
    """What one buyer has already used of this year's ceilings, ROT and RUT apart (kronor)."""

    rot: Decimal = ZERO
    rut: Decimal = ZERO

    def plus(self, kind: str, amount: Decimal) -> ReductionsUsed:
        """These with `amount` more used of `kind`."""
        if kind == "rot":
            return ReductionsUsed(self.rot + amount, self.rut)
        return ReductionsUsed(self.rot, self.rut + amount)


NONE_USED = ReductionsUsed()


def room(kind: str, used: ReductionsUsed, paid: dt.date) -> Decimal:
    """What is left for `kind` this year, as Skatteverket counts it: its own ceiling less what
    was used of the same kind, and the joint ceiling less what was used of both."""
    rules = rules_on(paid)
    own = rules.ceiling(kind) - (used.rot if kind == "rot" else used.rut)
    return max(ZERO, min(own, rules.together - used.rot - used.rut))


def rot_rut_deduction(
    labour_including_vat: Decimal,
    kind: str,
    used: ReductionsUsed = NONE_USED,
    performed: dt.date | None = None,
    paid: dt.date | None = None,
) -> Decimal:
    """The tax reduction a buyer asks for: the share in force for the work (performed and paid
    on those days, default today) of labour including VAT, in whole kronor rounded down, within
    the room left of the year's ceilings."""
    if kind not in KINDS or labour_including_vat <= 0:
        return ZERO
    paid = paid or dt.date.today()
    share = share_for(kind, performed or paid, paid)
    wanted = (labour_including_vat * share / HUNDRED).quantize(Decimal(1), rounding=ROUND_DOWN)
    return min(wanted, room(kind, used, paid))
