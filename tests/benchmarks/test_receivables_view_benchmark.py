"""The Kundreskontra view refreshed over 20,000 open invoices within 300 ms: query, ageing,
table and chart, painted."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import insert, select
from tests.helpers.benchmarking import assert_within

from kundbok.db.migrate import open_database
from kundbok.db.models import Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceKind, InvoiceState
from kundbok.services.demo_data import create_demo_customers
from kundbok.ui.receivables_view import ReceivablesView

CUSTOMERS = 5_000
INVOICES = 20_000
ON = dt.date(2026, 6, 30)


@pytest.fixture(scope="module")
def ledger_db(tmp_path_factory) -> Iterator[Database]:
    """20,000 issued, unpaid invoices spread over 5,000 customers and every age bucket; written
    in one insert (the view reads only what issuing stores, not the lines)."""
    path = tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"
    db = open_database(path)
    create_demo_customers(db, CUSTOMERS)
    with db.unit_of_work() as session:
        customers = session.execute(select(Customer.id, Customer.name)).all()
        rows = []
        for n in range(INVOICES):
            customer = customers[n % len(customers)]
            # 197, not 200: each customer's four invoices fall due on different days.
            invoice_date = ON - dt.timedelta(days=n % 197)
            net = Decimal(100 + n % 5000)
            rows.append(
                {
                    "number": 1000 + n,
                    "kind": InvoiceKind.INVOICE,
                    "state": InvoiceState.ISSUED,
                    "customer_id": customer.id,
                    "buyer_name": customer.name,
                    "invoice_date": invoice_date,
                    "due_date": invoice_date + dt.timedelta(days=30),
                    "net_total": net,
                    "vat_total": net / 4,
                    "total": net + net / 4,
                }
            )
        session.execute(insert(Invoice), rows)
        session.commit()
    db.dispose()  # checkpointed: read from the database file, as after any start of the app
    db = open_database(path)
    yield db
    db.dispose()


def test_view_refreshed_over_20000_open_invoices(benchmark, qtbot, qapp, ledger_db):
    view = ReceivablesView(ledger_db, today=ON)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)

    def refresh() -> None:
        view.refresh_receivables()
        qapp.processEvents()  # the table and the chart painted, as the user sees them

    benchmark.pedantic(refresh, rounds=10, iterations=1, warmup_rounds=1)
    assert view.aging is not None
    assert sum(1 for _ in view.aging.customers) == CUSTOMERS
    assert all(view.aging.bucket_totals)  # every age bucket has something open
    assert view.aging_model.rowCount() == CUSTOMERS + 1
    assert_within(benchmark, 0.3)
