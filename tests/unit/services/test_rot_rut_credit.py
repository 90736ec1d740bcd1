"""Crediting a ROT/RUT invoice gives the tax reduction back: the credit note's deduction is the
invoice's negated, its voucher reverses the claim on Skatteverket (1513) and the receivable (1510)
as the invoice booked them, the buyer's yearly ceiling is freed and the claim never takes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from tests.helpers.rot_rut_invoices import PAID, ROT_LINES, paid_invoice
from tests.helpers.shortcuts import new_draft

from kundbok.domain.invoice import LineDetails
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.rot_rut_claims import preview_claim, unclaimed_cases
from kundbok.services.sie_export import sie_vouchers

LOTS_OF_WORK = (
    LineDetails(description="Takbyte", quantity=D(200), unit="tim", unit_price=D("800.00"),
                vat_rate=D(25), kind="labour", work_type="Bygg"),
)  # fmt: skip


def booked(db, day: dt.date) -> list[dict[str, D]]:
    return [
        {t.account: t.amount for t in voucher.transactions}
        for voucher in sie_vouchers(db, day, day)
    ]


def test_the_credit_note_negates_the_deduction_and_reverses_1513_and_1510(db):
    invoice = paid_invoice(db, 1)
    assert invoice.rot_rut_deduction == D(2250)
    day = PAID + dt.timedelta(days=3)
    credit = create_credit_note(db, invoice.id, day)
    assert credit.rot_rut_deduction == D(-2250)
    assert credit.totals().deduction == D(-2250)
    assert credit.totals().to_pay == -(invoice.totals().to_pay)
    invoice_voucher = booked(db, invoice.invoice_date)[0]
    credit_voucher = booked(db, day)[0]
    assert invoice_voucher["1513"] == D(2250)
    assert credit_voucher == {account: -amount for account, amount in invoice_voucher.items()}


def test_a_credited_invoice_is_never_claimed(db):
    invoice = paid_invoice(db, 1)
    create_credit_note(db, invoice.id, PAID + dt.timedelta(days=3))
    assert preview_claim(db, "rot", PAID.year).cases == ()
    assert unclaimed_cases(db, PAID.year) == []


def test_a_credited_invoice_leaves_the_buyers_yearly_ceiling(db):
    first = paid_invoice(db, 1, lines=LOTS_OF_WORK)
    assert first.rot_rut_deduction == D(50_000)  # 200 000 kr labour: 30 % within ROT's ceiling
    create_credit_note(db, first.id, PAID)
    draft = new_draft(db, first.customer_id, PAID)
    draft = save_draft(db, replace(draft, rot_rut="rot", lines=LOTS_OF_WORK + ROT_LINES))
    again = get_invoice(db, issue_invoice(db, draft.id, PAID).id)
    assert again.rot_rut_deduction == D(50_000)
