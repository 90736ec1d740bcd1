"""Customers written to CSV and Excel, neutralised against formulas, and read back the same."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from openpyxl import load_workbook
from tests.helpers.shortcuts import plan_file

from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails, normalised
from kundbok.services.tables import RowStatus
from kundbok.services.tables.export import (
    EXPORT_FIELDS,
    ExportError,
    export_rows,
    neutralised,
    write_csv,
    write_xlsx,
)

SWEDISH = CustomerDetails(
    name="Åkerlunds Bageri & Konditori AB",
    number=1001,
    org_number="556036-0793",
    vat_number="SE556036079301",
    reference="Märta Öst",
    phone="08-123 45 67",
    mobile="+46 70 123 45 67",
    email="info@akerlund.se",
    website="https://akerlund.se",
    payment_terms_days=30,
    vat_rate=Decimal(25),
    discount_percent=Decimal("2.5"),
    invoice_by_email=True,
    notes="Ring före leverans.\nPorten kod 1234",
    alert_text='=HYPERLINK("http://evil")',
    sales_account="3001",
    addresses=(
        AddressDetails(
            street="Storgatan 1", postcode="111 22", city="Stockholm", name="Ekonomiavdelningen"
        ),
        AddressDetails(kind="delivery", street="Lagervägen 9", postcode="12345", city="Bromma"),
    ),
    contacts=(
        ContactDetails(name="Örjan Ärlig", phone="070-1", email="orjan@akerlund.se", is_main=True),
    ),
)
FOREIGN = CustomerDetails(
    name="Tea Ltd",
    number=1002,
    country="GB",
    currency="GBP",
    language="en",
    email="tea@example.co.uk",
    active=False,
    addresses=(
        AddressDetails(
            street="10 Downing Street", postcode="SW1A 2AA", city="London", country="GB"
        ),
    ),
)
PRIVATE = CustomerDetails(
    name="Åsa Ärlig", number=1003, kind="private", personal_number="19811218-9876",
    blocked=True, phone="-5",
)  # fmt: skip
CUSTOMERS = [normalised(c) for c in (SWEDISH, FOREIGN, PRIVATE)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("=1+1", "'=1+1"),
        ("+46 8 123", "'+46 8 123"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("Ek AB", "Ek AB"),
        ("", ""),
    ],
)
def test_formula_like_cells_are_neutralised(text, written):
    assert neutralised(text) == written


def test_rows_have_swedish_headers_and_text_identifiers():
    rows = export_rows(
        CUSTOMERS, ["number", "name", "org_number", "billing.postcode", "phone", "alert_text"]
    )
    assert rows[0] == [
        "Kundnummer",
        "Namn",
        "Organisationsnummer",
        "Postnummer",
        "Telefon",
        "Varningstext",
    ]
    assert rows[1] == [
        "1001",
        "Åkerlunds Bageri & Konditori AB",
        "556036-0793",
        "111 22",
        "08-123 45 67",
        '\'=HYPERLINK("http://evil")',
    ]
    assert rows[2][3] == "SW1A 2AA"


def test_unknown_column_is_refused():
    with pytest.raises(ExportError, match="colour"):
        export_rows(CUSTOMERS, ["name", "colour"])


def _same_after(path) -> None:
    plan = plan_file(path)
    assert [row.status for row in plan.rows] == [RowStatus.NEW] * 3, [r.errors for r in plan.rows]
    assert [row.details for row in plan.rows] == CUSTOMERS


def test_csv_round_trip_utf8(tmp_path):
    path = tmp_path / "kunder.csv"
    assert write_csv(path, CUSTOMERS) == 3
    content = path.read_bytes()
    assert content.startswith(b"\xef\xbb\xbfKundnummer;")
    assert "'=HYPERLINK" in content.decode("utf-8-sig")
    _same_after(path)


def test_csv_round_trip_windows_1252(tmp_path):
    path = tmp_path / "kunder.csv"
    write_csv(path, CUSTOMERS, encoding="cp1252")
    assert "Åkerlunds".encode("cp1252") in path.read_bytes()
    _same_after(path)


def test_windows_1252_refuses_characters_it_lacks(tmp_path):
    path = tmp_path / "kunder.csv"
    polish = replace(CUSTOMERS[0], name="Łódź Sp. z o.o.")
    with pytest.raises(ExportError) as raised:
        write_csv(path, [polish], encoding="cp1252")
    assert "Ł" in str(raised.value) and "2" in str(raised.value)
    assert not path.exists()


def test_xlsx_round_trip_with_text_cells(tmp_path):
    path = tmp_path / "kunder.xlsx"
    assert write_xlsx(path, CUSTOMERS) == 3
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    assert header[:3] == ["Kundnummer", "Kundtyp", "Namn"]
    postcode = sheet.cell(row=2, column=header.index("Postnummer") + 1)
    assert (postcode.value, postcode.data_type) == ("111 22", "s")
    number = sheet.cell(row=2, column=header.index("Kundnummer") + 1)
    assert (number.value, number.data_type) == ("1001", "s")
    alert = sheet.cell(row=2, column=header.index("Varningstext") + 1)
    assert alert.data_type == "s" and alert.value.startswith("'=")
    _same_after(path)


def test_chosen_columns_only(tmp_path):
    path = tmp_path / "kunder.csv"
    write_csv(path, CUSTOMERS, ["name", "email"])
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Namn;E-post"
    assert lines[2] == "Tea Ltd;tea@example.co.uk"
    assert len(EXPORT_FIELDS) > 30
