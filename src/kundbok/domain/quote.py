"""A quote (offert) and its life cycle: what it holds, what may happen to it next, its status.

A quote is numbered when it is made and may change until the customer accepts it; then its lines
are fixed and it is invoiced, whole or in parts, until nothing remains. A changed offer after
that is a new quote (a copy). Expired is not stored: a draft or sent quote past its valid-until
date is shown as expired, and accepting it asks for a new date first.

The quote's body (buyer, lines, references, text, ROT/RUT) has the shape of an invoice draft
dated the quote date, so that its totals, its checks and its PDF are the invoice's own: the
ROT/RUT share and ceilings are read from the dated table by the quote date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from enum import StrEnum

from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError, ValidationError
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.invoicing import Totals

DEFAULT_VALID_DAYS = 30
ZERO = Decimal(0)


class QuoteState(StrEnum):
    """What is stored in quote.state."""

    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    DECLINED = "declined"


class QuoteStatus(StrEnum):
    """What a user reads in the status column: the state seen on a given day, with what has been
    invoiced of an accepted quote."""

    DRAFT = "draft"
    SENT = "sent"
    EXPIRED = "expired"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    INVOICED_IN_PART = "invoiced_in_part"
    INVOICED = "invoiced"


def quote_status(
    state: str, valid_until: dt.date, today: dt.date, billed: Decimal, remaining: Decimal
) -> QuoteStatus:
    """The status on `today` of a quote in `state`, of which `billed` is invoiced and
    `remaining` is not (net amounts). `services/quote_queries` repeats this rule in SQL for the
    list's filter (a test compares the two)."""
    if state == QuoteState.ACCEPTED:
        if remaining == ZERO and billed != ZERO:
            return QuoteStatus.INVOICED
        return QuoteStatus.INVOICED_IN_PART if billed != ZERO else QuoteStatus.ACCEPTED
    if state in (QuoteState.DRAFT, QuoteState.SENT) and today > valid_until:
        return QuoteStatus.EXPIRED
    return QuoteStatus(state)


def can_edit(state: str) -> bool:
    """A quote may change until it is accepted or declined."""
    return state in (QuoteState.DRAFT, QuoteState.SENT)


def can_answer(state: str) -> bool:
    """A draft or sent quote may be accepted or declined."""
    return state in (QuoteState.DRAFT, QuoteState.SENT)


def check_answerable(number: int, state: str, valid_until: dt.date, today: dt.date | None) -> None:
    """RefusedError unless a quote in `state` may be answered; to accept it on `today` it must
    not have expired (it gets a new valid-until date first, so that what the customer accepted
    is on paper). Without `today` (declining) the date does not matter."""
    if not can_answer(state):
        raise RefusedError(
            QT_TRANSLATE_NOOP("messages", "Quote {number} has already been accepted or declined."),
            number=number,
        )
    if today is not None and today > valid_until:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Quote {number} expired on {date}. Give it a later valid-until date first.",
            ),
            number=number,
            date=valid_until.isoformat(),
        )


def check_valid_until(quote_date: dt.date, valid_until: dt.date) -> None:
    """ValidationError when a quote would expire before its own date."""
    if valid_until < quote_date:
        raise ValidationError(
            "valid_until",
            QT_TRANSLATE_NOOP(
                "messages", "The valid-until date {valid_until} is before the quote date {date}."
            ),
            valid_until=valid_until.isoformat(),
            date=quote_date.isoformat(),
        )


@dataclass(frozen=True, kw_only=True)
class QuoteDetails:
    """A quote as the editor, the list and the PDF see it. `body` holds the buyer, the lines,
    the references, the text and ROT/RUT as an invoice draft dated `quote_date`."""

    body: InvoiceDetails
    id: int | None = None
    number: int | None = None
    state: str = QuoteState.DRAFT
    quote_date: dt.date
    valid_until: dt.date
    # When it was last e-mailed, and to whom (None: never).
    sent_at: dt.datetime | None = None
    sent_to: str | None = None
    # Net (excluding VAT) invoiced so far by part invoices that are not credited.
    billed: Decimal = ZERO
    # The row's version when it was read; a save from an older one is refused.
    version: int | None = None

    @property
    def customer_id(self) -> int:
        return self.body.customer_id

    def totals(self) -> Totals:
        """The sums the quote prints: the invoice's rules on the quote date, with a preliminary
        ROT/RUT deduction as if the work were done and paid that day."""
        return self.dated_body().totals()

    def dated_body(self) -> InvoiceDetails:
        """The body dated the quote date, a draft (so nothing on it is taken as issued)."""
        return replace(
            self.body,
            state="draft",
            invoice_date=self.quote_date,
            delivery_date=self.quote_date,
            due_date=None,
            ocr=None,
        )

    @property
    def remaining(self) -> Decimal:
        """Net not yet invoiced."""
        return self.totals().net - self.billed

    def status(self, today: dt.date) -> QuoteStatus:
        """The status a user reads on `today`."""
        return quote_status(self.state, self.valid_until, today, self.billed, self.remaining)
