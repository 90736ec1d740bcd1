"""Reminders: the overdue list, making reminders, and a stored reminder as plain values.

What a reminder contains is the domain's (`domain.reminders`); this module reads the customers'
issued invoices with their payments, and records each reminder with its invoices, raising the
invoices' reminder level. The fee and förseningsersättning a reminder charges are recorded with
it and invoiced (and booked) by the räntefaktura (`services.interest_invoices`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Customer, CustomerGroup, Invoice, Payment, Reminder, ReminderItem
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceStatus
from kundbok.domain.reminders import (
    Receivable,
    ReminderContent,
    ReminderTerms,
    agreed_fee,
    reminder_contents,
    reminder_due_date,
)
from kundbok.services.customers import details_of
from kundbok.services.history import record_event
from kundbok.services.invoices import address_text
from kundbok.services.open_amounts import OpenAmounts
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
                select(ReminderItem.invoice_id).where(
                    ReminderItem.invoice_id.in_(ids), ReminderItem.compensation > 0
                )
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
    invoices = _overdue_invoices(session, day, customer_ids)
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


def _summary(customer: Customer, content: ReminderContent) -> CustomerReminder:
    return CustomerReminder(
        customer.id,
        customer.number,
        customer.name,
        customer.email,
        customer.invoice_by_email and bool(customer.email),
        customer.language,
        content,
    )


def overdue_customers(db: Database, day: dt.date | None = None) -> list[CustomerReminder]:
    """Per customer with overdue invoices, what a reminder on `day` would contain; customers
    whose invoices were all reminded that day are left out."""
    day = day or dt.date.today()
    with db.unit_of_work(write=False) as session:
        return [_summary(c, content) for c, content in _reminders(session, day, None)]


@dataclass(frozen=True)
class MadeReminder:
    """A reminder recorded: its id (printed as its number) and what it contains."""

    reminder_id: int
    reminder: CustomerReminder


def make_reminders(
    db: Database,
    customer_ids: Iterable[int],
    day: dt.date | None = None,
    *,
    record_history: bool = True,
) -> list[MadeReminder]:
    """Record a reminder for each customer with overdue invoices on `day`: the invoices' level
    goes up by one and their reminder date becomes `day`; the customer's history tells (unless
    the caller records the sending instead). A customer with nothing to remind (or reminded
    already that day) gets none; when no customer gets one, RefusedError."""
    day = day or dt.date.today()
    wanted = list(customer_ids)
    with db.unit_of_work() as session:
        terms_days = settings_of(session).reminder_terms_days
        made = []
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
            for line in content.lines:
                # A plain UPDATE that keeps the invoice's version: a reminder is not an edit,
                # and an editor open on the invoice may still register a payment.
                session.execute(
                    update(Invoice)
                    .where(Invoice.id == line.receivable.invoice_id)
                    .values(reminder_level=line.level, reminded_on=day)
                    .execution_options(synchronize_session=False)
                )
            session.flush()
            if not record_history:
                made.append(MadeReminder(reminder.id, _summary(customer, content)))
                continue
            record_event(
                session,
                db.user,
                EventAction.REMINDED,
                customer_id=customer.id,
                changes={
                    "reminder": (None, reminder.id),
                    "invoices": (
                        None,
                        ", ".join(str(line.receivable.number) for line in content.lines),
                    ),
                    "total": (None, content.total),
                },
            )
            made.append(MadeReminder(reminder.id, _summary(customer, content)))
        if not made:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "There is nothing to remind on {day}."),
                day=day.isoformat(),
            )
        session.commit()
        return made


def discard_reminders(db: Database, reminder_ids: Collection[int]) -> None:
    """Take back reminders that never reached the customer (e-mail refused): they are deleted
    and their invoices get back the level and date of the reminder before."""
    if not reminder_ids:
        return
    with db.unit_of_work() as session:
        items = session.scalars(
            select(ReminderItem).where(ReminderItem.reminder_id.in_(list(reminder_ids)))
        ).all()
        for item in items:
            before = session.scalar(
                select(func.max(Reminder.reminder_date))
                .join(ReminderItem, ReminderItem.reminder_id == Reminder.id)
                .where(
                    ReminderItem.invoice_id == item.invoice_id,
                    Reminder.id.not_in(list(reminder_ids)),
                )
            )
            session.execute(
                update(Invoice)
                .where(Invoice.id == item.invoice_id)
                .values(reminder_level=item.level - 1, reminded_on=before)
                .execution_options(synchronize_session=False)
            )
        for reminder in session.scalars(
            select(Reminder).where(Reminder.id.in_(list(reminder_ids)))
        ):
            session.delete(reminder)
        session.commit()


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
