"""Issued invoices and the claim on the boundary days of the dated ROT/RUT table: the share by
the days the work was performed and paid (12 May and 31 December 2025), the ceilings by the day
paid (1 July 2024); RUT already asked for leaves the buyer's ROT room alone up to the joint
ceiling."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.rot_rut_invoices import personnummer
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.rot_rut_claims import preview_claim


def labour(hours: int, price: str, kind: str = "rot") -> tuple[LineDetails, ...]:
    return (
        LineDetails(description="Arbete", quantity=D(hours), unit="tim", unit_price=D(price),
                    vat_rate=D(25), kind="labour",
                    work_type="Vvs" if kind == "rot" else "Stadning"),
    )  # fmt: skip


def buyer(db, n: int = 1) -> int:
    return create_customer(
        db,
        CustomerDetails(
            name=f"Köpare {n}",
            kind="private",
            personal_number=personnummer(dt.date(1970, 5, 17), n),
            rot_rut_property=f"Umeå Haga {n}:1",
        ),
    ).id


def invoiced(db, customer_id, day, lines, kind="rot", paid_on=None, delivered=None):
    """An invoice dated `day` (delivered `delivered`), paid in full on `paid_on` if given."""
    draft = new_draft(db, customer_id, day)
    draft = save_draft(db, replace(draft, rot_rut=kind, lines=lines, delivery_date=delivered))
    invoice = issue_invoice(db, draft.id, day)
    if paid_on is not None:
        register_payment(db, invoice.id, invoice.totals().to_pay, paid_on, "bankgiro")
    return get_invoice(db, invoice.id)


@pytest.mark.parametrize(
    ("day", "deduction"),
    [
        (dt.date(2025, 5, 11), 3_000),
        (dt.date(2025, 5, 12), 5_000),
        (dt.date(2025, 12, 31), 5_000),
        (dt.date(2026, 1, 1), 3_000),
    ],
)
def test_the_invoice_and_the_claim_take_the_rot_share_of_the_day(db, day, deduction):
    invoice = invoiced(db, buyer(db), day, labour(10, "800.00"), paid_on=day)
    assert invoice.rot_rut_deduction == deduction  # of 10 000 kr labour including VAT
    preview = preview_claim(db, "rot", day.year)
    assert preview.ready, [str(problem) for problem in preview.problems]
    assert [case.requested for case in preview.cases] == [deduction]


def test_work_delivered_before_12_may_2025_gets_30_percent(db):
    invoice = invoiced(
        db, buyer(db), dt.date(2025, 5, 20), labour(10, "800.00"), delivered=dt.date(2025, 5, 9)
    )
    assert invoice.rot_rut_deduction == 3_000


def test_an_invoice_at_50_percent_paid_in_2026_is_refused_by_the_claim(db):
    invoice = invoiced(
        db, buyer(db), dt.date(2025, 12, 31), labour(10, "800.00"), paid_on=dt.date(2026, 1, 1)
    )
    assert invoice.rot_rut_deduction == 5_000
    problems = preview_claim(db, "rot", 2026).problems
    assert [str(problem) for problem in problems] == [
        "The amount requested (5000 kr) exceeds 30 % of the price for the work, the share for "
        "work performed 2025-12-31 and paid 2026-01-01."
    ]


@pytest.mark.parametrize(
    ("day", "second"), [(dt.date(2024, 6, 30), 10_000), (dt.date(2024, 7, 1), 35_000)]
)
def test_the_invoice_and_the_claim_take_the_ceilings_of_the_day(db, day, second):
    customer = buyer(db)
    first = invoiced(db, customer, dt.date(2024, 2, 1), labour(160, "666.67"), paid_on=day)
    assert first.rot_rut_deduction == 40_000
    later = invoiced(db, customer, day, labour(160, "1000.00"), paid_on=day)
    assert later.rot_rut_deduction == second  # 60 000 wanted, within ROT 50 000 or 75 000
    preview = preview_claim(db, "rot", 2024)
    assert preview.ready, [str(problem) for problem in preview.problems]
    assert sum(case.requested for case in preview.cases) == 40_000 + second


def test_rut_asked_for_leaves_rot_room_up_to_the_joint_ceiling(db):
    customer = buyer(db)
    day = dt.date(2026, 3, 2)
    rut = invoiced(db, customer, day, labour(64, "1000.00", "rut"), "rut", paid_on=day)
    assert rut.rot_rut_deduction == 40_000
    rot = invoiced(db, customer, day, labour(160, "1000.00"), paid_on=day)
    assert rot.rot_rut_deduction == 35_000  # ROT's own 50 000, but 75 000 − 40 000 together
    assert preview_claim(db, "rot", 2026).ready
