"""Fixtures shared by every test: a temporary, migrated database.

`db` is a fresh SQLite file. `any_db` runs a test on SQLite and, when KUNDBOK_TEST_POSTGRESQL
holds the URL of a PostgreSQL user allowed to create databases, on PostgreSQL as well.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from alembic import command
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from kundbok.db.migrate import alembic_config, open_database
from kundbok.db.session import Database

POSTGRESQL = os.environ.get("KUNDBOK_TEST_POSTGRESQL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRESQL else ["sqlite"]
_database_numbers = itertools.count()


@pytest.fixture
def db(tmp_path) -> Iterator[Database]:
    """A fresh SQLite database at the newest schema, acting as user "tester"."""
    database = open_database(tmp_path / "test.sqlite3", user="tester")
    yield database
    database.dispose()


@pytest.fixture(scope="session")
def postgresql_template() -> Iterator[str]:
    """A migrated PostgreSQL database that each test's database is copied from."""
    assert POSTGRESQL
    admin = create_engine(POSTGRESQL, isolation_level="AUTOCOMMIT")
    name = f"kundbok_template_{os.getpid()}"
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(POSTGRESQL).set(database=name)
    open_database(url.render_as_string(hide_password=False)).dispose()
    yield name
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
    admin.dispose()


@pytest.fixture(params=BACKENDS)
def any_db(request, tmp_path) -> Iterator[Database]:
    """A fresh database on each backend the test run has (SQLite always)."""
    if request.param == "sqlite":
        database = open_database(tmp_path / "test.sqlite3", user="tester")
        yield database
        database.dispose()
        return
    template = request.getfixturevalue("postgresql_template")
    name = f"kundbok_test_{os.getpid()}_{next(_database_numbers)}"
    admin = create_engine(POSTGRESQL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    url = make_url(POSTGRESQL).set(database=name).render_as_string(hide_password=False)
    database = open_database(url, user="tester")
    yield database
    database.dispose()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{name}"'))
    admin.dispose()


@pytest.fixture
def database_of_revision() -> Callable[[Path, str], Database]:
    """Makes an SQLite database at an older schema revision, as an earlier version left it."""

    def make(path: Path, revision: str) -> Database:
        database = Database.open(path)
        config = alembic_config()
        with database.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        return database

    return make
