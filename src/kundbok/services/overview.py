"""What the *Översikt* tab shows to start the day: what needs doing (overdue and unpaid
invoices, drafts, invoices not sent, quotes running out, hours, material and contract periods
to invoice),
invoiced and paid per month for a year, and the year's best customers.

Amounts are summed per currency where they are owed (an open amount is owed in its invoice's
currency); the chart and the best customers are in kronor, a document in another currency
converted at its own rate (a payment at its rate, else its invoice's). Each figure is one
query over indexes and the payments' sums, read in one unit of work.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from kundbok.db.models import Customer, Entry, Invoice, Payment, Quote
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceKind, InvoiceState, InvoiceStatus
from kundbok.services.invoice_search import never_sent
from kundbok.services.open_amounts import OpenAmounts

MONTHS = 12
TOP_CUSTOMERS = 5
EXPIRING_DAYS = 7  # a quote running out within this many days (today included) is shown
_RATE_SCALE = 1_000_000  # db.types.ExchangeRate keeps millionths of a krona
_ISSUED = (InvoiceState.ISSUED, InvoiceState.PAID, InvoiceState.CREDITED)


@dataclass(frozen=True)
class Owed:
    """What is owed in one currency: overdue (count, amount, the oldest due date) and the
    whole open amount of issued invoices."""

    currency: str
    overdue_count: int
    overdue_amount: Decimal
    oldest_due: dt.date | None
    unpaid_amount: Decimal


@dataclass(frozen=True)
class Month:
    """One month of the chart: what was invoiced (to pay, VAT included) and paid, in kronor."""

    first_day: dt.date
    invoiced: Decimal
    paid: Decimal


@dataclass(frozen=True)
class TopCustomer:
    customer_id: int
    number: int
    name: str
    sales: Decimal  # this year's sales before VAT, in kronor, credit notes deducted


@dataclass(frozen=True)
class Overview:
    """The figures of the overview on `today`."""

    today: dt.date
    owed: tuple[Owed, ...]  # SEK first
    drafts: int
    unsent: int  # issued invoices that went out no way Kundbok knows of
    months: tuple[Month, ...]  # the last 12, oldest first
    top_customers: tuple[TopCustomer, ...]
    quotes_expiring: int = 0  # drafts and sent quotes whose last valid day is within a week
    unbilled_customers: int = 0  # customers with hours or material not yet invoiced
    unbilled_entries: int = 0
    contract_periods_due: int = 0  # periods of running contracts to invoice today

    @property
    def overdue_count(self) -> int:
        return sum(owed.overdue_count for owed in self.owed)


def _ore(value: Any) -> Decimal:
    return Decimal(int(value or 0)) / 100


def _in_kronor_ore(amount: object, rate: object) -> object:
    """An öre column converted to kronor öre at `rate` (millionths; NULL: kronor)."""
    return (
        type_coerce(amount, Integer) * func.coalesce(type_coerce(rate, Integer), _RATE_SCALE)
    ) / _RATE_SCALE


def _owed(session: Session, today: dt.date) -> tuple[Owed, ...]:
    issued = (Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.ISSUED)
    # The payments of the open invoices only: most payments are of invoices long paid.
    amounts = OpenAmounts(invoice_ids=select(Invoice.id).where(*issued))
    overdue = amounts.status_is(InvoiceStatus.OVERDUE, today)
    open_ore = type_coerce(amounts.open_amount, Integer)
    rows = session.execute(
        amounts.joined(
            select(
                Invoice.currency,
                func.count(case((overdue, 1))),
                func.sum(case((overdue, open_ore), else_=0)),
                func.min(case((overdue, Invoice.due_date))),
                func.sum(open_ore),
            )
        )
        .where(*issued)
        .group_by(Invoice.currency)
    ).all()
    owed = [
        Owed(currency, count, _ore(overdue_sum), oldest, _ore(unpaid))
        for currency, count, overdue_sum, oldest, unpaid in rows
    ]
    return tuple(sorted(owed, key=lambda item: (item.currency != "SEK", item.currency)))


def _to_do(session: Session) -> tuple[int, int]:
    issued_invoice = and_(Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.ISSUED)
    never_out = and_(issued_invoice, never_sent())
    drafts, unsent = session.execute(
        select(
            func.count(case((Invoice.state == InvoiceState.DRAFT, 1))),
            func.count(case((never_out, 1))),
        ).where(Invoice.state.in_((InvoiceState.DRAFT, InvoiceState.ISSUED)))
    ).one()
    return drafts, unsent


def _before_invoicing(session: Session, today: dt.date) -> tuple[int, int, int]:
    """Quotes that run out within a week unanswered; customers and entries to invoice."""
    expiring = session.scalar(
        select(func.count()).where(
            Quote.state.in_(("draft", "sent")),
            Quote.valid_until >= today,
            Quote.valid_until <= today + dt.timedelta(days=EXPIRING_DAYS - 1),
        )
    )
    customers, entries = session.execute(
        select(func.count(func.distinct(Entry.customer_id)), func.count()).where(
            Entry.invoice_id.is_(None)
        )
    ).one()
    return expiring or 0, customers, entries


def _month_starts(today: dt.date) -> list[dt.date]:
    year, month = today.year, today.month
    starts = []
    for _ in range(MONTHS):
        starts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


def _per_month(session: Session, starts: list[dt.date]) -> tuple[Month, ...]:
    # Summed per day in the order of the dates' indexes (no sort, no date function per row),
    # then gathered into months here: a year is at most 366 rows.
    first = starts[0]
    due = type_coerce(Invoice.total, Integer) - type_coerce(Invoice.rot_rut_deduction, Integer)
    invoiced = session.execute(
        select(Invoice.invoice_date, func.sum(_in_kronor_ore(due, Invoice.exchange_rate)))
        .where(Invoice.invoice_date >= first, Invoice.state.in_(_ISSUED))
        .group_by(Invoice.invoice_date)
    ).all()
    # A payment without a rate of its own is at its invoice's: the few invoices that have one
    # are read once, not an invoice's row for every payment of the year.
    rated = (
        select(Invoice.id, Invoice.exchange_rate)
        .where(Invoice.exchange_rate.is_not(None))
        .cte("rated_invoice")
        .prefix_with("MATERIALIZED")
    )
    rate = func.coalesce(Payment.exchange_rate, rated.c.exchange_rate)
    paid = session.execute(
        select(Payment.payment_date, func.sum(_in_kronor_ore(Payment.amount, rate)))
        .outerjoin(rated, rated.c.id == Payment.invoice_id)
        .where(Payment.payment_date >= first, Payment.reversed.is_(False))
        .group_by(Payment.payment_date)
    ).all()
    invoiced_by: dict[tuple[int, int], Decimal] = {}
    paid_by: dict[tuple[int, int], Decimal] = {}
    for sums, rows in ((invoiced_by, invoiced), (paid_by, paid)):
        for day, total in rows:
            if day is None:  # a draft has no date, and drafts are not read: never
                continue
            key = (day.year, day.month)
            sums[key] = sums.get(key, Decimal(0)) + _ore(total)
    return tuple(
        Month(
            start,
            invoiced_by.get((start.year, start.month), Decimal(0)),
            paid_by.get((start.year, start.month), Decimal(0)),
        )
        for start in starts
    )


def _top_customers(session: Session, today: dt.date) -> tuple[TopCustomer, ...]:
    sales = func.sum(_in_kronor_ore(Invoice.net_total, Invoice.exchange_rate)).label("sales")
    best = (
        select(Invoice.customer_id, sales)
        .where(Invoice.state.in_(_ISSUED), Invoice.invoice_date >= dt.date(today.year, 1, 1))
        .group_by(Invoice.customer_id)
        .order_by(sales.desc())
        .limit(TOP_CUSTOMERS)
        .subquery()
    )
    rows = session.execute(
        select(Customer.id, Customer.number, Customer.name, best.c.sales)
        .join(best, best.c.customer_id == Customer.id)
        .order_by(best.c.sales.desc(), Customer.number)
    ).all()
    return tuple(
        TopCustomer(id_, number, name, _ore(total))
        for id_, number, name, total in rows
        if (total or 0) > 0
    )


def day_overview(db: Database, today: dt.date | None = None) -> Overview:
    """The overview's figures on `today` (default: today)."""
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        owed = _owed(session, today)
        drafts, unsent = _to_do(session)
        months = _per_month(session, _month_starts(today))
        top = _top_customers(session, today)
        expiring, customers, entries = _before_invoicing(session, today)
    # The contract run's own reading of what is due (a few ms for a firm's tens of contracts).
    from kundbok.services.contract_run import LeftOut, due_periods

    due = sum(1 for period in due_periods(db, today) if period.left_out is LeftOut.NONE)
    return Overview(today, owed, drafts, unsent, months, top, expiring, customers, entries, due)
