"""Reminders: the overdue list, making reminders, and a stored reminder as plain values.

What a reminder contains is the domain's (`domain.reminders`); this module reads the customers'
issued invoices with their payments, and records each reminder with its invoices. It counts once
delivered (`delivery.py`: e-mailed or printed), which raises the invoices' reminder level; a
reminder made and not yet delivered is listed and delivered as made before any new one. The fee
and förseningsersättning a reminder charges are recorded with it and invoiced (and booked) by
the räntefaktura (`services.interest_invoices`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Customer, CustomerGroup, Invoice, Payment, Reminder, ReminderItem
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError
from kundbok.domain.invoice import InvoiceState, InvoiceStatus
from kundbok.domain.reminders import (
    Receivable,
    ReminderContent,
    ReminderLine,
    ReminderTerms,
    agreed_fee,
    reminder_contents,
    reminder_due_date,
)
from kundbok.services.customers import details_of
from kundbok.services.invoices import address_text
from kundbok.services.open_amounts import OpenAmounts
from kundbok.services.reminders.delivery import (
    delivered,
    invoices_awaiting_a_reminder,
    undelivered_reminders,
)
from kundbok.services.reminders.settings import ReminderSettings, settings_of


@dataclass(frozen=True)
class CustomerReminder:
    """What a reminder to one customer would contain (or contained) on a day."""

    customer_id: int
    customer_number: int
    customer_name: str
    email: str
    by_email: bool  # the customer is invoiced by e-mail: the reminder goes the same way
    language: str
    content: ReminderContent
    # A reminder made and not yet e-mailed or printed: delivered as it was made.
    reminder_id: int | None = None


def customer_terms(
    settings: ReminderSettings, customer: Customer, group_fee: Decimal | None = None
) -> ReminderTerms:
    """The terms of a reminder to `customer`: its own fee (else its group's, `group_fee`) and
    rate over the company's."""
    return ReminderTerms(
        fee=agreed_fee(customer.reminder_fee, group_fee, settings.reminder_fee),
        is_business=customer.kind == "company",
        charges_compensation=settings.charge_compensation,
        interest=settings.interest_terms(customer.agreed_interest_percent),
    )


def receivables(session: Session, invoices: Collection[Invoice]) -> dict[int, Receivable]:
    """The invoices as the domain reads them, with their payments, per invoice id."""
    ids = [invoice.id for invoice in invoices]
    payments: dict[int, list[tuple[dt.date, Decimal]]] = defaultdict(list)
    compensated: set[int] = set()
    if ids:
        for invoice_id, day, amount in session.execute(
            select(Payment.invoice_id, Payment.payment_date, Payment.amount).where(
                Payment.invoice_id.in_(ids), Payment.reversed.is_(False)
            )
        ):
            payments[invoice_id].append((day, amount))
        compensated = set(
            session.scalars(
                select(ReminderItem.invoice_id)
                .join(Reminder, Reminder.id == ReminderItem.reminder_id)
                .where(ReminderItem.invoice_id.in_(ids), ReminderItem.compensation > 0, delivered())
            )
        )
    return {
        invoice.id: Receivable(
            invoice_id=invoice.id,
            number=invoice.number or 0,
            ocr=invoice.ocr or "",
            due_date=invoice.due_date or invoice.invoice_date or dt.date.today(),
            amount_due=invoice.total - invoice.rot_rut_deduction,
            payments=tuple(sorted(payments[invoice.id])),
            level=invoice.reminder_level,
            reminded_on=invoice.reminded_on,
            compensation_charged=invoice.id in compensated,
            is_interest_invoice=invoice.interest_for_invoice_id is not None,
            currency=invoice.currency,
        )
        for invoice in invoices
    }


def _overdue_invoices(
    session: Session, day: dt.date, customer_ids: Iterable[int] | None
) -> list[Invoice]:
    query = select(Invoice).where(OpenAmounts().status_is(InvoiceStatus.OVERDUE, day))
    if customer_ids is not None:
        query = query.where(Invoice.customer_id.in_(list(customer_ids)))
    return list(
        session.scalars(query.options(selectinload(Invoice.customer)).order_by(Invoice.number))
    )


def _reminders(
    session: Session, day: dt.date, customer_ids: Iterable[int] | None
) -> list[tuple[Customer, ReminderContent]]:
    settings = settings_of(session)
    awaiting = invoices_awaiting_a_reminder(session)
    invoices = [i for i in _overdue_invoices(session, day, customer_ids) if i.id not in awaiting]
    by_id = receivables(session, invoices)
    per_customer: dict[int, list[Invoice]] = defaultdict(list)
    for invoice in invoices:
        per_customer[invoice.customer_id].append(invoice)
    group_fees: dict[int | None, Decimal | None] = {
        group_id: fee
        for group_id, fee in session.execute(select(CustomerGroup.id, CustomerGroup.reminder_fee))
    }
    found = []
    for customer_invoices in per_customer.values():
        customer = customer_invoices[0].customer
        for content in reminder_contents(
            [by_id[invoice.id] for invoice in customer_invoices],
            customer_terms(settings, customer, group_fees.get(customer.group_id)),
            day,
        ):
            found.append((customer, content))
    # Stable: a customer's reminders stay in their currency order (SEK first).
    found.sort(key=lambda pair: (pair[0].sort_name, pair[0].number))
    return found


def _summary(
    customer: Customer, content: ReminderContent, reminder_id: int | None = None
) -> CustomerReminder:
    return CustomerReminder(
        customer.id,
        customer.number,
        customer.name,
        customer.email,
        customer.invoice_by_email and bool(customer.email),
        customer.language,
        content,
        reminder_id,
    )


def _undelivered(
    session: Session, customer_ids: Iterable[int] | None
) -> list[tuple[Customer, Reminder, ReminderContent | None]]:
    """The reminders made and not yet delivered, each with what it contains as it was made;
    None for one whose invoices are all settled since (nothing left to remind of)."""
    reminders = undelivered_reminders(session, customer_ids)
    if not reminders:
        return []
    wanted = {item.invoice_id for reminder in reminders for item in reminder.items}
    invoices = {i.id: i for i in session.scalars(select(Invoice).where(Invoice.id.in_(wanted)))}
    by_id = receivables(session, list(invoices.values()))
    customers = {
        customer.id: customer
        for customer in session.scalars(
            select(Customer).where(Customer.id.in_({r.customer_id for r in reminders}))
        )
    }
    found = []
    for reminder in reminders:
        lines = tuple(
            ReminderLine(
                replace(by_id[item.invoice_id], level=item.level - 1),
                item.open_amount,
                item.days_late,
                item.interest,
                item.compensation,
            )
            for item in reminder.items
        )
        currency = invoices[reminder.items[0].invoice_id].currency if reminder.items else "SEK"
        content = ReminderContent(reminder.reminder_date, lines, reminder.fee, currency)
        owed = any(
            invoices[item.invoice_id].state == InvoiceState.ISSUED
            and by_id[item.invoice_id].open_on(dt.date.max) > 0
            for item in reminder.items
        )
        found.append((customers[reminder.customer_id], reminder, content if owed else None))
    return found


def overdue_customers(db: Database, day: dt.date | None = None) -> list[CustomerReminder]:
    """Per customer, the reminders made and not yet delivered, and what a new reminder on `day`
    would contain for the overdue invoices not on one; customers whose invoices were all
    reminded that day are left out."""
    day = day or dt.date.today()
    with db.unit_of_work(write=False) as session:
        waiting: list[tuple[Customer, ReminderContent, int | None]] = [
            (customer, content, reminder.id)
            for customer, reminder, content in _undelivered(session, None)
            if content is not None
        ]
        new: list[tuple[Customer, ReminderContent, int | None]] = [
            (c, content, None) for c, content in _reminders(session, day, None)
        ]
        listed = sorted(waiting + new, key=lambda found: (found[0].sort_name, found[0].number))
        return [_summary(*found) for found in listed]


@dataclass(frozen=True)
class MadeReminder:
    """A reminder recorded: its id (printed as its number) and what it contains."""

    reminder_id: int
    reminder: CustomerReminder


def make_reminders(
    db: Database, customer_ids: Iterable[int], day: dt.date | None = None
) -> list[MadeReminder]:
    """The customers' reminders to deliver now: first those made before and not yet e-mailed or
    printed, as they were made (one whose invoices are all settled since is dropped), then a new
    one recorded on `day` for their overdue invoices on none. A reminder counts (raises its
    invoices' level, charges its fee) once delivered (`delivery`). A customer with nothing to
    remind (or reminded already that day) gets none; when no customer gets one, RefusedError."""
    day = day or dt.date.today()
    wanted = list(customer_ids)
    with db.unit_of_work() as session:
        terms_days = settings_of(session).reminder_terms_days
        made = []
        for customer, waiting, content in _undelivered(session, wanted):
            if content is None:
                session.delete(waiting)
            else:
                made.append(MadeReminder(waiting.id, _summary(customer, content, waiting.id)))
        for customer, content in _reminders(session, day, wanted):
            reminder = Reminder(
                customer_id=customer.id,
                reminder_date=day,
                due_date=reminder_due_date(day, terms_days),
                language=customer.language,
                fee=content.fee,
                created_by=db.user,
                items=[
                    ReminderItem(
                        invoice_id=line.receivable.invoice_id,
                        level=line.level,
                        open_amount=line.open_amount,
                        days_late=line.days_late,
                        interest=line.interest,
                        compensation=line.compensation,
                    )
                    for line in content.lines
                ],
            )
            session.add(reminder)
            session.flush()
            made.append(MadeReminder(reminder.id, _summary(customer, content, reminder.id)))
        if not made:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "There is nothing to remind on {day}."),
                day=day.isoformat(),
            )
        session.commit()
        return made


@dataclass(frozen=True)
class ReminderLineDetails:
    """One invoice of a stored reminder, as printed."""

    invoice_number: int
    ocr: str
    invoice_date: dt.date | None
    due_date: dt.date | None
    level: int
    open_amount: Decimal
    days_late: int
    interest: Decimal
    compensation: Decimal


@dataclass(frozen=True)
class ReminderDetails:
    """A stored reminder with what its document prints."""

    id: int
    customer_id: int
    customer_number: int
    buyer_name: str
    buyer_address: str
    email: str
    language: str
    currency: str
    reminder_date: dt.date
    due_date: dt.date
    fee: Decimal
    lines: tuple[ReminderLineDetails, ...]
    agreed_interest_percent: Decimal | None = None  # the customer's own, if agreed
    sent_at: dt.datetime | None = None

    @property
    def level(self) -> int:
        """The highest level among the invoices (the heading's)."""
        return max((line.level for line in self.lines), default=1)

    @property
    def open_total(self) -> Decimal:
        """The invoices' open amounts on the reminder's date."""
        return sum((line.open_amount for line in self.lines), Decimal("0.00"))

    @property
    def interest_total(self) -> Decimal:
        """Interest to the reminder's date."""
        return sum((line.interest for line in self.lines), Decimal("0.00"))

    @property
    def compensation_total(self) -> Decimal:
        """Förseningsersättning charged on this reminder."""
        return sum((line.compensation for line in self.lines), Decimal("0.00"))

    @property
    def total(self) -> Decimal:
        """Open amounts, fee, compensation and interest on the reminder's date."""
        return self.open_total + self.fee + self.compensation_total + self.interest_total

    @property
    def ocr(self) -> str:
        """The reference to pay with: the invoice's OCR when there is one invoice, else none
        (each invoice is paid with its own, as the reminder lists them)."""
        return self.lines[0].ocr if len(self.lines) == 1 else ""


def load_reminder(session: Session, reminder_id: int) -> Reminder:
    """The reminder with its items; NotFoundError when there is none."""
    reminder = session.get(Reminder, reminder_id, options=[selectinload(Reminder.items)])
    if reminder is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no reminder number {number}."),
            number=reminder_id,
        )
    return reminder


def reminder_details(session: Session, reminder: Reminder) -> ReminderDetails:
    """A stored reminder as plain values, read inside the caller's transaction."""
    customer = session.get(Customer, reminder.customer_id)
    assert customer is not None  # a reminder's customer cannot be deleted (RESTRICT)
    invoices = {
        invoice.id: invoice
        for invoice in session.scalars(
            select(Invoice).where(Invoice.id.in_([item.invoice_id for item in reminder.items]))
        )
    }
    lines = tuple(
        ReminderLineDetails(
            invoice_number=invoices[item.invoice_id].number or 0,
            ocr=invoices[item.invoice_id].ocr or "",
            invoice_date=invoices[item.invoice_id].invoice_date,
            due_date=invoices[item.invoice_id].due_date,
            level=item.level,
            open_amount=item.open_amount,
            days_late=item.days_late,
            interest=item.interest,
            compensation=item.compensation,
        )
        for item in reminder.items
    )
    currency = next((invoice.currency for invoice in invoices.values()), "SEK")
    details = details_of(customer)
    address = address_text(details.address("billing"), customer.language)
    return ReminderDetails(
        id=reminder.id,
        customer_id=customer.id,
        customer_number=customer.number,
        buyer_name=customer.name,
        buyer_address=address,
        email=customer.email,
        language=reminder.language,
        currency=currency,
        reminder_date=reminder.reminder_date,
        due_date=reminder.due_date,
        fee=reminder.fee,
        lines=lines,
        agreed_interest_percent=customer.agreed_interest_percent,
        sent_at=reminder.sent_at,
    )


def get_reminder(db: Database, reminder_id: int) -> ReminderDetails:
    """A stored reminder with its invoices."""
    with db.unit_of_work(write=False) as session:
        return reminder_details(session, load_reminder(session, reminder_id))
