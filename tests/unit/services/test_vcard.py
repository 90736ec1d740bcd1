"""vCard export and import: fields round trip, foreign files read, bad files change nothing."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
import vobject
from sqlalchemy import func, select

from kundbok.db.models import Customer
from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.services.customers import create_customer, get_customer, get_customers, update_customer
from kundbok.services.vcard.transfer import apply_vcard_import, export_vcards, preview_vcard_import

SAMPLES = Path(__file__).parents[2] / "data" / "vcard"
TRICKY_NOTE = (
    "Ring först, porten har kod 1234; nyckel hos grannen.\n"
    "Specialtecken: å ä ö Å Ä Ö é ü ß 😀 \\ backslash, komma; semikolon: kolon"
    + " och en lång rad som måste vikas"
    * 6
)


@pytest.fixture
def company(db):
    return create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör & Söner AB",
            org_number="556036-0793",
            vat_number="SE556036079301",
            reference="Märta; Öberg, inköp",
            phone="070-123 45 67",
            mobile="073-000 11 22",
            fax="08-12 34 56",
            email="info@akessonsror.se",
            website="https://akessonsror.se",
            notes=TRICKY_NOTE,
            payment_terms_days=15,
            currency="EUR",
            language="en",
            discount_percent=Decimal(0),
            addresses=(
                AddressDetails(street="Storgatan 1", postcode="702 10", city="Örebro"),
                AddressDetails(
                    kind="delivery",
                    street="Lagervägen 5",
                    street2="Port 3, gård",
                    postcode="111 22",
                    city="Stockholm",
                ),
                AddressDetails(kind="visiting", street="Torget 2", city="Örebro"),
            ),
            contacts=(
                ContactDetails(
                    name="Märta Öberg",
                    role="VD",
                    phone="019-11 22 33",
                    email="marta@akessonsror.se",
                    is_main=True,
                ),
                ContactDetails(name="Sven Ek", mobile="073-555 66 77"),
            ),
        ),
    )


@pytest.fixture
def person(db):
    return create_customer(
        db,
        CustomerDetails(
            name="Anna Maria Lindqvist",
            kind="private",
            personal_number="19811218-9876",
            mobile="070-111 11 11",
            email="anna@example.se",
            addresses=(AddressDetails(street="Ängsvägen 3", postcode="903 26", city="Umeå"),),
        ),
    )


def _count(db) -> int:
    with db.unit_of_work(write=False) as session:
        return session.scalar(select(func.count(Customer.id)))


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("with_contacts", [False, True])
def test_round_trip_of_every_field(db, company, person, tmp_path, version, with_contacts):
    path = tmp_path / "kunder.vcf"
    assert export_vcards(db, path, version=version, with_contacts=with_contacts) == 2
    preview = preview_vcard_import(db, path)
    assert [entry.action for entry in preview.entries] == ["update", "update"]
    apply_vcard_import(db, preview)
    assert get_customers(db, [company.id, person.id]) == [company, person]
    assert _count(db) == 2


def test_import_into_an_empty_register_recreates_the_customers(db, company, person, tmp_path):
    path = tmp_path / "kunder.vcf"
    export_vcards(db, path, with_contacts=True, with_personal_numbers=True)
    from kundbok.db.migrate import open_database

    other = open_database(tmp_path / "other.sqlite3")
    result = apply_vcard_import(other, preview_vcard_import(other, path))
    assert (result.created, result.updated) == (2, 0)
    copies = get_customers(other, [1, 2])
    for original, copy in zip((company, person), copies, strict=True):
        assert copy.uid == original.uid
        assert copy.name == original.name
        assert copy.notes == original.notes
        assert copy.addresses == original.addresses
        assert copy.contacts == original.contacts
        assert (copy.org_number, copy.personal_number) == (
            original.org_number,
            original.personal_number,
        )
    other.dispose()


def test_the_file_is_utf8_crlf_folded_at_75_octets(db, company, tmp_path):
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    data = path.read_bytes()
    lines = data.split(b"\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # the long note was folded
    assert "Åkessons".encode() in data and "😀".encode() in data


def test_an_independent_parser_reads_every_field(db, company, person, tmp_path):
    """vobject's own high-level reader (with validation) sees what we stored."""
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    cards = list(vobject.readComponents(path.read_text(encoding="utf-8"), validate=True))
    by_name = {card.fn.value: card for card in cards}
    card = by_name["Åkessons Rör & Söner AB"]
    assert card.org.value == ["Åkessons Rör & Söner AB"]
    assert card.note.value.startswith("Ring först, porten")  # a comma does not cut the note
    assert card.email.value == "info@akessonsror.se"
    assert {a.value.city for a in card.contents["adr"]} == {"Örebro", "Stockholm"}
    assert any(a.value.extended == "Port 3, gård" for a in card.contents["adr"])
    assert sorted(t.value for t in card.contents["tel"]) == [
        "070-123 45 67",
        "073-000 11 22",
        "08-12 34 56",
    ]
    anna = by_name["Anna Maria Lindqvist"]
    assert (anna.n.value.family, anna.n.value.given) == ("Lindqvist", "Anna Maria")


def test_an_independent_validator_accepts_the_export(db, company, person, tmp_path):
    """The PyPI package `vcard` checks vCard 3.0 against RFC 2426 (run as its command line).

    It refuses characters beyond the Basic Multilingual Plane, which RFC 2426 allows, so the
    note's emoji is left out here; every other character and escape of the note stays.
    """
    update_customer(db, company.id, replace(company, notes=TRICKY_NOTE.replace("😀", "")))
    path = tmp_path / "k.vcf"
    export_vcards(db, path, with_contacts=True)
    validator = Path(sys.executable).with_name("vcard")
    result = subprocess.run([str(validator), str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_outlook_option_adds_charset(db, company, tmp_path):
    path = tmp_path / "k.vcf"
    export_vcards(db, path, outlook_compatible=True)
    text = path.read_text(encoding="utf-8")
    assert "FN;CHARSET=UTF-8:" in text and "NOTE;CHARSET=UTF-8:" in text


def test_export_of_selected_customers_only(db, company, person, tmp_path):
    path = tmp_path / "en.vcf"
    assert export_vcards(db, path, [person.id]) == 1
    assert path.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1


@pytest.mark.parametrize(
    ("sample", "names"),
    [
        ("apple.vcf", ["Björkens Måleri AB"]),
        ("google.vcf", ["Kalle Ström", "Lisa Åberg"]),
        ("outlook.vcf", ["Göran Östberg"]),
        ("android.vcf", ["Märta Åkesson"]),
    ],
)
def test_files_of_other_programs(db, sample, names):
    preview = preview_vcard_import(db, SAMPLES / sample)
    assert [entry.details.name for entry in preview.entries] == names
    result = apply_vcard_import(db, preview)
    assert result.created == len(names)


def test_details_read_from_other_programs(db):
    apple = preview_vcard_import(db, SAMPLES / "apple.vcf").entries[0].details
    assert apple.kind == "company"
    assert apple.address("billing").city == "Täby"
    assert apple.address("billing").country == "SE"
    assert apple.notes == "Kund sedan 2019, betalar i tid."
    assert apple.mobile == "070-765 43 21"
    android = preview_vcard_import(db, SAMPLES / "android.vcf").entries[0].details
    assert android.kind == "private"
    assert android.notes == (
        "Ring efter 17, helst på tisdagar. Lång anteckning som bryts med mjuk radbrytning."
    )
    assert android.address("billing").city == "Umeå"
    outlook = preview_vcard_import(db, SAMPLES / "outlook.vcf").entries[0].details
    assert outlook.address("billing").street == "Drottninggatan 5"


def test_import_updates_rather_than_duplicates(db, company, tmp_path):
    path = tmp_path / "k.vcf"
    export_vcards(db, path)
    text = path.read_text(encoding="utf-8").replace("070-123 45 67", "070-999 99 99")
    path.write_text(text, encoding="utf-8", newline="")
    apply_vcard_import(db, preview_vcard_import(db, path))
    apply_vcard_import(db, preview_vcard_import(db, path))
    assert _count(db) == 1
    assert get_customer(db, company.id).phone == "070-999 99 99"


def test_likely_duplicates_are_flagged(db, company, tmp_path):
    path = tmp_path / "lookalike.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Någon annan\r\n"
        "EMAIL:info@akessonsror.se\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    entry = preview_vcard_import(db, path).entries[0]
    assert entry.action == "create"
    assert (entry.customer_number, entry.duplicate_reason) == (company.number, "e-mail")


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "card 0, line 1"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Trasig\r\n", "card 1, line 1"),
        (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Hel\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Halv\r\n"
            b"BEGIN:VCARD\r\nFN:Ny\r\nEND:VCARD\r\n",
            "card 2",
        ),
        (bytes(range(256)) * 20, "not a vCard"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:123\r\nEND:VCARD\r\n", "no name"),
        (b"Hej, det h\xc3\xa4r \xc3\xa4r ett brev.\r\n", "line 1"),
    ],
)
def test_malformed_files_change_nothing(db, company, tmp_path, content, says):
    path = tmp_path / "trasig.vcf"
    path.write_bytes(content)
    before = get_customer(db, company.id)
    with pytest.raises(KundbokError) as raised:
        apply_vcard_import(db, preview_vcard_import(db, path))
    assert says in str(raised.value)
    assert _count(db) == 1
    assert get_customer(db, company.id) == before


def test_a_card_with_invalid_data_rolls_back_the_whole_import(db, tmp_path):
    path = tmp_path / "two.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:God AB\r\nORG:God AB\r\nEND:VCARD\r\n"
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fel AB\r\nORG:Fel AB\r\n"
        "X-KUNDBOK-ORGNR:5560360794\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    with pytest.raises(KundbokError) as raised:
        apply_vcard_import(db, preview_vcard_import(db, path))
    assert "Card 2 (Fel AB)" in str(raised.value)
    assert _count(db) == 0


def test_a_full_disk_leaves_no_half_file(db, company, tmp_path, monkeypatch):
    path = tmp_path / "k.vcf"
    path.write_text("old content", encoding="utf-8")

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full)
    with pytest.raises(KundbokError) as raised:
        export_vcards(db, path)
    assert "No space left" in str(raised.value)
    assert path.read_text(encoding="utf-8") == "old content"
    assert sorted(
        p.name for p in tmp_path.iterdir() if p.suffix != ".sqlite3" and "sqlite3" not in p.name
    ) == ["k.vcf"]


def test_two_cards_with_one_uid_make_two_customers(db, tmp_path):
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:urn:uuid:11111111-2222-3333-4444-555555555555\r\n"
        "FN:Dubbel AB\r\nORG:Dubbel AB\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "twice.vcf"
    path.write_text(card * 2, encoding="utf-8", newline="")
    preview = preview_vcard_import(db, path)
    assert [(e.action, e.duplicate_reason) for e in preview.entries] == [
        ("create", ""),
        ("create", "UID"),
    ]
    assert apply_vcard_import(db, preview).created == 2
    uids = {c.uid for c in get_customers(db, [1, 2])}
    assert "11111111-2222-3333-4444-555555555555" in uids and len(uids) == 2


def test_a_quoted_printable_soft_break_keeps_the_space_after_it(db, tmp_path):
    path = tmp_path / "qp.vcf"
    path.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Lisa\r\n"
        b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ett, tv=C3=A5; tre=\r\n"
        b" och fyra=\r\n=0D=0Ar=C3=A4tt\r\nEND:VCARD\r\n"
    )
    notes = preview_vcard_import(db, path).entries[0].details.notes
    assert notes == "Ett, två; tre och fyra\nrätt"
