"""The customer list's first page read straight through sqlite3, before the data layer has loaded.

Only while the database is not open yet (db/lazy.py), and only for a list without search words:
the same rows in the same order as services.search gives, which a test checks for every sort
order. Anything it cannot answer (search words, an old schema, not a Kundbok file) it leaves to
the search service, which opens the database the usual way and reports what is wrong.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NamedTuple

from kundbok.db.revision import HEAD_REVISION
from kundbok.domain.search_terms import query_words
from kundbok.services.listing import CustomerQuery, CustomerRow

# services.search's sort orders in SQL; ties are broken by customer number there as here.
SORT_SQL = {
    "number": "c.number",
    "name": "c.sort_name",
    "org_number": "coalesce(c.org_number, c.personal_number)",
    "reference": "c.reference",
    "city": "b.city",
    "phone": "c.phone",
    "email": "c.email",
    "active": "c.active",
}
_PAGE = """
SELECT c.id, c.number, c.name, c.kind, c.org_number, c.personal_number, c.reference, b.city,
       c.phone, c.email, c.active
FROM customer AS c
LEFT OUTER JOIN address AS b ON b.customer_id = c.id AND b.kind = 'billing' AND b.is_default = 1
{where}
ORDER BY {order}
LIMIT ?
"""


class StartPage(NamedTuple):
    """The first rows of the list and the counts of the whole register."""

    rows: list[CustomerRow]
    active: int
    passive: int

    def count(self, query: CustomerQuery) -> int:
        """How many rows the list of `query` has."""
        return self.active + self.passive if query.include_inactive else self.active


def _order(query: CustomerQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    columns = [SORT_SQL[query.sort]] + (["c.number"] if query.sort != "number" else [])
    return ", ".join(f"{column} {direction}" for column in columns)


def _connect(path: Path) -> sqlite3.Connection:
    # Read-only: the file is never written to, and a missing one is not created.
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=5, isolation_level=None
    )


def _revision(connection: sqlite3.Connection) -> str | None:
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    return None if row is None else str(row[0])


def schema_revision(path: Path) -> str | None:
    """The schema revision of a Kundbok database file; None for anything else."""
    try:
        connection = _connect(path)
        try:
            return _revision(connection)
        finally:
            connection.close()
    except sqlite3.Error:
        return None


def read_start_page(path: Path, query: CustomerQuery, limit: int) -> StartPage | None:
    """The first `limit` rows of the list of `query`, or None when this cannot answer it."""
    if query_words(query.text) or query.sort not in SORT_SQL:
        return None
    sql = _PAGE.format(
        where="" if query.include_inactive else "WHERE c.active = 1", order=_order(query)
    )
    try:
        connection = _connect(path)
        try:
            connection.execute("BEGIN")  # one snapshot: the counts agree with the rows
            if _revision(connection) != HEAD_REVISION:
                return None
            rows = [
                CustomerRow._make((*row[:10], bool(row[10])))
                for row in connection.execute(sql, (limit,))
            ]
            (total,) = connection.execute("SELECT count(*) FROM customer").fetchone()
            (passive,) = connection.execute(
                "SELECT count(*) FROM customer WHERE active = 0"
            ).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return None
    return StartPage(rows, total - passive, passive)
