"""Bulk mode: what it changes for thousands of rows is put back afterwards, error or not."""

from __future__ import annotations

import gc

import pytest
from sqlalchemy import text

from kundbok.services.bulk import BULK_CACHE_KIB, bulk_mode


def _cache_size(db) -> int:
    with db.unit_of_work(write=False) as session:
        return session.execute(text("PRAGMA cache_size")).scalar()


def test_bulk_mode_pauses_collection_and_grows_the_cache_for_its_work_only(db):
    before = _cache_size(db)
    assert gc.isenabled()
    with db.unit_of_work() as session, bulk_mode(session):
        assert not gc.isenabled()
        assert session.execute(text("PRAGMA cache_size")).scalar() == -BULK_CACHE_KIB
        session.commit()  # closes the session's connection; the setting is still put back
    assert gc.isenabled()
    assert _cache_size(db) == before != -BULK_CACHE_KIB


def test_bulk_mode_is_undone_after_an_error(db):
    before = _cache_size(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as session, bulk_mode(session):
        raise RuntimeError("a card cannot be imported")
    assert gc.isenabled()
    assert _cache_size(db) == before


def test_a_customer_added_in_bulk_has_the_history_of_one_saved_alone(db):
    from decimal import Decimal

    from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
    from kundbok.services.bulk import insert_customers
    from kundbok.services.customers import create_customer
    from kundbok.services.history import customer_history

    details = CustomerDetails(
        name="Åkessons Rör AB",
        org_number="556036-0793",
        email="Info@Akesson.se",
        discount_percent=Decimal("2.5"),
        addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        contacts=(
            ContactDetails(name="Märta", is_main=True),
            ContactDetails(name="Sven", is_main=True),
        ),
    )
    alone = create_customer(db, details)
    with db.unit_of_work() as session:
        (bulk_id,) = insert_customers(session, [details], db.user)
        session.commit()
    (single_event,) = customer_history(db, alone.id)
    (bulk_event,) = customer_history(db, bulk_id)
    assert bulk_event.action == single_event.action == "created"
    assert bulk_event.by == single_event.by
    assert bulk_event.changes == single_event.changes
    assert bulk_event.changes["name"] == [None, "Åkessons Rör AB"]
    assert "addresses" in bulk_event.changes and "org_number" in bulk_event.changes
