"""What the invoice list's search box matches: one text against numbers, OCR, customers,
amounts and references.

A text that reads as a whole number may be an invoice number, an OCR number, a customer number
or an amount in kronor ("2613"); one that reads as an amount ("2 613,00") is compared with what
the invoice totals and what it asks to be paid, through the one amount parser
(`domain.money.parse_amount`); any text finds the invoices of the customers the customer
list's search finds (words of the name, the city, ...) and is looked for inside the
references (theirs, the order number and the buyer's referenskod).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, or_, select, type_coerce

from kundbok.db.models import Customer, Invoice
from kundbok.db.types import Money
from kundbok.domain.errors import ValidationError
from kundbok.domain.money import parse_amount
from kundbok.services.search import customers_matching

# The longest text compared as a number: an OCR number has at most 25 digits.
LONGEST_NUMBER = 25


# The list's filter of issued invoices that went out no way Kundbok knows of.
UNSENT = "unsent"


def never_sent() -> ColumnElement[bool]:
    """An invoice neither e-mailed, printed nor written as an e-invoice file."""
    return and_(
        Invoice.sent_at.is_(None),
        Invoice.printed_at.is_(None),
        Invoice.einvoice_written_at.is_(None),
    )


@dataclass(frozen=True)
class InvoiceQuery:
    """What the invoice list shows: the search text, a status as the list shows it ("paid"
    includes overpaid), one customer and the invoice dates from and to (both included)."""

    text: str = ""
    status: str | None = None
    customer_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def _amount(text: str) -> Decimal | None:
    try:
        return parse_amount(text)
    except ValidationError:
        return None


def _contains(column: Any, pattern: str, dialect: str) -> ColumnElement[bool]:
    # SQLite's LIKE ignores the case of ASCII letters by itself (and its lower() folds no
    # others), so the column is compared as it is: lower() on every row cost more than the rest
    # of the search. PostgreSQL's ILIKE ignores the case of every letter.
    compare = column.ilike if dialect == "postgresql" else column.like
    matches: ColumnElement[bool] = compare(pattern, escape="/")
    return matches


def _text_matches(text: str, dialect: str) -> ColumnElement[bool]:
    """Where `text` (stripped, not empty) matches an invoice."""
    escaped = text.replace("/", "//").replace("%", "/%").replace("_", "/_")
    pattern = f"%{escaped}%"  # one bound value, not a pattern built again on each row
    conditions: list[ColumnElement[bool]] = [
        _contains(column, pattern, dialect)
        for column in (Invoice.their_reference, Invoice.order_reference, Invoice.buyer_reference)
    ]
    compact = "".join(text.split())
    # Only customers that have invoices can be found through them.
    customers = customers_matching(text, select(Invoice.customer_id).distinct())
    if compact.isdigit() and len(compact) <= LONGEST_NUMBER:
        conditions.append(Invoice.ocr == compact)
        number = int(compact)
        # A number is an invoice's or a customer's exactly, not the start of a phone number.
        customers = select(Customer.id).where(Customer.number == number)
        if number < 2**31:
            conditions.append(Invoice.number == number)
    if customers is not None:
        # The customers are chosen first (through the index of their words): the invoices are
        # then walked without reading a customer each.
        conditions.append(Invoice.customer_id.in_(customers))
    amount = _amount(text)
    if amount is not None:
        due = type_coerce(Invoice.total - Invoice.rot_rut_deduction, Money)
        conditions += [Invoice.total == amount, due == amount]
    return or_(*conditions)


def matching(
    statement: Select,  # type: ignore[type-arg]
    query: InvoiceQuery,
    dialect: str,
) -> Select:  # type: ignore[type-arg]
    """`statement` (over Invoice) limited to the query's text, customer and dates, for the
    database `dialect` ("sqlite", "postgresql"); the status is the caller's, since it needs what
    is open."""
    text = query.text.strip()
    if text:
        statement = statement.where(_text_matches(text, dialect))
    if query.customer_id is not None:
        statement = statement.where(Invoice.customer_id == query.customer_id)
    if query.date_from is not None:
        statement = statement.where(Invoice.invoice_date >= query.date_from)
    if query.date_to is not None:
        statement = statement.where(Invoice.invoice_date <= query.date_to)
    return statement
