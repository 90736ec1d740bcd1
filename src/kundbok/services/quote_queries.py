"""What the quote screens read: one quote with what is invoiced of it, and the quote list.

The read side of quotes (the commands are in `quotes` and `quote_invoicing`).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.selectable import ScalarSelect

from kundbok.db.models import Customer, Invoice, Quote, QuoteBilled
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from kundbok.domain.invoice import InvoiceDetails, InvoiceState, LineDetails
from kundbok.domain.quote import QuoteDetails, QuoteState, QuoteStatus, quote_status
from kundbok.domain.quote_parts import QuoteLineBilling
from kundbok.services.invoice_queries import LINE_COLUMNS

ZERO = Decimal(0)
# The body's fields a quote keeps (the rest of an invoice's are the invoice's own).
BODY_FIELDS = (
    "customer_id",
    "currency",
    "language",
    "their_reference",
    "our_reference",
    "text",
    "rot_rut",
    "buyer_name",
    "buyer_number",
    "buyer_org_number",
    "buyer_personal_number",
    "buyer_vat_number",
    "buyer_country",
    "buyer_billing_address",
    "buyer_delivery_address",
    "buyer_rot_rut_property",
    "buyer_rot_rut_housing_org_number",
    "buyer_rot_rut_apartment_number",
)


def _counts(session: Session) -> ColumnElement[bool]:
    """Billed rows whose invoice still counts: a credited invoice gave its part back."""
    return and_(Invoice.id == QuoteBilled.invoice_id, Invoice.state != InvoiceState.CREDITED)


def billed_by_line(session: Session, quote_id: int) -> dict[int, Decimal]:
    """What part invoices not credited have billed of each line of the quote, by line id."""
    rows = session.execute(
        select(QuoteBilled.quote_line_id, func.sum(QuoteBilled.amount))
        .join(Invoice, _counts(session))
        .where(QuoteBilled.quote_id == quote_id)
        .group_by(QuoteBilled.quote_line_id)
    )
    return {line_id: Decimal(total) for line_id, total in rows}


def quote_details(quote: Quote, billed: Decimal = ZERO) -> QuoteDetails:
    """A stored quote as a plain value (loaded within the session)."""
    lines = tuple(
        LineDetails(**{name: getattr(line, name) for name in LINE_COLUMNS}, kind=line.line_kind)
        for line in quote.lines
    )
    body = InvoiceDetails(**{name: getattr(quote, name) for name in BODY_FIELDS}, lines=lines)
    return QuoteDetails(
        body=body,
        id=quote.id,
        number=quote.number,
        state=quote.state,
        quote_date=quote.quote_date,
        valid_until=quote.valid_until,
        sent_at=quote.sent_at,
        sent_to=quote.sent_to,
        billed=billed,
        version=quote.version,
    )


def load_quote(session: Session, quote_id: int, lock: bool = False) -> Quote:
    """The quote with its lines; NotFoundError when there is none. With `lock` the row is held
    until the transaction ends (PostgreSQL; SQLite's write transaction holds the file)."""
    statement = select(Quote).where(Quote.id == quote_id).options(selectinload(Quote.lines))
    if lock:
        statement = statement.with_for_update(of=Quote)
    quote = session.scalar(statement)
    if quote is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The quote no longer exists."))
    return quote


def stored_quote(session: Session, quote: Quote) -> QuoteDetails:
    """`quote` as a plain value with what is invoiced of it."""
    return quote_details(quote, sum(billed_by_line(session, quote.id).values(), ZERO))


def line_billing(session: Session, quote: Quote) -> list[QuoteLineBilling]:
    """Each line of the quote with what is invoiced of it, in order."""
    billed = billed_by_line(session, quote.id)
    details = quote_details(quote)
    return [
        QuoteLineBilling(line, billed.get(row.id, ZERO))
        for line, row in zip(details.body.lines, quote.lines, strict=True)
    ]


def get_quote(db: Database, quote_id: int) -> QuoteDetails:
    """One quote with its lines and what is invoiced of it."""
    with db.unit_of_work(write=False) as session:
        return stored_quote(session, load_quote(session, quote_id))


def find_quote_id(db: Database, number: int) -> int:
    """The id of the quote with `number`."""
    with db.unit_of_work(write=False) as session:
        quote_id = session.scalar(select(Quote.id).where(Quote.number == number))
    if quote_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no quote number {number}."), number=number
        )
    return quote_id


class QuotePart(NamedTuple):
    """One part invoice of a quote, as the quote's editor lists it."""

    invoice_id: int
    part: int
    number: int | None  # None: still a draft
    state: str
    amount: Decimal  # net billed


def quote_parts(db: Database, quote_id: int) -> list[QuotePart]:
    """The quote's part invoices, credited ones included, in order."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(
                Invoice.id,
                QuoteBilled.part,
                Invoice.number,
                Invoice.state,
                func.sum(QuoteBilled.amount),
            )
            .join(Invoice, Invoice.id == QuoteBilled.invoice_id)
            .where(QuoteBilled.quote_id == quote_id)
            .group_by(Invoice.id, QuoteBilled.part, Invoice.number, Invoice.state)
            .order_by(QuoteBilled.part)
        )
        return [
            QuotePart(invoice_id, part, number, state, Decimal(amount))
            for invoice_id, part, number, state, amount in rows
        ]


class QuoteRow(NamedTuple):
    """One line of the quote list."""

    id: int
    number: int
    status: QuoteStatus
    customer_id: int
    customer_number: int
    customer_name: str
    quote_date: dt.date
    valid_until: dt.date
    total: Decimal
    currency: str
    billed: Decimal  # net invoiced
    net_total: Decimal


def _billed_column() -> ScalarSelect[Decimal]:
    """The net invoiced of the quote in the row (a correlated sum)."""
    return (
        select(func.coalesce(func.sum(QuoteBilled.amount), 0))
        .join(Invoice, and_(Invoice.id == QuoteBilled.invoice_id))
        .where(QuoteBilled.quote_id == Quote.id, Invoice.state != InvoiceState.CREDITED)
        .correlate(Quote)
        .scalar_subquery()
    )


def _status_is(
    status: QuoteStatus, today: dt.date, billed: ScalarSelect[Decimal]
) -> ColumnElement[bool]:
    """`domain.quote.quote_status` as SQL, for the filter (a test compares the two)."""
    open_states = Quote.state.in_((QuoteState.DRAFT, QuoteState.SENT))
    accepted = Quote.state == QuoteState.ACCEPTED
    net = Quote.net_total
    match status:
        case QuoteStatus.EXPIRED:
            return and_(open_states, Quote.valid_until < today)
        case QuoteStatus.DRAFT | QuoteStatus.SENT:
            return and_(Quote.state == status.value, Quote.valid_until >= today)
        case QuoteStatus.DECLINED:
            return Quote.state == QuoteState.DECLINED
        case QuoteStatus.ACCEPTED:
            return and_(accepted, billed == 0)
        case QuoteStatus.INVOICED:
            return and_(accepted, billed != 0, billed == net)
        case QuoteStatus.INVOICED_IN_PART:
            return and_(accepted, billed != 0, billed != net)


def list_quotes(
    db: Database,
    status: QuoteStatus | None = None,
    search: str = "",
    customer_id: int | None = None,
    today: dt.date | None = None,
    limit: int | None = None,
) -> list[QuoteRow]:
    """Quotes newest first, by status on `today`, by a number or part of a customer's name or
    number in `search`, or of one customer."""
    today = today or dt.date.today()
    billed = _billed_column()
    statement = (
        select(
            Quote.id,
            Quote.number,
            Quote.state,
            Quote.customer_id,
            Customer.number,
            Quote.buyer_name,
            Quote.quote_date,
            Quote.valid_until,
            Quote.total,
            Quote.currency,
            billed,
            Quote.net_total,
        )
        .join(Customer, Customer.id == Quote.customer_id)
        .order_by(Quote.number.desc())
    )
    if status is not None:
        statement = statement.where(_status_is(status, today, billed))
    if customer_id is not None:
        statement = statement.where(Quote.customer_id == customer_id)
    words = search.strip()
    if words:
        conditions: list[ColumnElement[bool]] = [
            func.lower(Quote.buyer_name).contains(words.lower(), autoescape=True)
        ]
        if words.isdigit():
            conditions += [Quote.number == int(words), Customer.number == int(words)]
        statement = statement.where(or_(*conditions))
    if limit is not None:
        statement = statement.limit(limit)
    with db.unit_of_work(write=False) as session:
        return [_row(row, today) for row in session.execute(statement)]


def _row(values: Any, today: dt.date) -> QuoteRow:
    billed, net = Decimal(values[10]), values[11]
    status = quote_status(values[2], values[7], today, billed, net - billed)
    return QuoteRow(
        values[0], values[1], status, values[3], values[4], values[5], values[6], values[7],
        values[8], values[9], billed, net,
    )  # fmt: skip


def quote_billing(db: Database, quote_id: int) -> list[QuoteLineBilling]:
    """Each line of the quote with what part invoices have billed of it, in order."""
    with db.unit_of_work(write=False) as session:
        return line_billing(session, load_quote(session, quote_id))
