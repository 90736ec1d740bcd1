"""Payments on invoices: register one (part payments and overpayments too), reverse one, list them.

An invoice's state follows its payments: paid once they cover it, issued again when a reversal
leaves part of it open. A reversed payment is kept, flagged, so that its history stays readable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kundbok.db.models import Invoice, Payment
from kundbok.db.session import Database
from kundbok.domain.currency import check_exchange_rate, in_kronor
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import (
    PAYMENT_METHODS,
    InvoiceKind,
    InvoiceState,
    state_after_payments,
)
from kundbok.domain.limits import check_amount
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import load_invoice
from kundbok.services.open_amounts import open_on

CENT = Decimal("0.01")


@dataclass(frozen=True)
class PaymentDetails:
    """One payment as the screens and the command line show it."""

    id: int
    invoice_id: int
    payment_date: dt.date
    amount: Decimal
    method: str
    reference: str
    transaction_id: str | None
    reversed: bool
    reversed_date: dt.date | None
    # Kronor for one unit of the invoice's currency that day (None: the invoice's own rate).
    exchange_rate: Decimal | None = None


@dataclass(frozen=True)
class PaymentResult:
    """What a registered payment did: the payment, and the invoice's figures after it."""

    payment: PaymentDetails
    invoice_number: int | None
    amount_due: Decimal
    paid: Decimal
    state: str

    @property
    def open_amount(self) -> Decimal:
        """What is still owed (negative: paid too much)."""
        return self.amount_due - self.paid


def _details(payment: Payment) -> PaymentDetails:
    return PaymentDetails(
        id=payment.id,
        invoice_id=payment.invoice_id,
        payment_date=payment.payment_date,
        amount=payment.amount,
        method=payment.method,
        reference=payment.reference,
        transaction_id=payment.transaction_id,
        reversed=payment.reversed,
        reversed_date=payment.reversed_date,
        exchange_rate=payment.exchange_rate,
    )


def amount_due(invoice: Invoice) -> Decimal:
    """What the buyer pays: the total less a ROT/RUT deduction claimed from Skatteverket."""
    return invoice.total - invoice.rot_rut_deduction


def paid_amounts(session: Session, invoice_ids: Collection[int]) -> dict[int, Decimal]:
    """The sum of the payments not reversed, per invoice (invoices without any are left out)."""
    if not invoice_ids:
        return {}
    rows = session.execute(
        select(Payment.invoice_id, func.sum(Payment.amount))
        .where(Payment.invoice_id.in_(invoice_ids), Payment.reversed.is_(False))
        .group_by(Payment.invoice_id)
    ).all()
    # The sum keeps the column's type, so it comes back in kronor as a Decimal.
    return {invoice_id: Decimal(total).quantize(CENT) for invoice_id, total in rows}


def seen_transaction_ids(session: Session, candidates: Collection[str]) -> set[str]:
    """Those of `candidates` that were booked before."""
    if not candidates:
        return set()
    found = session.scalars(
        select(Payment.transaction_id).where(Payment.transaction_id.in_(candidates))
    )
    return {transaction_id for transaction_id in found if transaction_id is not None}


def _check(invoice: Invoice, amount: Decimal, method: str, payment_date: dt.date) -> None:
    check_amount("amount", amount)  # first: 1E+30 cannot even be rounded to öre
    if payment_date > dt.date.today():
        raise ValidationError(
            "payment_date",
            QT_TRANSLATE_NOOP(
                "messages", "A payment cannot be dated after today ({date} was given)."
            ),
            date=payment_date.isoformat(),
        )
    if invoice.kind != InvoiceKind.INVOICE or invoice.state not in (
        InvoiceState.ISSUED,
        InvoiceState.PAID,
    ):
        raise RefusedError(
            QT_TRANSLATE_NOOP("messages", "Payments can only be registered on an issued invoice.")
        )
    if amount <= 0 or amount != amount.quantize(CENT):
        raise ValidationError(
            "amount",
            QT_TRANSLATE_NOOP("messages", "A payment must be a positive amount in kronor and öre."),
        )
    if method not in PAYMENT_METHODS:
        raise ValidationError(
            "method",
            QT_TRANSLATE_NOOP("messages", "Unknown payment method {method}."),
            method=method,
        )


def _payment_rate(invoice: Invoice, rate: Decimal | None) -> Decimal | None:
    """The rate a payment is booked at: a payment in kronor has none; one in another currency
    the rate given, else (None) its invoice's."""
    if rate is None:
        return None
    if in_kronor(invoice.currency):
        raise ValidationError(
            "exchange_rate",
            QT_TRANSLATE_NOOP(
                "messages", "Invoice {number} is in kronor: a payment on it has no exchange rate."
            ),
            number=invoice.number,
        )
    return check_exchange_rate(rate)


def _follow_payments(session: Session, invoice: Invoice, day: dt.date | None) -> Decimal:
    """Set the invoice's (or credit note's) state from what is open on it; returns what was
    paid."""
    session.flush()
    paid = paid_amounts(session, [invoice.id]).get(invoice.id, Decimal("0.00"))
    state = state_after_payments(invoice, open_on(session, invoice))
    if state != invoice.state:
        invoice.state = state
        invoice.paid_date = day if state == InvoiceState.PAID else None
    return paid


def book_payment(
    session: Session,
    user: str,
    invoice: Invoice,
    amount: Decimal,
    payment_date: dt.date,
    method: str = "transfer",
    reference: str = "",
    transaction_id: str | None = None,
    exchange_rate: Decimal | None = None,
) -> PaymentResult:
    """Register a payment inside the caller's transaction (the bank-file import books many).
    A payment in another currency than kronor is booked at `exchange_rate`, the rate of the
    day it came (None: at the invoice's rate)."""
    _check(invoice, amount, method, payment_date)
    payment = Payment(
        invoice_id=invoice.id,
        payment_date=payment_date,
        amount=amount,
        exchange_rate=_payment_rate(invoice, exchange_rate),
        method=method,
        reference=reference[:140],
        transaction_id=transaction_id,
        reversed=False,
    )
    session.add(payment)
    paid = _follow_payments(session, invoice, payment_date)
    record_event(
        session,
        user,
        EventAction.PAYMENT_REGISTERED,
        customer_id=invoice.customer_id,
        invoice_id=invoice.id,
        changes={"amount": (None, amount), "payment_date": (None, payment_date)},
    )
    return PaymentResult(
        _details(payment), invoice.number, amount_due(invoice), paid, invoice.state
    )


def register_payment(
    db: Database,
    invoice_id: int,
    amount: Decimal,
    payment_date: dt.date,
    method: str = "transfer",
    reference: str = "",
    exchange_rate: Decimal | None = None,
) -> PaymentResult:
    """Register money received on an issued invoice: a part payment leaves it open, a payment
    that covers it makes it paid, more than it is noted as overpaid. The amount is in the
    invoice's currency; one in another currency than kronor is booked at `exchange_rate`
    (None: the invoice's rate)."""
    with db.unit_of_work() as session:
        invoice = load_invoice(session, invoice_id)
        result = book_payment(
            session,
            db.user,
            invoice,
            amount,
            payment_date,
            method,
            reference,
            exchange_rate=exchange_rate,
        )
        session.commit()
        return result


def reverse_payment(db: Database, payment_id: int, day: dt.date) -> PaymentDetails:
    """Undo a payment registered by mistake: it stays in the list, flagged, and the invoice
    opens again for what it no longer covers."""
    with db.unit_of_work() as session:
        payment = session.get(Payment, payment_id)
        if payment is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The payment no longer exists."))
        if payment.reversed:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "The payment has already been reversed.")
            )
        payment.reversed = True
        payment.reversed_date = day
        invoice = load_invoice(session, payment.invoice_id)
        _follow_payments(session, invoice, invoice.paid_date)
        record_event(
            session,
            db.user,
            EventAction.PAYMENT_REVERSED,
            customer_id=invoice.customer_id,
            invoice_id=invoice.id,
            changes={"amount": (payment.amount, None), "payment_date": (payment.payment_date, day)},
        )
        details = _details(payment)
        session.commit()
        return details


def invoice_payments(db: Database, invoice_id: int) -> list[PaymentDetails]:
    """An invoice's payments, reversed ones included, oldest first."""
    with db.unit_of_work(write=False) as session:
        payments = session.scalars(
            select(Payment).where(Payment.invoice_id == invoice_id).order_by(Payment.id)
        ).all()
        return [_details(payment) for payment in payments]
