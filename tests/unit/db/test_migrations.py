"""The schema: migrations build exactly the models, on a new or an empty file, with backups."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kundbok.db.migrate import (
    BACKUPS_KEPT,
    alembic_config,
    backup_before_upgrade,
    current_revision,
    open_database,
    upgrade_database,
)
from kundbok.db.models import Base
from kundbok.db.revision import HEAD_REVISION
from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.services.customers import create_customer
from kundbok.services.search import CustomerQuery, search_customers


def test_new_file_is_migrated_to_head_and_matches_models(tmp_path):
    database = Database.open(tmp_path / "new.sqlite3")
    assert upgrade_database(database.engine) is None  # nothing to back up in a new file
    assert current_revision(database.engine) == _script_head()
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    database.dispose()


def _script_head() -> str | None:
    """The newest revision as alembic reads it from the migration scripts."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_the_known_head_is_the_newest_migration():
    assert _script_head() == HEAD_REVISION


def test_empty_file_becomes_a_fresh_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = Database.open(path)
    upgrade_database(database.engine)
    assert current_revision(database.engine) == _script_head()
    database.dispose()


def test_database_file_is_private_and_in_wal_mode(db, tmp_path):
    path = tmp_path / "test.sqlite3"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_upgrade_of_an_old_database_leaves_a_backup_and_keeps_ten(tmp_path):
    path = tmp_path / "old.sqlite3"
    database = open_database(path)
    made = []
    for minute in range(BACKUPS_KEPT + 2):
        made.append(backup_before_upgrade(path, dt.datetime(2026, 1, 1, 12, minute)))
    backups = sorted(tmp_path.glob("old.backup-*"))
    assert len(backups) == BACKUPS_KEPT
    assert backups[-1] == made[-1]
    assert stat.S_IMODE(os.stat(backups[-1]).st_mode) == 0o600
    with sqlite3.connect(backups[-1]) as copy:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        revision = copy.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert revision == HEAD_REVISION
    database.dispose()


def _term_table(database: Database) -> str:
    with database.engine.connect() as connection:
        return connection.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'search_term'"
        ).scalar()


def _copy_customers(old: Database, scratch: Path, name: str) -> None:
    """Save a customer as today's version does, then copy its rows into an older schema (whose
    tables lack later columns, so the models cannot write there)."""
    new = open_database(scratch)
    create_customer(new, CustomerDetails(name=name, org_number="556036-0793"))
    new.dispose()
    with old.engine.begin() as connection:
        connection.exec_driver_sql(f"ATTACH DATABASE '{scratch}' AS new")
        for table in ("customer", "search_term"):
            columns = ", ".join(
                row[1] for row in connection.exec_driver_sql(f"PRAGMA main.table_info({table})")
            )
            connection.exec_driver_sql(
                f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM new.{table}"
            )
    with old.engine.connect() as connection:
        connection.exec_driver_sql("DETACH DATABASE new")


def test_search_terms_move_into_a_table_without_row_ids_and_keep_working(
    tmp_path, database_of_revision
):
    path = tmp_path / "old.sqlite3"
    old = database_of_revision(path, "0001")
    assert "WITHOUT ROWID" not in _term_table(old)
    _copy_customers(old, tmp_path / "new.sqlite3", "Åkessons Rör AB")
    with old.engine.connect() as connection:
        terms = connection.exec_driver_sql("SELECT * FROM search_term ORDER BY 1, 2").all()
    old.dispose()

    upgraded = open_database(path)
    assert "WITHOUT ROWID" in _term_table(upgraded)
    with upgraded.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT * FROM search_term ORDER BY 1, 2").all() == terms
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    assert [row.name for row in search_customers(upgraded, CustomerQuery("åkess"))] == [
        "Åkessons Rör AB"
    ]
    assert len(list(tmp_path.glob("old.backup-*"))) == 1
    upgraded.dispose()


def test_a_file_that_is_not_a_database_gives_a_message_and_is_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    content = b"These are my notes, not a database.\n" * 100
    path.write_bytes(content)
    with pytest.raises(KundbokError) as raised:
        open_database(path)
    assert "is not a Kundbok database" in raised.value.message
    assert path.read_bytes() == content


def test_a_path_with_characters_special_in_urls_is_used_as_it_is(tmp_path):
    folder = tmp_path / "Kunder #2 ?å 100%"
    folder.mkdir()
    path = folder / "kundbok.sqlite3"
    database = open_database(path)
    create_customer(database, CustomerDetails(name="Åkessons Rör AB"))
    database.dispose()
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT name FROM customer").fetchall() == [("Åkessons Rör AB",)]
    connection.close()
