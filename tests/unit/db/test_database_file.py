"""A mistyped --database never changes another file, and commands that read never create one."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest

from kundbok.cli import main


def _run(*args: str, tmp_path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kundbok", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "C.UTF-8"},
        timeout=120,
    )


@pytest.mark.parametrize(
    "command",
    [
        ["export-vcard", "out.vcf"],
        ["demo-data", "--customers", "2"],
        ["backup", "copy.sqlite3"],
    ],
)
def test_a_file_that_is_not_a_database_is_left_as_it_was(tmp_path, command):
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes, not a database\n")
    os.chmod(notes, 0o644)
    result = _run(
        "--database",
        str(notes),
        *[str(tmp_path / a) if "." in a else a for a in command],
        tmp_path=tmp_path,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "not a Kundbok database" in result.stderr
    assert notes.read_text() == "my notes, not a database\n"
    assert stat.S_IMODE(notes.stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "state") == ["notes.txt"]


def test_an_sqlite_file_of_another_program_is_left_as_it_was(tmp_path):
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")
    connection.close()
    before = other.read_bytes()
    assert main(["--database", str(other), "demo-data", "--customers", "2"]) == 2
    assert other.read_bytes() == before


def test_a_special_file_is_not_a_database(tmp_path):
    # A named pipe stands for any node that is not a regular file (a device such as /dev/null).
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe, 0o644)
    assert main(["--database", str(pipe), "export-vcard", str(tmp_path / "out.vcf")]) == 2
    assert stat.S_IMODE(pipe.stat().st_mode) == 0o644


def test_commands_that_read_create_no_database(tmp_path, capsys):
    missing = tmp_path / "typo.sqlite3"
    assert main(["--database", str(missing), "export-vcard", str(tmp_path / "out.vcf")]) == 2
    assert "There is no database at" in capsys.readouterr().err
    assert main(["--database", str(missing), "invoice-pdf", "1", str(tmp_path / "x.pdf")]) == 2
    assert main(["--database", str(missing), "backup", str(tmp_path / "copy.sqlite3")]) == 2
    assert [p.name for p in tmp_path.iterdir()] in ([], ["state"])  # the log may be there


def test_no_folders_are_made_for_a_mistyped_path(tmp_path, capsys):
    path = tmp_path / "no" / "such" / "folder" / "kundbok.sqlite3"
    assert main(["--database", str(path), "demo-data", "--customers", "2"]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert not (tmp_path / "no").exists()


def test_a_new_database_is_made_in_a_folder_that_exists(tmp_path):
    path = tmp_path / "new.sqlite3"
    assert main(["--database", str(path), "demo-data", "--customers", "2"]) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    assert main(["--database", str(empty), "demo-data", "--customers", "2"]) == 0


def test_a_command_that_reads_leaves_an_empty_file_as_it_is(tmp_path, capsys):
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    os.chmod(empty, 0o644)
    assert main(["--database", str(empty), "export-vcard", str(tmp_path / "out.vcf")]) == 2
    assert "There is no database at" in capsys.readouterr().err
    assert empty.stat().st_size == 0
    assert stat.S_IMODE(empty.stat().st_mode) == 0o644
