"""Send issued invoices by e-mail, each with its PDF, and record on the invoice that it went.

The message is written in the invoice's language (the customer's when it was made) and sent
through the company's mail server. Each invoice is recorded as sent the moment the server has
taken its message, before the next goes; a message the server refused leaves its invoice unsent,
with the reason in its outcome.
"""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from email.message import EmailMessage

from sqlalchemy import select, update

from kundbok.db.models import Company, Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceState
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import load_invoice
from kundbok.services.mail.errors import MailConnectionError
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import (
    InvoiceMail,
    SendOutcome,
    compose_invoice_message,
    send_messages,
)
from kundbok.services.pdf import invoice_pdf
from kundbok.services.settings import COMPANY_ID


@dataclass(frozen=True)
class InvoiceSendOutcome:
    """What became of one invoice: sent to `recipient` (error None), or not and why."""

    invoice_id: int
    number: int | None
    recipient: str
    error: KundbokError | None = None

    @property
    def sent(self) -> bool:
        """True when the mail server accepted the invoice for its recipient."""
        return self.error is None


@dataclass(frozen=True)
class _Prepared:
    invoice_id: int
    number: int | None
    customer_id: int
    recipient: str
    message: EmailMessage | None = None
    error: KundbokError | None = None


def unsent_invoice_ids(db: Database) -> list[int]:
    """Issued invoices not yet e-mailed to customers marked "invoice by e-mail", by number."""
    with db.unit_of_work(write=False) as session:
        return list(
            session.scalars(
                select(Invoice.id)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(
                    Invoice.state == InvoiceState.ISSUED.value,
                    Invoice.sent_at.is_(None),
                    Customer.invoice_by_email.is_(True),
                    Customer.email != "",
                )
                .order_by(Invoice.number)
            )
        )


def invoice_recipient(db: Database, invoice_id: int) -> str:
    """The address an invoice goes to by default: its customer's e-mail ("" when none)."""
    with db.unit_of_work(write=False) as session:
        return load_invoice(session, invoice_id).customer.email


def _prepare(
    db: Database, invoice_id: int, recipient: str | None, compose: Callable[..., EmailMessage]
) -> _Prepared:
    """The message of one invoice, or the reason there is none."""
    with db.unit_of_work(write=False) as session:
        invoice = load_invoice(session, invoice_id)
        company_name = session.scalar(select(Company.name).where(Company.id == COMPANY_ID)) or ""
        address = (recipient if recipient is not None else invoice.customer.email).strip()
        facts = InvoiceMail(
            number=str(invoice.number or ""),
            amount_due=invoice.total - invoice.rot_rut_deduction,
            currency=invoice.currency,
            due_date=invoice.due_date or dt.date.today(),
            ocr=invoice.ocr or "",
            company=company_name,
            customer=invoice.buyer_name or invoice.customer.name,
            language=invoice.language,
        )
        prepared = _Prepared(invoice_id, invoice.number, invoice.customer_id, address)
        if invoice.state == InvoiceState.DRAFT.value:
            error: KundbokError = ValidationError(
                "state",
                QT_TRANSLATE_NOOP("messages", "A draft cannot be sent; issue it first."),
            )
            return replace(prepared, error=error)
        if not address:
            error = ValidationError(
                "email",
                QT_TRANSLATE_NOOP(
                    "messages", "Invoice {number} has no recipient: the customer has no e-mail."
                ),
                number=invoice.number,
            )
            return replace(prepared, error=error)
    try:
        message = compose(facts, address, invoice_pdf(db, invoice_id))
    except KundbokError as error:
        return replace(prepared, error=error)
    return replace(prepared, message=message)


def send_invoices(
    db: Database,
    invoice_ids: Iterable[int],
    password: str | None,
    progress: Callable[[int, int], bool | None] | None = None,
    recipients: Mapping[int, str] | None = None,
    context: ssl.SSLContext | None = None,
) -> list[InvoiceSendOutcome]:
    """E-mail each invoice with its PDF; one outcome per invoice, in order.

    `recipients` overrides the customer's address per invoice id. A mail server that is not set
    up, cannot be reached or refuses the login raises a MailError before anything is sent. Each
    invoice the server accepted gets its sending time and address and a history event, recorded
    as the server takes it: a batch cut off half-way leaves those sent recorded, and the next
    run of the unsent sends none twice.
    `progress(done, total)` is called after each message; returning False stops the batch.
    """
    account = get_smtp_account(db)
    if not account.host:
        raise MailConnectionError(
            QT_TRANSLATE_NOOP("messages", "No mail server is set up."), host="", port=0, reason=""
        )

    def compose(facts: InvoiceMail, address: str, pdf: bytes) -> EmailMessage:
        return compose_invoice_message(account, facts, address, pdf)

    prepared = [_prepare(db, i, (recipients or {}).get(i), compose) for i in invoice_ids]
    ready = [item for item in prepared if item.message is not None]

    def record(index: int, _outcome: SendOutcome) -> None:
        _record_sent(db, ready[index])

    sent = send_messages(
        account,
        password,
        [item.message for item in ready if item.message],
        progress,
        context,
        record,
    )
    errors = {item.invoice_id: outcome.error for item, outcome in zip(ready, sent, strict=True)}
    return [
        InvoiceSendOutcome(
            item.invoice_id, item.number, item.recipient, item.error or errors.get(item.invoice_id)
        )
        for item in prepared
    ]


def _record_sent(db: Database, item: _Prepared) -> None:
    """Note on the invoice when and to whom it went, and the event in its customer's history:
    in a transaction of its own as soon as the server took the message, synced to disk."""
    with db.unit_of_work(durable=True) as session:
        previous = session.scalar(select(Invoice.sent_to).where(Invoice.id == item.invoice_id))
        # A plain UPDATE that keeps the row's version: sending is not an edit of the invoice,
        # and an editor open on it may still mark it paid.
        session.execute(
            update(Invoice)
            .where(Invoice.id == item.invoice_id)
            .values(sent_at=dt.datetime.now(dt.UTC), sent_to=item.recipient)
            .execution_options(synchronize_session=False)
        )
        record_event(
            session,
            db.user,
            EventAction.SENT,
            customer_id=item.customer_id,
            invoice_id=item.invoice_id,
            changes={"sent_to": (previous, item.recipient)},
        )
        session.commit()
