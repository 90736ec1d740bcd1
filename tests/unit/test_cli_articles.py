"""kundbok import-articles / export-articles: a summary, each bad row with its reason, exit 2
changing nothing for a bad file."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.services.articles import ArticleDetails, list_articles, save_article


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "register.sqlite3"
    db = open_database(path)
    save_article(db, ArticleDetails(number="100", description="Arbete", unit_price=D(650)))
    db.dispose()
    return path


def _numbers(path) -> list[str]:
    db = open_database(path, create=False)
    try:
        return [article.number for article in list_articles(db, include_inactive=True)]
    finally:
        db.dispose()


def test_export_and_import_again(register, tmp_path, capsys):
    out = tmp_path / "artiklar.xlsx"
    assert main(["--database", str(register), "export-articles", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"1 articles written to {out}"
    assert main(["--database", str(register), "import-articles", str(out)]) == 0
    assert capsys.readouterr().out.splitlines()[0] == (
        "0 new, 0 updated, 1 unchanged, 0 rows with errors left out"
    )


def test_rows_with_errors_refuse_the_import_and_are_listed(register, tmp_path, capsys):
    path = tmp_path / "in.csv"
    path.write_text("Artnr;Benämning;Pris\n200;Rör;48,50\n201;;5\n202;Fel;x\n", "cp1252")
    assert main(["--database", str(register), "import-articles", str(path)]) == 2
    err = capsys.readouterr().err
    assert "2 rows of the file have errors; nothing was imported" in err
    assert "row 3: An article needs a description." in err and "row 4: 'x' is not" in err
    assert _numbers(register) == ["100"]
    assert main(["--database", str(register), "import-articles", str(path), "--dry-run"]) == 0
    assert "row 2: new 200 Rör" in capsys.readouterr().out
    assert _numbers(register) == ["100"]
    code = main(["--database", str(register), "import-articles", str(path), "--skip-errors"])
    assert code == 0
    assert capsys.readouterr().out.startswith("1 new, 0 updated, 0 unchanged, 2 rows")
    assert _numbers(register) == ["100", "200"]


@pytest.mark.parametrize(
    ("content", "arguments", "message"),
    [
        (b"Namn;Pris\nX;1\n", [], "No column holds the article number"),
        (b"Art.nr;Pris\n1;1\n", ["--map", "Pris=colour"], "Unknown article field 'colour'"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1old", [], "old Excel file"),
    ],
)
def test_a_bad_file_is_one_line_and_changes_nothing(
    register, tmp_path, capsys, content, arguments, message
):
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    assert main(["--database", str(register), "import-articles", str(path), *arguments]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and message in err
    assert _numbers(register) == ["100"]


def test_export_wants_csv_or_xlsx(register, tmp_path, capsys):
    assert main(["--database", str(register), "export-articles", str(tmp_path / "a.txt")]) == 2
    assert "must end in .csv or .xlsx" in capsys.readouterr().err
