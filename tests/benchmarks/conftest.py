"""A register of 100,000 customers and 20,000 invoices, made once.

Set KUNDBOK_BENCH_DATABASE to reuse a database made earlier with
`kundbok --database FILE demo-data --customers 100000 --invoices 20000`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from kundbok.db.migrate import open_database
from kundbok.db.session import Database
from kundbok.services.demo_data import create_demo_customers, create_demo_invoices

CUSTOMERS = 100_000
INVOICES = 20_000


@pytest.fixture(scope="session")
def big_database_path(tmp_path_factory) -> Path:
    given = os.environ.get("KUNDBOK_BENCH_DATABASE")
    if given and Path(given).exists():
        return Path(given)
    path = tmp_path_factory.mktemp("bench") / "big.sqlite3"
    db = open_database(path)
    create_demo_customers(db, CUSTOMERS)
    create_demo_invoices(db, INVOICES)
    db.dispose()
    return path


@pytest.fixture(scope="session")
def big_db(big_database_path) -> Iterator[Database]:
    db = open_database(big_database_path)
    yield db
    db.dispose()
