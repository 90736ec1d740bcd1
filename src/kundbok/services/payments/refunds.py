"""Refunds: money paid back to a customer, from a credit note's refund due or an overpayment.

A refund is a payment row of its own with a negative amount, on the credit note (or the
overpaid invoice) it settles. Negative, rather than a kind of payment of its own, so that every
sum of payments (what is open, the receivables, the customer's balance, the bookkeeping) counts
it without knowing of refunds; it is reversed like any payment. Its SIE voucher credits the bank
and debits the receivable (`sie.vouchers.refund_voucher`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from kundbok.db.models import Invoice, Payment
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import PAYMENT_METHODS, InvoiceState, can_refund, state_after_payments
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import load_invoice
from kundbok.services.open_amounts import open_on

CENT = Decimal("0.01")


@dataclass(frozen=True)
class RefundResult:
    """What a refund did: its payment row, and what is still owed back after it."""

    payment_id: int
    number: int | None
    amount: Decimal  # paid back, positive
    refund_due: Decimal  # still owed back after it
    state: str


def refund_due(session: Session, invoice: Invoice) -> Decimal:
    """What the business owes the customer on `invoice` now (0 when nothing)."""
    if not can_refund(invoice):
        return Decimal("0.00")
    return max(Decimal("0.00"), -open_on(session, invoice))


def _check(session: Session, invoice: Invoice, amount: Decimal, method: str) -> Decimal:
    due = refund_due(session, invoice)
    if due <= 0:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "There is nothing to refund on {number}: the customer is owed nothing."
            ),
            number=invoice.number,
        )
    if amount <= 0 or amount != amount.quantize(CENT):
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("messages", "A refund must be a positive amount in kronor and öre."),
        )
    if amount > due:
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("messages", "The customer is owed {due}: refund at most {due}."),
            due=f"{due:.2f}",
        )
    if method not in PAYMENT_METHODS:
        raise ValidationError(
            "method",
            QT_TRANSLATE_NOOP("messages", "Unknown payment method {method}."),
            method=method,
        )
    return due


def book_refund(
    session: Session,
    user: str,
    invoice: Invoice,
    amount: Decimal,
    day: dt.date,
    method: str = "transfer",
    reference: str = "",
) -> RefundResult:
    """Pay `amount` back inside the caller's transaction; a credit note is settled once nothing
    more is owed back."""
    due = _check(session, invoice, amount, method)
    payment = Payment(
        invoice_id=invoice.id,
        payment_date=day,
        amount=-amount,
        method=method,
        reference=reference[:140],
        transaction_id=None,
        reversed=False,
    )
    session.add(payment)
    state = state_after_payments(invoice, open_on(session, invoice))
    if state != invoice.state:
        invoice.state = state
        invoice.paid_date = day if state == InvoiceState.PAID else None
    record_event(
        session,
        user,
        EventAction.REFUNDED,
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        changes={"amount": (None, amount), "payment_date": (None, day)},
    )
    return RefundResult(payment.id, invoice.number, amount, due - amount, invoice.state)


def register_refund(
    db: Database,
    invoice_id: int,
    amount: Decimal,
    day: dt.date,
    method: str = "transfer",
    reference: str = "",
) -> RefundResult:
    """Record money paid back to the customer: from a credit note with a refund due, or from
    an overpaid invoice; at most what the customer is owed."""
    with db.unit_of_work() as session:
        invoice = load_invoice(session, invoice_id)
        result = book_refund(session, db.user, invoice, amount, day, method, reference)
        session.commit()
        return result
