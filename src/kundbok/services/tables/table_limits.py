"""How large a table is read, and what is said when a file goes beyond it.

A register of 100,000 customers with every field is a CSV file of about 40 MB and a sheet of
about 300 MB unpacked; the limits leave room for several times that and refuse, with a message,
the files that would otherwise fill the memory (a sheet of a million rows, a cell of a gigabyte
in a file of one megabyte) before they can.
"""

from __future__ import annotations

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError

ROWS = 250_000  # below the header
COLUMNS = 16_384  # as a spreadsheet has: A to XFD
CELL_CHARACTERS = 32_767  # what a spreadsheet cell holds
FILE_BYTES = 200 * 1024 * 1024  # the file as it lies on the disk
SHEET_BYTES = 1024 * 1024 * 1024  # a workbook's sheet, unpacked
SHARED_STRINGS_BYTES = 256 * 1024 * 1024  # its texts, unpacked (they are kept in memory)
OTHER_PART_BYTES = 16 * 1024 * 1024  # its list of sheets and their relationships
# Text without a "<" or ">" longer than this is no cell, tag or attribute of a sheet (a cell's
# 32,767 characters are at most 128 kB of UTF-8): the XML parser would have to hold it whole.
MARKUP_RUN_BYTES = 1024 * 1024
_MB = 1024 * 1024


class TableFileError(KundbokError):
    """The file cannot be read as a table."""


def too_large(file_name: str) -> TableFileError:
    """A file larger than a table of customers is read."""
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            "{file} is larger than {limit} MB, more than a table of customers is read; "
            "split it into smaller files.",
        ),
        file=file_name,
        limit=FILE_BYTES // _MB,
    )


def too_large_unpacked(file_name: str, limit: int) -> TableFileError:
    """A workbook part that unpacks to more than `limit` bytes."""
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            "{file} unpacks to more than a table of customers holds ({limit} MB); "
            "split it into smaller files.",
        ),
        file=file_name,
        limit=limit // _MB,
    )


def too_many_rows(file_name: str) -> TableFileError:
    """A table with more rows than are read."""
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages", "{file} has more than {limit} rows; split it into smaller files."
        ),
        file=file_name,
        limit=ROWS,
    )


def too_many_columns(file_name: str, row: int) -> TableFileError:
    """A row with more columns than a spreadsheet has."""
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Row {row} of {file} has cells beyond the last column a spreadsheet has (XFD, "
            "column {limit}).",
        ),
        file=file_name,
        row=row,
        limit=COLUMNS,
    )


def cell_too_long(file_name: str, row: int) -> TableFileError:
    """A cell longer than a spreadsheet cell holds."""
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            "Row {row} of {file} has a cell of more than {limit} characters, more than a "
            "spreadsheet cell holds.",
        ),
        file=file_name,
        row=row,
        limit=CELL_CHARACTERS,
    )


def text_too_long(file_name: str) -> TableFileError:
    """A workbook holding a run of text without markup longer than any cell, tag or attribute
    of a sheet (a parser would have to hold it whole)."""
    return TableFileError(
        QT_TRANSLATE_NOOP(
            "messages",
            "{file} holds a text of more than {limit} MB, far more than a spreadsheet cell "
            "holds; it is not read.",
        ),
        file=file_name,
        limit=MARKUP_RUN_BYTES // _MB,
    )
