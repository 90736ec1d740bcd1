"""Customer services: create, update with history, (de)activate, delete rules, renumbering."""

from __future__ import annotations

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from kundbok.db.models import Customer, Event, Invoice, SearchTerm
from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
from kundbok.domain.errors import RefusedError, ValidationError
from kundbok.services.customers import (
    create_customer,
    deactivate_customers,
    delete_customer,
    get_customer,
    reactivate_customers,
    renumber_customer,
    update_customer,
)
from kundbok.services.history import customer_history
from kundbok.services.settings import CompanySettings, get_company, save_company


def _count(any_db, model) -> int:
    with any_db.unit_of_work(write=False) as session:
        return session.scalar(select(func.count()).select_from(model))


def test_only_a_name_is_needed_and_numbers_come_from_the_series(any_db):
    first = create_customer(any_db, CustomerDetails(name="Rörmokarn i Umeå AB"))
    second = create_customer(any_db, CustomerDetails(name="Anna Åkesson", kind="private"))
    assert (first.number, second.number) == (1, 2)
    assert first.id is not None and first.uid


def test_a_blank_name_is_refused(any_db):
    with pytest.raises(ValidationError) as raised:
        create_customer(any_db, CustomerDetails(name="   "))
    assert raised.value.field == "name"
    assert _count(any_db, Customer) == 0


def test_identifiers_are_stored_in_one_normalised_form(any_db):
    saved = create_customer(
        any_db,
        CustomerDetails(
            name="Volvo Personvagnar AB",
            org_number="556036-0793",
            vat_number="se 5560 3607 9301",
            email="Info@Example.SE",
            addresses=(AddressDetails(street="Gatan 1", postcode="111 22", city="Stockholm"),),
        ),
    )
    assert saved.org_number == "5560360793"
    assert saved.vat_number == "SE556036079301"
    assert saved.address("billing").postcode == "11122"


def test_an_invalid_org_number_is_refused_with_the_field_named(any_db):
    with pytest.raises(ValidationError) as raised:
        create_customer(any_db, CustomerDetails(name="Fel AB", org_number="556036-0794"))
    assert raised.value.field == "org_number"
    assert _count(any_db, Customer) == 0


def test_a_save_failing_half_way_leaves_nothing_behind(any_db):
    create_customer(any_db, CustomerDetails(name="Först AB"))
    # The second customer is valid until its contact's e-mail, checked after the name and numbers.
    with pytest.raises(ValidationError):
        create_customer(
            any_db,
            CustomerDetails(
                name="Halvvägs AB",
                org_number="556036-0793",
                contacts=(ContactDetails(name="Per", email="inte en adress"),),
            ),
        )
    assert _count(any_db, Customer) == 1
    assert _count(any_db, Event) == 1
    # The number drawn for the failed save was given back: the series stays gapless.
    assert create_customer(any_db, CustomerDetails(name="Nästa AB")).number == 2


def test_update_records_every_changed_field_with_old_and_new_values(any_db):
    saved = create_customer(any_db, CustomerDetails(name="Berg & Son", phone="08-123 45"))
    update_customer(
        any_db,
        saved.id,
        CustomerDetails(
            name="Berg & Söner AB",
            phone="08-123 45",
            discount_percent=Decimal("12.5"),
            contacts=(ContactDetails(name="Lisa Berg", is_main=True),),
        ),
    )
    history = customer_history(any_db, saved.id)
    assert [event.action for event in history] == ["updated", "created"]
    changes = history[0].changes
    assert changes["name"] == ["Berg & Son", "Berg & Söner AB"]
    assert changes["discount_percent"] == ["0", "12.5"]
    assert "phone" not in changes
    assert get_customer(any_db, saved.id).main_contact.name == "Lisa Berg"


def test_saving_without_changes_writes_no_event(any_db):
    saved = create_customer(any_db, CustomerDetails(name="Oförändrad AB"))
    update_customer(any_db, saved.id, saved)
    assert len(customer_history(any_db, saved.id)) == 1


def test_only_one_main_contact(any_db):
    saved = create_customer(
        any_db,
        CustomerDetails(
            name="Två chefer AB",
            contacts=(
                ContactDetails(name="A", is_main=True),
                ContactDetails(name="B", is_main=True),
            ),
        ),
    )
    assert [contact.is_main for contact in saved.contacts] == [True, False]


def test_deactivate_and_reactivate_several_at_once(any_db):
    ids = [create_customer(any_db, CustomerDetails(name=f"Kund {i}")).id for i in range(3)]
    assert deactivate_customers(any_db, ids[:2]) == 2
    assert deactivate_customers(any_db, ids[:2]) == 0  # already passive: nothing changes
    assert [get_customer(any_db, i).active for i in ids] == [False, False, True]
    assert reactivate_customers(any_db, ids) == 2
    assert all(get_customer(any_db, i).active for i in ids)
    assert [e.action for e in customer_history(any_db, ids[0])] == [
        "reactivated",
        "deactivated",
        "created",
    ]


def test_delete_is_refused_for_a_customer_with_invoices(any_db):
    saved = create_customer(any_db, CustomerDetails(name="Fakturerad AB"))
    with any_db.unit_of_work() as session:
        session.add(Invoice(customer_id=saved.id))
        session.commit()
    with pytest.raises(RefusedError) as raised:
        delete_customer(any_db, saved.id)
    assert "Deactivate" in raised.value.message
    assert get_customer(any_db, saved.id).name == "Fakturerad AB"


def test_delete_of_an_unused_customer_removes_its_terms_too(any_db):
    saved = create_customer(any_db, CustomerDetails(name="Borttagen AB"))
    delete_customer(any_db, saved.id)
    assert _count(any_db, Customer) == 0
    assert _count(any_db, SearchTerm) == 0


def test_renumber_to_a_free_number_and_the_series_skips_it(any_db):
    first = create_customer(any_db, CustomerDetails(name="Ett AB"))
    renumber_customer(any_db, first.id, 2)
    assert get_customer(any_db, first.id).number == 2
    assert create_customer(any_db, CustomerDetails(name="Två AB")).number == 3
    with pytest.raises(RefusedError):
        renumber_customer(any_db, first.id, 3)
    with any_db.unit_of_work(write=False) as session:
        event = session.scalars(select(Event).where(Event.action == "renumbered")).one()
    assert json.loads(event.changes) == {"number": [1, 2]}


def test_first_customer_number_is_fixed_once_a_customer_exists(any_db):
    settings = get_company(any_db)
    save_company(any_db, CompanySettings(**{**settings.__dict__, "first_customer_number": 1000}))
    assert create_customer(any_db, CustomerDetails(name="Tusen AB")).number == 1000
    settings = get_company(any_db)
    assert settings.customer_number_locked
    with pytest.raises(RefusedError):
        save_company(any_db, CompanySettings(**{**settings.__dict__, "first_customer_number": 5}))


def test_every_change_is_made_by_the_user(any_db):
    saved = create_customer(any_db, CustomerDetails(name="Vem AB"))
    with any_db.unit_of_work(write=False) as session:
        customer = session.get(Customer, saved.id)
        assert (customer.created_by, customer.updated_by) == ("tester", "tester")
    assert customer_history(any_db, saved.id)[0].by == "tester"


def test_a_full_disk_gives_a_message_and_saves_nothing(db, monkeypatch):
    from sqlalchemy import event

    from kundbok.domain.errors import KundbokError

    saved = create_customer(db, CustomerDetails(name="Före AB"))

    def disk_full(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("INSERT INTO EVENT"):
            import sqlite3

            raise sqlite3.OperationalError("database or disk is full")

    event.listen(db.engine, "before_cursor_execute", disk_full)
    try:
        with pytest.raises(KundbokError) as raised:
            update_customer(db, saved.id, CustomerDetails(name="Efter AB"))
    finally:
        event.remove(db.engine, "before_cursor_execute", disk_full)
    assert "disk is full" in str(raised.value) and "Nothing was changed" in str(raised.value)
    assert get_customer(db, saved.id).name == "Före AB"


def test_texts_at_their_limits_are_stored_and_longer_ones_refused(any_db):
    from kundbok.domain import limits

    # On PostgreSQL a text longer than its column is an error: the checks must stop it first.
    longest = CustomerDetails(
        name="ß" * limits.NAME,
        reference="r" * limits.REFERENCE,
        addresses=(
            AddressDetails(
                name="n" * limits.ADDRESS_LINE,
                street="s" * limits.ADDRESS_LINE,
                street2="t" * limits.ADDRESS_LINE,
                city="c" * limits.CITY,
            ),
        ),
        contacts=(ContactDetails(name="k" * limits.NAME, role="o" * limits.ROLE),),
    )
    saved = create_customer(any_db, longest)
    assert get_customer(any_db, saved.id).addresses[0].street == "s" * limits.ADDRESS_LINE
    too_long = replace(longest, addresses=(AddressDetails(street="W" * 500, city="Örebro"),))
    with pytest.raises(ValidationError):
        create_customer(any_db, too_long)
