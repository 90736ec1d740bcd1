"""`demo-data --customers 100000` within 30 s."""

from __future__ import annotations

from tests.helpers.benchmarking import assert_within, sized

from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_customers

CUSTOMERS = sized(100_000, 1_000)


def test_demo_data_100000(benchmark, tmp_path):
    counter = iter(range(100))

    def fill():
        db = open_database(tmp_path / f"demo-{next(counter)}.sqlite3")
        try:
            return create_demo_customers(db, CUSTOMERS)
        finally:
            db.dispose()

    added = benchmark.pedantic(fill, rounds=1, iterations=1)
    assert added == CUSTOMERS
    assert_within(benchmark, 30)
