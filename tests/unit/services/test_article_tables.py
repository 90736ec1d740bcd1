"""The article register out to CSV and Excel and in again: headers in Swedish and English,
any encoding, each bad row with its reason, all or nothing, formulas neutralised, and a file
exported imports back unchanged."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import load_workbook

from kundbok.domain.rot_rut.work_types import WorkType
from kundbok.services.articles import ArticleDetails, list_articles, save_article
from kundbok.services.tables import ColumnMappingError, csv_table, read_table
from kundbok.services.tables.article_export import export_articles
from kundbok.services.tables.article_import import (
    ArticleRowStatus,
    import_articles,
    plan_article_import,
)
from kundbok.services.tables.customer_import import RowErrors

ARTICLES = (
    ArticleDetails(number="100", description="Arbetstid VVS", unit="tim",
                   unit_price=D("640.00"), rot_rut_kind="labour", work_type=WorkType.PLUMBING,
                   sales_account="3041"),
    ArticleDetails(number="200", description="Rörkoppling 15 mm", unit_price=D("48.50"),
                   rot_rut_kind="material"),
    ArticleDetails(number="400", description="Kaffebröd", unit_price=D(32), vat_rate=D(12)),
    ArticleDetails(number="-5", description="=HYPERLINK(\"http://x\")", unit_price=D(1),
                   active=False),
)  # fmt: skip


@pytest.fixture
def register(any_db):
    for article in ARTICLES:
        save_article(any_db, article)
    return any_db


def _plain(article: ArticleDetails) -> ArticleDetails:
    return ArticleDetails(
        **{
            name: getattr(article, name)
            for name in ArticleDetails.__dataclass_fields__
            if name not in ("id", "version")
        }
    )


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_file_exported_imports_back_unchanged(register, tmp_path, suffix):
    path = tmp_path / f"artiklar{suffix}"
    assert export_articles(register, path) == 4
    before = [_plain(a) for a in list_articles(register, include_inactive=True)]
    plan = plan_article_import(register, read_table(path))
    assert [row.status for row in plan.rows] == [ArticleRowStatus.UNCHANGED] * 4
    summary = import_articles(register, plan)
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 4)
    assert [_plain(a) for a in list_articles(register, include_inactive=True)] == before


def test_the_export_neutralises_formulas_and_keeps_cells_as_text(register, tmp_path):
    csv_path, xlsx_path = tmp_path / "a.csv", tmp_path / "a.xlsx"
    export_articles(register, csv_path)
    text = csv_path.read_bytes().decode("utf-8-sig")
    assert text.splitlines()[0] == (
        "Artikelnummer;Benämning;Enhet;Pris;Moms %;Arbete eller material;ROT/RUT-arbete;"
        "Försäljningskonto;Aktiv"
    )
    assert "'-5;'=HYPERLINK" in text.replace('"', "")
    assert "100;Arbetstid VVS;tim;640,00;25;Arbete;VVS;3041;Ja" in text
    export_articles(register, xlsx_path)
    sheet = load_workbook(xlsx_path).active
    assert sheet["A2"].value == "'-5" and sheet["D3"].data_type == "s"


def test_english_headers_windows_1252_and_new_and_changed_rows(register):
    content = (
        "Article number,Description,Unit price,VAT %,Type,Work type\r\n"
        "100,Arbetstid VVS,700,25,Labour,Vvs\r\n"
        "500,Bok: Bokföring i praktiken,399,6,,\r\n"
    ).encode("cp1252")
    plan = plan_article_import(register, csv_table(content, "en.csv"))
    assert [row.status for row in plan.rows] == [ArticleRowStatus.UPDATE, ArticleRowStatus.NEW]
    import_articles(register, plan)
    articles = {a.number: a for a in list_articles(register, include_inactive=True)}
    assert articles["100"].unit_price == D(700)
    assert articles["100"].sales_account == "3041"  # no column for it: kept
    assert articles["100"].unit == "tim"
    assert (articles["500"].vat_rate, articles["500"].unit) == (D(6), "st")


def test_bad_rows_say_why_and_nothing_is_imported(register):
    content = (
        "Artikelnummer;Benämning;Pris;Moms;Arbete eller material;ROT/RUT-arbete;Konto\n"
        "600;Ny;10;25;;;\n"
        "601;;10;25;;;\n"
        "602;Dyr;mycket;25;;;\n"
        "603;Fel moms;10;18;;;\n"
        "604;Okänt;10;25;Tjänst;;\n"
        "605;Okänd typ;10;25;Arbete;Snickeri;\n"
        "606;Konto;10;25;;;30\n"
        "600;Igen;10;25;;;\n"
        ";Inget nummer;10;25;;;\n"
    ).encode()
    plan = plan_article_import(register, csv_table(content, "fel.csv"))
    errors = dict(plan.errors())
    assert sorted(errors) == [3, 4, 5, 6, 7, 8, 9, 10]
    with pytest.raises(RowErrors) as refused:
        import_articles(register, plan)
    assert len(refused.value.rows) == 8
    assert "600" not in {a.number for a in list_articles(register)}
    summary = import_articles(register, plan, skip_errors=True)
    assert (summary.created, summary.left_out) == (1, 8)


def test_a_table_without_article_numbers_is_refused(register):
    with pytest.raises(ColumnMappingError):
        plan_article_import(register, csv_table(b"Namn;Pris\nX;1\n"))


def test_thousands_of_new_articles_are_added_in_one_go(any_db):
    rows = "\n".join(f"{n};Artikel {n};{n},50;25" for n in range(1, 2501))
    table = csv_table(f"Art.nr;Benämning;Pris;Moms\n{rows}\n".encode())
    summary = import_articles(any_db, plan_article_import(any_db, table))
    assert summary.created == 2500
    assert len(list_articles(any_db)) == 2500
