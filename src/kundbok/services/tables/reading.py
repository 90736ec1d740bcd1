"""Read a CSV or Excel file into a header and rows of text, whatever program wrote it.

Cells come as they are written, spaces and tabs kept (a note may begin with an indent); what a
field does with them is for `planning`. A file beyond `table_limits` is refused with a message,
and so is one that cannot be read whole: a byte the file's encoding lacks, a quote that never
closes (it would swallow every row after it), two columns with the same heading.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.services.tables import table_limits as bounds
from kundbok.services.tables.columns import header_key
from kundbok.services.tables.table_limits import TableFileError
from kundbok.services.tables.xlsx import XlsxError, read_xlsx

# The neutralising prefix our export puts before a cell a spreadsheet would run as a formula,
# and before a text that itself starts with the prefix, so that taking one off gives it back.
FORMULA_GUARD = "'"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
GUARDED_STARTS = (*FORMULA_STARTS, FORMULA_GUARD)
_DELIMITERS = ";,\t"
_OLD_EXCEL = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the compound-file header of .xls
_SAMPLE = 200_000  # bytes the encoding is guessed from; the whole file is then decoded

__all__ = [
    "FORMULA_GUARD",
    "FORMULA_STARTS",
    "GUARDED_STARTS",
    "Table",
    "TableFileError",
    "csv_table",
    "read_table",
    "unguard",
]


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
        with path.open("rb") as file:
            content = file.read(bounds.FILE_BYTES + 1)
    except OSError as error:
        raise TableFileError(
            QT_TRANSLATE_NOOP("messages", "Cannot read {file}: {reason}"),
            file=path.name,
            reason=error.strerror or str(error),
        ) from None
    if len(content) > bounds.FILE_BYTES:
        raise bounds.too_large(path.name)
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
    text = _decoded(content, file_name)
    delimiter = _sniff_delimiter("\n".join(text[:65_536].splitlines()[:20]))
    return _table(list(enumerate(_records(text, delimiter, file_name), 1)), file_name)


def unguard(cell: str) -> str:
    """A cell without the prefix that kept a spreadsheet from running it as a formula (or
    that kept a text's own leading apostrophe)."""
    if cell.startswith(FORMULA_GUARD) and cell[1:2] and cell[1:2] in GUARDED_STARTS:
        return cell[1:]
    return cell


def _decoded(content: bytes, file_name: str) -> str:
    """The whole file as text: UTF-16 by its byte-order mark or by the zero bytes beside its
    letters (their side tells the byte order), else UTF-8, else the encoding guessed from the
    start of the file among Windows-1252 and its kin; a byte that encoding lacks further on
    is refused, naming its row."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    elif b"\x00" in content[:4]:
        sample = content[:4096]
        # ASCII in UTF-16: the zero byte comes first in big-endian, second in little-endian.
        encoding = "utf-16-be" if sample[0::2].count(0) > sample[1::2].count(0) else "utf-16-le"
    else:
        try:
            return content.decode("utf-8-sig")
        except UnicodeDecodeError:
            encoding = _guessed_encoding(content, file_name)
    try:
        return content.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as error:
        raise _undecodable(content, encoding, error, file_name) from None


def _guessed_encoding(content: bytes, file_name: str) -> str:
    best = from_bytes(content[:_SAMPLE], cp_isolation=["cp1252", "utf_16", "iso8859_15"]).best()
    if best is None or b"\x00" in content:
        raise TableFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                "{file} is not a text table in a known encoding (UTF-8, UTF-16 or Windows-1252).",
            ),
            file=file_name,
        )
    return str(best.encoding)


def _undecodable(
    content: bytes, encoding: str, error: UnicodeDecodeError, file_name: str
) -> TableFileError:
    """The message for a byte the encoding lacks (beyond the part the guess looked at), naming
    its row."""
    before = content[: error.start].decode(encoding, errors="replace")
    try:
        rows = sum(1 for _ in csv.reader(io.StringIO(before, newline="")))
    except csv.Error:
        rows = before.count("\n")
    if not before or before.endswith(("\n", "\r")):
        rows += 1
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Row {row} of {file} has a byte ({byte}) that is no character in {encoding}: the "
            "file is damaged or written in another encoding. Correct the row, or save the "
            "file as UTF-8, and import it again.",
        ),
        row=rows,
        file=file_name,
        byte=f"0x{content[error.start]:02X}",
        encoding={"cp1252": "Windows-1252"}.get(encoding, encoding.upper()),
    )


class _Lines:
    """The lines of a text for the CSV reader, remembering the first line of the record being
    read (to tell where a quote opened)."""

    def __init__(self, text: str) -> None:
        self._lines = iter(io.StringIO(text, newline=""))
        self.first: str | None = None

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = next(self._lines)
        if self.first is None:
            self.first = line
        return line


def _records(text: str, delimiter: str, file_name: str) -> list[tuple[str, ...]]:
    """The text's records, checked against the limits; strict about quotes, so a quote that
    never closes is refused instead of swallowing the rows after it."""
    lines = _Lines(text)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    records: list[tuple[str, ...]] = []
    try:
        for record in reader:
            row = len(records) + 1
            if row > bounds.ROWS + 1:  # the header and ROWS rows below it
                raise bounds.too_many_rows(file_name)
            if len(record) > bounds.COLUMNS:
                raise bounds.too_many_columns(file_name, row)
            if any(len(cell) > bounds.CELL_CHARACTERS for cell in record):
                raise bounds.cell_too_long(file_name, row)
            records.append(tuple(record))
            lines.first = None
    except csv.Error as error:
        raise _badly_quoted(error, (lines.first or "").count('"') % 2 == 1, len(records) + 1,
                            file_name) from None  # fmt: skip
    return records


def _badly_quoted(error: csv.Error, opened: bool, row: int, file_name: str) -> TableFileError:
    if opened:  # a quote opened on the record's first line and never closed
        return TableFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                'Row {row} of {file} opens a quote (") that never closes, so every row after '
                "it would be read into one cell. Close the quote and import the file again.",
            ),
            row=row,
            file=file_name,
        )
    if "field larger" in str(error):  # the csv module's own limit, above a cell's
        return bounds.cell_too_long(file_name, row)
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            'Row {row} of {file} has text after the quote (") that closes a cell; write a quote '
            'inside a quoted cell twice (""), and import the file again.',
        ),
        row=row,
        file=file_name,
    )


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
            numbered = read_xlsx(archive, file_name)
    except (zipfile.BadZipFile, XlsxError, OSError, RuntimeError, ValueError, EOFError):
        raise _not_a_table(file_name) from None
    return _table(numbered, file_name)


def _table(records: list[tuple[int, tuple[str, ...]]], file_name: str) -> Table:
    """The table of numbered records: the first that is not blank is the header."""
    numbered = [(number, record) for number, record in records if any(c.strip() for c in record)]
    if not numbered:
        raise _not_a_table(file_name)
    header = tuple(cell.strip() for cell in numbered[0][1])
    _refuse_twice_headed(header, file_name)
    width = len(header)
    rows = tuple(
        tuple(unguard(cell) for cell in (record + ("",) * width)[:width])
        for _, record in numbered[1:]
    )
    return Table(header=header, rows=rows, row_numbers=tuple(n for n, _ in numbered[1:]))


def _refuse_twice_headed(header: tuple[str, ...], file_name: str) -> None:
    """Two columns with one heading would leave it to chance which of them is read: refused."""
    seen: dict[str, int] = {}
    for column, title in enumerate(header, start=1):
        key = header_key(title)
        if not key:
            continue
        if key in seen:
            raise TableFileError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{file} has two columns headed '{column}' (columns {first} and {second}); "
                    "give each column its own heading, or remove one, and import it again.",
                ),
                file=file_name,
                column=title,
                first=seen[key],
                second=column,
            )
        seen[key] = column


def _not_a_table(file_name: str) -> TableFileError:
    return TableFileError(
        QT_TRANSLATE_NOOP("messages", "{file} is not a table of customers (CSV or Excel)."),
        file=file_name,
    )
