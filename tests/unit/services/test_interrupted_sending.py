"""A batch of e-mails cut off by a crash (kill -9 half-way): what went is recorded as it went, so
the next run sends the rest and no customer gets a message twice."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import Counter
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from tests.helpers.shortcuts import new_draft

from helpers.smtp_server import KillingHandler, running_smtp_server, use_test_server
from kundbok.cli import main
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.mail.invoices import unsent_invoice_ids

CUSTOMERS = 6
KILLED_AT = 4  # the fourth message: three went before the crash
DAY = dt.date(2026, 10, 1)


@pytest.fixture
def register(tmp_path, db):
    """Six customers invoiced by e-mail, one issued invoice each."""
    create_demo_company(db)
    for number in range(CUSTOMERS):
        customer = create_customer(
            db,
            CustomerDetails(
                name=f"Kund {number}", email=f"kund{number}@example.se", invoice_by_email=True
            ),
        )
        lines = (LineDetails(description="Arbete", unit_price=D(800)),)
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=lines))
        issue_invoice(db, draft.id, DAY)
    return db


def _killed_run(handler: KillingHandler, database: str, *command: str) -> int:
    """Run `kundbok --database DATABASE COMMAND...` in a process of its own, which the mailbox
    kills half-way; its exit status."""
    process = subprocess.Popen(
        [sys.executable, "-m", "kundbok", "--database", database, *command],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    handler.victim = process.pid
    return process.wait(timeout=300)


def _per_recipient(handler: KillingHandler) -> Counter[str]:
    return Counter(address for message in handler.received for address in message.rcpt_tos)


def test_invoices_sent_before_a_crash_are_not_sent_again(register, db, tmp_path):
    database = str(tmp_path / "test.sqlite3")
    handler = KillingHandler(kill_at=KILLED_AT)
    with running_smtp_server(handler) as server:
        use_test_server(db, server.port)
        assert _killed_run(handler, database, "send-invoices") == -9
        assert len(handler.received) == KILLED_AT - 1
        assert len(unsent_invoice_ids(db)) == CUSTOMERS - (KILLED_AT - 1)
        assert main(["--database", database, "send-invoices"]) == 0
    assert _per_recipient(handler) == {f"kund{n}@example.se": 1 for n in range(CUSTOMERS)}
    assert unsent_invoice_ids(db) == []


def _reminders_per_customer(db) -> Counter[int]:
    from kundbok.services.reminders.history import made_reminders

    return Counter(row.customer_id for row in made_reminders(db))


def test_reminders_made_before_a_crash_are_sent_by_the_next_run_as_made(register, db, tmp_path):
    from kundbok.db.models import Invoice
    from kundbok.services.reminders.history import made_reminders

    database = str(tmp_path / "test.sqlite3")
    handler = KillingHandler(kill_at=KILLED_AT)
    with running_smtp_server(handler) as server:
        use_test_server(db, server.port)
        assert _killed_run(handler, database, "reminders", "--send") == -9
        assert len(handler.received) == KILLED_AT - 1
        # Made, not sent: listed to be sent, and its invoice's level not raised.
        waiting = [row for row in made_reminders(db) if row.sent_at is None]
        assert len(waiting) == CUSTOMERS - (KILLED_AT - 1)
        with db.unit_of_work(write=False) as session:
            levels = Counter(session.scalars(select(Invoice.reminder_level)))
        assert levels == {1: KILLED_AT - 1, 0: CUSTOMERS - (KILLED_AT - 1)}
        # The same day: the rest go, as they were made.
        assert main(["--database", database, "reminders", "--send"]) == 0
    assert _per_recipient(handler) == {f"kund{n}@example.se": 1 for n in range(CUSTOMERS)}
    per_customer = _reminders_per_customer(db)  # no second reminder, so no second fee
    assert len(per_customer) == CUSTOMERS and set(per_customer.values()) == {1}
    assert {row.reminder_id for row in waiting} <= {row.reminder_id for row in made_reminders(db)}
    assert all(row.sent_at is not None for row in made_reminders(db))
    with db.unit_of_work(write=False) as session:
        assert set(session.scalars(select(Invoice.reminder_level))) == {1}
