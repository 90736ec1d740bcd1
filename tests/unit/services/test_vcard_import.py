"""Which customer a card updates: the same one, never an unrelated one of another register."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from kundbok.db.migrate import open_database
from kundbok.db.models import Customer
from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer, get_customer, get_customers
from kundbok.services.demo_data import create_demo_customers
from kundbok.services.vcard.transfer import (
    apply_vcard_import,
    export_vcards,
    preview_vcard_import,
    register_id,
)


@pytest.fixture
def other(tmp_path):
    """A second register, with customers of its own."""
    database = open_database(tmp_path / "other.sqlite3", user="tester")
    yield database
    database.dispose()


def _all(db) -> list[CustomerDetails]:
    with db.unit_of_work(write=False) as session:
        ids = list(session.scalars(select(Customer.id).order_by(Customer.number)))
    return get_customers(db, ids)


def test_each_register_has_an_id_of_its_own(db, other):
    assert register_id(db) and register_id(other)
    assert register_id(db) != register_id(other)
    assert register_id(db) == register_id(db)


def test_a_card_of_another_register_never_updates_the_customer_with_its_number(db, other, tmp_path):
    ours = create_customer(db, CustomerDetails(name="Anderssons Plåt AB", org_number="5560360793"))
    theirs = create_customer(other, CustomerDetails(name="Lindqvist Bygg AB", email="a@b.se"))
    assert ours.number == theirs.number == 1
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    preview = preview_vcard_import(other, path)
    assert [(e.action, e.customer_id) for e in preview.entries] == [("create", None)]
    apply_vcard_import(other, preview)
    assert get_customer(other, theirs.id) == theirs
    assert [c.name for c in _all(other)] == ["Lindqvist Bygg AB", "Anderssons Plåt AB"]


def test_in_its_own_register_a_card_without_uid_is_matched_by_its_number(db, tmp_path):
    customer = create_customer(db, CustomerDetails(name="Anderssons Plåt AB"))
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    text = path.read_text(encoding="utf-8")
    text = "".join(line for line in text.splitlines(True) if not line.startswith("UID:"))
    path.write_text(text.replace("Anderssons Plåt AB", "Anderssons Plåt & Co AB"), newline="")
    (entry,) = preview_vcard_import(db, path).entries
    assert (entry.action, entry.customer_id, entry.duplicate_reason) == (
        "update",
        customer.id,
        "customer number",
    )
    apply_vcard_import(db, preview_vcard_import(db, path))
    assert get_customer(db, customer.id).name == "Anderssons Plåt & Co AB"


@pytest.mark.parametrize(
    ("stored", "card_line", "reason"),
    [
        (
            CustomerDetails(name="Plåt AB", org_number="556036-0793"),
            "X-KUNDBOK-KIND:company\r\nX-KUNDBOK-ORGNR:5560360793",
            "organisation number",
        ),
        (
            CustomerDetails(name="Anna", kind="private", personal_number="19811218-9876"),
            "X-KUNDBOK-PERSONNR:811218-9876",
            "personal number",
        ),
        (CustomerDetails(name="Plåt AB", email="info@plat.se"), "EMAIL:INFO@plat.se", "e-mail"),
    ],
)
def test_a_look_alike_is_flagged_and_never_updated_silently(
    db, tmp_path, stored, card_line, reason
):
    existing = create_customer(db, stored)
    path = tmp_path / "k.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Någon annan\r\nX-KUNDBOK-NUMBER:1\r\n"
        f"X-KUNDBOK-REGISTER:not-this-one\r\n{card_line}\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    (entry,) = preview_vcard_import(db, path).entries
    assert (entry.action, entry.customer_number, entry.duplicate_reason) == (
        "create",
        existing.number,
        reason,
    )
    apply_vcard_import(db, preview_vcard_import(db, path))
    assert get_customer(db, existing.id) == existing


def test_a_whole_export_goes_into_another_register_with_customers_of_its_own(db, other, tmp_path):
    create_demo_customers(db, 300, seed=1)
    create_demo_customers(other, 300, seed=2)
    before = _all(other)
    path = tmp_path / "alla.vcf"
    assert export_vcards(db, path, include_inactive=True, with_personal_numbers=True) == 300
    result = apply_vcard_import(other, preview_vcard_import(other, path))
    assert (result.created, result.updated) == (300, 0)
    after = _all(other)
    assert after[:300] == before
    assert [c.name for c in after[300:]] == [c.name for c in _all(db)]


def test_an_update_sets_what_the_card_states_also_a_default(db, tmp_path):
    """A card saying "company" (the default kind) over a private person's record changes the
    kind; before, a default value on the card was taken for no value and the record kept
    "private" beside a company's organisation number, which the check then refused."""
    person = create_customer(db, CustomerDetails(name="Maja Åkesson", kind="private"))
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    text = path.read_text(encoding="utf-8").replace(
        "X-KUNDBOK-KIND:private", "X-KUNDBOK-KIND:company\r\nX-KUNDBOK-ORGNR:5560714486"
    )
    path.write_text(text, encoding="utf-8", newline="")
    apply_vcard_import(db, preview_vcard_import(db, path))
    changed = get_customer(db, person.id)
    assert (changed.kind, changed.org_number) == ("company", "5560714486")


def test_personal_identity_numbers_are_exported_only_when_asked_for(db, tmp_path):
    create_customer(
        db,
        CustomerDetails(name="Anna Lindqvist", kind="private", personal_number="19811218-9876"),
    )
    create_customer(
        db, CustomerDetails(name="Annas Firma", org_number="811218-9876", kind="company")
    )
    plain, full = tmp_path / "utan.vcf", tmp_path / "med.vcf"
    export_vcards(db, plain)
    export_vcards(db, full, with_personal_numbers=True)
    plain_text = plain.read_text(encoding="utf-8")
    assert "PERSONNR" not in plain_text and "198112189876" not in plain_text
    assert "X-KUNDBOK-ORGNR:8112189876" in plain_text  # a sole trader's business id stays
    assert "X-KUNDBOK-PERSONNR:198112189876" in full.read_text(encoding="utf-8")


def test_control_characters_are_not_stored_and_the_export_imports_again(db, other, tmp_path):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Nul\x00l AB\x1b[31m",
            reference="a\tb",
            notes="rad ett\r\nrad\ttvå\x07",
        ),
    )
    assert (customer.name, customer.reference, customer.notes) == (
        "Null AB[31m",
        "a b",
        "rad ett\nrad\ttvå",
    )
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    apply_vcard_import(other, preview_vcard_import(other, path))
    (copy,) = _all(other)
    assert (copy.name, copy.reference, copy.notes) == (
        customer.name,
        customer.reference,
        customer.notes,
    )
