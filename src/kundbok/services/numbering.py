"""Number series for customers and invoices: unique and gapless.

A number is drawn by moving the series on with an UPDATE before reading it, inside the caller's
transaction. The UPDATE takes the write lock (SQLite) or the row lock (PostgreSQL) first, so two
copies of the app writing at once queue up instead of drawing the same number, and a transaction
that rolls back gives its number back.
"""

from __future__ import annotations

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kundbok.db.models import NumberSeries

CUSTOMER_SERIES = "customer"
INVOICE_SERIES = "invoice"


def draw_number(session: Session, series: str, count: int = 1) -> int:
    """The next number of `series`, reserved for the caller's transaction; with `count`, the
    first of that many numbers in a row (the caller uses them all, or the series has a gap)."""
    session.execute(
        update(NumberSeries)
        .where(NumberSeries.name == series)
        .values(next_value=NumberSeries.next_value + count)
        # The series row is never held as an object: nothing in the session to synchronise.
        .execution_options(synchronize_session=False)
    )
    next_value = session.scalar(select(NumberSeries.next_value).where(NumberSeries.name == series))
    if next_value is None:
        raise LookupError(f"number series {series!r} is missing")
    return next_value - count


def peek_number(session: Session, series: str) -> int:
    """The number the next draw would give, without reserving it."""
    value = session.scalar(select(NumberSeries.next_value).where(NumberSeries.name == series))
    if value is None:
        raise LookupError(f"number series {series!r} is missing")
    return value


def set_next_number(session: Session, series: str, next_value: int) -> None:
    """Start the series at `next_value` (the caller checks that this is allowed)."""
    session.execute(
        update(NumberSeries).where(NumberSeries.name == series).values(next_value=next_value)
    )
