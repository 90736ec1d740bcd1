"""Quotes by e-mail, like invoices: the PDF attached as "Offert 12.pdf" or "Quotation 12.pdf",
the message in the customer's language, the sending recorded on the quote (a draft becomes
sent) and in the customer's history."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import select

from kundbok.db.models import Company
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.services.mail.errors import MailConnectionError
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import (
    InvoiceMail,
    MessageTemplate,
    compose_invoice_message,
    send_messages,
)
from kundbok.services.pdf.quote import quote_pdf
from kundbok.services.pdf.quote_labels import quote_labels_for
from kundbok.services.quote_queries import get_quote, load_quote
from kundbok.services.quotes import mark_quote_sent
from kundbok.services.settings import COMPANY_ID

QUOTE_TEMPLATES = {
    "sv": MessageTemplate(
        subject="Offert {number} från {company}",
        body=(
            "Hej {customer}!\n\n"
            "Tack för förfrågan. Här kommer offert {number} från {company}, bifogad som PDF.\n\n"
            "Summa: {amount}\n"
            "Offerten gäller till och med {due_date}.\n\n"
            "Svara gärna på det här meddelandet om du vill anta offerten eller har frågor.\n\n"
            "Med vänliga hälsningar\n"
            "{company}\n"
        ),
    ),
    "en": MessageTemplate(
        subject="Quotation {number} from {company}",
        body=(
            "Dear {customer},\n\n"
            "Thank you for your enquiry. Please find attached quotation {number} from "
            "{company} as a PDF.\n\n"
            "Total: {amount}\n"
            "The quotation is valid until {due_date}.\n\n"
            "Please reply to this message to accept it or if you have any questions.\n\n"
            "Kind regards\n"
            "{company}\n"
        ),
    ),
}


@dataclass(frozen=True)
class QuoteSendOutcome:
    """What became of one quote: sent to `recipient` (error None), or not and why."""

    quote_id: int
    number: int | None
    recipient: str
    error: KundbokError | None = None

    @property
    def sent(self) -> bool:
        """True when the mail server accepted the quote for its recipient."""
        return self.error is None


def quote_recipient(db: Database, quote_id: int) -> str:
    """The address a quote goes to by default: its customer's e-mail ("" when none)."""
    with db.unit_of_work(write=False) as session:
        return load_quote(session, quote_id).customer.email


def send_quote(
    db: Database,
    quote_id: int,
    password: str | None,
    recipient: str | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
    context: ssl.SSLContext | None = None,
) -> QuoteSendOutcome:
    """E-mail the quote with its PDF to `recipient` (default: the customer's address). A mail
    server not set up or refusing the login raises before anything is sent; a quote the server
    accepted is noted as sent, with the time, the address and a history event."""
    account = get_smtp_account(db)
    if not account.host:
        raise MailConnectionError(
            QT_TRANSLATE_NOOP("messages", "No mail server is set up."), host="", port=0, reason=""
        )
    quote = get_quote(db, quote_id)
    address = (recipient if recipient is not None else quote_recipient(db, quote_id)).strip()
    if not address:
        error = ValidationError(
            "email",
            QT_TRANSLATE_NOOP(
                "messages", "Quote {number} has no recipient: the customer has no e-mail."
            ),
            number=quote.number,
        )
        return QuoteSendOutcome(quote_id, quote.number, address, error)
    language = quote.body.language if quote.body.language in QUOTE_TEMPLATES else "sv"
    with db.unit_of_work(write=False) as session:
        company = session.scalar(select(Company.name).where(Company.id == COMPANY_ID)) or ""
    facts = InvoiceMail(
        number=str(quote.number),
        amount_due=quote.totals().to_pay,
        currency=quote.body.currency,
        due_date=quote.valid_until,
        ocr="",
        company=company,
        customer=quote.body.buyer_name,
        language=language,
    )
    try:
        message = compose_invoice_message(
            account,
            facts,
            address,
            quote_pdf(db, quote_id),
            QUOTE_TEMPLATES[language],
            attachment_name=quote_labels_for(language)["attachment"].format(number=quote.number),
        )
    except KundbokError as error:
        return QuoteSendOutcome(quote_id, quote.number, address, error)
    [result] = send_messages(account, password, [message], progress, context)
    outcome = QuoteSendOutcome(quote_id, quote.number, address, result.error)
    if outcome.sent:
        with db.unit_of_work() as session:
            mark_quote_sent(session, db.user, quote_id, address, dt.datetime.now(dt.UTC))
            session.commit()
    return outcome
