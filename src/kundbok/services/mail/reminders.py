"""Reminders by e-mail, like invoices: the PDF attached as "Påminnelse 12.pdf" or
"Reminder 12.pdf", the message in the customer's language, the sending recorded on the
reminder and in the customer's history as the server takes each one."""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from email.message import EmailMessage

from sqlalchemy import select

from kundbok.db.models import Company, Reminder
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.services.history import record_event
from kundbok.services.mail.errors import MailConnectionError
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import (
    InvoiceMail,
    MessageTemplate,
    SendOutcome,
    check_connection,
    compose_invoice_message,
    send_messages,
)
from kundbok.services.pdf.reminder import reminder_pdf
from kundbok.services.pdf.reminder_labels import reminder_labels_for
from kundbok.services.reminders.delivery import discard_reminders, record_delivery
from kundbok.services.reminders.overdue import MadeReminder, get_reminder, make_reminders
from kundbok.services.settings import COMPANY_ID

REMINDER_TEMPLATES = {
    "sv": MessageTemplate(
        subject="Påminnelse {number} från {company}",
        body=(
            "Hej {customer}!\n\n"
            "Enligt våra noteringar har vi ännu inte fått betalt för fakturorna i den bifogade "
            "påminnelsen (PDF).\n\n"
            "Förfallet belopp: {amount}\n"
            "Att betala senast: {due_date}\n"
            "OCR-nummer: {ocr}\n\n"
            "Har du redan betalat kan du bortse från detta meddelande. Hör av dig om du har "
            "frågor.\n\n"
            "Med vänliga hälsningar\n"
            "{company}\n"
        ),
    ),
    "en": MessageTemplate(
        subject="Reminder {number} from {company}",
        body=(
            "Dear {customer},\n\n"
            "According to our records the invoices in the attached reminder (PDF) have not "
            "been paid yet.\n\n"
            "Overdue amount: {amount}\n"
            "To pay by: {due_date}\n"
            "Payment reference (OCR): {ocr}\n\n"
            "If you have already paid, please disregard this message. Do not hesitate to "
            "contact us if you have any questions.\n\n"
            "Kind regards\n"
            "{company}\n"
        ),
    ),
}
SEVERAL_REFERENCES = {"sv": "se påminnelsen", "en": "see the reminder"}


@dataclass(frozen=True)
class ReminderSendOutcome:
    """What became of one reminder: sent to `recipient` (error None), or not and why."""

    reminder_id: int
    customer_id: int
    recipient: str
    error: KundbokError | None = None

    @property
    def sent(self) -> bool:
        """True when the mail server accepted the reminder for its recipient."""
        return self.error is None


def _message(
    db: Database,
    reminder_id: int,
    recipient: str | None,
    compose: Callable[[InvoiceMail, str, bytes, str], EmailMessage],
) -> tuple[ReminderSendOutcome, EmailMessage | None]:
    reminder = get_reminder(db, reminder_id)
    address = (recipient if recipient is not None else reminder.email).strip()
    outcome = ReminderSendOutcome(reminder_id, reminder.customer_id, address)
    if not address:
        error = ValidationError(
            "email",
            QT_TRANSLATE_NOOP(
                "messages", "Reminder {number} has no recipient: the customer has no e-mail."
            ),
            number=reminder_id,
        )
        return ReminderSendOutcome(reminder_id, reminder.customer_id, address, error), None
    language = reminder.language if reminder.language in REMINDER_TEMPLATES else "sv"
    with db.unit_of_work(write=False) as session:
        company = session.scalar(select(Company.name).where(Company.id == COMPANY_ID)) or ""
    facts = InvoiceMail(
        number=str(reminder_id),
        amount_due=reminder.open_total,
        currency=reminder.currency,
        due_date=reminder.due_date,
        ocr=reminder.ocr or SEVERAL_REFERENCES[language],
        company=company,
        customer=reminder.buyer_name,
        language=language,
    )
    try:
        message = compose(facts, address, reminder_pdf(db, reminder_id), language)
    except KundbokError as error:
        return ReminderSendOutcome(reminder_id, reminder.customer_id, address, error), None
    return outcome, message


def send_reminders(
    db: Database,
    reminder_ids: Iterable[int],
    password: str | None,
    progress: Callable[[int, int], bool | None] | None = None,
    recipients: Mapping[int, str] | None = None,
    context: ssl.SSLContext | None = None,
) -> list[ReminderSendOutcome]:
    """E-mail each reminder with its PDF; one outcome per reminder, in order. As
    `send_invoices`: a server not set up or refusing the login raises before anything is sent."""
    account = get_smtp_account(db)
    if not account.host:
        raise MailConnectionError(
            QT_TRANSLATE_NOOP("messages", "No mail server is set up."), host="", port=0, reason=""
        )

    def compose(facts: InvoiceMail, address: str, pdf: bytes, language: str) -> EmailMessage:
        return compose_invoice_message(
            account,
            facts,
            address,
            pdf,
            REMINDER_TEMPLATES[language],
            attachment_name=reminder_labels_for(language)["attachment"].format(number=facts.number),
        )

    prepared = [_message(db, i, (recipients or {}).get(i), compose) for i in reminder_ids]
    ready = [(outcome, message) for outcome, message in prepared if message is not None]

    def record(index: int, _sent: SendOutcome) -> None:
        _record_sent(db, ready[index][0])

    sent = send_messages(account, password, [m for _, m in ready], progress, context, record)
    errors = {o.reminder_id: result.error for (o, _), result in zip(ready, sent, strict=True)}
    return [
        ReminderSendOutcome(
            o.reminder_id, o.customer_id, o.recipient, o.error or errors.get(o.reminder_id)
        )
        for o, _ in prepared
    ]


def _record_sent(db: Database, outcome: ReminderSendOutcome) -> None:
    """Note the reminder as e-mailed, in a transaction of its own as soon as the server took it:
    the first time, it counts from now on (`delivery`)."""
    with db.unit_of_work(durable=True) as session:
        reminder = session.get(Reminder, outcome.reminder_id)
        if reminder is None:
            return
        record_delivery(session, reminder, outcome.recipient)
        record_event(
            session,
            db.user,
            EventAction.REMINDER_SENT,
            customer_id=outcome.customer_id,
            changes={
                "reminder": (None, outcome.reminder_id),
                "sent_to": (None, outcome.recipient),
            },
        )
        session.commit()


def reminder_recipient(db: Database, reminder_id: int) -> str:
    """The address a reminder goes to by default: its customer's e-mail ("" when none)."""
    return get_reminder(db, reminder_id).email


@dataclass(frozen=True)
class SentReminder:
    """A reminder made and e-mailed (or not, and why: then it was taken back)."""

    made: MadeReminder
    outcome: ReminderSendOutcome


def send_new_reminders(
    db: Database,
    customer_ids: Iterable[int],
    day: dt.date,
    password: str | None,
    progress: Callable[[int, int], bool | None] | None = None,
    context: ssl.SSLContext | None = None,
) -> list[SentReminder]:
    """E-mail the customers' reminders: first those made before and not yet sent, as they were
    made, then new ones on `day` (`make_reminders`). The mail server is tried first: one that is
    not set up, cannot be reached or refuses the login raises before any reminder is made. Each
    reminder the server takes is recorded at once (a run cut off half-way leaves the rest to the
    next); one it refuses is taken back, so that its invoices stay on the overdue list; the
    history records each one sent."""
    account = get_smtp_account(db)
    check_connection(account, password, context)
    made = make_reminders(db, customer_ids, day)
    outcomes = send_reminders(db, [m.reminder_id for m in made], password, progress, None, context)
    discard_reminders(db, [o.reminder_id for o in outcomes if not o.sent])
    return [SentReminder(m, o) for m, o in zip(made, outcomes, strict=True)]
