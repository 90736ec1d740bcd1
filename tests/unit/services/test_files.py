"""Outputs are written whole or not at all, private, and never over the register or its files."""

from __future__ import annotations

import datetime as dt
import errno
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from kundbok.db.migrate import backup_before_upgrade
from kundbok.services import files
from kundbok.services.files import (
    RegisterFileError,
    check_output_path,
    replaced_atomically,
    write_atomically,
)
from kundbok.services.maintenance import backup_database


@pytest.fixture
def register(db) -> Path:
    """The open register's file, with a write-ahead log beside it."""
    path = Path(db.engine.url.database or "")
    assert (path.parent / f"{path.name}-wal").exists()
    return path


def _journal_names(register: Path) -> list[Path]:
    return [register.with_name(register.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def test_the_register_itself_is_refused_by_any_name(register, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "link.pdf").symlink_to(register)
    os.link(register, tmp_path / "hard link.pdf")
    for name in (
        register,
        tmp_path / "folder" / ".." / register.name,
        tmp_path / "link.pdf",
        tmp_path / "hard link.pdf",
    ):
        with pytest.raises(RegisterFileError, match="is a database or one of its files"):
            check_output_path(name)


def test_its_journals_are_refused_whether_they_exist_or_not(register, tmp_path):
    for journal in _journal_names(register):
        with pytest.raises(RegisterFileError):
            check_output_path(journal)
    # A link to the log under another name is known by its content.
    os.link(_journal_names(register)[0], tmp_path / "log.csv")
    with pytest.raises(RegisterFileError):
        check_output_path(tmp_path / "log.csv")
    os.link(_journal_names(register)[1], tmp_path / "index.csv")
    with pytest.raises(RegisterFileError):
        check_output_path(tmp_path / "index.csv")


def test_backups_beside_it_and_in_the_backup_folder_are_refused(db, register):
    beside = backup_before_upgrade(register, dt.datetime(2026, 1, 2, 3, 4, 5))
    assert beside.name == f"{register.stem}.backup-20260102-030405.sqlite3"
    in_folder = backup_database(db)
    for backup in (beside, in_folder):
        with pytest.raises(RegisterFileError):
            write_atomically(backup, b"%PDF-1.4")
        with sqlite3.connect(backup) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_device_or_a_pipe_is_refused_without_hanging(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(RegisterFileError, match="not a regular file"):
        write_atomically(fifo, b"x")
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    with pytest.raises(RegisterFileError, match="not a regular file"):
        check_output_path("/dev/null")


def test_an_ordinary_file_is_replaced_whole_and_made_private(tmp_path):
    target = tmp_path / "sub" / ".." / "invoice.pdf"
    (tmp_path / "sub").mkdir()
    (tmp_path / "invoice.pdf").write_bytes(b"old")
    (tmp_path / "invoice.pdf").chmod(0o644)
    write_atomically(target, b"new")
    assert (tmp_path / "invoice.pdf").read_bytes() == b"new"
    assert stat.S_IMODE((tmp_path / "invoice.pdf").stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice.pdf", "sub"]


def test_through_a_symlink_the_file_it_points_to_is_written(tmp_path):
    real = tmp_path / "real.csv"
    real.write_bytes(b"old")
    (tmp_path / "link.csv").symlink_to(real)
    write_atomically(tmp_path / "link.csv", b"new")
    assert (tmp_path / "link.csv").is_symlink()
    assert real.read_bytes() == b"new"


def test_a_full_disk_leaves_the_earlier_file_whole(tmp_path, monkeypatch):
    target = tmp_path / "export.se"
    target.write_bytes(b"#FLAGGA 0\r\n" * 100)

    class FullDisk:
        def __init__(self, stream):
            self.stream = stream

        def __enter__(self):
            return self

        def __exit__(self, *_exc):
            self.stream.close()

        def write(self, data):
            self.stream.write(data[:10])
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    opened = Path.open
    monkeypatch.setattr(
        Path,
        "open",
        lambda self, mode="r", *a, **k: (
            FullDisk(opened(self, mode, *a, **k)) if mode == "wb" else opened(self, mode, *a, **k)
        ),
    )
    with pytest.raises(files.KundbokError, match="No space left on device"):
        write_atomically(target, b"#FLAGGA 1\r\n" * 1000)
    assert target.read_bytes() == b"#FLAGGA 0\r\n" * 100
    assert [p.name for p in tmp_path.iterdir()] == ["export.se"]


def test_an_error_in_the_block_leaves_nothing_behind(tmp_path):
    with pytest.raises(ZeroDivisionError), replaced_atomically(tmp_path / "out.pdf") as partial:
        partial.write_bytes(b"half")
        _ = 1 / 0
    assert list(tmp_path.iterdir()) == []


def test_a_name_as_long_as_the_system_allows_is_written(tmp_path):
    name = "å" * 125 + ".pdf"  # 254 bytes
    write_atomically(tmp_path / name, b"%PDF")
    assert (tmp_path / name).read_bytes() == b"%PDF"


def test_a_backup_replaces_an_earlier_backup_but_never_the_register(db, register, tmp_path):
    earlier = tmp_path / "copy.sqlite3"
    backup_database(db, earlier)
    assert backup_database(db, earlier) == earlier
    os.link(register, tmp_path / "same.sqlite3")
    for destination in (tmp_path / "same.sqlite3", *_journal_names(register)):
        with pytest.raises(RegisterFileError):
            backup_database(db, destination)
