"""Search: word prefixes in any order, å ä ö, numbers however written, through the index."""

from __future__ import annotations

import pytest
from sqlalchemy import event
from tests.helpers.shortcuts import count_customers

from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
from kundbok.services import search
from kundbok.services.customers import create_customer, deactivate_customers, update_customer
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.search import (
    CustomerQuery,
    customer_counts,
    first_page,
    row_position,
    search_customers,
)


def _fill(db):
    create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            org_number="556036-0793",
            phone="070-123 45 67",
            addresses=(AddressDetails(city="Örebro"),),
            contacts=(ContactDetails(name="Märta Öberg", email="marta@akessonsror.se"),),
        ),
    )
    create_customer(
        db,
        CustomerDetails(
            name="Anna Lindqvist",
            kind="private",
            personal_number="19811218-9876",
            addresses=(AddressDetails(city="Göteborg"),),
        ),
    )
    create_customer(db, CustomerDetails(name="Ängens Trädgård HB", reference="Sören"))
    return db


@pytest.fixture
def register(any_db):
    return _fill(any_db)


def _names(db, text, **options):
    return [row.name for row in search_customers(db, CustomerQuery(text, **options))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("åke", ["Åkessons Rör AB"]),
        ("ÅKE", ["Åkessons Rör AB"]),
        ("rör åkess", ["Åkessons Rör AB"]),
        ("örebro", ["Åkessons Rör AB"]),
        ("märta", ["Åkessons Rör AB"]),
        ("marta@akessonsror.se", ["Åkessons Rör AB"]),
        ("556036-0793", ["Åkessons Rör AB"]),
        ("5560360793", ["Åkessons Rör AB"]),
        ("070 123", ["Åkessons Rör AB"]),
        ("0701234567", ["Åkessons Rör AB"]),
        ("811218", ["Anna Lindqvist"]),
        ("göteborg anna", ["Anna Lindqvist"]),
        ("ängens sören", ["Ängens Trädgård HB"]),
        ("3", ["Ängens Trädgård HB"]),
        ("åke göteborg", []),
        ("", ["Anna Lindqvist", "Åkessons Rör AB", "Ängens Trädgård HB"]),
    ],
)
def test_search(register, text, expected):
    assert sorted(_names(register, text)) == sorted(expected)


def test_inactive_customers_are_excluded_unless_asked(register):
    anna = search_customers(register, CustomerQuery("anna"))[0]
    deactivate_customers(register, [anna.id])
    assert _names(register, "anna") == []
    assert _names(register, "anna", include_inactive=True) == ["Anna Lindqvist"]
    assert customer_counts(register) == (2, 1)


def test_an_edit_is_found_by_its_new_words_only(register):
    anna = search_customers(register, CustomerQuery("anna"))[0]
    update_customer(register, anna.id, CustomerDetails(name="Anna Öst", kind="private"))
    assert _names(register, "lindqvist") == []
    assert _names(register, "öst") == ["Anna Öst"]


def test_sorted_and_paged(any_db):
    db = any_db
    for name in ("Östen", "Åsa", "Ärla", "Adam", "Bertil"):
        create_customer(db, CustomerDetails(name=name))
    names = _names(db, "")
    assert names[:2] == ["Adam", "Bertil"]
    assert _names(db, "", sort="number") == ["Östen", "Åsa", "Ärla", "Adam", "Bertil"]
    assert _names(db, "", sort="number", descending=True)[0] == "Bertil"
    page = search_customers(db, CustomerQuery("", sort="number"), offset=2, limit=2)
    assert [row.name for row in page] == ["Ärla", "Adam"]
    assert count_customers(db, CustomerQuery("")) == 5
    adam = search_customers(db, CustomerQuery("adam"))[0]
    assert row_position(db, CustomerQuery("", sort="number"), adam.id) == 3


@pytest.mark.parametrize("broad_match", [0, 10**9], ids=["walk the list", "collect and sort"])
@pytest.mark.parametrize("sort", ["name", "city"])
@pytest.mark.parametrize("text", ["", "ab", "bygg ab", "göteborg", "ingen sådan"])
def test_the_first_page_is_the_count_and_the_first_rows(
    any_db, monkeypatch, broad_match, sort, text
):
    create_demo_customers(any_db, 300)
    monkeypatch.setattr(search, "BROAD_MATCH", broad_match)
    query = CustomerQuery(text, sort=sort)
    count, rows = first_page(any_db, query, 40)
    assert count == count_customers(any_db, query)
    assert rows == search_customers(any_db, query, 0, 40)
    assert len(rows) == min(count, 40)


def test_search_uses_the_term_index_not_a_scan(db):
    register = _fill(db)  # SQLite's EXPLAIN QUERY PLAN tells which index answered
    plans: list[str] = []

    def explain(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT") and "search_term" in statement:
            rows = cursor.connection.execute("EXPLAIN QUERY PLAN " + statement, parameters)
            plans.extend(row[-1] for row in rows.fetchall())

    event.listen(register.engine, "after_cursor_execute", explain)
    try:
        search_customers(register, CustomerQuery("åke rör"))
    finally:
        event.remove(register.engine, "after_cursor_execute", explain)
    assert any("ix_search_term_term_customer" in plan for plan in plans), plans
    assert not any(plan.startswith("SCAN search_term") for plan in plans), plans
