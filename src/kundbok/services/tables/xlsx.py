"""The cells of an Excel workbook's first sheet as text, read straight from its XML.

openpyxl builds a Python object for every XML element and spends about three seconds on a
sheet of 10,000 customers; the few cell kinds a register holds (shared and inline strings,
numbers, booleans, cached formula results) are read here with expat's callbacks in under one.
Dates come as Excel's day numbers: no customer field holds a date.

The parts are unpacked and parsed a megabyte at a time, and nothing grows past the limits of
`table_limits` (rows, columns, a cell's length, a part's unpacked size, a run of text with no
markup that the parser would hold whole): a hostile workbook is refused before it fills memory.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from xml.parsers import expat

from kundbok.services.tables import table_limits as bounds

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHARED_STRINGS = _RELATIONSHIPS + "/sharedStrings"
_COLUMN = re.compile(r"[A-Z]{1,3}")
_SEP = "}"  # expat's separator between a namespace and a local name
_CHUNK = bounds.MARKUP_RUN_BYTES  # a run longer than this spans two chunks, and is seen there
_LAST_ROW = 1_048_576  # as a spreadsheet has


class XlsxError(ValueError):
    """The file is not a workbook this reader understands."""


def _parser(
    start: Callable[[str, dict[str, str]], None],
    end: Callable[[str], None],
    text: Callable[[str], None] | None = None,
) -> expat.XMLParserType:
    parser = expat.ParserCreate(namespace_separator=_SEP)
    parser.buffer_text = True
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    if text is not None:
        parser.CharacterDataHandler = text
    return parser


def _markup_run(chunk: bytes, run: int, file_name: str) -> int:
    """The length of text without markup at the chunk's end, given `run` before it; refused
    when a run grows past what any tag or cell holds."""
    starts = [i for i in (chunk.find(b"<"), chunk.find(b">")) if i >= 0]
    if not starts:
        run += len(chunk)
    else:
        if run + min(starts) > bounds.MARKUP_RUN_BYTES:
            raise bounds.text_too_long(file_name)
        run = len(chunk) - max(chunk.rfind(b"<"), chunk.rfind(b">")) - 1
    if run > bounds.MARKUP_RUN_BYTES:
        raise bounds.text_too_long(file_name)
    return run


def _parse(
    archive: zipfile.ZipFile,
    name: str,
    parser: expat.XMLParserType,
    limit: int = bounds.OTHER_PART_BYTES,
    file_name: str = "",
) -> None:
    """Parse a part a chunk at a time; refused when it unpacks to more than `limit` bytes (as
    the archive says, and it stops reading there)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise XlsxError(f"no part {name}") from None
    if info.file_size > limit:
        raise bounds.too_large_unpacked(file_name, limit)
    run = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(_CHUNK):
                run = _markup_run(chunk, run, file_name)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise XlsxError(str(error)) from None


def _relationships(
    archive: zipfile.ZipFile, part: str, file_name: str
) -> dict[str, tuple[str, str]]:
    """id -> (type, path in the archive) of a part's relationships."""
    folder, name = posixpath.split(part)
    found: dict[str, tuple[str, str]] = {}

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == f"{_PACKAGE}{_SEP}Relationship":
            target = attributes.get("Target", "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join(folder, target)
            found[attributes.get("Id", "")] = (
                attributes.get("Type", ""),
                posixpath.normpath(path),
            )

    rels = posixpath.join(folder, "_rels", name + ".rels")
    _parse(archive, rels, _parser(start, _ignore), file_name=file_name)
    return found


def _ignore(*_arguments: object) -> None:
    return None


def _first_sheet(archive: zipfile.ZipFile, file_name: str) -> tuple[str, str | None]:
    """The paths of the first sheet and of the shared strings (None when there are none)."""
    sheets: list[str] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == f"{_MAIN}{_SEP}sheet":
            sheets.append(attributes.get(f"{_RELATIONSHIPS}{_SEP}id", ""))

    _parse(archive, "xl/workbook.xml", _parser(start, _ignore), file_name=file_name)
    relationships = _relationships(archive, "xl/workbook.xml", file_name)
    if not sheets or sheets[0] not in relationships:
        raise XlsxError("no sheet")
    shared = next((p for t, p in relationships.values() if t == _SHARED_STRINGS), None)
    return relationships[sheets[0]][1], shared


class _Text:
    """A text gathered from expat's pieces, its length counted as it grows: one longer than
    a cell holds is no longer kept (`too_long`)."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.too_long = False

    def clear(self) -> None:
        self.parts.clear()
        self.length = 0
        self.too_long = False

    def add(self, data: str) -> None:
        if self.too_long:
            return
        self.length += len(data)
        if self.length > bounds.CELL_CHARACTERS:
            self.too_long = True
            self.parts.clear()
        else:
            self.parts.append(data)

    def text(self) -> str | None:
        return None if self.too_long else "".join(self.parts)


def _shared_strings(archive: zipfile.ZipFile, path: str | None, file_name: str) -> list[str | None]:
    """The workbook's shared texts; None for one longer than a cell holds (refused, with its
    row, if a cell shows it)."""
    strings: list[str | None] = []
    if path is None:
        return strings
    gathered = _Text()
    state = {"in_text": False, "phonetic": 0}

    def start(tag: str, _attributes: dict[str, str]) -> None:
        local = tag.rpartition(_SEP)[2]
        if local == "si":
            gathered.clear()
        elif local == "rPh":  # a reading aid for East Asian text, not part of the string
            state["phonetic"] += 1
        elif local == "t" and not state["phonetic"]:
            state["in_text"] = True

    def end(tag: str) -> None:
        local = tag.rpartition(_SEP)[2]
        if local == "si":
            strings.append(gathered.text())
        elif local == "rPh":
            state["phonetic"] -= 1
        elif local == "t":
            state["in_text"] = False

    def text(data: str) -> None:
        if state["in_text"]:
            gathered.add(data)

    _parse(archive, path, _parser(start, end, text), bounds.SHARED_STRINGS_BYTES, file_name)
    return strings


def _column_index(reference: str, row: int, file_name: str) -> int:
    """0 for "A1", 27 for "AB3"; beyond the last column (XFD) refused."""
    letters = _COLUMN.match(reference)
    if letters is None:
        if reference[:1].isalpha():
            raise bounds.too_many_columns(file_name, row)
        raise XlsxError(f"bad cell reference {reference!r}")
    index = 0
    for letter in letters.group():
        index = index * 26 + ord(letter) - 64
    if index > bounds.COLUMNS or reference[letters.end() : letters.end() + 1].isalpha():
        raise bounds.too_many_columns(file_name, row)
    return index - 1


def _number_text(value: str) -> str:
    """A number as a person typed it: 38791, not 38791.0."""
    try:
        number = float(value)
    except ValueError:
        return value
    return str(int(number)) if number.is_integer() and abs(number) < 1e15 else value


class _SheetReader:
    """expat's callbacks for a sheet: collects each row's cells as text."""

    def __init__(self, shared: list[str | None], file_name: str) -> None:
        self.shared = shared
        self.file_name = file_name
        self.rows: list[tuple[int, tuple[str, ...]]] = []
        self._cells: dict[int, str] = {}
        self._text = _Text()
        self._row = 0
        self._column = -1
        self._kind = "n"
        self._collecting = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == _CELL:
            reference = attributes.get("r")
            self._column = (
                _column_index(reference, self._row, self.file_name)
                if reference
                else self._column + 1
            )
            if self._column >= bounds.COLUMNS:
                raise bounds.too_many_columns(self.file_name, self._row)
            self._kind = attributes.get("t", "n")
            self._text.clear()
        elif tag in _TEXT_TAGS:
            self._collecting = True
        elif tag == _ROW:
            number = attributes.get("r")
            self._row = int(number) if number and number.isdigit() else self._row + 1
            if not 1 <= self._row <= _LAST_ROW:
                raise XlsxError(f"bad row number {number!r}")
            self._column = -1
            self._cells.clear()

    def end(self, tag: str) -> None:
        if tag in _TEXT_TAGS:
            self._collecting = False
        elif tag == _CELL:
            raw = self._text.text()
            value = None if raw is None else _value(self._kind, raw, self.shared)
            if value is None:
                raise bounds.cell_too_long(self.file_name, self._row)
            self._cells[self._column] = value
        elif tag == _ROW and self._cells:
            if len(self.rows) > bounds.ROWS:  # the header and ROWS rows below it are read
                raise bounds.too_many_rows(self.file_name)
            width = max(self._cells) + 1
            self.rows.append((self._row, tuple(self._cells.get(i, "") for i in range(width))))

    def text(self, data: str) -> None:
        if self._collecting:
            self._text.add(data)
            if self._text.too_long:  # refused at once: the rest of the cell is not read
                raise bounds.cell_too_long(self.file_name, self._row)


_CELL = f"{_MAIN}{_SEP}c"
_ROW = f"{_MAIN}{_SEP}row"
_TEXT_TAGS = (f"{_MAIN}{_SEP}v", f"{_MAIN}{_SEP}t")


def read_xlsx(archive: zipfile.ZipFile, file_name: str = "") -> list[tuple[int, tuple[str, ...]]]:
    """(row number, cells as text) for every row of the workbook's first sheet; beyond the
    limits of `table_limits`, TableFileError naming `file_name` (and the row)."""
    sheet, shared_path = _first_sheet(archive, file_name)
    reader = _SheetReader(_shared_strings(archive, shared_path, file_name), file_name)
    _parse(
        archive,
        sheet,
        _parser(reader.start, reader.end, reader.text),
        bounds.SHEET_BYTES,
        file_name,
    )
    return reader.rows


def _value(kind: str, raw: str, shared: list[str | None]) -> str | None:
    """A cell's text as kept (None: a shared text too long for a cell); texts as written,
    their spaces and tabs kept."""
    if kind == "s":
        try:
            return shared[int(raw)]
        except (ValueError, IndexError):
            raise XlsxError(f"bad shared string {raw!r}") from None
    if kind == "n":
        return _number_text(raw.strip()) if raw.strip() else ""
    return raw  # inline and formula strings, booleans (1/0), errors (#N/A)
