"""The article register out to CSV or Excel, every article (passive ones too, marked), with
the headers the import maps back: a file exported imports back unchanged."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kundbok.services.articles import list_articles
from kundbok.services.tables.article_fields import ARTICLE_FIELDS, article_cells
from kundbok.services.tables.export import neutralised, write_table_csv, write_table_xlsx

if TYPE_CHECKING:
    from kundbok.db.session import Database


def article_rows(db: Database) -> list[list[str]]:
    """The header and a row of text per article by number, formula-like cells neutralised."""
    rows = [[field.headers[0] for field in ARTICLE_FIELDS]]
    for article in list_articles(db, include_inactive=True):
        cells = article_cells(article)
        rows.append([neutralised(cells[field.key]) for field in ARTICLE_FIELDS])
    return rows


def export_articles(db: Database, path: Path, encoding: str = "utf-8-sig") -> int:
    """Write the article register to `path`: an Excel workbook for a name ending in .xlsx,
    else CSV in `encoding`; the file is whole or not written. Returns how many articles."""
    rows = article_rows(db)
    if Path(path).suffix.casefold() == ".xlsx":
        return write_table_xlsx(path, rows, "Artiklar")
    return write_table_csv(path, rows, encoding)
