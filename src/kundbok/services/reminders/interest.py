"""Räntefakturor: after a late payment, an invoice for the interest and the reminder charges.

A räntefaktura is an ordinary numbered invoice of the series, without VAT, that points to the late
invoice it charges for (one per late invoice). It charges the dröjsmålsränta from the due date to
the day the payments covered the invoice, the reminder fees not yet invoiced of the reminders
that listed it, and the förseningsersättning those reminders charged for it. Each line keeps the
account it is booked on (the settings' interest, fee and compensation accounts), so the SIE
export books it there.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from kundbok.db.models import Invoice, Reminder, ReminderItem
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceDetails, InvoiceKind, InvoiceState, LineDetails
from kundbok.domain.reminders import InterestCharge, interest_charge
from kundbok.services.history import record_event
from kundbok.services.invoice_queries import invoice_details, load_invoice
from kundbok.services.invoices import issue_in_session, write_lines
from kundbok.services.pdf.reminder_labels import reminder_labels_for
from kundbok.services.reminders.delivery import delivered
from kundbok.services.reminders.overdue import receivables
from kundbok.services.reminders.settings import ReminderSettings, settings_of
from kundbok.services.settings import company_row


@dataclass(frozen=True)
class LatePayment:
    """A paid invoice a räntefaktura may be made for, and what it would charge."""

    invoice_id: int
    number: int
    customer_id: int
    customer_name: str
    due_date: dt.date
    paid_on: dt.date
    days_late: int
    interest: Decimal
    fees: Decimal
    compensation: Decimal

    @property
    def total(self) -> Decimal:
        """What the räntefaktura would ask, before öresutjämning."""
        return self.interest + self.fees + self.compensation


def _charges(
    session: Session, invoices: list[Invoice], settings: ReminderSettings
) -> dict[int, tuple[InterestCharge | None, list[Reminder]]]:
    """Per invoice, what its räntefaktura would charge, and the reminders whose fee it would
    charge (those that listed it and whose fee no räntefaktura has charged yet); a few queries
    for all of them."""
    ids = [invoice.id for invoice in invoices]
    fees: dict[int, list[Reminder]] = defaultdict(list)
    compensation: dict[int, list[Decimal]] = defaultdict(list)
    if ids:
        for invoice_id, reminder in session.execute(
            select(ReminderItem.invoice_id, Reminder)
            .join(Reminder, ReminderItem.reminder_id == Reminder.id)
            .where(
                ReminderItem.invoice_id.in_(ids),
                Reminder.fee > 0,
                Reminder.fee_invoice_id.is_(None),
                delivered(),  # a reminder that never reached the customer charges nothing
            )
            .order_by(Reminder.id)
        ):
            if reminder not in fees[invoice_id]:
                fees[invoice_id].append(reminder)
        for invoice_id, amount in session.execute(
            select(ReminderItem.invoice_id, ReminderItem.compensation)
            .join(Reminder, ReminderItem.reminder_id == Reminder.id)
            .where(ReminderItem.invoice_id.in_(ids), ReminderItem.compensation > 0, delivered())
        ):
            compensation[invoice_id].append(amount)
    by_id = receivables(session, invoices)
    return {
        invoice.id: (
            interest_charge(
                by_id[invoice.id],
                settings.interest_terms(invoice.customer.agreed_interest_percent),
                [reminder.fee for reminder in fees[invoice.id]],
                compensation[invoice.id],
            ),
            fees[invoice.id],
        )
        for invoice in invoices
    }


def _candidates(session: Session) -> list[Invoice]:
    """Paid invoices, not räntefakturor, without one yet, paid late or reminded."""
    interest = aliased(Invoice)
    return list(
        session.scalars(
            select(Invoice)
            .where(
                Invoice.kind == InvoiceKind.INVOICE.value,
                Invoice.state == InvoiceState.PAID.value,
                Invoice.interest_for_invoice_id.is_(None),
                ~exists().where(interest.interest_for_invoice_id == Invoice.id),
                or_(Invoice.paid_date > Invoice.due_date, Invoice.reminder_level > 0),
            )
            .options(selectinload(Invoice.customer))
            .order_by(Invoice.number)
        )
    )


def late_payments(db: Database) -> list[LatePayment]:
    """The paid invoices a räntefaktura would charge something for, by number."""
    with db.unit_of_work(write=False) as session:
        settings = settings_of(session)
        found = []
        candidates = _candidates(session)
        charges = _charges(session, candidates, settings)
        for invoice in candidates:
            charge, _ = charges[invoice.id]
            if charge is None:
                continue
            found.append(
                LatePayment(
                    invoice.id,
                    invoice.number or 0,
                    invoice.customer_id,
                    invoice.customer.name,
                    charge.receivable.due_date,
                    charge.paid_on,
                    charge.receivable.days_late(charge.paid_on),
                    charge.interest,
                    charge.fees,
                    charge.compensation,
                )
            )
        return found


def _lines(
    charge: InterestCharge, reminders: list[Reminder], language: str, settings: ReminderSettings
) -> list[tuple[LineDetails, str]]:
    """The räntefaktura's lines (no VAT), each with the account it is booked on."""
    labels = reminder_labels_for(language)
    receivable = charge.receivable
    lines = []
    if charge.interest:
        text = labels["interest_line"].format(
            number=receivable.number,
            first=(receivable.due_date + dt.timedelta(days=1)).isoformat(),
            last=charge.paid_on.isoformat(),
            days=receivable.days_late(charge.paid_on),
        )
        lines.append((text, charge.interest, settings.interest_account))
    for reminder in reminders:
        text = labels["fee_line"].format(
            reminder=reminder.id, date=reminder.reminder_date.isoformat()
        )
        lines.append((text, reminder.fee, settings.fee_account))
    if charge.compensation:
        text = labels["compensation_line"].format(number=receivable.number)
        lines.append((text, charge.compensation, settings.compensation_account))
    return [
        (LineDetails(description=text, unit_price=amount, vat_rate=Decimal(0)), account)
        for text, amount, account in lines
    ]


def create_interest_invoice(
    db: Database, invoice_id: int, today: dt.date | None = None
) -> InvoiceDetails:
    """Issue the räntefaktura of a paid late invoice: the next number of the series, no VAT,
    the customer's terms. Refused for an invoice still open, one that has its räntefaktura
    already, a räntefaktura itself, or one paid on time with no reminder charges."""
    today = today or dt.date.today()
    with db.unit_of_work(durable=True) as session:
        late = load_invoice(session, invoice_id)
        settings = settings_of(session)
        _refuse(session, late)
        charge, reminders = _charges(session, [late], settings)[late.id]
        if charge is None:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Invoice {number} was paid on time and no reminder charged for it: "
                    "there is nothing to invoice.",
                ),
                number=late.number,
            )
        customer = late.customer
        terms = customer.payment_terms_days
        invoice = Invoice(
            customer_id=late.customer_id,
            kind=InvoiceKind.INVOICE.value,
            invoice_date=today,
            payment_terms_days=terms
            if terms is not None
            else company_row(session).payment_terms_days,
            currency=late.currency,
            # Interest carries no VAT: it is booked in kronor at the late invoice's own rate.
            exchange_rate=late.exchange_rate,
            language=late.language,
            their_reference=late.their_reference,
            our_reference=late.our_reference,
            interest_for_invoice_id=late.id,
            created_by=db.user,
        )
        lines = _lines(charge, reminders, late.language, settings)
        write_lines(invoice, tuple(line for line, _ in lines))
        for row, (_, account) in zip(invoice.lines, lines, strict=True):
            row.sales_account = account
        session.add(invoice)
        session.flush()
        issue_in_session(session, invoice, db.user, today, customer)
        for reminder in reminders:
            reminder.fee_invoice_id = invoice.id
        record_event(
            session,
            db.user,
            EventAction.INTEREST_INVOICED,
            customer_id=late.customer_id,
            invoice_id=late.id,
            changes={"interest_invoice": (None, invoice.number), "total": (None, invoice.total)},
        )
        issued = invoice_details(invoice)
        session.commit()
        return issued


def _refuse(session: Session, late: Invoice) -> None:
    if late.interest_for_invoice_id is not None:
        raise RefusedError(
            QT_TRANSLATE_NOOP("messages", "Invoice {number} is itself an interest invoice."),
            number=late.number,
        )
    if late.kind != InvoiceKind.INVOICE or late.state != InvoiceState.PAID:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "Invoice {number} is not paid: an interest invoice is made once it is paid.",
            ),
            number=late.number,
        )
    made, state = session.execute(
        select(Invoice.number, Invoice.state).where(Invoice.interest_for_invoice_id == late.id)
    ).one_or_none() or (None, None)
    if state == InvoiceState.CREDITED:
        # Crediting a räntefaktura waives what it charged; one per late invoice, as Swedish
        # practice has it (and the register keeps): charging again is an ordinary invoice.
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The interest invoice {interest} of invoice {number} was credited, which waived "
                "its interest and fees. To charge them again, make an ordinary invoice.",
            ),
            number=late.number,
            interest=made,
        )
    if made is not None:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "Invoice {number} has its interest invoice already: {interest}."
            ),
            number=late.number,
            interest=made,
        )
