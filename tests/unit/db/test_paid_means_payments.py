"""Migration 0014 on a register as older versions left it: invoices marked paid without payments
get their payment, credit notes their ROT/RUT deduction and their refund (or their refund due
back), so that what is open is always the amount due less the payments, on both databases."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from alembic import command
from sqlalchemy import text
from tests.helpers.rot_rut_invoices import ROT_LINES, personnummer
from tests.helpers.shortcuts import new_draft

from kundbok.db.migrate import alembic_config
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import customer_balance, get_invoice, list_invoices
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import invoice_payments, register_payment
from kundbok.services.reminders.overdue import overdue_customers

DAY = dt.date(2026, 2, 2)
PAID = dt.date(2026, 2, 10)
CREDITED = dt.date(2026, 2, 20)
LINE = (LineDetails(description="Arbete", quantity=D(1), unit_price=D(800), vat_rate=D(25)),)


def invoiced(db, name: str, rot: bool = False):
    details = CustomerDetails(name=name, payment_terms_days=10)
    if rot:
        details = replace(
            details,
            kind="private",
            personal_number=personnummer(dt.date(1970, 5, 17), len(name)),
            rot_rut_property="Umeå Haga 1:1",
        )
    draft = new_draft(db, create_customer(db, details).id, DAY)
    lines = {"rot_rut": "rot", "lines": ROT_LINES} if rot else {"lines": LINE}
    return issue_invoice(db, save_draft(db, replace(draft, **lines)).id, DAY)


def as_before(db, sql: str, **values) -> None:
    """Put rows back as an older version wrote them."""
    with db.engine.begin() as connection:
        connection.execute(text(sql), values)


def marked_paid_before_payments(db, invoice) -> None:
    as_before(db, "DELETE FROM payment WHERE invoice_id = :id", id=invoice.id)
    as_before(db, "UPDATE invoice SET state = 'paid', paid_date = :day WHERE id = :id",
              id=invoice.id, day=PAID)  # fmt: skip


def upgrade_again(db) -> None:
    """Run 0014 over the rows as they are now (its downgrade leaves the data)."""
    config = alembic_config()
    with db.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0013")
        command.upgrade(config, "head")


def test_the_upgrade_gives_paid_invoices_their_payments_and_credit_notes_their_refunds(any_db):
    db = any_db
    marked = invoiced(db, "Markerad AB")
    marked_paid_before_payments(db, marked)
    refunded = invoiced(db, "Återbetald AB")  # marked paid, credited, marked refunded
    marked_paid_before_payments(db, refunded)
    refunded_note = create_credit_note(db, refunded.id, CREDITED)
    as_before(db, "DELETE FROM payment WHERE invoice_id = :id", id=refunded_note.id)
    as_before(db, "UPDATE invoice SET state = 'paid', paid_date = :day WHERE id = :id",
              id=refunded_note.id, day=CREDITED)  # fmt: skip
    part_paid = invoiced(db, "Delbetald AB")  # its credit note settled it at once
    register_payment(db, part_paid.id, D(400), PAID)
    part_note = create_credit_note(db, part_paid.id, CREDITED)
    as_before(db, "UPDATE invoice SET state = 'paid', paid_date = :day WHERE id = :id",
              id=part_note.id, day=CREDITED)  # fmt: skip
    rot = invoiced(db, "Rot", rot=True)
    rot_note = create_credit_note(db, rot.id, CREDITED)
    as_before(db, "UPDATE invoice SET rot_rut_deduction = 0 WHERE id = :id", id=rot_note.id)
    unpaid = invoiced(db, "Obetald AB")
    unpaid_note = create_credit_note(db, unpaid.id, CREDITED)

    upgrade_again(db)

    assert [(p.amount, p.payment_date) for p in invoice_payments(db, marked.id)] == [
        (D("1000.00"), PAID)
    ]
    assert [p.amount for p in invoice_payments(db, refunded.id)] == [D("1000.00")]
    assert [(p.amount, p.payment_date) for p in invoice_payments(db, refunded_note.id)] == [
        (D("-1000.00"), CREDITED)
    ]
    assert get_invoice(db, part_note.id).state == "issued"
    assert customer_balance(db, part_paid.customer_id) == D(-400)  # owed back
    assert get_invoice(db, rot_note.id).rot_rut_deduction == D(-2250)
    assert customer_balance(db, rot.customer_id) == 0
    assert get_invoice(db, unpaid_note.id).state == "paid"
    assert invoice_payments(db, unpaid_note.id) == []
    for invoice in (marked, refunded, unpaid):
        assert customer_balance(db, invoice.customer_id) == 0

    # Run again, nothing changes: every row already has what it needs.
    upgrade_again(db)
    assert len(invoice_payments(db, marked.id)) == len(invoice_payments(db, refunded_note.id)) == 1

    # A 1 kr payment on the invoice marked paid long ago makes it overpaid by 1 kr; before,
    # it reopened the whole invoice and sent the customer to the reminders.
    register_payment(db, marked.id, D(1), CREDITED)
    row = next(row for row in list_invoices(db, today=CREDITED) if row.id == marked.id)
    assert (row.status, row.open_amount) == (InvoiceStatus.OVERPAID, D(-1))
    assert not overdue_customers(db, CREDITED)
