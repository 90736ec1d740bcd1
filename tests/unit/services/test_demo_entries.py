"""Demo entries: unbilled, on active customers, dated within the last month, in one go."""

from __future__ import annotations

import datetime as dt

from kundbok.services.demo_data import create_demo_customers
from kundbok.services.demo_entries import create_demo_entries
from kundbok.services.entries import list_entries
from kundbok.services.entry_queries import unbilled_customers

TODAY = dt.date(2026, 11, 30)


def test_demo_entries_are_unbilled_and_recent(db):
    create_demo_customers(db, 40)
    assert create_demo_entries(db, 120, today=TODAY, customers=30) == 120
    entries = list_entries(db, unbilled=True)
    assert len(entries) == 120
    assert all(TODAY - dt.timedelta(days=30) < e.entry_date <= TODAY for e in entries)
    assert all(e.amount > 0 and e.article_number for e in entries)
    assert 1 < len(unbilled_customers(db)) <= 30
