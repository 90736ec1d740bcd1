"""A backup replaces an earlier one only when it is whole: a full disk leaves the old copy."""

from __future__ import annotations

import os
import resource
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from kundbok.cli import main
from kundbok.db import migrate
from kundbok.db.migrate import BackupError, backup_sqlite

FILE_SIZE_LIMIT = 64 * 1024  # far below the size of the register below


def _register(tmp_path: Path) -> Path:
    database = tmp_path / "live.sqlite3"
    assert main(["--database", str(database), "demo-data", "--customers", "400"]) == 0
    return database


def _limit_file_size() -> None:
    # Python ignores SIGXFSZ, so a write past the limit fails as a full disk would (EFBIG).
    resource.setrlimit(resource.RLIMIT_FSIZE, (FILE_SIZE_LIMIT, FILE_SIZE_LIMIT))


def test_a_backup_on_a_full_disk_leaves_the_earlier_backup_untouched(tmp_path):
    database = _register(tmp_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    destination = folder / "copy.sqlite3"
    assert main(["--database", str(database), "backup", str(destination)]) == 0
    good = destination.read_bytes()
    assert len(good) > FILE_SIZE_LIMIT

    result = subprocess.run(
        [sys.executable, "-m", "kundbok", "--database", str(database), "backup", str(destination)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "C.UTF-8"},
        preexec_fn=_limit_file_size,
        timeout=120,
    )

    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(destination) in result.stderr
    assert destination.read_bytes() == good
    assert sorted(p.name for p in folder.iterdir()) == ["copy.sqlite3"]


def test_a_copy_that_fails_its_check_is_removed_and_reported(tmp_path, monkeypatch):
    database = _register(tmp_path)
    destination = tmp_path / "copy.sqlite3"
    backup_sqlite(database, destination)
    previous = destination.read_bytes()

    def broken_copy(source: Path, copy: Path) -> None:
        copy.write_bytes(b"half a database")
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(migrate, "_copy_and_verify", broken_copy)
    with pytest.raises(BackupError, match="could not be written"):
        backup_sqlite(database, destination)
    assert destination.read_bytes() == previous
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.sqlite3"]


def test_a_backup_replaces_the_earlier_one_when_whole(tmp_path):
    database = _register(tmp_path)
    destination = tmp_path / "copy.sqlite3"
    destination.touch()  # an empty file, as a backup that failed long ago may have left
    assert backup_sqlite(database, destination) == destination
    with sqlite3.connect(destination) as connection:
        assert connection.execute("SELECT count(*) FROM customer").fetchone()[0] == 400
    assert not list(tmp_path.glob("*.partial"))


def test_a_backup_never_replaces_a_document_or_a_special_file(tmp_path, capsys):
    database = _register(tmp_path)
    letter = tmp_path / "letter.txt"
    letter.write_text("Dear customer\n")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe, 0o644)
    for destination, refusal in ((letter, "is not a backup"), (pipe, "is not a regular file")):
        assert main(["--database", str(database), "backup", str(destination)]) == 2
        assert refusal in capsys.readouterr().err
    assert letter.read_text() == "Dear customer\n"
    assert not pipe.is_file()


def test_a_backup_makes_no_folders_for_a_mistyped_destination(tmp_path):
    database = _register(tmp_path)
    destination = tmp_path / "no" / "such" / "copy.sqlite3"
    assert main(["--database", str(database), "backup", str(destination)]) == 2
    assert not (tmp_path / "no").exists()
