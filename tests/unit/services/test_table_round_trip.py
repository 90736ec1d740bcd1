"""A register survives its own round trip: exported with every field, imported into an empty
register, every field of every customer comes back as it was, in CSV (UTF-8 and Windows-1252)
and in Excel."""

from __future__ import annotations

from dataclasses import fields, replace
from decimal import Decimal as D
from pathlib import Path

import pytest

from kundbok.db.migrate import open_database
from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails
from kundbok.services.customer_groups import create_group, list_groups
from kundbok.services.customers import create_customer, get_customers
from kundbok.services.tables.customer_import import (
    import_customers,
    plan_customer_import,
    read_customer_table,
)
from kundbok.services.tables.export import ExportError, export_customers, export_rows

GROUP = "Bygg & Anläggning"

# Every field of a customer filled, texts a spreadsheet would take for formulas, texts that
# start with an apostrophe, a tab or spaces, a Swedish customer billed at an address in Berlin.
EVERY_FIELD = CustomerDetails(
    name="Åkessons Rör & Värme AB",
    kind="company",
    reference="'Märta' Öberg",
    org_number="556036-0793",
    vat_number="SE556036079301",
    gln="7350000000009",
    phone="+46 8 123 45 67",
    mobile="-070 123 45 67",
    fax="@08-765 43 21",
    email="Faktura@Akessons.se",
    website="https://akessons.se",
    country="SE",
    language="en",
    currency="EUR",
    payment_terms_days=45,
    vat_rate=D("12"),
    discount_percent=D("2.5"),
    invoice_by_email=True,
    active=True,
    blocked=True,
    alert_text="=Ring först\n'inte efter 16",
    notes="\tIndraget med tabb\n  två mellanslag\n'citat' sist",
    sales_account="3041",
    receivables_account="1511",
    reminder_fee=D("50"),
    agreed_interest_percent=D("9.5"),
    rot_rut_personal_number="19811218-9876",
    rot_rut_property="Stockholm Sofia 1:23",
    rot_rut_housing_org_number="769612-3459",
    rot_rut_apartment_number="1102",
    peppol_scheme="0007",
    peppol_id="556036-0793",
    buyer_reference="'UK4711",
    addresses=(
        AddressDetails(
            kind="billing",
            name="Ekonomiavdelningen",
            street="Friedrichstraße 12",
            street2="Hinterhaus",
            postcode="01067",
            city="Berlin",
            region="Berlin",
            country="DE",
        ),
        AddressDetails(
            kind="delivery",
            name="Godsmottagningen",
            street="Lagervägen 3",
            street2="Port 4",
            postcode="123 45",
            city="Farsta",
            country="SE",
        ),
        AddressDetails(
            kind="visiting",
            name="Kontoret",
            street="Karl Johans gate 1",
            street2="3. etasje",
            postcode="0154",
            city="Oslo",
            region="Oslo",
            country="NO",
        ),
    ),
    contacts=(
        ContactDetails(name="Lisa Berg", role="Inköp", email="lisa@akessons.se", active=False),
        ContactDetails(
            name="Kalle Ek",
            role="VD",
            phone="08-123 45 00",
            mobile="070-555 12 34",
            email="kalle@akessons.se",
            is_main=True,
        ),
        ContactDetails(name="'Olle Strand", role="+Lager", mobile="+46 70 000 00 00"),
    ),
)
PRIVATE = CustomerDetails(
    name="Anna Lindqvist", kind="private", personal_number="19811218-9876", active=False
)
NO_MAIN_CONTACT = CustomerDetails(
    name="Ödmans Bygg HB",
    org_number="969650-2054",
    contacts=(ContactDetails(name="Per Ödman"), ContactDetails(name="Eva Ödman", role="Ekonomi")),
)


@pytest.fixture
def register(db):
    group = create_group(db, CustomerGroupDetails(name=GROUP))
    for details in (replace(EVERY_FIELD, group_id=group.id), PRIVATE, NO_MAIN_CONTACT):
        create_customer(db, details)
    return db


def _comparable(customer: CustomerDetails, group_names: dict[int, str]) -> dict[str, object]:
    """Every field of a customer, the register's own ids left out (the group by name)."""
    values = {
        field.name: getattr(customer, field.name)
        for field in fields(CustomerDetails)
        if field.name not in ("id", "uid", "version", "group_id", "addresses", "contacts")
    }
    values["group"] = group_names.get(customer.group_id) if customer.group_id else None
    values["addresses"] = sorted(customer.addresses, key=lambda address: address.kind)
    values["contacts"] = sorted(customer.contacts, key=lambda contact: contact.name)
    return values


def _register_as_compared(db) -> list[dict[str, object]]:
    names = {group.id: group.name for group in list_groups(db) if group.id is not None}
    customers = sorted(get_customers(db, range(1, 100)), key=lambda c: c.number or 0)
    return [_comparable(customer, names) for customer in customers]


@pytest.mark.parametrize(
    ("file_name", "encoding"),
    [("kunder.csv", "utf-8-sig"), ("kunder.csv", "cp1252"), ("kunder.xlsx", "utf-8-sig")],
)
def test_every_field_comes_back(register, tmp_path, file_name, encoding):
    path = tmp_path / file_name
    assert export_customers(register, path, include_inactive=True, encoding=encoding) == 3
    empty = open_database(tmp_path / "empty.sqlite3", user="tester")
    try:
        create_group(empty, CustomerGroupDetails(name=GROUP))  # groups are made by the user
        plan = plan_customer_import(empty, read_customer_table(Path(path)))
        assert [row.errors for row in plan.rows] == [(), (), ()]
        assert import_customers(empty, plan).created == 3
        before = _register_as_compared(register)
        after = _register_as_compared(empty)
    finally:
        empty.dispose()
    for original, imported in zip(before, after, strict=True):
        differing = {
            key: (original[key], imported[key])
            for key in original
            if original[key] != imported[key]
        }
        assert differing == {}, original["name"]


def test_every_field_of_the_customer_has_a_column(register):
    header = export_rows(get_customers(register, [1]))[0]
    for expected in (
        "Påminnelseavgift",
        "Avtalad ränta %",
        "Peppol-schema",
        "Peppol-id",
        "Referenskod",
        "Besöksadress",
        "Fakturaadress land",
        "Fastighetsbeteckning",
        "Lägenhetsnummer",
        "Bostadsrättsföreningens organisationsnummer",
        "ROT/RUT personnummer",
        "Kontaktperson roll",
        "Kontakt 2 namn",
        "Kontakt 3 aktiv",
    ):
        assert expected in header
    assert "Kontakt 4 namn" not in header  # columns for as many contacts as a customer has


def test_a_customer_with_more_contacts_than_a_table_holds_is_refused(db):
    crowded = create_customer(
        db,
        CustomerDetails(
            name="Stora Bolaget AB",
            contacts=tuple(ContactDetails(name=f"Person {n}") for n in range(11)),
        ),
    )
    with pytest.raises(ExportError, match="more contact people than a table holds"):
        export_rows([crowded])
    only_names = export_rows([crowded], ["number", "name"])
    assert only_names[1][1] == "Stora Bolaget AB"


def test_the_export_imported_over_its_own_register_changes_nothing(register, tmp_path):
    path = tmp_path / "kunder.xlsx"
    export_customers(register, path, include_inactive=True)
    before = _register_as_compared(register)
    plan = plan_customer_import(register, read_customer_table(path))
    summary = import_customers(register, plan)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert _register_as_compared(register) == before
