"""The dated ROT/RUT table: the invoice's deduction and the claim's checks agree on every
boundary day of the shares and the ceilings, and count ROT and RUT room as Skatteverket does."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from kundbok.domain.rot_rut.claim import ClaimCase, WorkDone, check_cases
from kundbok.domain.rot_rut.rules import (
    RULES,
    ReductionsUsed,
    room,
    rot_rut_deduction,
    rules_on,
    share_for,
)
from kundbok.domain.rot_rut.work_types import WorkType

WORK = {"rot": WorkDone(WorkType.PLUMBING, hours=12), "rut": WorkDone(WorkType.CLEANING, hours=8)}


def case(kind: str, price: int, requested: int, paid_on: dt.date, performed=None) -> ClaimCase:
    """A case that passes every check but the ones on the amounts asked."""
    return ClaimCase(
        invoice_id=1,
        invoice_number="1001",
        buyer_name="Anna Andersson",
        buyer="198112189876",
        payment_date=paid_on,
        price_for_work=price,
        paid=price - requested,
        requested=requested,
        property_designation="Uppsala Kåbo 1:23" if kind == "rot" else "",
        work=(WORK[kind],),
        work_date=performed,
    )


def accepted(kind: str, price: int, requested: int, paid_on, before=(0, 0), performed=None):
    """True when the claim takes `requested` for this work."""
    granted = {"198112189876": before}
    found = check_cases(
        [case(kind, price, requested, paid_on, performed)], kind, paid_on.year,
        granted_before=granted,
    )  # fmt: skip
    return not found


def test_the_table_is_in_date_order_and_names_its_sources() -> None:
    days = [entry.valid_from for entry in RULES]
    assert days == sorted(days)
    assert all(entry.source for entry in RULES)


def test_rut_used_does_not_eat_rot_room_except_through_the_joint_ceiling() -> None:
    paid = dt.date(2025, 3, 1)
    used = ReductionsUsed(rut=D(40_000))
    deduction = rot_rut_deduction(D(200_000), "rot", used, paid=paid)
    assert deduction == D(35_000)  # ROT 50 000 own room, 75 000 − 40 000 together
    assert accepted("rot", 200_000, 35_000, paid, before=(0, 40_000))
    assert not accepted("rot", 200_000, 35_001, paid, before=(0, 40_000))
    # ROT used does count against ROT's own ceiling.
    assert rot_rut_deduction(D(200_000), "rot", ReductionsUsed(rot=D(40_000)), paid=paid) == 10_000
    assert room("rut", ReductionsUsed(rot=D(50_000)), paid) == D(25_000)


@pytest.mark.parametrize(
    ("kind", "day", "share"),
    [
        ("rot", dt.date(2025, 5, 11), 30),
        ("rot", dt.date(2025, 5, 12), 50),
        ("rot", dt.date(2025, 12, 31), 50),
        ("rot", dt.date(2026, 1, 1), 30),
        ("rut", dt.date(2025, 5, 11), 50),
        ("rut", dt.date(2026, 1, 1), 50),
    ],
)
def test_invoice_and_claim_take_the_share_of_the_day(kind, day, share) -> None:
    deduction = rot_rut_deduction(D(10_000), kind, performed=day, paid=day)
    assert deduction == D(100 * share)
    assert accepted(kind, 10_000, int(deduction), day)
    assert not accepted(kind, 10_000, int(deduction) + 1, day)


@pytest.mark.parametrize(
    ("performed", "paid"),
    [
        (dt.date(2025, 5, 11), dt.date(2025, 5, 12)),  # done before the raised share began
        (dt.date(2025, 12, 31), dt.date(2026, 1, 1)),  # paid after it ended
    ],
)
def test_work_performed_and_paid_under_different_shares_gets_the_lower(performed, paid) -> None:
    assert share_for("rot", performed, paid) == D(30)
    assert rot_rut_deduction(D(10_000), "rot", performed=performed, paid=paid) == D(3_000)
    assert accepted("rot", 10_000, 3_000, paid, performed=performed)
    assert not accepted("rot", 10_000, 5_000, paid, performed=performed)


@pytest.mark.parametrize(
    ("day", "rot_room"), [(dt.date(2024, 6, 30), 10_000), (dt.date(2024, 7, 1), 35_000)]
)
def test_invoice_and_claim_take_the_ceilings_of_the_payment_day(day, rot_room) -> None:
    used = ReductionsUsed(rot=D(40_000))
    assert rules_on(day).rot == (50_000 if day.month == 6 else 75_000)
    assert rot_rut_deduction(D(200_000), "rot", used, paid=day) == D(rot_room)
    assert accepted("rot", 200_000, rot_room, day, before=(40_000, 0))
    assert not accepted("rot", 200_000, rot_room + 1, day, before=(40_000, 0))


def test_the_price_for_the_work_in_whole_kronor_never_refuses_the_invoices_own_deduction() -> None:
    # 1 003,40 kr of labour: 30 % is 301 kr, though 30 % of the 1 003 kr sent is 300,90 kr.
    day = dt.date(2026, 2, 1)
    deduction = rot_rut_deduction(D("1003.40"), "rot", performed=day, paid=day)
    assert deduction == D(301)
    assert accepted("rot", 1003, 301, day)
