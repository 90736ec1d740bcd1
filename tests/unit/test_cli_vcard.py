"""The vCard commands: export-vcard and import-vcard, and bad input exits 2 changing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.services.customers import create_customer, deactivate_customers, get_customers


@pytest.fixture
def register(tmp_path) -> tuple[Path, list[CustomerDetails]]:
    """A database file with three customers, the last one inactive."""
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    customers = [
        create_customer(
            db,
            CustomerDetails(
                name="Åkessons Rör; Söner AB",
                org_number="556036-0793",
                email="info@akessonsror.se",
                notes="Porten har kod 1234, ring först.\nAndra raden 😀",
                addresses=(AddressDetails(street="Storgatan 1", postcode="702 10", city="Örebro"),),
            ),
        ),
        create_customer(db, CustomerDetails(name="Anna Lindqvist", kind="private")),
        create_customer(db, CustomerDetails(name="Gamla Firman HB")),
    ]
    deactivate_customers(db, [customers[2].id])
    db.dispose()
    return path, customers


def _customers_in(path: Path) -> list[CustomerDetails]:
    db = open_database(path)
    try:
        with db.unit_of_work(write=False) as session:
            from sqlalchemy import select

            from kundbok.db.models import Customer

            ids = list(session.scalars(select(Customer.id).order_by(Customer.number)))
        return get_customers(db, ids)
    finally:
        db.dispose()


def _one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert err.startswith("kundbok: ") and "Traceback" not in err
    return err


def test_export_then_import_into_another_register(register, tmp_path, capsys):
    path, customers = register
    out = tmp_path / "kunder.vcf"
    assert main(["--database", str(path), "export-vcard", str(out)]) == 0
    assert "2 customers written" in capsys.readouterr().out
    other = tmp_path / "other.sqlite3"
    assert main(["--database", str(other), "import-vcard", str(out)]) == 0
    assert "2 customers added, 0 updated" in capsys.readouterr().out
    copies = _customers_in(other)
    assert [(c.uid, c.name, c.org_number, c.notes, c.addresses) for c in copies] == [
        (c.uid, c.name, c.org_number, c.notes, c.addresses) for c in customers[:2]
    ]


def test_export_options(register, tmp_path):
    path, customers = register
    chosen, everyone, four = tmp_path / "a.vcf", tmp_path / "b.vcf", tmp_path / "c.vcf"
    numbers = [str(customers[1].number), str(customers[2].number)]
    args = ["--database", str(path), "export-vcard"]
    assert main([*args, str(chosen), "--customer", numbers[0], "--customer", numbers[1]]) == 0
    assert main([*args, str(everyone), "--include-inactive"]) == 0
    assert main([*args, str(four), "--vcard-version", "4.0"]) == 0
    chosen_text = chosen.read_text(encoding="utf-8")
    assert chosen_text.count("BEGIN:VCARD") == 2
    assert "FN:Anna Lindqvist" in chosen_text and "FN:Gamla Firman HB" in chosen_text
    assert everyone.read_text(encoding="utf-8").count("BEGIN:VCARD") == 3
    four_text = four.read_bytes().decode("utf-8")  # CRLF kept
    assert four_text.count("VERSION:4.0\r\n") == 2 and "VERSION:3.0" not in four_text


def test_import_twice_updates_rather_than_duplicates(register, tmp_path, capsys):
    path, _customers = register
    out = tmp_path / "kunder.vcf"
    main(["--database", str(path), "export-vcard", str(out), "--include-inactive"])
    capsys.readouterr()
    assert main(["--database", str(path), "import-vcard", str(out)]) == 0
    assert "0 customers added, 3 updated" in capsys.readouterr().out
    assert len(_customers_in(path)) == 3


@pytest.mark.parametrize(
    ("content", "says"),
    [
        (b"", "card 0, line 1"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Trasig\r\n", "no END:VCARD"),
        (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ny kund AB\r\nEND:VCARD\r\n"
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Halv\r\n",
            "card 2",
        ),
        (bytes(range(256)) * 8, "not a vCard"),
    ],
)
def test_a_bad_file_exits_2_with_one_line_and_changes_nothing(
    register, tmp_path, capsys, content, says
):
    path, _customers = register
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(content)
    before = _customers_in(path)
    assert main(["--database", str(path), "import-vcard", str(bad)]) == 2
    assert says in _one_error_line(capsys)
    assert _customers_in(path) == before


def test_a_missing_file_exits_2(register, tmp_path, capsys):
    path, _customers = register
    assert main(["--database", str(path), "import-vcard", str(tmp_path / "nej.vcf")]) == 2
    assert "nej.vcf" in _one_error_line(capsys)


def test_an_unknown_customer_number_exits_2_and_writes_no_file(register, tmp_path, capsys):
    path, _customers = register
    out = tmp_path / "x.vcf"
    assert main(["--database", str(path), "export-vcard", str(out), "--customer", "9999"]) == 2
    assert "9999" in _one_error_line(capsys)
    assert not out.exists()


def test_an_unsupported_version_exits_2(register, tmp_path, capsys):
    path, _customers = register
    out = tmp_path / "x.vcf"
    args = ["--database", str(path), "export-vcard", str(out), "--vcard-version", "2.1"]
    assert main(args) == 2
    assert "2.1" in _one_error_line(capsys)
    assert not out.exists()


def test_as_a_process_a_bad_file_gives_no_traceback(register, tmp_path):
    path, _customers = register
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Trasig\r\n")
    result = subprocess.run(
        [sys.executable, "-m", "kundbok", "--database", str(path), "import-vcard", str(bad)],
        capture_output=True,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("kundbok: ") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_personal_identity_numbers_only_with_the_option(tmp_path, capsys):
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    create_customer(
        db, CustomerDetails(name="Anna Lindqvist", kind="private", personal_number="811218-9876")
    )
    db.dispose()
    plain, full = tmp_path / "utan.vcf", tmp_path / "med.vcf"
    assert main(["--database", str(path), "export-vcard", str(plain)]) == 0
    args = ["--database", str(path), "export-vcard", str(full), "--with-personal-numbers"]
    assert main(args) == 0
    assert "198112189876" not in plain.read_text(encoding="utf-8")
    assert "X-KUNDBOK-PERSONNR:198112189876" in full.read_text(encoding="utf-8")


def test_a_utf16_file_of_a_windows_program_is_imported(register, tmp_path, capsys):
    path, _customers = register
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Östgöta Plåt AB\r\nORG:Östgöta Plåt AB\r\nEND:VCARD\r\n"
    )
    source = tmp_path / "windows.vcf"
    source.write_bytes(card.encode("utf-16"))  # with a byte order mark
    assert main(["--database", str(path), "import-vcard", str(source)]) == 0
    assert "1 customers added" in capsys.readouterr().out
    assert "Östgöta Plåt AB" in [c.name for c in _customers_in(path)]


def test_escape_sequences_of_a_card_are_not_printed_raw(register, tmp_path, capsys):
    path, _customers = register
    bad = tmp_path / "elak.vcf"
    bad.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Elak\x1b]0;pwned\x07\x1b[2J AB\r\n"
        "X-KUNDBOK-KIND:company\r\nX-KUNDBOK-ORGNR:5560360794\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    assert main(["--database", str(path), "import-vcard", str(bad)]) == 2
    line = _one_error_line(capsys)
    assert "\x1b" not in line and "\x07" not in line
    assert "Elak\\x1b]0;pwned\\x07\\x1b[2J AB" in line


def test_a_card_in_an_unknown_country_is_left_out_and_named(register, tmp_path, capsys):
    path, customers = register
    cards = tmp_path / "foreign.vcf"
    cards.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Okänd AB\r\nADR:;;Gatan 1;Staden;;1;Atlantis\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Acme Inc\r\n"
        "ADR:;;1 Main St;New York;NY;10001;USA\r\nEND:VCARD\r\n",
        encoding="utf-8",
        newline="",
    )
    assert main(["--database", str(path), "import-vcard", str(cards)]) == 0
    assert "card 1, line 4" in _one_error_line(capsys)
    names = [c.name for c in _customers_in(path)]
    assert "Acme Inc" in names and "Okänd AB" not in names
    assert len(names) == len(customers) + 1
