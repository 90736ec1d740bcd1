"""The schema: migrations build exactly the models, on a new or an empty file, with backups."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from kundbok.db.migrate import (
    BACKUPS_KEPT,
    HEAD_REVISION,
    backup_before_upgrade,
    current_revision,
    head_revision,
    open_database,
    upgrade_database,
)
from kundbok.db.models import Base
from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError


def test_new_file_is_migrated_to_head_and_matches_models(tmp_path):
    database = Database.open(tmp_path / "new.sqlite3")
    assert upgrade_database(database.engine) is None  # nothing to back up in a new file
    assert current_revision(database.engine) == head_revision()
    with database.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
    database.dispose()


def test_the_known_head_is_the_newest_migration():
    assert head_revision() == HEAD_REVISION


def test_empty_file_becomes_a_fresh_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    database = Database.open(path)
    upgrade_database(database.engine)
    assert current_revision(database.engine) == head_revision()
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
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
    database.dispose()


def test_a_file_that_is_not_a_database_gives_a_message_and_is_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    content = b"These are my notes, not a database.\n" * 100
    path.write_bytes(content)
    with pytest.raises(KundbokError) as raised:
        open_database(path)
    assert "cannot be opened" in raised.value.message
    assert path.read_bytes() == content
