"""The command line: demo data, backup, and one clear line for bad input."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from stdnum.se import orgnr, personnummer

from kundbok.cli import main


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kundbok", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_demo_data_makes_valid_swedish_customers(tmp_path):
    database = tmp_path / "demo.sqlite3"
    assert main(["--database", str(database), "demo-data", "--customers", "300"]) == 0
    with sqlite3.connect(database) as connection:
        rows = connection.execute("SELECT org_number, personal_number, active FROM customer")
        rows = rows.fetchall()
        names = [name for (name,) in connection.execute("SELECT name FROM customer")]
    assert len(rows) == 300
    assert all(orgnr.is_valid(o) for o, _, _ in rows if o)
    assert all(personnummer.is_valid(p) for _, p, _ in rows if p)
    assert any(o for o, _, _ in rows) and any(p for _, p, _ in rows)
    assert any(not active for _, _, active in rows)
    assert any(ch in "".join(names) for ch in "åäöÅÄÖ")
    assert stat.S_IMODE(os.stat(database).st_mode) == 0o600


def test_demo_data_can_be_added_to_a_register_again(tmp_path):
    database = str(tmp_path / "demo.sqlite3")
    assert main(["--database", database, "demo-data", "--customers", "2500"]) == 0
    assert main(["--database", database, "demo-data", "--customers", "2500"]) == 0
    with sqlite3.connect(database) as connection:
        counts = connection.execute("SELECT count(*), count(DISTINCT uid) FROM customer")
        assert counts.fetchone() == (5000, 5000)
    connection.close()


def test_an_unexpected_error_is_one_short_line_and_logged_in_full(
    tmp_path, monkeypatch, capsys, caplog
):
    import kundbok.services.demo_data as demo_data

    def fail(*args, **kwargs):
        raise RuntimeError(
            "(sqlite3.IntegrityError) UNIQUE constraint failed: customer.uid\n"
            "[SQL: INSERT INTO customer ...]\n[parameters: " + "(1, 'Anna')" * 500 + "]"
        )

    monkeypatch.setattr(demo_data, "create_demo_customers", fail)
    database = str(tmp_path / "demo.sqlite3")
    assert main(["--database", database, "demo-data", "--customers", "3"]) == 1
    message = capsys.readouterr().err
    assert message.count("\n") == 1 and len(message) < 400
    assert "UNIQUE constraint failed: customer.uid" in message
    assert "[SQL" not in message
    assert "(1, 'Anna')" * 500 in caplog.text


def test_a_refusal_is_one_line_in_the_users_language(db, tmp_path, swedish):
    pdf = tmp_path / "faktura.pdf"
    result = _run("--database", str(tmp_path / "test.sqlite3"), "invoice-pdf", "99", str(pdf))
    assert (result.returncode, result.stderr) == (2, "kundbok: Det finns inget fakturanummer 99.\n")
    assert not pdf.exists()


def test_backup_is_a_consistent_copy(tmp_path):
    database, copy = tmp_path / "live.sqlite3", tmp_path / "copy.sqlite3"
    assert main(["--database", str(database), "demo-data", "--customers", "20"]) == 0
    assert main(["--database", str(database), "backup", str(copy)]) == 0
    with sqlite3.connect(copy) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("SELECT count(*) FROM customer").fetchone()[0] == 20
    assert stat.S_IMODE(os.stat(copy).st_mode) == 0o600


def test_database_from_the_environment(tmp_path):
    database = tmp_path / "env.sqlite3"
    result = _run("demo-data", "--customers", "3", env={"KUNDBOK_DATABASE": str(database)})
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*) FROM customer").fetchone()[0] == 3


@pytest.mark.parametrize(
    "args",
    [
        ["--bogus"],
        ["demo-data"],
        ["demo-data", "--customers", "many"],
        ["demo-data", "--customers", "-5"],
        ["no-such-command"],
    ],
)
def test_bad_arguments_exit_2_with_one_line(tmp_path, args):
    result = _run("--database", str(tmp_path / "x.sqlite3"), *args)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("kundbok: ")


def test_a_file_that_is_not_a_database_exits_2_and_is_untouched(tmp_path):
    path = tmp_path / "letter.sqlite3"
    path.write_text("Hej! Det här är ett brev.\n" * 50)
    before = path.read_bytes()
    result = _run(
        "--database", str(path), "demo-data", "--customers", "1", env={"LANG": "sv_SE.UTF-8"}
    )
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == before
