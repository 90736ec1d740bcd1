"""import-customers and export-customers: a summary with row numbers, exit 2 changing nothing
for a bad file or rows with errors."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from helpers.register_files import existing_customers, visma_file
from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.db.models import Customer


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    existing_customers(db)
    db.dispose()
    return path


def _names(path):
    db = open_database(path, create=False)
    try:
        with db.unit_of_work(write=False) as session:
            return list(session.scalars(select(Customer.name).order_by(Customer.number)))
    finally:
        db.dispose()


def test_rows_with_errors_refuse_the_import_and_are_listed(register, tmp_path, capsys):
    code = main(["--database", str(register), "import-customers", str(visma_file(tmp_path))])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("kundbok: 2 rows of the file have errors; nothing was imported")
    assert "row 5: 'kalle@@x' is not an e-mail address" in err
    assert "row 6: Unknown country 'Atlantis'." in err
    assert "--skip-errors" in err and "Traceback" not in err
    assert _names(register) == ["Åkerlunds Bageri AB", "Öbergs El HB"]


def test_skip_errors_imports_the_rest_and_summarises(register, tmp_path, capsys):
    path = visma_file(tmp_path)
    code = main(
        ["--database", str(register), "import-customers", str(path), "--skip-errors",
         "--on-duplicate", "new"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0] == (
        "4 new, 1 updated, 0 unchanged, 0 skipped, 2 rows with errors left out"
    )
    assert "  row 5: " in out and "  row 6: " in out
    assert "Åsa Ärlig igen" in _names(register)


def test_dry_run_shows_the_plan_and_changes_nothing(register, tmp_path, capsys):
    path = visma_file(tmp_path)
    assert main(["--database", str(register), "import-customers", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "row 4: update Öbergs El HB (same email, number as customer 2 Öbergs El HB)" in out
    assert "row 7: duplicate Åsa Ärlig igen (same identity as row 2)" in out
    assert _names(register) == ["Åkerlunds Bageri AB", "Öbergs El HB"]


@pytest.mark.parametrize(
    ("content", "arguments", "message"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), [], "not a text table in a known encoding"),
        (b"Ort;Telefon\nLund;046-1\n", [], "No column holds the customer's name"),
        (b"", [], "is not a table of customers"),
        (b"Namn;Ort\nEk AB;Lund\n", ["--map", "Gata=billing.street"], "no column headed 'Gata'"),
        (b"Namn;Ort\nEk AB;Lund\n", ["--map", "Ort=colour"], "Unknown customer field 'colour'"),
    ],
)
def test_a_bad_file_is_one_line_exit_2_and_nothing_changed(
    register, tmp_path, capsys, content, arguments, message
):
    path = tmp_path / "kunder.csv"
    path.write_bytes(content)
    before = register.read_bytes()
    code = main(["--database", str(register), "import-customers", str(path), *arguments])
    err = capsys.readouterr().err
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and message in err, err
    assert register.read_bytes() == before


def test_a_bad_file_creates_no_database(tmp_path, capsys):
    path = tmp_path / "kunder.csv"
    path.write_bytes(b"Ort\nLund\n")
    database = tmp_path / "new.sqlite3"
    assert main(["--database", str(database), "import-customers", str(path)]) == 2
    assert not database.exists()


def test_export_then_import_into_a_new_register(register, tmp_path, capsys):
    out = tmp_path / "kunder.xlsx"
    assert main(["--database", str(register), "export-customers", str(out)]) == 0
    assert capsys.readouterr().out == f"2 customers written to {out}\n"
    other = tmp_path / "other.sqlite3"
    assert main(["--database", str(other), "import-customers", str(out)]) == 0
    assert capsys.readouterr().out.startswith("2 new, 0 updated")
    assert _names(other) == _names(register)


def test_export_in_windows_1252(register, tmp_path, capsys):
    out = tmp_path / "kunder.csv"
    code = main(["--database", str(register), "export-customers", str(out), "--encoding", "cp1252"])
    assert code == 0
    assert "Öbergs El HB".encode("cp1252") in out.read_bytes()


def test_export_to_another_kind_of_file_is_refused(register, tmp_path, capsys):
    code = main(["--database", str(register), "export-customers", str(tmp_path / "k.pdf")])
    assert code == 2
    assert ".csv or .xlsx" in capsys.readouterr().err


def test_row_errors_are_listed_in_swedish(register, tmp_path, capsys, swedish):
    path = tmp_path / "kunder.csv"
    path.write_bytes("Kundnummer;Namn;E-post\nK1001;Ek AB;\n2147483648;Ask AB;\n".encode("cp1252"))
    assert main(["--database", str(register), "import-customers", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0].startswith("kundbok: 2 rader i filen har fel; inget importerades.")
    assert err[1] == (
        "  row 2: 'K1001' är inget kundnummer (ett heltal från 1); lämna kolumnen utanför för "
        "att numrera kunderna på nytt."
    )
    assert err[2].startswith("  row 3: '2147483648' är inget kundnummer")
