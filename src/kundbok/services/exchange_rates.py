"""Exchange rates of invoices in other currencies: the rate a new invoice offers, and the rate
recorded afterwards on an invoice issued before rates were kept."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from kundbok.db.models import Invoice
from kundbok.db.session import Database
from kundbok.domain.currency import check_exchange_rate, in_kronor, missing_rate
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceDetails, InvoiceState
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import invoice_details, load_invoice


def last_exchange_rate(session: Session, currency: str) -> tuple[Decimal, dt.date] | None:
    """The rate of the latest issued invoice in `currency`, and its date: what a new invoice
    in that currency offers until the user enters the rate of its own delivery date."""
    if in_kronor(currency):
        return None
    row = session.execute(
        select(Invoice.exchange_rate, Invoice.invoice_date)
        .where(
            Invoice.currency == currency,
            Invoice.exchange_rate.is_not(None),
            Invoice.number.is_not(None),
        )
        .order_by(Invoice.invoice_date.desc(), Invoice.id.desc())
        .limit(1)
    ).first()
    if row is None or row.exchange_rate is None or row.invoice_date is None:
        return None
    return row.exchange_rate, row.invoice_date


def with_checked_rate(draft: InvoiceDetails) -> InvoiceDetails:
    """The draft with its exchange rate checked; an invoice in kronor keeps none."""
    if in_kronor(draft.currency):
        return replace(draft, exchange_rate=None)
    if draft.exchange_rate is not None:
        check_exchange_rate(draft.exchange_rate)
    return draft


def check_currency(invoice: Invoice) -> None:
    """An invoice in another currency is issued with its rate to SEK; ROT and RUT are
    claimed in kronor, so their invoices are in kronor."""
    if in_kronor(invoice.currency):
        return
    if invoice.exchange_rate is None:
        raise missing_rate(invoice.currency)
    if invoice.rot_rut:
        raise ValidationError(
            "rot_rut",
            QT_TRANSLATE_NOOP(
                "messages",
                "A ROT or RUT deduction is paid by Skatteverket in kronor: invoice it in SEK, "
                "not {currency}.",
            ),
            currency=invoice.currency,
        )


def set_exchange_rate(invoice: Invoice, rate: Decimal) -> None:
    """Give an invoice in another currency its rate; one in kronor takes none (RefusedError)."""
    if in_kronor(invoice.currency):
        raise RefusedError(
            QT_TRANSLATE_NOOP("messages", "The invoice is in kronor: it needs no exchange rate.")
        )
    invoice.exchange_rate = check_exchange_rate(rate)


def record_exchange_rate(db: Database, invoice_id: int, rate: Decimal) -> InvoiceDetails:
    """Record the rate of an issued invoice in another currency that has none (issued before
    Kundbok kept rates), so that it can be booked in kronor. A rate once recorded stays: an
    issued invoice's figures never change."""
    check_exchange_rate(rate)
    with db.unit_of_work() as session:
        invoice = load_invoice(session, invoice_id)
        if invoice.state == InvoiceState.DRAFT:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages", "A draft's exchange rate is entered in the invoice itself."
                )
            )
        if invoice.exchange_rate is not None:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Invoice {number} already has its exchange rate, {rate}; an issued "
                    "invoice's rate is not changed.",
                ),
                number=invoice.number,
                rate=f"{invoice.exchange_rate.normalize():f}",
            )
        set_exchange_rate(invoice, rate)
        invoice.updated_by = db.user
        session.flush()
        record_event(
            session,
            db.user,
            EventAction.EXCHANGE_RATE_RECORDED,
            customer_id=invoice.customer_id,
            invoice_id=invoice.id,
            changes={"exchange_rate": (None, rate)},
        )
        recorded = invoice_details(invoice)
        session.commit()
        return recorded
