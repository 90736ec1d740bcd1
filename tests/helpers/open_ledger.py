"""A register of open invoices, for the benchmarks that pay them from a bank file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import update

from kundbok.db.migrate import open_database
from kundbok.db.models import Invoice
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.services.demo_data import create_demo_customers, create_demo_invoices


def open_ledger(path: Path, customers: int, invoices: int) -> Path:
    """`customers` demo customers and `invoices` demo invoices issued in 2026, every one of
    them still open, at `path`."""
    db = open_database(path)
    create_demo_customers(db, customers)
    create_demo_invoices(db, invoices, today=dt.date(2026, 12, 31))
    with db.unit_of_work() as session:
        session.execute(
            update(Invoice)
            .where(Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.PAID)
            .values(state=InvoiceState.ISSUED, paid_date=None)
        )
        session.commit()
    db.dispose()
    return path
