"""`kundbok entry add|list|remove|invoice`, `import-entries` and `invoice credit --free-entries`:
the id or the invoices on standard output; bad input one line on stderr, exit 2, nothing made."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import openpyxl
import pytest

from kundbok.cli import main
from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customers import create_customer
from kundbok.services.entries import list_entries


@pytest.fixture
def register(db, tmp_path):
    """Labour and material articles and two customers; the `--database` arguments."""
    save_article(
        db,
        ArticleDetails(
            number="EL",
            description="Elarbete",
            unit="tim",
            unit_price=D(650),
            rot_rut_kind="labour",
            work_type="El",
        ),
    )
    save_article(
        db, ArticleDetails(number="KABEL", description="Kabel", unit="m", unit_price=D(12))
    )
    first = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    second = create_customer(db, CustomerDetails(name="Nordljus AB"))
    return ["--database", str(tmp_path / "test.sqlite3")], first.number, second.number


def _run(capsys, *args: str) -> tuple[int, list[str], str]:
    status = main([*args])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def test_add_list_and_invoice_every_customer(db, register, capsys):
    args, first, second = register
    status, out, _ = _run(
        capsys,
        *args,
        "entry",
        "add",
        "--customer",
        str(first),
        "--article",
        "EL",
        "--quantity",
        "1:15",
        "--date",
        "2026-11-02",
        "--text",
        "Byte av uttag",
    )
    assert status == 0 and int(out[0]) == list_entries(db)[0].id
    _run(
        capsys,
        *args,
        "entry",
        "add",
        "--customer",
        str(second),
        "--article",
        "KABEL",
        "--quantity",
        "10",
        "--date",
        "2026-11-03",
    )
    _, out, _ = _run(capsys, *args, "entry", "list", "--unbilled")
    assert [line.split("\t")[4] for line in out] == ["1.25 tim", "10 m"]
    status, out, _ = _run(
        capsys, *args, "entry", "invoice", "--all", "--to", "2026-11-30", "--issue"
    )
    assert status == 0 and len(out) == 2
    assert out[0].startswith(f"customer {first} Åkessons Rör AB: invoice 1, 1 entries, 1016.00")
    status, out, _ = _run(capsys, *args, "entry", "invoice", "--all", "--to", "2026-11-30")
    assert (status, out) == (0, ["nothing unbilled up to 2026-11-30"])
    _, out, _ = _run(capsys, *args, "entry", "list", "--customer", str(first))
    assert out[0].split("\t")[7] == "invoice 1"


@pytest.mark.parametrize(
    "words",
    [
        ["--article", "NOPE", "--quantity", "1"],
        ["--article", "EL", "--quantity", "1,2345"],
        ["--article", "EL", "--quantity", "0"],
        ["--quantity", "2", "--text", "Resa"],  # free text needs a price
        ["--article", "EL", "--quantity", "x"],
    ],
)
def test_bad_input_is_one_line_and_adds_nothing(db, register, capsys, words):
    args, first, _ = register
    status, out, err = _run(capsys, *args, "entry", "add", "--customer", str(first), *words)
    assert status == 2 and out == [] and len(err.strip().splitlines()) == 1
    assert list_entries(db) == []


def test_credit_with_free_entries_gives_them_back(db, register, capsys):
    args, first, _ = register
    _run(
        capsys,
        *args,
        "entry",
        "add",
        "--customer",
        str(first),
        "--article",
        "EL",
        "--quantity",
        "2",
    )
    _run(capsys, *args, "entry", "invoice", "--customer", str(first), "--issue")
    status, _, err = _run(capsys, *args, "invoice", "credit", "1", "--free-entries")
    assert status == 2 and "--issue" in err
    status, _, err = _run(capsys, *args, "invoice", "credit", "1", "--issue", "--free-entries")
    assert status == 0 and "1 entries freed" in err
    assert [entry.invoice_id for entry in list_entries(db)] == [None]


def test_import_from_csv_all_rows_or_none_and_never_twice(db, register, capsys, tmp_path):
    args, first, second = register
    good = tmp_path / "tid.csv"
    good.write_text(
        f"Kundnummer;Datum;Artikel;Timmar;À-pris;Text\n"
        f"{first};2026-11-02;EL;1,5;;Felsökning\n"
        f"{second};2026-11-03;;2;450;Resa\n",
        encoding="cp1252",
    )
    status, out, _ = _run(capsys, *args, "import-entries", str(good))
    assert status == 0 and out == ["2 entries imported, 1875.00 excluding VAT"]
    status, _, err = _run(capsys, *args, "import-entries", str(good))
    assert status == 2 and "imported on" in err
    bad = tmp_path / "fel.csv"
    bad.write_text(
        f"Kundnummer,Datum,Artikel,Antal\n{first},2026-11-02,EL,1\n999,2026-11-02,EL,1\n"
        f"{first},2026-13-02,EL,1\n{first},2026-11-02,NOPE,1\n{first},2026-11-02,EL,en\n",
        encoding="utf-8",
    )
    status, out, err = _run(capsys, *args, "import-entries", str(bad))
    assert status == 2 and out == []
    assert [line.split(":")[0].strip() for line in err.splitlines()[1:]] == [
        "row 3",
        "row 4",
        "row 5",
        "row 6",
    ]
    assert len(list_entries(db)) == 2


def test_import_from_xlsx_reads_day_numbers(db, register, capsys, tmp_path):
    args, first, _ = register
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Kundnummer", "Datum", "Artikel", "Antal"])
    sheet.append([first, dt.date(2026, 11, 4), "KABEL", 25])
    book.save(tmp_path / "tid.xlsx")
    status, _, _ = _run(capsys, *args, "import-entries", str(tmp_path / "tid.xlsx"))
    assert status == 0
    [entry] = list_entries(db)
    assert (entry.entry_date, entry.quantity, entry.amount) == (dt.date(2026, 11, 4), 25, 300)
