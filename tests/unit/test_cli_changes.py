"""Deleting and renumbering from the command line: asked first, refused in one line."""

from __future__ import annotations

import io
import sqlite3

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError
from kundbok.services.customers import create_customer
from kundbok.services.invoices import save_draft


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "cli.sqlite3"
    db = open_database(path)
    create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    create_customer(db, CustomerDetails(name="Berglunds Bygg"))
    draft = save_draft(db, new_draft(db, 2))
    db.dispose()
    return str(path), draft.id


def _numbers(path: str) -> list[int]:
    with sqlite3.connect(path) as connection:
        rows = connection.execute("SELECT number FROM customer ORDER BY number").fetchall()
    connection.close()
    return [number for (number,) in rows]


def test_delete_customer_asks_and_a_no_deletes_nothing(register, monkeypatch, capsys):
    path, _ = register
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["--database", path, "delete-customer", "1"]) == 2
    assert "nothing was deleted" in capsys.readouterr().err
    assert _numbers(path) == [1, 2]


def test_delete_customer_with_no_answer_deletes_nothing(register, monkeypatch):
    path, _ = register
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["--database", path, "delete-customer", "1"]) == 2
    assert _numbers(path) == [1, 2]


def test_delete_customer_after_yes(register, monkeypatch, capsys):
    path, _ = register
    monkeypatch.setattr("sys.stdin", io.StringIO("y\n"))
    assert main(["--database", path, "delete-customer", "1"]) == 0
    assert "Åkessons Rör AB" in capsys.readouterr().out
    assert _numbers(path) == [2]


def test_a_customer_with_invoices_is_not_deleted(tmp_path, capsys):
    path = str(tmp_path / "invoiced.sqlite3")
    assert main(["--database", path, "demo-data", "--customers", "5", "--invoices", "5"]) == 0
    with sqlite3.connect(path) as connection:
        (number,) = connection.execute(
            "SELECT c.number FROM customer c JOIN invoice i ON i.customer_id = c.id LIMIT 1"
        ).fetchone()
    connection.close()
    capsys.readouterr()
    assert main(["--database", path, "delete-customer", str(number), "--yes"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert number in _numbers(path)


def test_renumber_customer(register, capsys):
    path, _ = register
    assert main(["--database", path, "renumber-customer", "1", "10"]) == 0
    assert _numbers(path) == [2, 10]
    assert main(["--database", path, "renumber-customer", "2", "10"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert _numbers(path) == [2, 10]


def test_delete_draft(register, monkeypatch):
    path, draft_id = register
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    assert main(["--database", path, "delete-draft", str(draft_id)]) == 2
    assert main(["--database", path, "delete-draft", str(draft_id), "--yes"]) == 0
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT count(*) FROM invoice").fetchone()[0] == 0
    connection.close()


def test_failing_demo_invoices_say_the_customers_are_kept(tmp_path, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise RefusedError(
            "The database could not be used: {reason}. Nothing was changed.", reason="disk full"
        )

    monkeypatch.setattr("kundbok.services.demo_data.create_demo_invoices", refuse)
    path = str(tmp_path / "demo.sqlite3")
    assert main(["--database", path, "demo-data", "--customers", "7", "--invoices", "3"]) == 2
    error = capsys.readouterr().err
    assert "the 7 customers added are kept" in error and "no invoices were issued" in error
    assert len(_numbers(path)) == 7
