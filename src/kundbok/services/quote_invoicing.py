"""Invoicing an accepted quote, whole or in parts (delfakturor).

The part is worked out and its invoice made in one transaction that holds the quote: on
PostgreSQL the quote's row is locked (SELECT … FOR UPDATE), on SQLite the write transaction
holds the file from its start. What remains is read inside it, so two users invoicing the same
quote at once queue up and the second sees what the first billed: never more than 100 %.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from decimal import Decimal

from sqlalchemy import func, select

from kundbok.db.models import QuoteBilled
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceDetails
from kundbok.domain.invoicing import due_date
from kundbok.domain.quote import QuoteState
from kundbok.domain.quote_parts import SLACK, part_amounts, part_lines, remaining_percent
from kundbok.domain.rot_rut.rules import share_for
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import invoice_details
from kundbok.services.invoices import checked_draft, issue_in_session, start_draft, store_draft
from kundbok.services.quote_queries import line_billing, load_quote, quote_details

PART_TEXTS = {
    "sv": {
        "percent": "Delfaktura {part} enligt offert {quote}, {percent} %",
        "lines": "Delfaktura {part} enligt offert {quote}, rad {lines}",
        "rest": "Delfaktura {part} enligt offert {quote}, återstående del",
        "whole": "Enligt offert {quote}",
        "line_percent": "{percent} %",
        "line_rest": "återstående del",
    },
    "en": {
        "percent": "Part invoice {part} for quotation {quote}, {percent} %",
        "lines": "Part invoice {part} for quotation {quote}, lines {lines}",
        "rest": "Part invoice {part} for quotation {quote}, the remainder",
        "whole": "As quoted in quotation {quote}",
        "line_percent": "{percent} %",
        "line_rest": "the remainder",
    },
}


def _percent_text(value: Decimal, language: str) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",") if language == "sv" else text


def _headings(
    language: str, part: int, quote: int, percent: Decimal | None, lines: Sequence[int]
) -> tuple[str, str]:
    """The invoice's first text line and the mark of a line billed in part."""
    texts = PART_TEXTS[language if language in PART_TEXTS else "sv"]
    if lines:
        text = texts["lines"].format(part=part, quote=quote, lines=", ".join(map(str, lines)))
        return text, texts["line_rest"]
    if percent is None:
        return texts["rest"].format(part=part, quote=quote), texts["line_rest"]
    shown = _percent_text(percent, language)
    return (
        texts["percent"].format(part=part, quote=quote, percent=shown),
        texts["line_percent"].format(percent=shown),
    )


def invoice_quote(
    db: Database,
    quote_id: int,
    percent: Decimal | None = None,
    lines: Sequence[int] = (),
    issue: bool = False,
    today: dt.date | None = None,
) -> InvoiceDetails:
    """Invoice the next part of an accepted quote: `percent` of it, the rest of the chosen
    `lines` (from 1), or with neither all that remains. A draft, or with `issue` an issued
    invoice. A quote not accepted, or with nothing left, is refused and nothing is made."""
    day = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        customer_id = load_quote(session, quote_id).customer_id
    start = start_draft(db, customer_id, day)
    with db.unit_of_work(durable=issue) as session:
        quote = load_quote(session, quote_id, lock=True)
        if quote.state != QuoteState.ACCEPTED:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages", "Quote {number} is not accepted: it cannot be invoiced yet."
                ),
                number=quote.number,
            )
        billing = line_billing(session, quote)
        share = share_for(quote.rot_rut, quote.quote_date, quote.quote_date) if quote.rot_rut else 0
        left = remaining_percent(billing)
        if percent is not None and left - SLACK <= percent <= left + SLACK:
            percent = None  # what remains, give or take the rounding of earlier parts
        amounts = part_amounts(quote.number, billing, percent, lines, Decimal(share))
        whole = all(
            amount == line.line.amount for amount, line in zip(amounts, billing, strict=True)
        )
        part = 1 + (
            session.scalar(
                select(func.max(QuoteBilled.part)).where(QuoteBilled.quote_id == quote.id)
            )
            or 0
        )
        heading, label = _headings(start.invoice.language, part, quote.number, percent, lines)
        if whole:
            heading = PART_TEXTS.get(start.invoice.language, PART_TEXTS["sv"])["whole"].format(
                quote=quote.number
            )
        made = part_lines(billing, amounts, label)
        body = quote_details(quote).body
        draft = checked_draft(
            replace(
                start.invoice,
                invoice_date=day,
                delivery_date=day,
                due_date=due_date(day, start.invoice.payment_terms_days),
                lines=tuple(line for _, line in made),
                text=heading,
                their_reference=body.their_reference,
                our_reference=body.our_reference,
                rot_rut=body.rot_rut,
                exchange_rate=None,
            )
        )
        invoice = store_draft(session, db.user, draft)
        session.flush()
        for position, _line in made:
            session.add(
                QuoteBilled(
                    quote_id=quote.id,
                    quote_line_id=quote.lines[position - 1].id,
                    invoice_id=invoice.id,
                    part=part,
                    amount=amounts[position - 1],
                )
            )
        record_event(
            session,
            db.user,
            EventAction.QUOTE_INVOICED,
            customer_id=quote.customer_id,
            invoice_id=invoice.id,
            changes={"quote": (None, quote.number), "part": (None, part)},
        )
        if issue:
            issue_in_session(session, invoice, db.user, day)
        made_invoice = invoice_details(invoice)
        session.commit()
        return made_invoice
