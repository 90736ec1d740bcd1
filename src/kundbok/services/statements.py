"""Statements of account (kontoutdrag): a customer's invoices, credit notes, payments and
reminders of a period with a running balance, one statement per currency.

What is open now is read as the customer ledger reads it (`open_amounts.open_invoices`), so the
balance at the end of a statement reaching today is the customer's line in Kundreskontra.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kundbok.db.models import Invoice, Payment, Reminder, ReminderItem
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.domain.statement import Entry, EntryKind, OpenDocument, Statement, build_statement
from kundbok.services.customers import details_of, load_customer
from kundbok.services.invoices import address_text
from kundbok.services.open_amounts import open_invoices

ZERO = Decimal("0.00")


@dataclass(frozen=True)
class CustomerStatement:
    """A customer's statements of a period, one per currency it has been invoiced in (at
    least one: in its own currency), with what the document prints of the customer."""

    customer_id: int
    customer_number: int
    name: str
    address: str
    language: str
    email: str
    first_day: dt.date
    last_day: dt.date
    statements: tuple[Statement, ...]

    def balance(self, currency: str) -> Decimal:
        """The balance at the end in `currency` (0 when the customer has none in it)."""
        return sum((s.closing_balance for s in self.statements if s.currency == currency), ZERO)


def default_period(last_day: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The twelve months up to `last_day` (default today)."""
    last = last_day or dt.date.today()
    try:
        first = last.replace(year=last.year - 1) + dt.timedelta(days=1)
    except ValueError:  # 29 February
        first = last.replace(year=last.year - 1, day=28) + dt.timedelta(days=1)
    return first, last


def _documents(
    session: Session, customer_id: int
) -> tuple[list[Entry], dict[str, dict[int, OpenDocument]], dict[int, str]]:
    """The entries of the customer's invoices and credit notes, their payments and what is
    open on each now, by currency; and each invoice's currency."""
    open_now = {
        row.id: row.open_amount for row in session.execute(open_invoices([customer_id])).all()
    }
    invoices = (
        session.execute(
            select(Invoice).where(Invoice.customer_id == customer_id, Invoice.number.is_not(None))
        )
        .scalars()
        .all()
    )
    paid = dict(
        session.execute(
            select(Payment.invoice_id, func.sum(Payment.amount))
            .join(Invoice, Invoice.id == Payment.invoice_id)
            .where(Invoice.customer_id == customer_id, Payment.reversed.is_(False))
            .group_by(Payment.invoice_id)
        ).all()
    )
    by_id = {invoice.id: invoice for invoice in invoices}
    entries: list[Entry] = []
    documents: dict[str, dict[int, OpenDocument]] = {}
    for invoice in invoices:
        day = invoice.invoice_date or dt.date.today()
        due = invoice.total - invoice.rot_rut_deduction
        documents.setdefault(invoice.currency, {})[invoice.id] = OpenDocument(
            invoice.id, invoice.number, invoice.invoice_date, invoice.due_date,
            open_now.get(invoice.id, ZERO), invoice.ocr or "",
        )  # fmt: skip
        if invoice.kind == InvoiceKind.CREDIT_NOTE:
            credited = by_id.get(invoice.credited_invoice_id or 0)
            refunded = invoice.id in paid  # refunds are the credit note's payments
            entries.append(_credit_note_entry(invoice, credited, refunded))
            continue
        kind = EntryKind.INTEREST_INVOICE if invoice.interest_for_invoice_id else EntryKind.INVOICE
        entries.append(Entry(day, kind, due, invoice.id, invoice.number))
    payments = session.execute(
        select(Payment.invoice_id, Payment.payment_date, Payment.amount, Payment.method)
        .join(Invoice, Invoice.id == Payment.invoice_id)
        .where(Invoice.customer_id == customer_id, Payment.reversed.is_(False))
    ).all()
    for invoice_id, day, amount, method in payments:
        number = by_id[invoice_id].number if invoice_id in by_id else None
        # A negative payment is money paid back: a refund of a credit note or an overpayment.
        kind = EntryKind.REFUND if amount < 0 else EntryKind.PAYMENT
        entries.append(Entry(day, kind, -amount, invoice_id, number, method))
    currencies = {invoice.id: invoice.currency for invoice in invoices}
    return entries, documents, currencies


def _credit_note_entry(note: Invoice, credited: Invoice | None, refunded: bool) -> Entry:
    """A credit note settles what was open on its invoice and leaves the rest to the customer's
    good (refunded by payments of its own). One that only settled its invoice belongs to that
    invoice, so that a statement ending before it shows the invoice open."""
    day = note.invoice_date or dt.date.today()
    amount = note.total - note.rot_rut_deduction
    reference = str(credited.number) if credited and credited.number else ""
    settled_only = note.state == InvoiceState.PAID and credited is not None and not refunded
    owner = credited.id if settled_only and credited is not None else note.id
    return Entry(day, EntryKind.CREDIT_NOTE, amount, owner, note.number, reference)


def _reminder_entries(
    session: Session, customer_id: int, currencies: dict[int, str]
) -> list[tuple[str, Entry]]:
    rows = session.execute(
        select(Reminder.id, Reminder.reminder_date, Reminder.fee, func.min(ReminderItem.invoice_id))
        .join(ReminderItem, ReminderItem.reminder_id == Reminder.id)
        .where(Reminder.customer_id == customer_id)
        .group_by(Reminder.id, Reminder.reminder_date, Reminder.fee)
    ).all()
    return [
        (
            currencies.get(invoice_id, "SEK"),
            Entry(day, EntryKind.REMINDER, ZERO, None, number, fee=fee),
        )
        for number, day, fee, invoice_id in rows
    ]


def statement_of(
    db: Database, customer_id: int, first_day: dt.date, last_day: dt.date
) -> CustomerStatement:
    """The customer's statements from `first_day` to `last_day` inclusive, one per currency."""
    if last_day < first_day:
        raise ValidationError(
            "first_day",
            QT_TRANSLATE_NOOP("messages", "The statement's period ends before it begins."),
        )
    with db.unit_of_work(write=False) as session:
        customer = load_customer(session, customer_id)
        details = details_of(customer)
        entries, documents, currencies = _documents(session, customer_id)
        reminders = _reminder_entries(session, customer_id, currencies)
    by_currency: dict[str, list[Entry]] = {currency: [] for currency in documents}
    for entry in entries:
        currency = currencies.get(entry.invoice_id or 0, details.currency)
        by_currency.setdefault(currency, []).append(entry)
    for currency, entry in reminders:
        by_currency.setdefault(currency, []).append(entry)
    by_currency.setdefault(details.currency, [])
    statements = tuple(
        build_statement(
            currency, first_day, last_day, by_currency[currency], documents.get(currency, {})
        )
        for currency in sorted(by_currency, key=lambda c: (c != details.currency, c))
    )
    return CustomerStatement(
        customer_id=customer_id,
        customer_number=customer.number,
        name=customer.name,
        address=address_text(details.address("billing"), customer.language),
        language=customer.language,
        email=customer.email,
        first_day=first_day,
        last_day=last_day,
        statements=statements,
    )
