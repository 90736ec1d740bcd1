"""Invoices by e-mail: the SMTP account, the message in the invoice's language, the sending.

No Qt here: the GUI runs `send_messages` off its thread and shows the outcomes, the command line
prints them. Failures become the KundbokError subclasses of `kundbok.services.mail.errors`.
"""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from enum import StrEnum
from string import Formatter

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.services.mail.errors import (
    MailConnectionError,
    MailSecurityError,
    SendingCancelledError,
    ensure_logged_in,
    message_error,
    opening_error,
    refused_recipient_error,
)
from kundbok.services.pdf.layout import money


class Security(StrEnum):
    """How the connection to the mail server is protected."""

    NONE = "none"
    STARTTLS = "starttls"  # plain connection upgraded to TLS, usually port 587
    TLS = "tls"  # TLS from the first byte ("SMTPS"), usually port 465


DEFAULT_PORTS = {Security.NONE: 25, Security.STARTTLS: 587, Security.TLS: 465}


@dataclass(frozen=True)
class SmtpAccount:
    """The company's mail server and sender; the password is kept apart, in `secrets`."""

    host: str
    port: int = 587
    security: Security = Security.STARTTLS
    user: str = ""
    sender_name: str = ""
    sender_address: str = ""
    reply_to: str = ""
    copy_to_sender: bool = False
    timeout_seconds: float = 30.0


@dataclass(frozen=True)
class MessageTemplate:
    """Subject and body with the placeholders of PLACEHOLDERS in braces."""

    subject: str
    body: str


PLACEHOLDERS = ("number", "amount", "due_date", "ocr", "company", "customer")

DEFAULT_TEMPLATES = {
    "sv": MessageTemplate(
        subject="Faktura {number} från {company}",
        body=(
            "Hej {customer}!\n\n"
            "Här kommer faktura {number} från {company}, bifogad som PDF.\n\n"
            "Att betala: {amount}\n"
            "Förfallodag: {due_date}\n"
            "OCR-nummer: {ocr}\n\n"
            "Ange OCR-numret när du betalar. Hör av dig om du har frågor om fakturan.\n\n"
            "Med vänliga hälsningar\n"
            "{company}\n"
        ),
    ),
    "en": MessageTemplate(
        subject="Invoice {number} from {company}",
        body=(
            "Dear {customer},\n\n"
            "Please find attached invoice {number} from {company} as a PDF.\n\n"
            "Amount due: {amount}\n"
            "Due date: {due_date}\n"
            "Payment reference (OCR): {ocr}\n\n"
            "Please quote the payment reference when you pay. Do not hesitate to contact us "
            "if you have any questions about the invoice.\n\n"
            "Kind regards\n"
            "{company}\n"
        ),
    ),
}

ATTACHMENT_NAMES = {"sv": "Faktura {number}.pdf", "en": "Invoice {number}.pdf"}


@dataclass(frozen=True)
class InvoiceMail:
    """The facts of one invoice that its message needs."""

    number: str
    amount_due: Decimal
    currency: str
    due_date: dt.date
    ocr: str
    company: str
    customer: str
    language: str  # "sv" or "en", the customer's invoice language


@dataclass(frozen=True)
class SendOutcome:
    """What became of one message: sent (error None) or not, and to whom."""

    message_id: str
    recipients: tuple[str, ...]
    error: KundbokError | None = None
    refused_copies: tuple[str, ...] = ()  # accepted for the customer, refused for a copy

    @property
    def sent(self) -> bool:
        """True when the server accepted the message for its main recipient."""
        return self.error is None


def check_template(template: MessageTemplate) -> None:
    """Refuse a template whose braces name something other than PLACEHOLDERS."""
    for text in (template.subject, template.body):
        try:
            names = [name for _, name, _, _ in Formatter().parse(text) if name is not None]
        except ValueError:
            names = ["{"]
        for name in names:
            if name not in PLACEHOLDERS:
                raise ValidationError(
                    "template",
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The message template has an unknown placeholder {{{name}}}; "
                        "use {placeholders}.",
                    ),
                    name=name,
                    placeholders=", ".join("{" + known + "}" for known in PLACEHOLDERS),
                )


def fill_template(template: MessageTemplate, invoice: InvoiceMail) -> MessageTemplate:
    """The subject and body of `invoice`'s message, its values written in its language."""
    check_template(template)
    language = _language(invoice)
    amount = money(invoice.amount_due, language)
    values = {
        "number": invoice.number,
        "amount": f"{amount} kr"
        if language == "sv" and invoice.currency == "SEK"
        else f"{amount} {invoice.currency}",
        "due_date": invoice.due_date.isoformat(),
        "ocr": invoice.ocr,
        "company": invoice.company,
        "customer": invoice.customer,
    }
    return MessageTemplate(template.subject.format(**values), template.body.format(**values))


def _language(invoice: InvoiceMail) -> str:
    return invoice.language if invoice.language in DEFAULT_TEMPLATES else "sv"


def _address(text: str, display_name: str = "") -> Address:
    """A checked address; a line break or a missing @ never reaches a header.

    A domain with å, ä or ö is written in its IDNA form (xn--…), which every server takes; a
    mailbox name with them would need SMTPUTF8 all the way, so it is refused here instead.
    """
    text = text.strip()
    local, at, domain = text.rpartition("@")
    try:
        if not at or not local or "." not in domain or any(c.isspace() for c in text):
            raise ValueError(text)
        ascii_domain = domain.encode("idna").decode("ascii")
        return Address(
            display_name=" ".join(display_name.split()), addr_spec=f"{local}@{ascii_domain}"
        )
    except (ValueError, HeaderParseError):  # UnicodeError and the email package's defects too
        raise ValidationError(
            "email",
            QT_TRANSLATE_NOOP("messages", "'{address}' is not an e-mail address."),
            address=text,
        ) from None


def compose_invoice_message(
    account: SmtpAccount,
    invoice: InvoiceMail,
    recipient: str,
    pdf: bytes,
    template: MessageTemplate | None = None,
    now: dt.datetime | None = None,
    attachment_name: str | None = None,
) -> EmailMessage:
    """The message that carries `invoice` to `recipient`: plain text in the invoice's language,
    the PDF attached as "Faktura 123.pdf" or "Invoice 123.pdf" (or `attachment_name`)."""
    language = _language(invoice)
    filled = fill_template(template or DEFAULT_TEMPLATES[language], invoice)
    sender = _address(account.sender_address, account.sender_name)
    message = EmailMessage()
    message["Subject"] = " ".join(filled.subject.splitlines())  # a header is one line
    message["From"] = sender
    message["To"] = _address(recipient, invoice.customer)
    if account.reply_to.strip():
        message["Reply-To"] = _address(account.reply_to)
    if account.copy_to_sender:
        message["Bcc"] = sender
    message["Date"] = format_datetime(now or dt.datetime.now().astimezone())
    message["Message-ID"] = make_msgid(domain=sender.domain)
    message["Content-Language"] = language
    message.set_content(filled.body)
    message.add_attachment(
        pdf,
        maintype="application",
        subtype="pdf",
        filename=attachment_name or ATTACHMENT_NAMES[language].format(number=invoice.number),
    )
    return message


def _open_connection(
    account: SmtpAccount, password: str | None, context: ssl.SSLContext
) -> smtplib.SMTP:
    """A logged-in connection, or a MailError that says what went wrong."""
    if not account.host.strip():
        raise MailConnectionError(
            QT_TRANSLATE_NOOP("messages", "No mail server is set up."), host="", port=0, reason=""
        )
    connection: smtplib.SMTP | None = None
    try:
        if account.security is Security.TLS:
            connection = smtplib.SMTP_SSL(
                account.host, account.port, timeout=account.timeout_seconds, context=context
            )
        else:
            connection = smtplib.SMTP(account.host, account.port, timeout=account.timeout_seconds)
        connection.ehlo()
        if account.security is Security.STARTTLS:
            if not connection.has_extn("starttls"):
                raise MailSecurityError(
                    QT_TRANSLATE_NOOP(
                        "messages", "The mail server {host} does not offer STARTTLS."
                    ),
                    host=account.host,
                    reason="",
                )
            connection.starttls(context=context)
            connection.ehlo()
        ensure_logged_in(connection, account.host, account.user, password)
        return connection
    except KundbokError:
        if connection is not None:
            connection.close()
        raise
    except Exception as error:
        if connection is not None:
            connection.close()
        raise opening_error(error, account.host, account.port) from error


def _recipients(message: EmailMessage) -> tuple[str, ...]:
    return tuple(
        address.addr_spec
        for field in ("To", "Cc")
        for address in getattr(message[field], "addresses", ())
    )


def check_connection(
    account: SmtpAccount, password: str | None, context: ssl.SSLContext | None = None
) -> None:
    """Connect, secure and log in as sending would, then leave; a MailError says what failed.

    For a "test the settings" button and for the command line's check before a batch.
    """
    connection = _open_connection(account, password, context or ssl.create_default_context())
    _close(connection)


def _close(connection: smtplib.SMTP) -> None:
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        connection.close()


def send_messages(
    account: SmtpAccount,
    password: str | None,
    messages: Sequence[EmailMessage],
    progress: Callable[[int, int], bool | None] | None = None,
    context: ssl.SSLContext | None = None,
    accepted: Callable[[int, SendOutcome], None] | None = None,
) -> list[SendOutcome]:
    """Send `messages` over one connection; one outcome per message, in order.

    A server that cannot be reached or refuses the login raises a MailError before anything is
    sent. After that, a refused message is only that message's outcome; a lost connection ends
    the batch, the messages not tried carrying the same error. `accepted(index, outcome)` is
    called as soon as the server has taken a message for its recipient (its 250 to DATA), before
    the next is sent: the caller records it then, so that a batch cut off (a crash, kill -9)
    leaves every message that went recorded and none sent twice by the next run. An error it
    raises ends the batch. `progress(done, total)` is called after each message; returning
    False stops before the next one. `context` overrides the system's trusted certificates
    (tests use a throwaway one).
    """
    if not messages:
        return []
    connection = _open_connection(account, password, context or ssl.create_default_context())
    outcomes: list[SendOutcome] = []
    stop: KundbokError | None = None
    try:
        for done, message in enumerate(messages):
            message_id = str(message["Message-ID"] or "")
            recipients = _recipients(message)
            if stop is not None:
                outcomes.append(SendOutcome(message_id, recipients, stop))
                continue
            try:
                refused = connection.send_message(message)
            except Exception as error:
                mapped, lost = message_error(error, account.host, account.port)
                outcomes.append(SendOutcome(message_id, recipients, mapped))
                stop = mapped if lost else None
            else:
                # The copy to the sender may be refused alone; the customer's address may not.
                refused_main = refused_recipient_error(refused, recipients)
                copies = tuple(address for address in refused if address not in recipients)
                outcomes.append(SendOutcome(message_id, recipients, refused_main, copies))
                if refused_main is None and accepted is not None:
                    accepted(done, outcomes[-1])
            if progress is not None and progress(done + 1, len(messages)) is False:
                stop = SendingCancelledError(
                    QT_TRANSLATE_NOOP("messages", "Sending was stopped before this message.")
                )
    finally:
        _close(connection)
    return outcomes
