"""Statements of account by e-mail, like invoices: the PDF attached as "Kontoutdrag 1023.pdf",
the message in the customer's language, each one sent recorded in the customer's history."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage

from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.services.history import record_event
from kundbok.services.mail.errors import MailConnectionError
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import (
    InvoiceMail,
    MessageTemplate,
    compose_invoice_message,
    send_messages,
)
from kundbok.services.pdf.statement import render_statement_pdf
from kundbok.services.pdf.statement_labels import statement_labels_for
from kundbok.services.settings import get_company
from kundbok.services.statements import statement_of

STATEMENT_TEMPLATES = {
    "sv": MessageTemplate(
        subject="Kontoutdrag från {company}",
        body=(
            "Hej {customer}!\n\n"
            "Här kommer ert kontoutdrag från {company} per {due_date}, bifogat som PDF. Det "
            "visar era fakturor och betalningar under perioden och det som är obetalt.\n\n"
            "Saldo: {amount}\n\n"
            "Hör av er om något inte stämmer.\n\n"
            "Med vänliga hälsningar\n"
            "{company}\n"
        ),
    ),
    "en": MessageTemplate(
        subject="Statement of account from {company}",
        body=(
            "Dear {customer},\n\n"
            "Please find attached your statement of account from {company} on {due_date} as a "
            "PDF. It shows your invoices and payments in the period and what is unpaid.\n\n"
            "Balance: {amount}\n\n"
            "Please let us know if anything does not agree with your records.\n\n"
            "Kind regards\n"
            "{company}\n"
        ),
    ),
}


@dataclass(frozen=True)
class StatementOutcome:
    """What became of one customer's statement: sent to `recipient`, or not and why."""

    customer_id: int
    name: str
    recipient: str
    error: KundbokError | None = None

    @property
    def sent(self) -> bool:
        """True when the mail server accepted the statement for its recipient."""
        return self.error is None


def _message(
    db: Database,
    customer_id: int,
    first_day: dt.date,
    last_day: dt.date,
    recipient: str | None,
    compose: Callable[[InvoiceMail, str, bytes], EmailMessage],
) -> tuple[StatementOutcome, EmailMessage | None]:
    account = statement_of(db, customer_id, first_day, last_day)
    address = (recipient if recipient is not None else account.email).strip()
    if not address:
        error = ValidationError(
            "email",
            QT_TRANSLATE_NOOP(
                "messages", "{name} has no e-mail address: print the statement or save it."
            ),
            name=account.name,
        )
        return StatementOutcome(customer_id, account.name, "", error), None
    company = get_company(db)
    language = account.language if account.language in STATEMENT_TEMPLATES else "sv"
    own = account.statements[0]
    facts = InvoiceMail(
        number=str(account.customer_number),
        amount_due=own.closing_balance,
        currency=own.currency,
        due_date=last_day,
        ocr="",
        company=company.name,
        customer=account.name,
        language=language,
    )
    pdf = render_statement_pdf(account, company)
    return StatementOutcome(customer_id, account.name, address), compose(facts, address, pdf)


def send_statements(
    db: Database,
    customer_ids: Iterable[int],
    first_day: dt.date,
    last_day: dt.date,
    password: str | None,
    progress: Callable[[int, int], bool | None] | None = None,
    recipients: Mapping[int, str] | None = None,
    context: ssl.SSLContext | None = None,
) -> list[StatementOutcome]:
    """E-mail each customer its statement of the period (to `recipients[id]`, else its
    e-mail); one outcome per customer, in order. A server not set up or refusing the login
    raises before anything is sent."""
    account = get_smtp_account(db)
    if not account.host:
        raise MailConnectionError(
            QT_TRANSLATE_NOOP("messages", "No mail server is set up."), host="", port=0, reason=""
        )

    def compose(facts: InvoiceMail, address: str, pdf: bytes) -> EmailMessage:
        language = facts.language
        name = statement_labels_for(language)["attachment"].format(number=facts.number)
        return compose_invoice_message(
            account, facts, address, pdf, STATEMENT_TEMPLATES[language], attachment_name=name
        )

    prepared = [
        _message(db, i, first_day, last_day, (recipients or {}).get(i), compose)
        for i in customer_ids
    ]
    ready = [(outcome, message) for outcome, message in prepared if message is not None]
    sent = send_messages(account, password, [m for _, m in ready], progress, context)
    errors = {o.customer_id: result.error for (o, _), result in zip(ready, sent, strict=True)}
    outcomes = [
        StatementOutcome(o.customer_id, o.name, o.recipient, o.error or errors.get(o.customer_id))
        for o, _ in prepared
    ]
    _record_sent(db, [outcome for outcome in outcomes if outcome.sent], last_day)
    return outcomes


def _record_sent(db: Database, sent: list[StatementOutcome], last_day: dt.date) -> None:
    if not sent:
        return
    with db.unit_of_work() as session:
        for outcome in sent:
            record_event(
                session,
                db.user,
                EventAction.STATEMENT_SENT,
                customer_id=outcome.customer_id,
                changes={"statement": (None, last_day), "sent_to": (None, outcome.recipient)},
            )
        session.commit()
