"""Paid ROT and RUT invoices to private buyers, for the claim tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from stdnum import luhn
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import InvoiceDetails, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment

PAID = dt.date(2025, 3, 20)
ROT_LINES = (
    LineDetails(description="Rörarbete", quantity=D(10), unit="tim", unit_price=D("600.00"),
                vat_rate=D(25), kind="labour", work_type="Vvs"),
    LineDetails(description="Blandare", quantity=D(1), unit="st", unit_price=D("1200.00"),
                vat_rate=D(25), kind="material"),
    LineDetails(description="Resa", quantity=D(1), unit="st", unit_price=D("200.00"),
                vat_rate=D(25)),
)  # fmt: skip
RUT_LINES = (
    LineDetails(description="Städning", quantity=D(4), unit="tim", unit_price=D("400.00"),
                vat_rate=D(25), kind="labour", work_type="Stadning"),
)  # fmt: skip


def personnummer(born: dt.date, serial: int) -> str:
    """A valid 12-digit personnummer."""
    body = born.strftime("%y%m%d") + f"{serial:03d}"
    return born.strftime("%Y")[:2] + body + luhn.calc_check_digit(body)


def paid_invoice(
    db, n: int, kind="rot", lines=ROT_LINES, born=dt.date(1970, 5, 17), paid=PAID
) -> InvoiceDetails:
    """Issue a ROT (or RUT) invoice to a new private buyer and register its payment in full."""
    customer = create_customer(
        db,
        CustomerDetails(
            name=f"Köpare {n}",
            kind="private",
            personal_number=personnummer(born, n % 1000),
            rot_rut_property=f"Umeå Haga {n}:1",
        ),
    )
    draft = new_draft(db, customer.id, paid - dt.timedelta(days=10))
    draft = save_draft(db, replace(draft, rot_rut=kind, lines=lines))
    invoice = issue_invoice(db, draft.id, paid - dt.timedelta(days=10))
    due = invoice.totals().to_pay
    register_payment(db, invoice.id, due, paid, "bankgiro")
    return get_invoice(db, invoice.id)
