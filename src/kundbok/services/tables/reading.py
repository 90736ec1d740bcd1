"""Read a CSV or Excel file into a header and rows of text, whatever program wrote it."""

from __future__ import annotations

import csv
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.services.tables.xlsx import XlsxError, read_xlsx

# The neutralising prefix our export puts before a cell a spreadsheet would run as a formula.
FORMULA_GUARD = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_DELIMITERS = ";,\t"
_OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file header of .xls


class TableFileError(KundbokError):
    """The file cannot be read as a table."""


@dataclass(frozen=True)
class Table:
    """A file's header and its rows, every cell as text; `row_numbers[i]` is the number a
    spreadsheet shows for `rows[i]` (the header is row 1)."""

    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    row_numbers: tuple[int, ...]


def read_table(path: Path) -> Table:
    """The table in a .csv/.txt/.tsv or .xlsx file; raises TableFileError if it holds none."""
    path = Path(path)
    try:
        content = path.read_bytes()
    except OSError as error:
        raise TableFileError(
            QT_TRANSLATE_NOOP("messages", "Cannot read {file}: {reason}"),
            file=path.name,
            reason=error.strerror or str(error),
        ) from None
    if content.startswith(b"PK\x03\x04"):
        return _xlsx_table(content, path.name)
    if content.startswith(_OLD_EXCEL):
        raise TableFileError(
            QT_TRANSLATE_NOOP(
                "messages", "{file} is an old Excel file (.xls): save it as .xlsx or CSV first."
            ),
            file=path.name,
        )
    return csv_table(content, path.name)


def csv_table(content: bytes, file_name: str = "") -> Table:
    """The table in CSV bytes: encoding detected, delimiter sniffed."""
    text = _decode(content, file_name)
    lines = text.splitlines()[:20]
    delimiter = _sniff_delimiter("\n".join(lines))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = [tuple(cell.strip() for cell in record) for record in reader]
    except csv.Error:
        raise _not_a_table(file_name) from None
    return _table(list(enumerate(records, 1)), file_name)


def unguard(cell: str) -> str:
    """A cell without the prefix that kept a spreadsheet from running it as a formula."""
    if cell.startswith(FORMULA_GUARD) and cell[1:2] and cell[1:2] in "=+-@\t\r":
        return cell[1:]
    return cell


def _decode(content: bytes, file_name: str) -> str:
    if b"\x00" in content[:4] or content.startswith((b"\xff\xfe", b"\xfe\xff")):
        # UTF-16 says so with a byte-order mark or with zero bytes between ASCII letters.
        for encoding in (
            ("utf-16",)
            if content[:2] in (b"\xff\xfe", b"\xfe\xff")
            else (
                "utf-16-le",
                "utf-16-be",
            )
        ):
            try:
                return content.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError:
                continue
    try:
        # Most files are UTF-8; decoding strictly first keeps the guess for the rest.
        return content.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(content[:200_000], cp_isolation=["cp1252", "utf_16", "iso8859_15"]).best()
    if best is None or b"\x00" in content:
        raise TableFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} is not a text table in a known encoding (UTF-8, UTF-16 or Windows-1252).",
            ),
            file=file_name,
        )
    return content.decode(best.encoding, errors="strict")


def _sniff_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=_DELIMITERS).delimiter
    except csv.Error:
        # The sniffer gives up on ragged samples; the most frequent candidate on the header
        # line is then the best guess.
        first = sample.split("\n", 1)[0]
        counts = {delimiter: first.count(delimiter) for delimiter in _DELIMITERS}
        return max(counts, key=lambda delimiter: counts[delimiter])


def _xlsx_table(content: bytes, file_name: str) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            numbered = read_xlsx(archive)
    except (zipfile.BadZipFile, XlsxError, OSError, RuntimeError, ValueError):
        raise _not_a_table(file_name) from None
    return _table(numbered, file_name)


def _table(records: list[tuple[int, tuple[str, ...]]], file_name: str) -> Table:
    """The table of numbered records: the first that is not blank is the header."""
    numbered = [(number, record) for number, record in records if any(record)]
    if not numbered:
        raise _not_a_table(file_name)
    header = numbered[0][1]
    width = len(header)
    rows = tuple(
        tuple(unguard(cell) for cell in (record + ("",) * width)[:width])
        for _, record in numbered[1:]
    )
    return Table(header=header, rows=rows, row_numbers=tuple(n for n, _ in numbered[1:]))


def _not_a_table(file_name: str) -> TableFileError:
    return TableFileError(
        QT_TRANSLATE_NOOP("messages", "{file} is not a table of customers (CSV or Excel)."),
        file=file_name,
    )
