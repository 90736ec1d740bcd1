"""Which column of an imported table holds which customer field, found by its header.

Headers are compared without case, spaces or punctuation, so "E-post", "e-post" and "Epost"
are one header. The aliases are what Swedish programs export in Swedish and English: Fortnox
(its customer register report and its API names), Visma eEkonomi/eAccounting, spreadsheets
people make by hand, and our own export (`kundbok.services.tables.export`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.services.tables.fields import CUSTOMER_FIELDS

_PUNCTUATION = re.compile(r"[^\w]+|_")


class ColumnMappingError(KundbokError):
    """The columns cannot give the rows: no column for the required field, or a mapping to an
    unknown field."""


def header_key(header: str) -> str:
    """A header without case, spaces or punctuation, for comparing headers."""
    return _PUNCTUATION.sub("", header.casefold())


class TableFields(Protocol):
    """A field a table column can hold: its key and the headers that name it, best first."""

    @property
    def key(self) -> str: ...

    @property
    def headers(self) -> tuple[str, ...]: ...


class Columns:
    """Which column holds which field, for one kind of table (customers, articles): the
    `fields` with their headers, the field a table must have (`required`), and what to say
    when it lacks it (`missing`) or a mapping names no field (`unknown`), as message ids."""

    def __init__(
        self, fields: Sequence[TableFields], required: str, missing: str, unknown: str
    ) -> None:
        self.keys = tuple(field.key for field in fields)
        self.required = required
        self.missing = missing
        self.unknown = unknown
        self._by_header: dict[str, tuple[int, str]] = {}
        for field in fields:
            for rank, alias in enumerate(field.headers):
                self._by_header.setdefault(header_key(alias), (rank, field.key))

    def field_for_header(self, header: str) -> str | None:
        """The field a column header names, or None."""
        found = self._by_header.get(header_key(header))
        return found[1] if found else None

    def map_columns(
        self, header: Sequence[str], overrides: Mapping[str, str | None] | None = None
    ) -> dict[int, str]:
        """Column index -> field for the header; `overrides` ({header: field or None to leave
        the column out}) wins. Each field takes the column whose header names it best.
        Without a column for the required field, ColumnMappingError."""
        mapping = self.suggested_mapping(header, overrides)
        if self.required not in mapping.values():
            raise ColumnMappingError(self.missing)
        return mapping

    def suggested_mapping(
        self, header: Sequence[str], overrides: Mapping[str, str | None] | None = None
    ) -> dict[int, str]:
        """Column index -> field as `map_columns` finds it, also without a column for the
        required field (for the user to choose one)."""
        given = dict(overrides or {})
        overrides = {header_key(column): field for column, field in given.items()}
        for field in overrides.values():
            if field is not None and field not in self.keys:
                raise ColumnMappingError(
                    self.unknown,
                    field=field,
                    fields=", ".join(self.keys),
                )
        present = {header_key(title) for title in header}
        for title in given:
            if header_key(title) not in present:
                raise ColumnMappingError(
                    QT_TRANSLATE_NOOP("messages", "The file has no column headed '{column}'."),
                    column=title,
                )
        chosen: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
        for column, title in enumerate(header):
            key = header_key(title)
            if key in overrides:
                field = overrides[key]
                if field is not None:
                    chosen[field] = (-1, column)
                continue
            found = self._by_header.get(key)
            if found and (found[1] not in chosen or found[0] < chosen[found[1]][0]):
                chosen[found[1]] = (found[0], column)
        mapping = {column: field for field, (_, column) in chosen.items()}
        return dict(sorted(mapping.items()))


CUSTOMER_COLUMNS = Columns(
    CUSTOMER_FIELDS,
    "name",
    QT_TRANSLATE_NOOP(
        "messages",
        "No column holds the customer's name (a column headed Namn or Name is needed).",
    ),
    QT_TRANSLATE_NOOP("messages", "Unknown customer field '{field}'; the fields are {fields}."),
)


def map_columns(
    header: Sequence[str], overrides: Mapping[str, str | None] | None = None
) -> dict[int, str]:
    """`Columns.map_columns` for a table of customers."""
    return CUSTOMER_COLUMNS.map_columns(header, overrides)


def suggested_mapping(
    header: Sequence[str], overrides: Mapping[str, str | None] | None = None
) -> dict[int, str]:
    """`Columns.suggested_mapping` for a table of customers."""
    return CUSTOMER_COLUMNS.suggested_mapping(header, overrides)
