"""The company's settings row comes with the schema: reading it never writes."""

from __future__ import annotations

import multiprocessing
import sqlite3

from tests.helpers.shortcuts import new_draft

from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import save_draft

PROCESSES = 4
DRAFTS_EACH = 5


def _company_rows(path) -> list[tuple]:
    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT id, register_id FROM company").fetchall()


def test_a_new_register_has_its_company_row_and_register_id(tmp_path):
    path = tmp_path / "new.sqlite3"
    open_database(path).dispose()
    ((company_id, register_id),) = _company_rows(path)
    assert company_id == 1 and len(register_id) == 36


def test_an_older_register_gets_its_row_and_id_on_upgrade(tmp_path, database_of_revision):
    path = tmp_path / "old.sqlite3"
    database_of_revision(path, "0002").dispose()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM company").fetchone() == (0,)
    open_database(path).dispose()
    ((company_id, register_id),) = _company_rows(path)
    assert company_id == 1 and len(register_id) == 36


def _create_drafts(path: str, customer_id: int, barrier, queue) -> None:
    db = open_database(path)
    barrier.wait(timeout=60)
    try:
        for _ in range(DRAFTS_EACH):
            save_draft(db, new_draft(db, customer_id))
        queue.put("ok")
    except Exception as error:  # reported to the test, which names it
        queue.put(f"{type(error).__name__}: {error}")
    finally:
        db.dispose()


def test_several_processes_create_drafts_at_once_on_a_fresh_register(tmp_path):
    """Before, the first read of the settings inserted the row inside a read transaction: beside
    another writer SQLite refuses that at once with "database is locked"."""
    path = str(tmp_path / "fresh.sqlite3")
    db = open_database(path)
    customer = create_customer(db, CustomerDetails(name="Delad AB"))
    db.dispose()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(PROCESSES)
    queue = context.Queue()
    workers = [
        context.Process(target=_create_drafts, args=(path, customer.id, barrier, queue))
        for _ in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    outcomes = [queue.get(timeout=120) for _ in workers]
    for worker in workers:
        worker.join(timeout=60)
    assert outcomes == ["ok"] * PROCESSES
    with sqlite3.connect(path) as connection:
        (drafts,) = connection.execute("SELECT count(*) FROM invoice").fetchone()
    assert drafts == PROCESSES * DRAFTS_EACH
