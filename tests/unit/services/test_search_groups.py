"""The customer list by group: the group's name on each row, the filter, the sort and counts."""

from __future__ import annotations

import pytest
from tests.helpers.shortcuts import count_customers

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.services.customer_groups import create_group
from kundbok.services.customers import create_customer, deactivate_customers
from kundbok.services.search import CustomerQuery, first_page, row_position, search_customers


@pytest.fixture
def grouped(any_db):
    builders = create_group(any_db, CustomerGroupDetails(name="Bygg"))
    shops = create_group(any_db, CustomerGroupDetails(name="Butik"))
    for name, group in [
        ("Åkessons Rör AB", builders),
        ("Berg Bygg AB", builders),
        ("Cykelboden", shops),
        ("Dahl Konsult", None),
    ]:
        create_customer(any_db, CustomerDetails(name=name, group_id=group and group.id))
    return any_db, builders, shops


def _names(db, **options):
    return [row.name for row in search_customers(db, CustomerQuery(**options))]


def test_each_row_names_its_group(grouped):
    db, _builders, _shops = grouped
    rows = search_customers(db, CustomerQuery())
    assert [(row.name, row.group) for row in rows] == [
        ("Berg Bygg AB", "Bygg"),
        ("Cykelboden", "Butik"),
        ("Dahl Konsult", None),
        ("Åkessons Rör AB", "Bygg"),
    ]


def test_the_filter_shows_one_group_and_counts_it(grouped):
    db, builders, _shops = grouped
    query = CustomerQuery(group_id=builders.id)
    assert _names(db, group_id=builders.id) == ["Berg Bygg AB", "Åkessons Rör AB"]
    assert count_customers(db, query) == 2
    assert first_page(db, query, 100)[0] == 2
    words = CustomerQuery("berg", group_id=builders.id)
    assert [row.name for row in first_page(db, words, 100)[1]] == ["Berg Bygg AB"]
    assert count_customers(db, words) == 1
    assert count_customers(db, CustomerQuery("cykel", group_id=builders.id)) == 0


def test_the_filter_leaves_out_passive_customers_unless_asked(grouped):
    db, builders, _shops = grouped
    berg = search_customers(db, CustomerQuery("berg"))[0]
    deactivate_customers(db, [berg.id])
    assert count_customers(db, CustomerQuery(group_id=builders.id)) == 1
    assert count_customers(db, CustomerQuery(include_inactive=True, group_id=builders.id)) == 2


def test_the_list_sorts_by_group_and_finds_a_row_in_that_order(grouped):
    db, _builders, _shops = grouped
    names = _names(db, sort="group")
    # Butik before Bygg, then by number; the database decides where no group goes.
    assert [name for name in names if name != "Dahl Konsult"] == [
        "Cykelboden",
        "Åkessons Rör AB",
        "Berg Bygg AB",
    ]
    for name in names:
        customer = search_customers(db, CustomerQuery(name.split()[0].lower()))[0]
        assert row_position(db, CustomerQuery(sort="group"), customer.id) == names.index(name)
