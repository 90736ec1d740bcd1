"""A database's schema revision, looked at without SQLAlchemy; a newer one is refused untouched,
by the app's opening and by every command of the command line."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory

from kundbok.cli import main
from kundbok.db.migrate import alembic_config, open_database, upgrade_database
from kundbok.db.revision import (
    HEAD_REVISION,
    KNOWN_REVISIONS,
    NewerDatabaseError,
    SchemaState,
    probe,
    schema_state,
)
from kundbok.db.session import Database


@pytest.fixture
def newer_database(tmp_path) -> tuple[Path, bytes]:
    """A database file as a later Kundbok, with a schema revision unknown here, left it."""
    path = tmp_path / "later" / "kundbok.sqlite3"
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_later'")
    connection.close()
    return path, path.read_bytes()


def test_the_known_revisions_are_the_migrations_in_order():
    scripts = ScriptDirectory.from_config(alembic_config())
    oldest_first = [script.revision for script in reversed(list(scripts.walk_revisions()))]
    assert tuple(oldest_first) == KNOWN_REVISIONS
    assert KNOWN_REVISIONS[-1] == HEAD_REVISION


@pytest.mark.parametrize(
    ("revision", "state"),
    [
        (None, SchemaState.UNKNOWN),
        ("0001", SchemaState.OLDER),
        (HEAD_REVISION, SchemaState.CURRENT),
        ("0099_later", SchemaState.NEWER),
    ],
)
def test_schema_state(revision, state):
    assert schema_state(revision) is state


def test_probing_a_url_leaves_it_to_opening():
    assert probe("postgresql+psycopg://someone@server/kundbok") == (SchemaState.UNKNOWN, None)


def test_a_newer_file_is_refused_before_it_is_opened(newer_database):
    path, before = newer_database
    assert probe(path) == (SchemaState.NEWER, "0099_later")
    with pytest.raises(NewerDatabaseError, match="newer version of Kundbok"):
        open_database(path)
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no backup, no -wal


def test_a_newer_database_reached_by_url_is_refused_before_any_backup(newer_database):
    path, _before = newer_database
    database = Database.open(f"sqlite:///{path}")  # a server is only reached this way
    with pytest.raises(NewerDatabaseError):
        upgrade_database(database.engine)
    database.dispose()
    assert not list(path.parent.glob("*.backup-*"))
    with sqlite3.connect(path) as connection:
        (revision,) = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    connection.close()
    assert revision == "0099_later"


@pytest.mark.parametrize(
    "command",
    [
        ["demo-data", "--customers", "3"],
        ["export-vcard", "OUT"],
        ["import-vcard", "IN"],
        ["invoice-pdf", "1", "OUT"],
        ["backup", "OUT"],
    ],
)
def test_every_command_refuses_a_newer_database_in_one_line(
    newer_database, tmp_path, capsys, command
):
    path, before = newer_database
    vcard = tmp_path / "in.vcf"
    vcard.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\n", encoding="utf-8")
    out = str(tmp_path / "out.file")
    args = [{"OUT": out, "IN": str(vcard)}.get(arg, arg) for arg in command]
    assert main(["--database", str(path), *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("kundbok: ")
    assert str(path) in lines[0] and "0099_later" in lines[0]
    assert path.read_bytes() == before
    assert [p.name for p in path.parent.iterdir()] == [path.name]
    assert not (tmp_path / "out.file").exists()
