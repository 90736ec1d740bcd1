"""Exports of other programs become a plan: every row new, duplicate or error."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import Workbook
from tests.helpers.shortcuts import plan_file

from kundbok.services.tables import (
    ColumnMappingError,
    ExistingCustomerKeys,
    RowStatus,
    csv_table,
    map_columns,
    plan_import,
)

# Shaped like Fortnox's customer register report: semicolons, Windows-1252, Swedish headers.
FORTNOX = (
    "Kundnummer;Namn;Organisationsnummer;Adress;Adress 2;Postnummer;Ort;Land;Telefon;"
    "E-post;Er referens;Vår referens;Betalningsvillkor;Valuta;Momsnummer;Kommentar\r\n"
    "1001;Åkerlunds Bageri AB;556036-0793;Storgatan 1;;111 22;Stockholm;Sverige;08-123 45;"
    'info@akerlund.se;Märta Öst;Kalle;30;SEK;SE556036079301;"Ring före\r\nleverans"\r\n'
    "1002;Müller GmbH;;Hauptstraße 5;;10115;Berlin;Tyskland;+49 30 1234;kontakt@mueller.de;"
    ";;10;EUR;DE136695976;\r\n"
    "1003;Fel Orgnr AB;556036-0792;Väg 2;;222 33;Lund;Sverige;;;;;30;SEK;;\r\n"
    "1004;Åkerlunds Bageri AB (kopia);5560360793;Storgatan 1;;11122;Stockholm;Sverige;;;;;"
    "30;SEK;;\r\n"
    "1005;Tea Ltd;;10 Downing Street;;SW1A 2AA;London;Storbritannien;;tea@example.co.uk;;;"
    "30;GBP;;\r\n"
    "1006;Okänt Land AB;;Gata 1;;12345;Staden;Atlantis;;;;;30;SEK;;\r\n"
)

# Shaped like Visma eEkonomi's customer export: commas, UTF-8 with BOM, combined identity.
VISMA = (
    "Kundnr,Kundtyp,Namn,Org.nr/Pers.nr,Fakturaadress 1,Fakturaadress 2,Postnr,Ort,"
    "Landskod,Telefon,Mobiltelefon,E-post,Webbplats,Betalningsvillkor,Valuta,VAT-nummer\r\n"
    "1,Privatperson,Åsa Ärlig,19811218-9876,Ängsvägen 3,,752 36,Uppsala,SE,,070-123 45 67,"
    "asa@example.se,,10 dagar,SEK,\r\n"
    "2,Företag,Norsk Fisk AS,,Bryggen 1,,5003,Bergen,NO,,,post@fisk.no,https://fisk.no,"
    "30 dagar netto,NOK,\r\n"
    "3,Företag,Dålig Post AB,556036-0793,Gatan 9,,1234,Kiruna,SE,,,,,30,SEK,\r\n"
    "4,Företag,Trasig Mejl AB,,Gatan 10,,98131,Kiruna,SE,,,inte-en-adress,,30,SEK,\r\n"
    "5,Privatperson,Åsa Ärlig igen,198112189876,,,,,SE,,,ASA@EXAMPLE.SE,,,SEK,\r\n"
    "6,Företag,Acme Inc,,1 Main Street,,10001,New York,US,,,sales@acme.com,,30,USD,\r\n"
)


def _plan(text: str, encoding: str, existing=()):
    table = csv_table(text.encode(encoding))
    return plan_import(table, map_columns(table.header), existing)


def test_fortnox_export_plans_every_row():
    plan = _plan(FORTNOX, "cp1252")
    by_row = {row.row_number: row for row in plan.rows}
    assert [row.row_number for row in plan.rows] == [2, 3, 4, 5, 6, 7]
    first = by_row[2].details
    assert by_row[2].status is RowStatus.NEW
    assert first.number == 1001
    assert first.name == "Åkerlunds Bageri AB"
    assert first.org_number == "5560360793"
    assert first.reference == "Märta Öst"  # their reference, not ours
    assert first.payment_terms_days == 30
    assert first.notes == "Ring före\nleverans"  # a quoted line break, as one line feed
    assert first.addresses[0].postcode == "11122"
    assert first.addresses[0].country == "SE"
    german = by_row[3].details
    assert (german.country, german.currency, german.addresses[0].country) == ("DE", "EUR", "DE")
    assert german.addresses[0].postcode == "10115"
    assert german.vat_number == "DE136695976"
    assert by_row[4].status is RowStatus.ERROR
    assert by_row[4].errors[0].field == "org_number"
    # The same organisationsnummer as row 2, written without the hyphen.
    assert by_row[5].status is RowStatus.DUPLICATE
    assert by_row[5].duplicate_of_rows == (2,)
    assert by_row[5].matched_on == ("identity",)
    british = by_row[6].details
    assert british.country == "GB" and british.addresses[0].postcode == "SW1A 2AA"
    assert by_row[7].status is RowStatus.ERROR
    assert by_row[7].errors[0].field == "country"
    assert "Atlantis" in str(by_row[7].errors[0])
    assert (plan.count(RowStatus.NEW), plan.count(RowStatus.DUPLICATE)) == (3, 1)
    assert plan.count(RowStatus.ERROR) == 2


def test_visma_export_plans_every_row():
    plan = _plan(VISMA, "utf-8-sig")
    by_row = {row.row_number: row for row in plan.rows}
    private = by_row[2].details
    assert private.kind == "private"
    assert private.personal_number == "198112189876"
    assert private.org_number is None
    assert private.mobile == "070-123 45 67"
    assert private.payment_terms_days == 10
    norwegian = by_row[3].details
    assert (norwegian.country, norwegian.payment_terms_days) == ("NO", 30)
    assert norwegian.addresses[0].postcode == "5003"  # not checked as Swedish
    assert norwegian.website == "https://fisk.no"
    assert by_row[4].status is RowStatus.ERROR and by_row[4].errors[0].field == "postcode"
    assert by_row[5].status is RowStatus.ERROR and by_row[5].errors[0].field == "email"
    # Same personnummer and e-mail (in other case) as row 2.
    assert by_row[6].status is RowStatus.DUPLICATE
    assert by_row[6].duplicate_of_rows == (2,)
    assert by_row[6].matched_on == ("email", "identity")
    acme = by_row[7].details
    assert (acme.country, acme.currency, acme.addresses[0].postcode) == ("US", "USD", "10001")


def test_rows_matching_existing_customers_are_duplicates():
    existing = [
        ExistingCustomerKeys(id=7, number=1001),
        ExistingCustomerKeys(id=8, email="Tea@Example.co.uk"),
        ExistingCustomerKeys(id=9, org_number="556036-0793"),
    ]
    plan = _plan(FORTNOX, "cp1252", existing)
    by_row = {row.row_number: row for row in plan.rows}
    assert by_row[2].status is RowStatus.DUPLICATE
    assert by_row[2].duplicate_of_ids == (7, 9)
    assert by_row[2].matched_on == ("identity", "number")
    assert by_row[6].duplicate_of_ids == (8,)
    assert by_row[3].status is RowStatus.NEW


def test_hand_made_excel_sheet(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "Företagsnamn",
            "Orgnr",
            "E-postadress",
            "Utdelningsadress",
            "Postnr",
            "Postort",
            "Land",
            "Momssats",
            "Rabatt %",
            "Aktiv",
            "c/o",
        ]
    )
    sheet.append(
        [
            "Öländska Ost AB",
            "556036-0793",
            "ost@oland.se",
            "Byvägen 1",
            38791,
            "Borgholm",
            None,
            25,
            "2,5",
            "Ja",
            "Ekonomiavdelningen",
        ]
    )
    sheet.append(
        [
            "Dansk Design ApS",
            None,
            "hej@design.dk",
            "Nyhavn 2",
            "1051",
            "København",
            "Danmark",
            0,
            None,
            "Nej",
            None,
        ]
    )
    sheet.append(["", "556036-0793", "x@y.se", None, None, None, None, None, None, None, None])
    sheet.append(
        ["Öländska Ost", "5560360793", None, None, None, None, None, None, None, "kanske", None]
    )
    path = tmp_path / "mina kunder.xlsx"
    workbook.save(path)
    plan = plan_file(path)
    by_row = {row.row_number: row for row in plan.rows}
    ost = by_row[2].details
    assert ost.addresses[0].postcode == "38791" and ost.addresses[0].name == "Ekonomiavdelningen"
    assert (ost.vat_rate, ost.discount_percent, ost.active) == (Decimal(25), Decimal("2.5"), True)
    danish = by_row[3].details
    assert (danish.country, danish.active, danish.vat_rate) == ("DK", False, Decimal(0))
    assert by_row[4].status is RowStatus.ERROR and by_row[4].errors[0].field == "name"
    assert by_row[5].status is RowStatus.ERROR and by_row[5].errors[0].field == "active"


def test_user_override_maps_an_unknown_header_and_drops_another():
    table = csv_table("Firma;Gata;Kommentar\nEk AB;Ekvägen 1;hemligt\n".encode())
    with pytest.raises(ColumnMappingError):
        map_columns(table.header)
    mapping = map_columns(
        table.header, {"firma": "name", "Gata": "billing.street", "Kommentar": None}
    )
    assert mapping == {0: "name", 1: "billing.street"}
    details = plan_import(table, mapping).rows[0].details
    assert details.notes == "" and details.addresses[0].street == "Ekvägen 1"


def test_override_to_an_unknown_field_is_refused():
    with pytest.raises(ColumnMappingError, match="colour"):
        map_columns(["Namn", "Färg"], {"Färg": "colour"})


def test_no_name_column_is_a_clear_error(tmp_path):
    path = tmp_path / "kunder.csv"
    path.write_text("Ort;Telefon\nLund;046-12345\n", encoding="utf-8")
    with pytest.raises(ColumnMappingError, match="name"):
        plan_file(path)


def test_a_percentage_is_read_as_people_write_it_and_never_rounded():
    table = csv_table(b"Namn;Rabatt\nA AB;12,5 %\nB AB;2,125\nC AB;1E2\n")
    rows = plan_import(table, map_columns(table.header)).rows
    assert rows[0].details.discount_percent == Decimal("12.5")
    assert rows[1].status is RowStatus.ERROR and "more than 2 decimals" in str(rows[1].errors[0])
    assert rows[2].status is RowStatus.ERROR and "not a percentage" in str(rows[2].errors[0])
