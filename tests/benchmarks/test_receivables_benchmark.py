"""The receivables view's arithmetic at 20,000 open invoices, well within its 300 ms."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from tests.helpers.benchmarking import assert_within, sized

from kundbok.domain.receivables import OpenItem, age_receivables

INVOICES = sized(20_000, 500)


def test_aging_20000_open_invoices(benchmark):
    on = dt.date(2026, 6, 30)
    items = [
        OpenItem(n % 5000, f"Kund {n % 5000}", on - dt.timedelta(days=n % 200 - 50), Decimal(n))
        for n in range(INVOICES)
    ]
    report = benchmark.pedantic(age_receivables, args=(items, on), rounds=5, iterations=1)
    assert report.total == Decimal(sum(range(INVOICES)))
    assert_within(benchmark, 0.2)
