"""The status and open-amount rules exist once, in the domain; the SQL that filters and sums by
them (`services.open_amounts`) is compared with it on every state × kind × unpaid, part-paid,
paid, overpaid, refunded × before, on and after the due date. The reminders' overdue list is
the list's "overdue"."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.rot_rut_invoices import ROT_LINES, personnummer
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import InvoiceKind, InvoiceStatus, LineDetails, open_amount
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice, list_invoices
from kundbok.services.invoices import (
    create_credit_note,
    issue_invoice,
    mark_paid,
    save_draft,
)
from kundbok.services.payments.booking import invoice_payments, register_payment, reverse_payment
from kundbok.services.payments.refunds import register_refund
from kundbok.services.reminders.overdue import overdue_customers

DAY = dt.date(2026, 3, 2)
DUE = DAY + dt.timedelta(days=10)
# The list's filter "paid" shows the overpaid too.
PAID_STATUSES = (InvoiceStatus.PAID, InvoiceStatus.OVERPAID)
LINE = (LineDetails(description="Arbete", quantity=D(1), unit_price=D(800), vat_rate=D(25)),)


@pytest.fixture
def register(any_db):
    """One document in every state the life cycle can reach, each with its own customer."""
    db = any_db
    from kundbok.services.demo_data import create_demo_company

    create_demo_company(db)
    counter = iter(range(1, 100))

    def invoice(paid: str | None = None, rot: bool = False, issue: bool = True):
        n = next(counter)
        details = CustomerDetails(name=f"Kund {n}", payment_terms_days=10)
        if rot:
            details = replace(
                details,
                kind="private",
                personal_number=personnummer(dt.date(1970, 5, 17), n),
                rot_rut_property="Umeå Haga 1:1",
            )
        customer = create_customer(db, details)
        draft = new_draft(db, customer.id, DAY)
        lines = ROT_LINES if rot else LINE
        draft = save_draft(db, replace(draft, rot_rut="rot" if rot else "", lines=lines))
        if not issue:
            return draft
        issued = issue_invoice(db, draft.id, DAY)
        if paid:
            register_payment(db, issued.id, D(paid), DAY)
        return issued

    invoice(issue=False)
    invoice()
    invoice("400")
    invoice("1000")
    invoice("1200")
    mark_paid(db, invoice().id, DAY)
    reversed_one = invoice("1000")
    reverse_payment(db, invoice_payments(db, reversed_one.id)[0].id, DAY)
    invoice("7000", rot=True)  # paid what it asks: 9 250 kr less the 2 250 kr reduction
    invoice("9250", rot=True)  # paid the whole price: 2 250 kr too much
    invoice("2000", rot=True)
    refunded_overpayment = invoice("1300")
    register_refund(db, refunded_overpayment.id, D("100"), DAY)
    for paid in (None, "400", "1000", "1200"):
        create_credit_note(db, invoice(paid).id, DAY)
    for refunded in ("300", "1000"):
        note = create_credit_note(db, invoice("1000").id, DAY)
        register_refund(db, note.id, D(refunded), DAY)
    create_credit_note(db, invoice("7000", rot=True).id, DAY)
    return db


def domain_open(db, row) -> D:
    """What the domain says is open on a listed document, from its payments."""

    def paid(invoice_id: int) -> D:
        return sum((p.amount for p in invoice_payments(db, invoice_id) if not p.reversed), D(0))

    document = get_invoice(db, row.id)
    due = document.totals().to_pay
    credited_open = D(0)
    if document.kind == InvoiceKind.CREDIT_NOTE:
        credited = get_invoice(db, document.credited_invoice_id)
        credited_open = credited.totals().to_pay - paid(credited.id)
    return open_amount(document.kind, document.state, due, paid(row.id), credited_open)


@pytest.mark.parametrize("today", [DAY, DUE, DUE + dt.timedelta(days=1)])
def test_the_lists_filters_are_the_domains_statuses(register, today):
    rows = list_invoices(register, today=today, limit=1000)
    # Every status the day allows: once late, the unpaid and the partly paid are overdue.
    assert len({row.status for row in rows}) == (7 if today > DUE else 8)
    for status in InvoiceStatus:
        wanted = PAID_STATUSES if status == InvoiceStatus.PAID else (status,)
        expected = {row.id for row in rows if row.status in wanted}
        found = {row.id for row in list_invoices(register, status, today=today, limit=1000)}
        assert found == expected, status


def test_the_open_amounts_the_queries_sum_are_the_domains(register):
    rows = list_invoices(register, today=DAY, limit=1000)
    assert {row.id: row.open_amount for row in rows} == {
        row.id: domain_open(register, row) for row in rows
    }
    assert {row.open_amount for row in rows} >= {D(-400), D(-700), D(-2250), D(-7000), D(600)}


def test_the_reminders_overdue_are_the_lists_overdue(register):
    after = DUE + dt.timedelta(days=1)
    overdue = {row.number for row in list_invoices(register, InvoiceStatus.OVERDUE, today=after)}
    reminded = {
        line.receivable.number
        for reminder in overdue_customers(register, after)
        for line in reminder.content.lines
    }
    assert reminded == overdue and len(overdue) == 4
    assert not overdue_customers(register, DUE)  # on the due date nothing is late yet
