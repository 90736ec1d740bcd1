"""Search at 100,000 customers: a keystroke's work (first page and count) within 30 ms."""

from __future__ import annotations

import pytest

from kundbok.services.search import CustomerQuery, count_customers, first_page, search_customers
from kundbok.ui.customer_list import PAGE_SIZE

QUERIES = ["and", "anders bygg", "göteborg", "åke", "0701", "5569847691", "sara lindberg", ""]


@pytest.mark.parametrize("text", QUERIES)
def test_keystroke_search(benchmark, big_db, text):
    """What the list does when the search box has waited out its debounce: count and first page."""
    query = CustomerQuery(text)
    count, rows = benchmark(first_page, big_db, query, PAGE_SIZE)
    assert count == count_customers(big_db, query)
    assert len(rows) == min(count, PAGE_SIZE)
    assert benchmark.stats.stats.median < 0.030


def test_page_at_the_end_of_the_list(benchmark, big_db):
    query = CustomerQuery("")
    last = count_customers(big_db, query) - 100
    rows = benchmark(search_customers, big_db, query, last, 100)
    assert len(rows) == 100
    assert benchmark.stats.stats.median < 0.030
