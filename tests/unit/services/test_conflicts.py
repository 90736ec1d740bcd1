"""Two users on one register: a save over someone else's change is refused, never silent."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.db.session import Database
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.conflicts import ConflictError
from kundbok.services.customers import (
    create_customer,
    deactivate_customers,
    delete_customer,
    get_customer,
    renumber_customer,
    update_customer,
)
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import delete_draft, save_draft
from kundbok.services.settings import get_company, save_company


@pytest.fixture
def other(any_db: Database) -> Iterator[Database]:
    """A second user's connection to the same database (another window, another process)."""
    url = any_db.engine.url.render_as_string(hide_password=False)
    database = Database.open(url, user="colleague", create=False)
    yield database
    database.dispose()


def test_second_save_of_a_customer_is_refused_with_who_and_what(any_db, other):
    created = create_customer(any_db, CustomerDetails(name="Åkessons Rör AB", phone="08-1"))
    mine = get_customer(any_db, created.id)
    theirs = get_customer(other, created.id)
    update_customer(other, created.id, replace(theirs, phone="08-2"))

    with pytest.raises(ConflictError) as raised:
        update_customer(any_db, created.id, replace(mine, phone="08-3", email="a@b.se"))

    error = raised.value
    assert error.changed_by == "colleague"
    assert error.changed_at is not None
    assert error.differences["phone"] == ("08-2", "08-3")
    assert error.differences["email"] == ("", "a@b.se")
    assert "colleague" in str(error)
    stored = get_customer(any_db, created.id)
    assert (stored.phone, stored.email) == ("08-2", "")  # nothing of the second save written
    assert error.current == stored

    # Saving again at the stored version (having chosen) goes through.
    saved = update_customer(any_db, created.id, replace(mine, phone="08-3", version=stored.version))
    assert saved.phone == "08-3"
    assert saved.version == stored.version + 1


def test_a_change_of_addresses_alone_moves_the_version(any_db, other):
    created = create_customer(any_db, CustomerDetails(name="Berg"))
    theirs = get_customer(other, created.id)
    update_customer(
        other, created.id, replace(theirs, addresses=(AddressDetails(street="Storgatan 1"),))
    )
    with pytest.raises(ConflictError) as raised:
        update_customer(any_db, created.id, replace(created, notes="ring först"))
    assert "addresses" in raised.value.differences
    assert get_customer(any_db, created.id).notes == ""


def test_deactivation_and_renumbering_move_the_version(any_db, other):
    created = create_customer(any_db, CustomerDetails(name="Berg"))
    deactivate_customers(other, [created.id])
    with pytest.raises(ConflictError):
        update_customer(any_db, created.id, replace(created, phone="1"))  # would reactivate
    assert get_customer(any_db, created.id).active is False

    current = get_customer(any_db, created.id)
    version = renumber_customer(other, created.id, 900)
    assert version == current.version + 1


def test_a_customer_changed_meanwhile_is_not_deleted(any_db, other):
    created = create_customer(any_db, CustomerDetails(name="Berg"))
    update_customer(other, created.id, replace(created, phone="1"))
    with pytest.raises(ConflictError):
        delete_customer(any_db, created.id, created.version)
    assert get_customer(any_db, created.id).phone == "1"


def test_a_save_without_a_version_is_not_checked(any_db, other):
    """Imports and the command line write without reading first."""
    created = create_customer(any_db, CustomerDetails(name="Berg"))
    update_customer(other, created.id, replace(created, phone="1"))
    saved = update_customer(any_db, created.id, replace(created, phone="2", version=None))
    assert saved.phone == "2"


def _line(text: str) -> LineDetails:
    return LineDetails(description=text, quantity=Decimal(1), unit_price=Decimal(100))


def test_second_save_of_a_draft_is_refused(any_db, other):
    customer = create_customer(any_db, CustomerDetails(name="Berg"))
    draft = save_draft(any_db, new_draft(any_db, customer.id))
    theirs = get_invoice(other, draft.id)
    save_draft(other, replace(theirs, lines=(_line("Their line"),)))

    with pytest.raises(ConflictError) as raised:
        save_draft(any_db, replace(draft, their_reference="Anna"))
    assert set(raised.value.differences) == {"their_reference", "lines"}
    stored = get_invoice(any_db, draft.id)
    assert stored.their_reference == ""
    assert [line.description for line in stored.lines] == ["Their line"]
    with pytest.raises(ConflictError):
        delete_draft(any_db, draft.id, draft.version)
    delete_draft(any_db, draft.id, stored.version)


def test_second_save_of_an_article_is_refused(any_db, other):
    article = save_article(any_db, ArticleDetails(number="A1", description="Rörmokeri"))
    save_article(other, replace(article, unit_price=Decimal(500)))
    with pytest.raises(ConflictError) as raised:
        save_article(any_db, replace(article, description="Rörarbete"))
    assert raised.value.differences["unit_price"] == (Decimal(500), Decimal(0))
    assert raised.value.current.description == "Rörmokeri"


def test_second_save_of_the_settings_is_refused(any_db, other):
    mine = get_company(any_db)
    save_company(other, replace(get_company(other), name="Åkessons Rör AB"))
    with pytest.raises(ConflictError) as raised:
        save_company(any_db, replace(mine, city="Umeå"))
    assert raised.value.differences["name"] == ("Åkessons Rör AB", mine.name)
    assert get_company(any_db).city == mine.city
