"""Every command that writes a file refuses the register and its files as the output, and
writes its output private and whole, or not at all."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kundbok.cli import main

PERIOD = ["--from", "2000-01-01", "--to", "2100-12-31"]
FILE_SIZE_LIMIT = 1024


@pytest.fixture(scope="module")
def register(tmp_path_factory) -> Path:
    """A register with issued invoices, paid and unpaid."""
    path = tmp_path_factory.mktemp("register") / "kundbok.sqlite3"
    assert main(["--database", str(path), "demo-data", "--customers", "30", "--invoices", "6"]) == 0
    return path


def _contents(register: Path) -> tuple[int, int, str]:
    with sqlite3.connect(register) as connection:
        return (
            connection.execute("SELECT count(*) FROM customer").fetchone()[0],
            connection.execute("SELECT count(*) FROM invoice").fetchone()[0],
            connection.execute("PRAGMA integrity_check").fetchone()[0],
        )


def _writers(output: str, table: str) -> list[list[str]]:
    return [
        ["invoice-pdf", "1", output],
        ["print-invoice", "1", "--output", output],
        ["export-sie", *PERIOD, output],
        ["report", "receivables", "--csv", output],
        ["report", "sales", *PERIOD, "--csv", output],
        ["export-vcard", output],
        ["export-customers", table],
        ["backup", output],
    ]


@pytest.mark.parametrize("name", ["itself", "symlink", "hard link", "dot-dot", "-wal", "-shm"])
def test_no_command_writes_over_the_register(register, tmp_path, capsys, name):
    before = _contents(register)
    output = {
        "itself": str(register),
        "dot-dot": str(register.parent / "sub" / ".." / register.name),
        "-wal": f"{register}-wal",
        "-shm": f"{register}-shm",
    }.get(name, str(tmp_path / "out.pdf"))
    (register.parent / "sub").mkdir(exist_ok=True)
    if name == "symlink":
        Path(output).symlink_to(register)
    elif name == "hard link":
        os.link(register, output)
    table = tmp_path / "kunder.csv"  # the table export takes only .csv and .xlsx names
    table.symlink_to(os.path.abspath(output))
    for command in _writers(output, str(table)):
        capsys.readouterr()
        assert main(["--database", str(register), *command]) == 2, command
        error = capsys.readouterr().err
        assert len(error.strip().splitlines()) == 1, error
        assert "is a database or one of its files" in error
        assert _contents(register) == before


def test_outputs_are_private_files(register, tmp_path):
    outputs = {
        "sie": (["export-sie", *PERIOD], tmp_path / "bok.se"),
        "csv": (["report", "receivables", "--csv"], tmp_path / "fordringar.csv"),
        "pdf": (["print-invoice", "1", "--output"], tmp_path / "utskrift.pdf"),
        "invoice": (["invoice-pdf", "1"], tmp_path / "faktura.pdf"),
    }
    for command, output in outputs.values():
        output.write_bytes(b"an earlier file")
        output.chmod(0o644)
        assert main(["--database", str(register), *command, str(output)]) == 0
        assert stat.S_IMODE(output.stat().st_mode) == 0o600, output
        assert output.read_bytes() != b"an earlier file"
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == sorted(
        output.name for _, output in outputs.values()
    )


# Run in a process of its own: the file size limit (as a full disk would, a write past it fails
# with EFBIG; Python ignores SIGXFSZ) is set once the vouchers are made, so that the database is
# read as usual and only the output meets the "full disk".
_FULL_DISK_EXPORT = """
import resource, sys
from kundbok.cli import main
from kundbok.services import sie_export

def vouchers_then_a_full_disk(*args, **kwargs):
    data = write_sie4i(*args, **kwargs)
    resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
    return data

write_sie4i = sie_export.write_sie4i
sie_export.write_sie4i = vouchers_then_a_full_disk
sys.exit(main(sys.argv[1:]))
"""


def test_a_full_disk_leaves_the_earlier_sie_file_byte_identical(register, tmp_path):
    sie = tmp_path / "bokföring.se"
    assert main(["--database", str(register), "export-sie", "--from", "2000-01-01",
                 "--to", "2000-01-02", str(sie)]) == 0  # fmt: skip
    earlier = sie.read_bytes()
    whole = tmp_path / "whole.se"
    assert main(["--database", str(register), "export-sie", *PERIOD, str(whole)]) == 0
    assert len(earlier) < FILE_SIZE_LIMIT < whole.stat().st_size
    whole.unlink()

    result = subprocess.run(
        [sys.executable, "-c", _FULL_DISK_EXPORT.format(limit=FILE_SIZE_LIMIT),
         "--database", str(register), "export-sie", *PERIOD, str(sie)],
        capture_output=True,
        text=True,
        env={**os.environ, "XDG_STATE_HOME": str(tmp_path / "state"), "LANG": "C.UTF-8"},
        timeout=120,
    )  # fmt: skip

    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "could not be written" in result.stderr
    assert sie.read_bytes() == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bokföring.se", "state"]
