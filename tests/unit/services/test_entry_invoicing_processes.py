"""Entries are billed once under two processes invoicing at the same moment and under kill -9
in the middle, on SQLite and PostgreSQL: each entry ends on at most one invoice, every invoice
has exactly the lines of its entries, and entries left unbilled are invoiced later."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal as D
from pathlib import Path

from sqlalchemy import text

from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customers import create_customer
from kundbok.services.entries import NewEntry, add_entry
from kundbok.services.entry_invoicing import invoice_entries

DAY = dt.date(2026, 11, 2)
CUSTOMERS, PER_CUSTOMER = 20, 4

# Waits for the go file, then invoices every customer's entries, issued; says what happened.
WORKER = r"""
import datetime as dt, os, sys, time
from kundbok.db.migrate import open_database
from kundbok.domain.errors import KundbokError
from kundbok.services.entry_invoicing import invoice_entries
url, go = sys.argv[1], sys.argv[2]
db = open_database(url, user=f"worker{os.getpid()}")
print("ready", os.getpid(), flush=True)
while not os.path.exists(go):
    time.sleep(0.001)
try:
    made = invoice_entries(db, None, dt.date(2026, 11, 30), issue=True, today=dt.date(2026, 11, 30))
    print("made", len(made), flush=True)
except KundbokError as error:
    print("refused", flush=True)
"""


def _url(db: Database) -> str:
    return db.engine.url.render_as_string(hide_password=False)


def _fill(db: Database) -> int:
    save_article(
        db,
        ArticleDetails(number="EL", description="Elarbete", unit="tim", unit_price=D(650)),
    )
    for number in range(CUSTOMERS):
        customer = create_customer(db, CustomerDetails(name=f"Kund {number} AB"))
        for hours in range(1, PER_CUSTOMER + 1):
            add_entry(db, NewEntry(customer.id, DAY, D(hours), "EL"))
    return CUSTOMERS * PER_CUSTOMER


def _check_billed_once(db: Database) -> int:
    """Each invoice has as many lines as entries point at it; returns the entries billed."""
    with db.unit_of_work(write=False) as session:
        lines = dict(
            session.execute(
                text("SELECT invoice_id, count(*) FROM invoice_line GROUP BY invoice_id")
            ).all()
        )
        linked = dict(
            session.execute(
                text(
                    "SELECT invoice_id, count(*) FROM entry WHERE invoice_id IS NOT NULL "
                    "GROUP BY invoice_id"
                )
            ).all()
        )
        numbers = session.scalars(
            text("SELECT number FROM invoice WHERE number IS NOT NULL ORDER BY number")
        ).all()
    assert lines == linked
    assert list(numbers) == list(range(1, len(numbers) + 1))
    return sum(linked.values())


def _start(url: str, go: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-c", WORKER, url, str(go)], stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    assert process.stdout.readline().split()[0] == "ready"
    return process


def test_two_processes_invoicing_at_once_bill_each_entry_once(any_db, tmp_path):
    entries = _fill(any_db)
    go = tmp_path / "go"
    workers = [_start(_url(any_db), go) for _ in range(2)]
    go.touch()
    outcomes = []
    for worker in workers:
        out, _ = worker.communicate(timeout=120)
        outcomes.append(out.split()[0])
    assert sorted(outcomes) in (["made", "refused"], ["made", "made"])
    assert _check_billed_once(any_db) == entries
    assert invoice_entries(any_db, None, DAY, today=DAY) == []


def test_a_kill_in_the_middle_leaves_invoices_with_their_entries_or_neither(any_db, tmp_path):
    entries = _fill(any_db)
    go = tmp_path / "go"
    go.touch()
    rng = random.Random()
    for _ in range(6):
        worker = _start(_url(any_db), go)
        time.sleep(rng.uniform(0, 1.5))
        os.kill(worker.pid, signal.SIGKILL)
        worker.communicate(timeout=30)
        billed = _check_billed_once(any_db)
        assert billed in (0, entries)
        if billed:
            break
    # What a kill left unbilled is invoiced now, once.
    invoice_entries(any_db, None, DAY, issue=True, today=DAY)
    assert _check_billed_once(any_db) == entries
