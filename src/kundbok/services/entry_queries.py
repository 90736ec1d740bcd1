"""What the screens list of entries: every customer with unbilled entries (*Att fakturera*),
summed in the database so that 50,000 entries read as a few thousand rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, case, func, or_, select, type_coerce

from kundbok.db.models import Customer, Entry
from kundbok.db.session import Database
from kundbok.domain.entries import HOUR_UNITS


@dataclass(frozen=True)
class UnbilledCustomer:
    """A customer's unbilled entries up to a date: how many, the hours (labour, or counted
    in hours), material (the rest's amount), the amount excluding VAT, the oldest date."""

    customer_id: int
    customer_number: int
    name: str
    entry_count: int
    hours: Decimal
    material: Decimal
    amount: Decimal
    oldest: dt.date
    blocked: bool


_QUANTITY = type_coerce(Entry.quantity, BigInteger)  # thousandths
_AMOUNT = type_coerce(Entry.amount, BigInteger)  # öre
_HOURS = or_(Entry.line_kind == "labour", func.lower(Entry.unit).in_(HOUR_UNITS))


def _ore(value: int | None) -> Decimal:
    return Decimal(value or 0) / 100


def unbilled_customers(db: Database, up_to: dt.date | None = None) -> list[UnbilledCustomer]:
    """Every customer with unbilled entries (dated up to `up_to`, if given), oldest entry first."""
    sums = select(
        Entry.customer_id,
        func.count().label("entries"),
        func.sum(case((_HOURS, _QUANTITY), else_=0)).label("hours"),
        func.sum(case((_HOURS, 0), else_=_AMOUNT)).label("material"),
        func.sum(_AMOUNT).label("amount"),
        func.min(Entry.entry_date).label("oldest"),
    ).where(Entry.invoice_id.is_(None))
    if up_to is not None:
        sums = sums.where(Entry.entry_date <= up_to)
    grouped = sums.group_by(Entry.customer_id).subquery()
    query = (
        select(Customer.id, Customer.number, Customer.name, Customer.blocked, grouped)
        .join(grouped, grouped.c.customer_id == Customer.id)
        .order_by(grouped.c.oldest, Customer.number)
    )
    with db.unit_of_work(write=False) as session:
        rows = session.connection().execute(query).all()
    return [
        UnbilledCustomer(
            row[0],
            row[1],
            row[2],
            row[5],
            Decimal(row[6] or 0) / 1000,
            _ore(row[7]),
            _ore(row[8]),
            row[9],
            row[3],
        )
        for row in rows  # id, number, name, blocked, then the sums' columns
    ]
