"""Where a customer stands in the list: counted in the database, as the list orders it."""

from __future__ import annotations

import pytest

from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.services import search
from kundbok.services.customers import create_customer, deactivate_customers
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.search import SORT_COLUMNS, CustomerQuery, row_position, search_customers


def _register(db) -> None:
    """Demo customers, and the awkward ones: equal names, no address, no identifier, passive."""
    create_demo_customers(db, 20)
    for name in ("Bygg AB", "Bygg AB", "Abel Bygg"):
        create_customer(db, CustomerDetails(name=name, addresses=(AddressDetails(city="Umeå"),)))
    create_customer(db, CustomerDetails(name="Ab Utan Adress", email="a@b.se"))
    create_customer(db, CustomerDetails(name="Privat Utan Nummer", kind="private"))
    passive = [
        create_customer(db, CustomerDetails(name=name, reference="Gammal")).id
        for name in ("Abba Passiv", "Zäta Passiv")
    ]
    deactivate_customers(db, [customer_id for customer_id in passive if customer_id is not None])


def _walked_positions(db, query: CustomerQuery) -> dict[int, int]:
    """The positions as found before: walking every id of the list in order."""
    return {row.id: position for position, row in enumerate(search_customers(db, query, 0, 10**4))}


@pytest.mark.parametrize("descending", [False, True], ids=["ascending", "descending"])
@pytest.mark.parametrize("sort", sorted(SORT_COLUMNS))
def test_the_position_is_the_one_the_list_shows(any_db, monkeypatch, sort, descending):
    _register(any_db)
    everyone = [row.id for row in search_customers(any_db, CustomerQuery("", True), 0, 10_000)]
    # A search text is answered by walking the sorted list or by collecting the matches.
    for broad_match, text in ((0, ""), (0, "ab"), (10**9, "ab"), (0, "bygg ab"), (10**9, "bygg")):
        monkeypatch.setattr(search, "BROAD_MATCH", broad_match)
        for include_inactive in (False, True):
            query = CustomerQuery(text, include_inactive, sort, descending)
            walked = _walked_positions(any_db, query)
            for customer_id in everyone:
                position = row_position(any_db, query, customer_id)
                assert position == walked.get(customer_id), (query, customer_id)


def test_a_customer_the_list_does_not_show_has_no_position(db):
    _register(db)
    passive = search_customers(db, CustomerQuery("passiv", include_inactive=True))[0]
    assert row_position(db, CustomerQuery("passiv"), passive.id) is None
    assert row_position(db, CustomerQuery("passiv", include_inactive=True), passive.id) == 0
    assert row_position(db, CustomerQuery("ingen sådan"), passive.id) is None
