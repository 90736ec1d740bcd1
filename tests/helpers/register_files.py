"""Customer registers as other programs export them, and the register they meet on import.

Each file has Swedish characters, duplicates (of a customer already in the register and of an
earlier row), foreign customers and bad rows. The register holds two customers, made by
`existing_customers`, that the files' rows match.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

from kundbok.db.session import Database
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.services.customers import create_customer


def existing_customers(db: Database) -> tuple[CustomerDetails, CustomerDetails]:
    """Åkerlunds Bageri (org. no. 556036-0793) and Öbergs El (info@obergsel.se)."""
    bakery = create_customer(
        db,
        CustomerDetails(
            name="Åkerlunds Bageri AB",
            org_number="556036-0793",
            addresses=(AddressDetails(street="Storgatan 1", postcode="111 22", city="Stockholm"),),
        ),
    )
    electrician = create_customer(
        db, CustomerDetails(name="Öbergs El HB", email="info@obergsel.se")
    )
    return bakery, electrician


# Fortnox's customer register export: commas, UTF-8 with a byte-order mark, quoted fields.
FORTNOX = (
    "Kundnummer,Namn,Organisationsnummer,Adress 1,Adress 2,Postnummer,Ort,Land,Telefon 1,"
    "Telefon 2,E-post,Er referens,Vår referens,Betalningsvillkor,Valuta,VAT-nummer,Kommentar\r\n"
    "5001,Åkerlunds Bageri AB,556036-0793,Storgatan 1,,111 22,Stockholm,Sverige,08-123 45 67,,"
    'order@akerlund.se,Märta Öst,Kalle,30,SEK,SE556036079301,"Ring före\r\nleverans"\r\n'
    "5002,Müller Bäckerei GmbH,,Hauptstraße 5,,10115,Berlin,Tyskland,+49 30 1234,,"
    "kontakt@mueller.de,,,10,EUR,DE136695976,\r\n"
    "5003,Felaktiga Firman AB,556036-0792,Vägen 2,,222 33,Lund,Sverige,,,,,,30,SEK,,\r\n"
    "5004,Acme Inc,,1 Main Street,Suite 5,10001,New York,USA,,,sales@acme.com,,,30,USD,,\r\n"
    '5005,"Ericsson, Telefonab. L M",556016-0680,Torshamnsgatan 21,,164 83,Stockholm,'
    "Sverige,,,,,,30,SEK,,\r\n"
    "5006,Ericsson (kopia),5560160680,,,,,Sverige,,,,,,,SEK,,\r\n"
)

# Visma eEkonomi's customer export: semicolons, Windows-1252, one column for either number.
# Customer 2 is the register's Öbergs El (same number and e-mail): an update; the last row
# has the organisationsnummer of the register's Åkerlunds Bageri: a duplicate.
VISMA = (
    "Kundnummer;Kundtyp;Namn;Organisationsnummer/Personnummer;Utdelningsadress;c/o;Postnummer;"
    "Ort;Land;Telefon;Mobil;E-postadress;Webbplats;Betalningsvillkor;Valuta;"
    "Momsregistreringsnummer;Anteckning\r\n"
    "101;Privatperson;Åsa Ärlig;19811218-9876;Ängsvägen 3;;752 36;Uppsala;Sverige;;"
    "070-123 45 67;asa@example.se;;10 dagar;SEK;;Vill ha faktura på papper\r\n"
    "102;Företag;Norsk Fisk AS;;Bryggen 1;Regnskap;5003;Bergen;NO;;;post@fisk.no;"
    "https://fisk.no;30 dagar netto;NOK;;\r\n"
    "2;Företag;Öbergs El HB;;Elvägen 4;;981 31;Kiruna;Sverige;;;INFO@OBERGSEL.SE;;30;SEK;;\r\n"
    "104;Företag;Trasig Mejl AB;556677-8899;Gatan 10;;981 31;Kiruna;Sverige;;;kalle@@x;;30;"
    "SEK;;\r\n"
    "105;Företag;Gränslösa AB;556703-7485;Gatan 11;;123 45;Staden;Atlantis;;;;;30;SEK;;\r\n"
    "106;Privatperson;Åsa Ärlig igen;198112189876;;;;;Sverige;;;;;;SEK;;\r\n"
    "107;Företag;Åkerlunds Bageri;556036-0793;Storgatan 1;;111 22;Stockholm;Sverige;;;"
    "order@akerlund.se;;30;SEK;SE556036079301;\r\n"
)


def fortnox_file(folder: Path) -> Path:
    path = folder / "Kundregister Fortnox.csv"
    path.write_bytes(FORTNOX.encode("utf-8-sig"))
    return path


def visma_file(folder: Path) -> Path:
    path = folder / "kunder_visma.csv"
    path.write_bytes(VISMA.encode("cp1252"))
    return path


def hand_made_workbook(folder: Path) -> Path:
    """A sheet typed by hand: its own headers, numbers as numbers, a blank line, bad rows."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Mina kunder"
    sheet.append(
        ["Företagsnamn", "Orgnr", "E-post", "Adress", "Postnr", "Postort", "Land", "Tel", "Rabatt"]
    )
    rows: list[list[object]] = [
        ["Öländska Ost AB", "556012-5790", "ost@oland.se", "Byvägen 1", 38791, "Borgholm"],
        ["Dansk Design ApS", None, "hej@design.dk", "Nyhavn 2", "1051", "København", "Danmark"],
        [],
        ["Åkerlunds Bageri", "5560360793", None, None, None, None, "SE", "08-12345"],
        ["Utan Postnummer AB", None, None, "Vägen 1", "1234", "Kiruna", None],
        ["Öländska Ost (igen)", None, "OST@oland.se", None, None, None, None, None, "2,5"],
        ["Yankee Doodle LLC", None, "hi@yankee.com", "5 Elm St", "02139", "Cambridge", "USA"],
    ]
    for row in rows:
        sheet.append(row)
    path = folder / "mina kunder.xlsx"
    workbook.save(path)
    return path
