"""Search at 100,000 customers: a keystroke's work (first page and count) within 30 ms."""

from __future__ import annotations

import pytest

from kundbok.services.search import CustomerQuery, count_customers, search_customers

QUERIES = ["and", "anders bygg", "göteborg", "åke", "0701", "5569847691", "sara lindberg", ""]


@pytest.mark.parametrize("text", QUERIES)
def test_keystroke_search(benchmark, big_db, text):
    query = CustomerQuery(text)

    def keystroke():
        return search_customers(big_db, query, 0, 100), count_customers(big_db, query)

    rows, count = benchmark(keystroke)
    assert len(rows) == min(count, 100)
    assert benchmark.stats.stats.median < 0.030


def test_page_at_the_end_of_the_list(benchmark, big_db):
    query = CustomerQuery("")
    last = count_customers(big_db, query) - 100
    rows = benchmark(search_customers, big_db, query, last, 100)
    assert len(rows) == 100
    assert benchmark.stats.stats.median < 0.030
