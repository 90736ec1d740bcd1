"""What is open on invoices and credit notes, as the queries of lists and reports read it: the
customer ledger (Kundreskontra), statements of account, credit limits and the customer list's
column share this one reading.

The rules are the domain's (`domain.invoice.open_amount`, `status`); where a query must filter or
sum by them, this module repeats them in SQL, once, and `tests/unit/services/test_open_amounts.py`
compares the two on every state, kind and payment of a document.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Date,
    Select,
    and_,
    case,
    false,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Subquery

from kundbok.db.models import Invoice, Payment
from kundbok.db.types import Money
from kundbok.domain.invoice import InvoiceKind, InvoiceState, InvoiceStatus, open_amount

CENT = Decimal("0.01")


# The invoices whose payments a query reads: ids, a query of them, or a bound list of ids.
InvoiceIds = Sequence[int] | Select[int] | BindParameter[Any]


def paid_per_invoice(invoice_ids: InvoiceIds | None = None) -> Subquery:
    """The sum of the payments not reversed per invoice (`invoice_id`, `paid`; refunds count
    negative), to join in queries that read many invoices at once; only of `invoice_ids` when
    given (a page of a list, the open invoices: the payments' index, not every payment)."""
    statement = select(Payment.invoice_id, func.sum(Payment.amount).label("paid")).where(
        Payment.reversed.is_(False)
    )
    if invoice_ids is not None:
        statement = statement.where(Payment.invoice_id.in_(invoice_ids))
    return statement.group_by(Payment.invoice_id).subquery()


# A credit note's invoice, joined beside it.
_CREDITED = aliased(Invoice, name="credited_invoice")


class OpenAmounts:
    """The joins and columns a query needs for what is open on each invoice it reads: its own
    payments and, for a credit note, its invoice with that invoice's payments.

    `per_row` sums each invoice's payments through their index as the row is read, for a query
    limited to a few customers; otherwise the payments are summed once and joined: those of
    `invoice_ids` only, when the query reads no others (a page of a list), else all."""

    def __init__(self, per_row: bool = False, invoice_ids: InvoiceIds | None = None) -> None:
        self.paid = None if per_row else paid_per_invoice(invoice_ids)

    def joined(self, statement: Select) -> Select:  # type: ignore[type-arg]
        """`statement` (over Invoice) with the payments and the credited invoice joined."""
        if self.paid is not None:
            statement = statement.outerjoin(self.paid, self.paid.c.invoice_id == Invoice.id)
        return statement.outerjoin(_CREDITED, _CREDITED.id == Invoice.credited_invoice_id)

    @property
    def _paid(self) -> ColumnElement[Any]:
        if self.paid is not None:
            return self.paid.c.paid
        return (
            select(func.sum(Payment.amount))
            .where(Payment.invoice_id == Invoice.id, Payment.reversed.is_(False))
            .correlate(Invoice)
            .scalar_subquery()
        )

    @property
    def paid_sum(self) -> ColumnElement[Decimal]:
        """What was paid on the invoice, net of refunds (0 without payments)."""
        return type_coerce(func.coalesce(self._paid, 0), Money)

    @property
    def amount_due(self) -> ColumnElement[Decimal]:
        """The total less a ROT/RUT deduction."""
        return type_coerce(Invoice.total - Invoice.rot_rut_deduction, Money)

    @property
    def open_amount(self) -> ColumnElement[Decimal]:
        """`domain.invoice.open_amount` in SQL, summed in integer öre by the database."""
        # Read for credit notes only (a CASE branch), through the payments' index: a second
        # sum over every payment would double what a list or report reads.
        credited_paid = (
            select(func.coalesce(func.sum(Payment.amount), 0))
            .where(Payment.invoice_id == _CREDITED.id, Payment.reversed.is_(False))
            .scalar_subquery()
        )
        credited_open = func.coalesce(
            _CREDITED.total - _CREDITED.rot_rut_deduction - credited_paid, 0
        )
        own = Invoice.total - Invoice.rot_rut_deduction - func.coalesce(self._paid, 0)
        return type_coerce(
            case(
                (Invoice.state.in_((InvoiceState.DRAFT, InvoiceState.CREDITED)), 0),
                (Invoice.kind == InvoiceKind.CREDIT_NOTE, own + credited_open),
                else_=own,
            ),
            Money,
        )

    def status_is(self, status: str, today: dt.date) -> ColumnElement[bool]:
        """`domain.invoice.status(...) == status` in SQL."""
        invoice = Invoice.kind == InvoiceKind.INVOICE
        note = Invoice.kind == InvoiceKind.CREDIT_NOTE
        issued = Invoice.state == InvoiceState.ISSUED
        paid_state = Invoice.state == InvoiceState.PAID
        late = Invoice.due_date < today  # `days_late` > 0; NULL (no due date) is never late
        not_late = or_(Invoice.due_date.is_(None), Invoice.due_date >= today)
        conditions: dict[str, ColumnElement[bool]] = {
            InvoiceStatus.DRAFT: Invoice.state == InvoiceState.DRAFT,
            InvoiceStatus.OVERDUE: and_(invoice, issued, late),
            InvoiceStatus.UNPAID: and_(invoice, issued, not_late, self.paid_sum <= 0),
            InvoiceStatus.PARTLY_PAID: and_(invoice, issued, not_late, self.paid_sum > 0),
            InvoiceStatus.PAID: and_(invoice, paid_state, self.paid_sum <= self.amount_due),
            InvoiceStatus.OVERPAID: and_(invoice, paid_state, self.paid_sum > self.amount_due),
            InvoiceStatus.CREDITED: Invoice.state == InvoiceState.CREDITED,
            InvoiceStatus.SETTLED: and_(note, paid_state),
            InvoiceStatus.REFUND_DUE: and_(note, issued),
        }
        return conditions.get(status, false())


def open_invoices(customer_ids: Collection[int] | None = None) -> Select[Any]:
    """The query of every invoice and credit note with something open: (`id`, `customer_id`,
    `buyer_name`, `due`, `currency`, `open_amount`), as `OpenAmounts.open_amount` counts it
    (credits negative). Limited to `customer_ids` when given."""
    amounts = OpenAmounts(per_row=customer_ids is not None)
    open_amount = amounts.open_amount
    due = type_coerce(func.coalesce(Invoice.due_date, Invoice.invoice_date), Date).label("due")
    statement = amounts.joined(
        select(
            Invoice.id,
            Invoice.customer_id,
            Invoice.buyer_name,
            due,
            Invoice.currency,
            open_amount.label("open_amount"),
        )
    ).where(Invoice.state.in_((InvoiceState.ISSUED, InvoiceState.PAID)), open_amount != 0)
    if customer_ids is not None:
        statement = statement.where(Invoice.customer_id.in_(customer_ids))
    return statement


def open_per_customer(
    customer_ids: Collection[int] | BindParameter[Any], currency: str = "SEK"
) -> Subquery:
    """What each of the customers owes in `currency`, as `open_invoices` counts it: a
    subquery (`customer_id`, `open_amount`) to join to a page of customers."""
    amounts = OpenAmounts(per_row=True)
    open_amount = amounts.open_amount
    return (
        amounts.joined(
            select(
                Invoice.customer_id,
                type_coerce(func.sum(open_amount), Money).label("open_amount"),
            )
        )
        .where(
            Invoice.customer_id.in_(customer_ids),
            Invoice.currency == currency,
            Invoice.state.in_((InvoiceState.ISSUED, InvoiceState.PAID)),
        )
        .group_by(Invoice.customer_id)
        .subquery()
    )


def _kronor(value: object) -> Decimal:
    """A summed Money column: a Decimal in kronor, or 0 when there was nothing to sum."""
    return Decimal(0) if value is None else Decimal(str(value)).quantize(CENT)


def paid_on(session: Session, invoice_id: int) -> Decimal:
    """What was paid on one invoice, net of refunds and without reversed payments."""
    paid = session.scalar(
        select(func.sum(Payment.amount)).where(
            Payment.invoice_id == invoice_id, Payment.reversed.is_(False)
        )
    )
    return _kronor(paid)


def open_on(session: Session, invoice: Invoice) -> Decimal:
    """What is open on one stored invoice or credit note now (`domain.invoice.open_amount`)."""
    session.flush()
    credited_open = Decimal(0)
    if invoice.kind == InvoiceKind.CREDIT_NOTE and invoice.credited_invoice_id is not None:
        credited = session.get(Invoice, invoice.credited_invoice_id)
        if credited is not None:
            credited_open = (
                credited.total - credited.rot_rut_deduction - paid_on(session, credited.id)
            )
    return open_amount(
        invoice.kind,
        invoice.state,
        invoice.total - invoice.rot_rut_deduction,
        paid_on(session, invoice.id),
        credited_open,
    )
