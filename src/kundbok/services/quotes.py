"""Quote commands: start one for a customer, save it (numbered when first saved), make one from
an order of plain values, accept, decline, copy.

A quote draws its number from its own series when it is first saved, in the same transaction,
so the series has no gaps; a quote is never deleted (a declined one stays, numbered).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kundbok.db.models import Quote, QuoteLine
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import LineDetails
from kundbok.domain.line_orders import LineOrder
from kundbok.domain.quote import (
    QuoteDetails,
    QuoteState,
    can_edit,
    check_answerable,
    check_valid_until,
)
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.history import record_event
from kundbok.services.invoice_orders import order_lines
from kundbok.services.invoice_queries import LINE_COLUMNS
from kundbok.services.invoices import checked_draft, start_draft
from kundbok.services.numbering import draw_number
from kundbok.services.quote_queries import BODY_FIELDS, load_quote, stored_quote
from kundbok.services.settings import get_company

QUOTE_SERIES = "quote"


@dataclass(frozen=True)
class QuoteStart:
    """A new quote with what the editor needs from the customer's card."""

    quote: QuoteDetails
    customer_active: bool
    vat_rate: Decimal  # for new lines: the customer's, else the company's
    discount_percent: Decimal
    alert_text: str


def start_quote(db: Database, customer_id: int, today: dt.date | None = None) -> QuoteStart:
    """A new, unsaved quote for a customer, filled in from the card as an invoice draft is,
    standing for the company's number of days; a blocked customer is refused."""
    today = today or dt.date.today()
    start = start_draft(db, customer_id, today)
    company = get_company(db)
    body = replace(start.invoice, exchange_rate=None)
    quote = QuoteDetails(
        body=body,
        quote_date=today,
        valid_until=today + dt.timedelta(days=company.quote_valid_days),
    )
    vat = start.vat_rate if start.vat_rate is not None else company.vat_rate
    return QuoteStart(quote, start.customer_active, vat, start.discount_percent, start.alert_text)


def priced_lines(
    db: Database, orders: Sequence[LineOrder], start: QuoteStart
) -> tuple[LineDetails, ...]:
    """The lines of `orders` at the prices agreed with the quote's customer on its date, as an
    invoice's lines are priced: the one place a quote prices an article."""
    quote = start.quote
    return order_lines(
        db, orders, start.vat_rate, start.discount_percent, quote.customer_id, quote.quote_date
    )


def checked_quote(quote: QuoteDetails) -> QuoteDetails:
    """The quote as a save takes it: texts cleaned, lines and texts checked as an invoice
    draft's, the valid-until date not before the quote date."""
    check_valid_until(quote.quote_date, quote.valid_until)
    checked = checked_draft(quote.dated_body())
    kept = {name: getattr(checked, name) for name in (*BODY_FIELDS, "lines")}
    return replace(quote, body=replace(quote.body, **kept))


def _write_lines(quote: Quote, lines: tuple[LineDetails, ...]) -> None:
    quote.lines = [
        QuoteLine(
            position=position,
            **{name: getattr(line, name) for name in LINE_COLUMNS},
            line_kind=line.kind,
        )
        for position, line in enumerate(lines, start=1)
    ]


def _values(quote: QuoteDetails) -> dict[str, object]:
    return {
        "quote_date": quote.quote_date,
        "valid_until": quote.valid_until,
        **{name: getattr(quote.body, name) for name in BODY_FIELDS},
        "lines": quote.body.lines,
    }


def store_quote(session: Session, user: str, quote: QuoteDetails) -> Quote:
    """Write a checked quote inside the caller's transaction: a new one with the next number,
    or the changes to one still open and not saved by someone else since it was read."""
    if quote.id is None:
        row = Quote(
            number=draw_number(session, QUOTE_SERIES),
            customer_id=quote.customer_id,
            created_by=user,
            state=QuoteState.DRAFT,
        )
        session.add(row)
        action = EventAction.QUOTE_CREATED
    else:
        row = load_quote(session, quote.id)
        if not can_edit(row.state):
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Quote {number} is accepted or declined: its lines are fixed. Copy it to "
                    "make a changed offer.",
                ),
                number=row.number,
            )
        check_version(
            quote.version,
            row,
            lambda: _values(stored_quote(session, row)),
            _values(quote),
            lambda: stored_quote(session, row),
        )
        action = EventAction.QUOTE_CHANGED
    for name, value in _values(quote).items():
        if name != "lines":
            setattr(row, name, value)
    _write_lines(row, quote.body.lines)
    totals = quote.totals()
    row.net_total, row.total = totals.net, totals.total
    row.updated_by = user
    flag_modified(row, "updated_by")
    with stale_as_conflict():
        session.flush()
    _record(session, user, action, row)
    return row


def _record(session: Session, user: str, action: EventAction, row: Quote) -> None:
    record_event(
        session, user, action, customer_id=row.customer_id, changes={"quote": (None, row.number)}
    )


def save_quote(db: Database, quote: QuoteDetails) -> QuoteDetails:
    """Save a quote (new: it gets its number); an accepted or declined one is refused, and so
    is one read before someone else saved it (ConflictError, nothing written)."""
    quote = checked_quote(quote)
    with db.unit_of_work() as session:
        saved = stored_quote(session, store_quote(session, db.user, quote))
        session.commit()
        return saved


@dataclass(frozen=True)
class QuoteOrder:
    """What a new quote is made of, as a script asks for it."""

    customer_number: int
    lines: tuple[LineOrder, ...]
    quote_date: dt.date | None = None  # None: today
    valid_days: int | None = None  # None: the company's
    text: str = ""
    their_reference: str | None = None  # None: the customer card's
    rot_rut: str = ""


def order_quote(db: Database, order: QuoteOrder, today: dt.date | None = None) -> QuoteStart:
    """Make and save the quote of `order` for the customer with its number, filled in from the
    card; everything is checked first and a refusal makes nothing (no number is used)."""
    from kundbok.services.customers import find_customer_id

    day = order.quote_date or today or dt.date.today()
    start = start_quote(db, find_customer_id(db, order.customer_number), day)
    quote = start.quote
    valid_until = (
        quote.valid_until if order.valid_days is None else day + dt.timedelta(order.valid_days)
    )
    body = replace(
        quote.body,
        lines=priced_lines(db, order.lines, start),
        text=order.text,
        rot_rut=order.rot_rut,
        their_reference=quote.body.their_reference
        if order.their_reference is None
        else order.their_reference,
    )
    saved = save_quote(db, replace(quote, body=body, valid_until=valid_until))
    return replace(start, quote=saved)


def _answer(
    db: Database, quote_id: int, state: QuoteState, action: EventAction, today: dt.date | None
) -> QuoteDetails:
    with db.unit_of_work() as session:
        row = load_quote(session, quote_id, lock=True)
        check_answerable(row.number, row.state, row.valid_until, today)
        row.state = state
        if state == QuoteState.ACCEPTED:
            row.accepted_on = today or dt.date.today()
        row.updated_by = db.user
        _record(session, db.user, action, row)
        session.flush()
        answered = stored_quote(session, row)
        if state == QuoteState.ACCEPTED:
            _note_credit_limit(session, db.user, answered)
        session.commit()
        return answered


def _note_credit_limit(session: Session, user: str, quote: QuoteDetails) -> None:
    """A quote in kronor accepted past the customer's credit limit (the editor warned first)
    is noted in the history, as an invoice issued past it is."""
    from kundbok.services.credit import (
        CREDIT_CURRENCY,
        credit_check_in_session,
        note_credit_limit_passed,
    )

    if quote.body.currency != CREDIT_CURRENCY:
        return
    check = credit_check_in_session(session, quote.customer_id, quote.totals().to_pay)
    if check.over_limit:
        note_credit_limit_passed(session, user, quote.customer_id, check)


def accept_quote(db: Database, quote_id: int, today: dt.date | None = None) -> QuoteDetails:
    """The customer accepted the quote: its lines are fixed and it may be invoiced. An expired
    one is refused until it has a later valid-until date."""
    return _answer(
        db, quote_id, QuoteState.ACCEPTED, EventAction.QUOTE_ACCEPTED, today or dt.date.today()
    )


def decline_quote(db: Database, quote_id: int) -> QuoteDetails:
    """The customer said no: the quote is kept, declined."""
    return _answer(db, quote_id, QuoteState.DECLINED, EventAction.QUOTE_DECLINED, None)


def copy_quote(db: Database, quote_id: int, today: dt.date | None = None) -> QuoteDetails:
    """A new quote with the lines, texts and ROT/RUT of another, dated today, standing for the
    company's number of days, with the buyer as the card says now: a changed offer."""
    with db.unit_of_work(write=False) as session:
        original = stored_quote(session, load_quote(session, quote_id))
    start = start_quote(db, original.customer_id, today)
    keep = ("lines", "text", "rot_rut", "their_reference", "our_reference")
    body = replace(start.quote.body, **{name: getattr(original.body, name) for name in keep})
    return save_quote(db, replace(start.quote, body=body))


def mark_quote_sent(session: Session, user: str, quote_id: int, to: str, at: dt.datetime) -> None:
    """Note in the caller's transaction that the quote was e-mailed to `to`: a draft becomes
    sent."""
    row = load_quote(session, quote_id)
    row.sent_at, row.sent_to = at, to
    if row.state == QuoteState.DRAFT:
        row.state = QuoteState.SENT
    row.updated_by = user
    _record(session, user, EventAction.QUOTE_SENT, row)
