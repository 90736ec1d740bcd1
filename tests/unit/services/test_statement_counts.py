"""No N+1: opening the list, searching and opening a card cost a few statements, whatever the
number of customers, contacts and addresses."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from kundbok.services.customers import get_customer
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.search import CustomerQuery, first_page, search_customers


@contextmanager
def counted(db) -> Iterator[list[str]]:
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


@pytest.fixture
def filled(db):
    create_demo_customers(db, 500)
    return db


def _queries(statements: list[str]) -> list[str]:
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


@pytest.mark.parametrize("text", ["", "and", "bygg ab", "göteborg"])
def test_a_page_of_the_list_costs_a_constant_number_of_statements(filled, text):
    with counted(filled) as statements:
        rows = search_customers(filled, CustomerQuery(text), 0, 100)
    assert rows
    # Choosing the plan (the register's size and one count per word, at most), the page's ids
    # and its rows.
    words = len(text.split())
    assert len(_queries(statements)) <= 3 + words, statements


@pytest.mark.parametrize("text", ["", "and", "bygg ab", "göteborg"])
def test_a_keystroke_counts_and_reads_the_first_page_together(filled, text):
    with counted(filled) as statements:
        count, rows = first_page(filled, CustomerQuery(text), 100)
    assert rows and count >= len(rows)
    # Without words: two counts, the page's ids, its rows. With words, few matches here: choosing
    # the plan (the register's size, a count per word), then the ids counted as they are sorted.
    words = len(text.split())
    assert len(_queries(statements)) == (3 + words if words else 4), statements


def test_opening_a_card_costs_three_statements(filled):
    row = search_customers(filled, CustomerQuery("ab"), 0, 1)[0]
    with counted(filled) as statements:
        card = get_customer(filled, row.id)
    assert card.contacts  # companies in the demo data have contacts
    assert len(_queries(statements)) == 3, statements  # customer, addresses, contacts
