"""The first page read straight from the file: the very rows the search service gives, or none."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from sqlalchemy import text

from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer, deactivate_customers
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.search import (
    SORT_COLUMNS,
    CustomerQuery,
    count_customers,
    customer_counts,
    search_customers,
)
from kundbok.services.start_page import SORT_SQL, read_start_page

PAGE = 50


@pytest.fixture
def register(db, tmp_path):
    create_demo_customers(db, 300)
    # Ties on every sort column, a customer with no address and a passive one among them.
    twins = [create_customer(db, CustomerDetails(name="Tvilling AB")) for _ in range(3)]
    deactivate_customers(db, [twins[0].id])
    return db, tmp_path / "test.sqlite3"


def test_it_knows_every_sort_order_of_the_search_service():
    assert set(SORT_SQL) == set(SORT_COLUMNS)


@pytest.mark.parametrize("sort", sorted(SORT_SQL))
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("include_inactive", [False, True])
def test_the_first_page_is_the_search_services_first_page(
    register, sort, descending, include_inactive
):
    db, path = register
    query = CustomerQuery("", include_inactive, sort, descending)
    start = read_start_page(path, query, PAGE)
    assert start is not None
    assert start.rows == search_customers(db, query, 0, PAGE)
    assert start.count(query) == count_customers(db, query)
    assert (start.active, start.passive) == customer_counts(db)
    assert start.passive >= 1


def test_search_words_are_left_to_the_search_service(register):
    _db, path = register
    assert read_start_page(path, CustomerQuery("tvilling"), PAGE) is None
    assert read_start_page(path, CustomerQuery("  "), PAGE) is not None  # no words at all


def test_an_older_schema_is_left_to_the_migration(register, tmp_path):
    db, path = register
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0000'"))
    assert read_start_page(path, CustomerQuery(), PAGE) is None


@pytest.mark.parametrize("content", [b"", b"not a database at all\n" * 100])
def test_a_file_that_is_not_a_kundbok_database_is_not_read_nor_changed(tmp_path, content):
    path = tmp_path / "other.sqlite3"
    path.write_bytes(content)
    assert read_start_page(path, CustomerQuery(), PAGE) is None
    assert path.read_bytes() == content


def test_another_sqlite_database_is_not_read(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE customer (id INTEGER PRIMARY KEY)")
    connection.close()
    copy = tmp_path / "copy.sqlite3"
    shutil.copy(path, copy)
    assert read_start_page(path, CustomerQuery(), PAGE) is None
    assert path.read_bytes() == copy.read_bytes()
