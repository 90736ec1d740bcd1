"""What is open on invoices: the one reading of it that the customer ledger (Kundreskontra),
statements of account, credit limits and the customer list's column share.

An invoice is open while it is issued and not paid in full (its amount less the ROT/RUT
deduction and its payments); a paid invoice stays open only when overpaid, as a credit; a
credit note is open (negative) while its refund is due.
"""

from __future__ import annotations

from collections.abc import Collection
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    ScalarSelect,
    Select,
    Subquery,
    and_,
    func,
    or_,
    select,
    type_coerce,
)

from kundbok.db.models import Invoice, Payment
from kundbok.db.types import Money
from kundbok.domain.invoice import InvoiceKind, InvoiceState


def paid_on_invoice() -> ScalarSelect[Decimal]:
    """The sum of the payments not reversed on the invoice of the enclosing query's row (NULL
    when none): a correlated subquery that reads one invoice's payments through their index."""
    return (
        select(func.sum(Payment.amount))
        .where(Payment.invoice_id == Invoice.id, Payment.reversed.is_(False))
        .correlate(Invoice)
        .scalar_subquery()
    )


def _open_amount(paid: ColumnElement[Any]) -> ColumnElement[Decimal]:
    # Summed in integer öre by the database: exact, and one value to read per invoice rather
    # than three (20,000 invoices are read on every refresh of the view).
    return type_coerce(Invoice.total - Invoice.rot_rut_deduction - func.coalesce(paid, 0), Money)


def _still_open(open_amount: ColumnElement[Decimal]) -> ColumnElement[bool]:
    return or_(
        Invoice.state == InvoiceState.ISSUED,
        # Once paid, only an overpaid invoice stays open, as a credit.
        and_(
            Invoice.state == InvoiceState.PAID, Invoice.kind == InvoiceKind.INVOICE, open_amount < 0
        ),
    )


def open_invoices(customer_ids: Collection[int] | None = None) -> Select[Any]:
    """The query of every invoice and credit note with something open: (`id`, `customer_id`,
    `buyer_name`, `due`, `currency`, `open_amount`); issued invoices less their payments,
    overpayments and refunds due on credit notes as credits (negative). Limited to
    `customer_ids` when given (their payments then summed per invoice through its index)."""
    due = type_coerce(func.coalesce(Invoice.due_date, Invoice.invoice_date), Date).label("due")
    if customer_ids is None:
        # Late: the booking module is not needed by the customer list, which loads this one.
        from kundbok.services.payments.booking import paid_per_invoice

        paid = paid_per_invoice()
        open_amount = _open_amount(paid.c.paid)
        statement = select(Invoice.id).outerjoin(paid, paid.c.invoice_id == Invoice.id)
    else:
        open_amount = _open_amount(paid_on_invoice())
        statement = select(Invoice.id).where(Invoice.customer_id.in_(customer_ids))
    return statement.add_columns(
        Invoice.customer_id,
        Invoice.buyer_name,
        due,
        Invoice.currency,
        open_amount.label("open_amount"),
    ).where(_still_open(open_amount))


def open_per_customer(
    customer_ids: Collection[int] | BindParameter[Any], currency: str = "SEK"
) -> Subquery:
    """What each of the customers owes in `currency`, as `open_invoices` counts it: a
    subquery (`customer_id`, `open_amount`) to join to a page of customers."""
    open_amount = _open_amount(paid_on_invoice())
    return (
        select(
            Invoice.customer_id,
            type_coerce(func.sum(open_amount), Money).label("open_amount"),
        )
        .where(
            Invoice.customer_id.in_(customer_ids),
            Invoice.currency == currency,
            _still_open(open_amount),
        )
        .group_by(Invoice.customer_id)
        .subquery()
    )
