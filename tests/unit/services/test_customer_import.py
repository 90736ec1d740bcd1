"""Registers exported by other programs, planned against ours and imported all or nothing;
our own export imported again gives the same register."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from helpers.register_files import (
    existing_customers,
    fortnox_file,
    hand_made_workbook,
    visma_file,
)
from kundbok.db.migrate import open_database
from kundbok.db.models import Customer
from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.services.customers import create_customer, deactivate_customers, get_customers
from kundbok.services.tables import Choice, RowStatus, TableFileError
from kundbok.services.tables.customer_import import (
    RowErrors,
    import_customers,
    plan_customer_import,
    read_customer_table,
)
from kundbok.services.tables.export import export_customers


@pytest.fixture
def register(db):
    return existing_customers(db)


def _plan(db, path, overrides=None):
    return plan_customer_import(db, read_customer_table(path), overrides)


def _by_row(plan):
    return {row.row_number: row for row in plan.rows}


def _statuses(plan):
    return {row.row_number: row.status.value for row in plan.rows}


def _all(db):
    with db.unit_of_work(write=False) as session:
        ids = list(session.scalars(select(Customer.id).order_by(Customer.number)))
    return get_customers(db, ids)


def test_fortnox_export_preview(db, register, tmp_path):
    bakery, _ = register
    plan = _plan(db, fortnox_file(tmp_path))
    assert _statuses(plan) == {
        2: "duplicate", 3: "new", 4: "error", 5: "new", 6: "new", 7: "duplicate",
    }  # fmt: skip
    rows = _by_row(plan)
    assert rows[2].duplicate_of_ids == (bakery.id,) and rows[2].matched_on == ("identity",)
    assert plan.matched[bakery.id].name == "Åkerlunds Bageri AB"
    assert rows[2].details.notes == "Ring före\nleverans"
    german = rows[3].details
    assert (german.name, german.country, german.currency) == ("Müller Bäckerei GmbH", "DE", "EUR")
    assert rows[4].errors[0].field == "org_number"
    american = rows[5].details
    assert (american.country, american.addresses[0].postcode) == ("US", "10001")
    assert rows[6].details.name == "Ericsson, Telefonab. L M"
    assert rows[7].duplicate_of_rows == (6,) and rows[7].duplicate_of_ids == ()
    assert rows[7].choices == (Choice.SKIP, Choice.NEW)


def test_visma_export_preview(db, register, tmp_path):
    bakery, electrician = register
    plan = _plan(db, visma_file(tmp_path))
    assert _statuses(plan) == {
        2: "new", 3: "new", 4: "update", 5: "error", 6: "error", 7: "duplicate",
        8: "duplicate",
    }  # fmt: skip
    rows = _by_row(plan)
    private = rows[2].details
    assert (private.kind, private.personal_number, private.name) == (
        "private",
        "198112189876",
        "Åsa Ärlig",
    )
    norwegian = rows[3].details
    assert norwegian.country == "NO" and norwegian.addresses[0].name == "Regnskap"
    assert rows[4].duplicate_of_ids == (electrician.id,)
    assert rows[4].matched_on == ("email", "number")
    assert rows[5].errors[0].field == "email"
    assert rows[6].errors[0].field == "country"
    assert "Atlantis" in str(rows[6].errors[0])  # never a silent "SE"
    assert rows[7].duplicate_of_rows == (2,)
    assert rows[8].duplicate_of_ids == (bakery.id,) and rows[8].matched_on == ("identity",)


def test_hand_made_excel_sheet_preview(db, register, tmp_path):
    bakery, _ = register
    plan = _plan(db, hand_made_workbook(tmp_path))
    assert _statuses(plan) == {
        2: "new", 3: "new", 5: "duplicate", 6: "error", 7: "duplicate", 8: "new",
    }  # fmt: skip
    rows = _by_row(plan)
    assert rows[2].details.addresses[0].postcode == "38791"
    assert rows[3].details.country == "DK"
    assert rows[5].duplicate_of_ids == (bakery.id,)
    assert rows[6].errors[0].field == "postcode"
    assert rows[7].duplicate_of_rows == (2,) and rows[7].details.discount_percent == Decimal("2.5")
    assert rows[8].details.addresses[0].postcode == "02139"


def test_row_errors_refuse_the_whole_import(db, register, tmp_path):
    plan = _plan(db, visma_file(tmp_path))
    with pytest.raises(RowErrors) as raised:
        import_customers(db, plan)
    assert [number for number, _ in raised.value.rows] == [5, 6]
    assert len(_all(db)) == 2


def test_import_with_choices_per_duplicate(db, register, tmp_path):
    bakery, electrician = register
    plan = _plan(db, fortnox_file(tmp_path))
    summary = import_customers(
        db, plan, Choice.SKIP, choices={2: Choice.UPDATE, 7: Choice.NEW}, skip_errors=True
    )
    assert (summary.created, summary.updated, summary.skipped) == (4, 1, 0)
    assert summary.error_rows == (4,)
    customers = {c.name: c for c in _all(db)}
    updated = customers["Åkerlunds Bageri AB"]
    assert updated.number == bakery.number  # an update keeps the customer's number
    assert (updated.email, updated.reference) == ("order@akerlund.se", "Märta Öst")
    assert customers["Müller Bäckerei GmbH"].number == 5002  # the file's number, free
    assert "Ericsson (kopia)" in customers
    assert customers["Öbergs El HB"] == electrician
    # The series goes on after the file's numbers.
    assert create_customer(db, CustomerDetails(name="Nästa AB")).number == 5007


def test_visma_import_updates_and_skips(db, register, tmp_path):
    _, electrician = register
    summary = import_customers(db, _plan(db, visma_file(tmp_path)), skip_errors=True)
    assert (summary.created, summary.updated, summary.skipped) == (2, 1, 2)
    after = {c.id: c for c in _all(db)}[electrician.id]
    assert after.number == 2
    assert after.email == "INFO@obergsel.se"  # the file's value, as it wrote it
    assert after.addresses[0].street == "Elvägen 4"
    assert after.addresses[0].postcode == "98131"


def test_on_duplicate_new_gives_a_taken_number_the_next_free_one(db, register, tmp_path):
    path = tmp_path / "kunder.csv"
    path.write_text("Kundnummer;Namn\n1;Ny Kund AB\n7;Sjunde AB\n", encoding="utf-8")
    plan = _plan(db, path)
    assert _statuses(plan) == {2: "duplicate", 3: "new"}
    import_customers(db, plan, Choice.NEW)
    numbers = {c.name: c.number for c in _all(db)}
    assert numbers["Sjunde AB"] == 7
    assert numbers["Ny Kund AB"] not in (1, 2, 7)


def test_the_users_mapping_is_used(db, tmp_path):
    path = tmp_path / "kunder.csv"
    path.write_text("Firma;Gata;Hemligt\nEk AB;Ekvägen 1;x\n", encoding="utf-8")
    plan = _plan(db, path, {"Firma": "name", "Gata": "billing.street", "Hemligt": None})
    import_customers(db, plan)
    (customer,) = _all(db)
    assert customer.addresses[0].street == "Ekvägen 1" and customer.notes == ""


def test_a_bad_file_changes_nothing(db, register, tmp_path):
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    with pytest.raises(TableFileError):
        read_customer_table(path)


def test_a_failing_row_rolls_back_every_row(db, register, tmp_path):
    bakery, _ = register
    plan = _plan(db, fortnox_file(tmp_path))
    from kundbok.services.customers import delete_customer

    delete_customer(db, bakery.id)  # after the preview: the update has no customer any more
    with pytest.raises(KundbokError) as raised:
        import_customers(db, plan, choices={2: Choice.UPDATE}, skip_errors=True)
    assert str(raised.value) == (
        "Row 2 (Åkerlunds Bageri AB) cannot be imported: The customer it matched no longer "
        "exists; read the file again. Nothing was imported."
    )
    assert [c.name for c in _all(db)] == ["Öbergs El HB"]


REGISTER = [
    CustomerDetails(
        name="Åkerlunds Bageri & Konditori AB",
        org_number="556036-0793",
        vat_number="SE556036079301",
        reference="Märta Öst",
        phone="+46 8 123 45 67",
        email="info@akerlund.se",
        payment_terms_days=30,
        vat_rate=Decimal(25),
        discount_percent=Decimal("2.5"),
        invoice_by_email=True,
        notes="Ring före leverans.\nPorten kod 1234",
        alert_text='=HYPERLINK("http://evil")',
        sales_account="3001",
        addresses=(
            AddressDetails(street="Storgatan 1", postcode="111 22", city="Stockholm", name="Ekon."),
            AddressDetails(kind="delivery", street="Lagervägen 9", postcode="12345", city="Bromma"),
        ),
        contacts=(ContactDetails(name="Örjan Ärlig", phone="070-1", email="o@a.se", is_main=True),),
    ),
    CustomerDetails(
        name="Tea Ltd",
        country="GB",
        currency="GBP",
        language="en",
        email="tea@example.co.uk",
        addresses=(
            AddressDetails(
                street="10 Downing St", postcode="SW1A 2AA", city="London", country="GB"
            ),
        ),
    ),
    CustomerDetails(name="Åsa Ärlig", kind="private", personal_number="19811218-9876", phone="-5"),
    CustomerDetails(name="Gamla Firman HB", blocked=True, alert_text="Betalar sent"),
]


def _comparable(customers):
    return [replace(c, id=None, version=None, uid=None) for c in customers]


@pytest.mark.parametrize("name", ["kunder.csv", "kunder.xlsx"])
def test_round_trip_gives_the_same_register(db, tmp_path, name):
    made = [create_customer(db, details) for details in REGISTER]
    deactivate_customers(db, [made[3].id])
    path = tmp_path / name
    assert export_customers(db, path, include_inactive=True) == 4
    before = _all(db)

    other = open_database(tmp_path / "other.sqlite3", user="tester")
    try:
        plan = _plan(other, path)
        assert {row.status for row in plan.rows} == {RowStatus.NEW}
        import_customers(other, plan)
        assert _comparable(_all(other)) == _comparable(before)
    finally:
        other.dispose()

    # Into the register it came from: every row is the same customer, and nothing changes.
    plan = _plan(db, path)
    assert [row.status for row in plan.rows] == [RowStatus.UPDATE] * 3 + [RowStatus.DUPLICATE]
    summary = import_customers(db, plan, Choice.UPDATE)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4)
    assert _all(db) == before


def test_windows_1252_export_round_trips(db, tmp_path):
    for details in REGISTER:
        create_customer(db, details)
    path = tmp_path / "kunder.csv"
    export_customers(db, path, encoding="cp1252")
    assert "Åkerlunds".encode("cp1252") in path.read_bytes()
    other = open_database(tmp_path / "other.sqlite3", user="tester")
    try:
        import_customers(other, _plan(other, path))
        assert _comparable(_all(other)) == _comparable(_all(db))
    finally:
        other.dispose()


def test_export_leaves_out_passive_customers_unless_asked(db, tmp_path):
    made = [create_customer(db, details) for details in REGISTER[:2]]
    deactivate_customers(db, [made[1].id])
    path = tmp_path / "kunder.csv"
    assert export_customers(db, path) == 1
    assert export_customers(db, path, customer_ids=[made[1].id]) == 1
    assert "Tea Ltd" in path.read_text(encoding="utf-8-sig")
    with db.unit_of_work(write=False) as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 2
