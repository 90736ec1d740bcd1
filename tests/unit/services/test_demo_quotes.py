"""Demo quotes come in every status, and the invoiced one adds up to its paid part invoices."""

from __future__ import annotations

from kundbok.domain.quote import QuoteStatus
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.demo_quotes import create_demo_quotes
from kundbok.services.quote_queries import list_quotes, quote_parts


def test_demo_quotes_show_every_status(db):
    create_demo_customers(db, 20, seed=3)
    assert create_demo_quotes(db, seed=3) == 12
    rows = list_quotes(db)
    assert {row.status for row in rows} == set(QuoteStatus)
    [invoiced] = [row for row in rows if row.status == QuoteStatus.INVOICED]
    parts = quote_parts(db, invoiced.id)
    assert [part.state for part in parts] == ["paid", "paid"]
    assert sum(part.amount for part in parts) == invoiced.net_total
