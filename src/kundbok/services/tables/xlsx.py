"""The cells of an Excel workbook's first sheet as text, read straight from its XML.

openpyxl builds a Python object for every XML element and spends about three seconds on a
sheet of 10,000 customers; the few cell kinds a register holds (shared and inline strings,
numbers, booleans, cached formula results) are read here with expat's callbacks in under one.
Dates come as Excel's day numbers: no customer field holds a date.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable
from xml.parsers import expat

_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PACKAGE = "http://schemas.openxmlformats.org/package/2006/relationships"
_SHARED_STRINGS = _RELATIONSHIPS + "/sharedStrings"
_COLUMN = re.compile(r"[A-Z]+")
_SEP = "}"  # expat's separator between a namespace and a local name


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


def _parse(archive: zipfile.ZipFile, name: str, parser: expat.XMLParserType) -> None:
    try:
        with archive.open(name) as stream:
            parser.ParseFile(stream)
    except KeyError:
        raise XlsxError(f"no part {name}") from None
    except expat.ExpatError as error:
        raise XlsxError(str(error)) from None


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
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

    _parse(archive, posixpath.join(folder, "_rels", name + ".rels"), _parser(start, _ignore))
    return found


def _ignore(*_arguments: object) -> None:
    return None


def _first_sheet(archive: zipfile.ZipFile) -> tuple[str, str | None]:
    """The paths of the first sheet and of the shared strings (None when there are none)."""
    sheets: list[str] = []

    def start(tag: str, attributes: dict[str, str]) -> None:
        if tag == f"{_MAIN}{_SEP}sheet":
            sheets.append(attributes.get(f"{_RELATIONSHIPS}{_SEP}id", ""))

    _parse(archive, "xl/workbook.xml", _parser(start, _ignore))
    relationships = _relationships(archive, "xl/workbook.xml")
    if not sheets or sheets[0] not in relationships:
        raise XlsxError("no sheet")
    shared = next((p for t, p in relationships.values() if t == _SHARED_STRINGS), None)
    return relationships[sheets[0]][1], shared


def _shared_strings(archive: zipfile.ZipFile, path: str | None) -> list[str]:
    strings: list[str] = []
    if path is None:
        return strings
    parts: list[str] = []
    state = {"in_text": False, "phonetic": 0}

    def start(tag: str, _attributes: dict[str, str]) -> None:
        local = tag.rpartition(_SEP)[2]
        if local == "si":
            parts.clear()
        elif local == "rPh":  # a reading aid for East Asian text, not part of the string
            state["phonetic"] += 1
        elif local == "t" and not state["phonetic"]:
            state["in_text"] = True

    def end(tag: str) -> None:
        local = tag.rpartition(_SEP)[2]
        if local == "si":
            strings.append("".join(parts))
        elif local == "rPh":
            state["phonetic"] -= 1
        elif local == "t":
            state["in_text"] = False

    def text(data: str) -> None:
        if state["in_text"]:
            parts.append(data)

    _parse(archive, path, _parser(start, end, text))
    return strings


def _column_index(reference: str) -> int:
    """0 for "A1", 27 for "AB3"."""
    letters = _COLUMN.match(reference)
    if letters is None:
        raise XlsxError(f"bad cell reference {reference!r}")
    index = 0
    for letter in letters.group():
        index = index * 26 + ord(letter) - 64
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

    def __init__(self, shared: list[str]) -> None:
        self.shared = shared
        self.rows: list[tuple[int, tuple[str, ...]]] = []
        self._cells: dict[int, str] = {}
        self._parts: list[str] = []
        self._row = 0
        self._column = -1
        self._kind = "n"
        self._collecting = False

    def start(self, tag: str, attributes: dict[str, str]) -> None:
        if tag == _CELL:
            reference = attributes.get("r")
            self._column = _column_index(reference) if reference else self._column + 1
            self._kind = attributes.get("t", "n")
            self._parts.clear()
        elif tag in _TEXT_TAGS:
            self._collecting = True
        elif tag == _ROW:
            number = attributes.get("r")
            self._row = int(number) if number else self._row + 1
            self._column = -1
            self._cells.clear()

    def end(self, tag: str) -> None:
        if tag in _TEXT_TAGS:
            self._collecting = False
        elif tag == _CELL:
            self._cells[self._column] = _value(self._kind, "".join(self._parts), self.shared)
        elif tag == _ROW and self._cells:
            width = max(self._cells) + 1
            self.rows.append((self._row, tuple(self._cells.get(i, "") for i in range(width))))

    def text(self, data: str) -> None:
        if self._collecting:
            self._parts.append(data)


_CELL = f"{_MAIN}{_SEP}c"
_ROW = f"{_MAIN}{_SEP}row"
_TEXT_TAGS = (f"{_MAIN}{_SEP}v", f"{_MAIN}{_SEP}t")


def read_xlsx(archive: zipfile.ZipFile) -> list[tuple[int, tuple[str, ...]]]:
    """(row number, cells as text) for every row of the workbook's first sheet."""
    sheet, shared_path = _first_sheet(archive)
    reader = _SheetReader(_shared_strings(archive, shared_path))
    _parse(archive, sheet, _parser(reader.start, reader.end, reader.text))
    return reader.rows


def _value(kind: str, raw: str, shared: list[str]) -> str:
    if kind == "s":
        try:
            return shared[int(raw)].strip()
        except (ValueError, IndexError):
            raise XlsxError(f"bad shared string {raw!r}") from None
    if kind == "n":
        return _number_text(raw) if raw else ""
    return raw.strip()  # inline and formula strings, booleans (1/0), errors (#N/A)
