"""`kundbok --self-test`: passes on a demo register, names the step that fails otherwise."""

from __future__ import annotations

import pytest

from kundbok import cli


@pytest.fixture
def demo_database(tmp_path):
    path = tmp_path / "demo.sqlite3"
    assert (
        cli.main(["--database", str(path), "demo-data", "--customers", "20", "--invoices", "3"])
        == 0
    )
    return path


def test_self_test_passes_on_a_demo_register(qtbot, demo_database, capsys):
    capsys.readouterr()
    assert cli.main(["--database", str(demo_database), "--self-test"]) == 0
    assert "self-test passed" in capsys.readouterr().out


def test_self_test_passes_on_an_empty_register(qtbot, tmp_path):
    assert cli.main(["--database", str(tmp_path / "new.sqlite3"), "--self-test"]) == 0


def test_a_pdf_qt_cannot_read_fails_the_invoice_step(qtbot, demo_database, capsys, monkeypatch):
    monkeypatch.setattr("kundbok.services.pdf.invoice_pdf", lambda db, invoice_id: b"not a pdf")
    capsys.readouterr()

    assert cli.main(["--database", str(demo_database), "--self-test"]) == 2

    err = capsys.readouterr().err
    assert err.startswith("kundbok: self-test failed at invoice preview:")
    assert err.count("\n") == 1


def test_a_file_that_is_no_database_fails_the_window_step(qtbot, tmp_path, capsys):
    path = tmp_path / "notes.txt"
    path.write_text("not a database\n" * 100)

    assert cli.main(["--database", str(path), "--self-test"]) == 2

    assert capsys.readouterr().err.startswith("kundbok: self-test failed at main window:")
