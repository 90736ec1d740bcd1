"""Which column of an imported table holds which customer field, found by its header.

Headers are compared without case, spaces or punctuation, so "E-post", "e-post" and "Epost"
are one header. The aliases are what Swedish programs export in Swedish and English: Fortnox
(its customer register report and its API names), Visma eEkonomi/eAccounting, spreadsheets
people make by hand, and our own export (`kundbok.services.tables.export`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.services.tables.fields import CUSTOMER_FIELDS, FIELDS

_PUNCTUATION = re.compile(r"[^\w]+|_")


class ColumnMappingError(KundbokError):
    """The columns cannot give customers: no name, or a mapping to an unknown field."""


def header_key(header: str) -> str:
    """A header without case, spaces or punctuation, for comparing headers."""
    return _PUNCTUATION.sub("", header.casefold())


_BY_HEADER: dict[str, tuple[int, str]] = {}
for _field in CUSTOMER_FIELDS:
    for _rank, _alias in enumerate(_field.headers):
        _BY_HEADER.setdefault(header_key(_alias), (_rank, _field.key))


def map_columns(
    header: Sequence[str], overrides: Mapping[str, str | None] | None = None
) -> dict[int, str]:
    """Column index -> field for the header; `overrides` ({header: field or None to leave the
    column out}) wins. Each field takes the column whose header names it best. Without a
    column for the name, ColumnMappingError."""
    mapping = suggested_mapping(header, overrides)
    if "name" not in mapping.values():
        raise ColumnMappingError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No column holds the customer's name (a column headed Namn or Name is needed).",
            )
        )
    return mapping


def suggested_mapping(
    header: Sequence[str], overrides: Mapping[str, str | None] | None = None
) -> dict[int, str]:
    """Column index -> field as `map_columns` finds it, also when no column holds the name
    (for the user to choose one)."""
    given = dict(overrides or {})
    overrides = {header_key(column): field for column, field in given.items()}
    for field in overrides.values():
        if field is not None and field not in FIELDS:
            raise ColumnMappingError(
                QT_TRANSLATE_NOOP(
                    "messages", "Unknown customer field '{field}'; the fields are {fields}."
                ),
                field=field,
                fields=", ".join(FIELDS),
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
        found = _BY_HEADER.get(key)
        if found and (found[1] not in chosen or found[0] < chosen[found[1]][0]):
            chosen[found[1]] = (found[0], column)
    mapping = {column: field for field, (_, column) in chosen.items()}
    return dict(sorted(mapping.items()))
