"""Entries from a file: a CSV (any of the encodings and separators the customer import reads)
or an .xlsx from a time-reporting app or a spreadsheet, its columns found by their headers.

All rows or none: a row with an unknown customer or article, a bad date or a bad quantity is
listed with its reason and nothing is imported. A file is known by the SHA-256 of its content,
kept with the import, so the same file imported twice is refused the second time.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kundbok.db.models import Article, Customer, Entry, EntryImport
from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails, parse_entry_date, parse_quantity
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, RefusedError, ValidationError
from kundbok.domain.money import parse_amount
from kundbok.services.entries import NewEntry, filled_in, write_entry
from kundbok.services.tables.columns import header_key
from kundbok.services.tables.reading import read_table, unguard

# The headers each column is known by (compared without case, spaces or punctuation).
HEADERS = {
    "customer": ("Kundnummer", "Kundnr", "Kund", "Customer number", "Customer"),
    "date": ("Datum", "Date", "Dag", "Day"),
    "article": ("Artikel", "Artikelnummer", "Artikelnr", "Article", "Article number", "Item"),
    "quantity": ("Antal", "Timmar", "Tid", "Quantity", "Hours", "Qty"),
    "price": ("À-pris", "A-pris", "Pris", "Styckpris", "Unit price", "Price"),
    "text": ("Text", "Beskrivning", "Kommentar", "Description", "Note"),
}
_REQUIRED = ("customer", "date", "quantity")
_BY_KEY = {header_key(alias): column for column, aliases in HEADERS.items() for alias in aliases}


@dataclass(frozen=True)
class PlannedEntry:
    """One row of the file: the entry it makes, or why it cannot."""

    row_number: int
    customer_number: str
    entry_date: str
    article: str
    quantity: str
    text: str
    entry: EntryDetails | None = None
    customer_name: str = ""
    error: KundbokError | None = None


@dataclass(frozen=True)
class EntryImportPlan:
    """What importing the file would do."""

    file_name: str
    sha256: str
    rows: tuple[PlannedEntry, ...]
    imported_on: dt.date | None  # when the same file was imported before (None: never)

    @property
    def errors(self) -> tuple[PlannedEntry, ...]:
        """The rows that keep the file from being imported."""
        return tuple(row for row in self.rows if row.error is not None)

    @property
    def amount(self) -> Decimal:
        """The amount of the rows' entries, excluding VAT."""
        return sum((row.entry.amount for row in self.rows if row.entry), Decimal(0))


def _columns(header: tuple[str, ...], file_name: str) -> dict[str, int]:
    columns: dict[str, int] = {}
    for index, title in enumerate(header):
        column = _BY_KEY.get(header_key(title))
        if column is not None:
            columns.setdefault(column, index)
    missing = [name for name in _REQUIRED if name not in columns]
    if missing:
        raise ValidationError(
            "file",
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} has no column for {columns} (headed Kundnummer, Datum and Antal or "
                "Timmar).",
            ),
            file=file_name,
            columns=", ".join(missing),
        )
    return columns


def _already_imported(db: Database, sha256: str) -> dt.date | None:
    with db.unit_of_work(write=False) as session:
        made = session.scalar(select(EntryImport.created_at).where(EntryImport.sha256 == sha256))
    return made.date() if made is not None else None


def plan_entry_import(db: Database, path: Path, today: dt.date | None = None) -> EntryImportPlan:
    """Read the file and check each row against the register; nothing is written."""
    path = Path(path)
    table = read_table(path)
    sha256 = hashlib.sha256(path.read_bytes()).hexdigest()
    columns = _columns(table.header, path.name)
    with db.unit_of_work(write=False) as session:
        customers = {
            str(number): (customer_id, name)
            for customer_id, number, name in session.execute(
                select(Customer.id, Customer.number, Customer.name)
            )
        }
        articles = {a.number: a for a in session.scalars(select(Article).where(Article.active))}
        rows = []
        for number, record in zip(table.row_numbers, table.rows, strict=True):

            def cell(column: str, record: tuple[str, ...] = record) -> str:
                index = columns.get(column)
                return (
                    unguard(record[index]).strip()
                    if index is not None and index < len(record)
                    else ""
                )

            values = {name: cell(name) for name in HEADERS}
            found = customers.get(values["customer"].lstrip("0") or "0")
            try:
                if found is None:
                    raise ValidationError(
                        "customer",
                        QT_TRANSLATE_NOOP("messages", "There is no customer number {number}."),
                        number=values["customer"],
                    )
                new = NewEntry(
                    customer_id=found[0],
                    entry_date=parse_entry_date(values["date"]),
                    quantity=parse_quantity(values["quantity"]),
                    article_number=values["article"],
                    text=values["text"],
                    unit_price=parse_amount(values["price"], "unit_price")
                    if values["price"]
                    else None,
                )
                entry, error = filled_in(session, new, articles), None
            except KundbokError as problem:
                entry, error = None, problem
            rows.append(
                PlannedEntry(
                    number,
                    values["customer"],
                    values["date"],
                    values["article"],
                    values["quantity"],
                    values["text"],
                    entry,
                    found[1] if found else "",
                    error,
                )
            )
    return EntryImportPlan(path.name, sha256, tuple(rows), _already_imported(db, sha256))


_TWICE = QT_TRANSLATE_NOOP(
    "messages", "{file} was imported on {date} already: its entries are not added again."
)


def import_entries(db: Database, plan: EntryImportPlan) -> int:
    """Add the plan's entries, all in one transaction, and remember the file; refused when a
    row has an error or the file was imported before. Returns how many were added."""
    if plan.errors:
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages", "{count} rows of {file} have errors: nothing was imported."
            ),
            count=len(plan.errors),
            file=plan.file_name,
        )
    if plan.imported_on is not None:
        raise RefusedError(_TWICE, file=plan.file_name, date=plan.imported_on.isoformat())
    with db.unit_of_work() as session:
        made = EntryImport(
            sha256=plan.sha256,
            file_name=plan.file_name[:255],
            entry_count=len(plan.rows),
            created_by=db.user,
            updated_by=db.user,
        )
        session.add(made)
        try:
            session.flush()
        except IntegrityError:  # another user imported it since the plan was made
            raise RefusedError(
                _TWICE, file=plan.file_name, date=dt.date.today().isoformat()
            ) from None
        for row in plan.rows:
            assert row.entry is not None
            entry = Entry(created_by=db.user, updated_by=db.user, import_id=made.id)
            write_entry(entry, row.entry)
            session.add(entry)
        session.commit()
    return len(plan.rows)
