"""The list limited to a customer group at 100,000 customers: a keystroke's work (first page and
count) within 30 ms, for a group of a quarter of the register and for a group of ten."""

from __future__ import annotations

import pytest
from sqlalchemy import update
from tests.helpers.benchmarking import assert_within, sized
from tests.helpers.shortcuts import count_customers

from kundbok.db.models import Customer
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.services.customer_groups import create_group, list_groups
from kundbok.services.search import CustomerQuery, first_page
from kundbok.ui.customer_list import PAGE_SIZE


@pytest.fixture(scope="module")
def groups(big_db) -> dict[str, int]:
    """ "Stor": every fourth customer; "Liten": ten customers; the rest in other groups or none."""
    existing = {group.name: group.id for group in list_groups(big_db) if group.id}
    if {"Stor", "Liten"} <= existing.keys():
        return existing
    big = create_group(big_db, CustomerGroupDetails(name="Stor")).id
    small = create_group(big_db, CustomerGroupDetails(name="Liten")).id
    other = create_group(big_db, CustomerGroupDetails(name="Övrig")).id
    with big_db.unit_of_work() as session:
        session.execute(update(Customer).where(Customer.id % 4 == 0).values(group_id=big))
        session.execute(update(Customer).where(Customer.id % 4 == 1).values(group_id=other))
        session.execute(
            update(Customer).where(Customer.id % sized(10_000, 200) == 3).values(group_id=small)
        )
        session.commit()
    return {"Stor": big, "Liten": small, "Övrig": other}


@pytest.mark.parametrize(
    ("group", "text"), [("Stor", ""), ("Liten", ""), ("Stor", "and"), ("Liten", "and")]
)
def test_group_filter(benchmark, big_db, groups, group, text):
    query = CustomerQuery(text, group_id=groups[group])
    count, rows = benchmark(first_page, big_db, query, PAGE_SIZE)
    assert count == count_customers(big_db, query)
    assert len(rows) == min(count, PAGE_SIZE)
    assert all(row.group == group for row in rows)
    assert_within(benchmark, 0.030)
