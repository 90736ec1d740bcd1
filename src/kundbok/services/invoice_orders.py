"""Invoices made from an order of plain values, as scripts make them: the customer by its
number, lines by article number or free text, the references; saved as a draft or issued, in
one transaction, so that a refusal leaves nothing behind.

The command line's `kundbok invoice new` is the first user; quotes and contracts take the same
shape.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from kundbok.domain.invoice import InvoiceDetails, LineDetails
from kundbok.domain.invoicing import due_date
from kundbok.domain.line_orders import LineOrder, check_line_order
from kundbok.services.customers import find_customer_id
from kundbok.services.invoice_queries import article_line, invoice_details
from kundbok.services.invoices import checked_draft, issue_in_session, start_draft, store_draft
from kundbok.services.settings import get_company


@dataclass(frozen=True)
class InvoiceOrder:
    """What a new invoice is made of; a None reference is the customer card's."""

    customer_number: int
    lines: tuple[LineOrder, ...]
    invoice_date: dt.date | None = None  # also the delivery date; None: today
    text: str = ""
    their_reference: str | None = None
    order_reference: str = ""
    buyer_reference: str | None = None
    exchange_rate: Decimal | None = None  # an invoice in another currency than kronor
    rot_rut: str = ""  # "rot" or "rut": the tax reduction on the labour lines


@dataclass(frozen=True)
class OrderedInvoice:
    """The invoice made, and what the editor would have told about its customer."""

    invoice: InvoiceDetails
    customer_active: bool
    alert_text: str


def order_lines(
    db: Database, orders: Sequence[LineOrder], vat_rate: Decimal, discount: Decimal
) -> tuple[LineDetails, ...]:
    """The lines of `orders`: an article's description, unit, price, VAT and ROT/RUT kind from
    the register (NotFoundError for an unknown or passive article), free text at `vat_rate`;
    every line with the customer's `discount`, as the editor gives a new line."""
    lines = []
    for position, order in enumerate(orders, start=1):
        check_line_order(position, order)
        if order.article_number:
            line = article_line(db, order.article_number)
            if line is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("messages", "Line {line}: there is no article {number}."),
                    line=position,
                    number=order.article_number,
                )
        else:
            line = LineDetails(description=order.description.strip(), vat_rate=vat_rate)
        line = replace(line, quantity=order.quantity, discount_percent=discount)
        if order.unit_price is not None:
            line = replace(line, unit_price=order.unit_price)
        if order.vat_rate is not None:
            line = replace(line, vat_rate=order.vat_rate)
        lines.append(line)
    return tuple(lines)


def order_invoice(
    db: Database, order: InvoiceOrder, issue: bool = False, today: dt.date | None = None
) -> OrderedInvoice:
    """Make the invoice of `order` for the customer with its number, filled in from the card as
    the editor does (a blocked customer is refused): a draft, or with `issue` an issued invoice
    with its number. Everything is checked first; a refusal creates nothing."""
    day = order.invoice_date or today or dt.date.today()
    start = start_draft(db, find_customer_id(db, order.customer_number), day)
    default_vat = start.vat_rate if start.vat_rate is not None else get_company(db).vat_rate
    invoice = start.invoice
    draft = checked_draft(
        replace(
            invoice,
            invoice_date=day,
            delivery_date=day,
            due_date=due_date(day, invoice.payment_terms_days),
            lines=order_lines(db, order.lines, default_vat, start.discount_percent),
            text=order.text,
            their_reference=invoice.their_reference
            if order.their_reference is None
            else order.their_reference,
            order_reference=order.order_reference,
            buyer_reference=invoice.buyer_reference
            if order.buyer_reference is None
            else order.buyer_reference,
            exchange_rate=order.exchange_rate,  # never the last rate offered to the editor
            rot_rut=order.rot_rut,
        )
    )
    with db.unit_of_work(durable=issue) as session:
        stored = store_draft(session, db.user, draft)
        if issue:
            issue_in_session(session, stored, db.user, day)
        made = invoice_details(stored)
        session.commit()
    return OrderedInvoice(made, start.customer_active, start.alert_text)
