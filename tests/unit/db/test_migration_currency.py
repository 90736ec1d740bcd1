"""Revision 0015 (exchange rates, exchange gain and loss accounts) keeps every row of a register
with invoices and payments, upgraded or taken back to 0013."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import replace
from decimal import Decimal as D

from alembic import command
from tests.helpers.shortcuts import new_draft

from kundbok.db.migrate import alembic_config, open_database
from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.services.settings import get_company

DAY = dt.date(2026, 3, 2)


def _downgrade(path, revision: str) -> None:
    database = Database.open(path)
    config = alembic_config()
    with database.engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, revision)
    database.dispose()


def _counts(path) -> tuple[int, int, int]:
    with sqlite3.connect(path) as connection:
        return tuple(
            connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("invoice", "invoice_line", "payment")
        )


def test_a_register_with_invoices_and_payments_goes_down_and_up_again(tmp_path):
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    create_demo_company(db)
    customer = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    line = LineDetails(description="Arbete", quantity=D(2), unit_price=D(500))
    draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=(line,)))
    invoice = issue_invoice(db, draft.id, DAY)
    register_payment(db, invoice.id, D("250.00"), DAY)
    db.dispose()
    before = _counts(path)
    _downgrade(path, "0013")  # a batch copy was refused by the foreign keys
    with sqlite3.connect(path) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(invoice)")}
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "exchange_rate" not in columns and _counts(path) == before
    db = open_database(path)  # upgraded again at opening, as a newer Kundbok does
    company = get_company(db)
    assert (company.exchange_gain_account, company.exchange_loss_account) == ("3960", "7960")
    db.dispose()
    assert _counts(path) == before
