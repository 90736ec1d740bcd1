"""Fixtures shared by every test: a temporary, migrated database."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kundbok.db.migrate import upgrade_database
from kundbok.db.session import Database


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    """A fresh SQLite database at the newest schema, acting as user "tester"."""
    database = Database.open(tmp_path / "test.sqlite3", user="tester")
    upgrade_database(database.engine)
    yield database
    database.dispose()
