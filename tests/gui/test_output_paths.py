"""The window's save dialogs and "print to file" never write over the register: a message,
and nothing written."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from reportlab.pdfgen.canvas import Canvas

from kundbok.services.files import RegisterFileError
from kundbok.ui.invoice_editor.output import write_pdf
from kundbok.ui.printing import print_pdfs
from kundbok.ui.receivables_view import ReceivablesView
from kundbok.ui.report_printing import print_report


@pytest.fixture
def register(db) -> Path:
    return Path(db.engine.url.database or "")


def make_pdf(pages: int) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    for number in range(1, pages + 1):
        canvas.drawString(72, 720, f"Faktura sida {number}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _intact(register: Path) -> bool:
    with sqlite3.connect(register) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_saving_a_pdf_over_the_register_is_refused_with_a_message(
    qtbot, register, no_dialogs, tmp_path, wait_for_tasks
):
    _answers, asked = no_dialogs
    parent = QWidget()
    qtbot.addWidget(parent)
    for path in (register, Path(f"{register}-wal")):
        write_pdf(parent, path, lambda: b"%PDF-1.4")
        wait_for_tasks()
        assert asked.pop()[0] == "warning"
    assert _intact(register)


def test_a_report_exported_over_the_register_is_refused(
    qtbot, db, register, no_dialogs, wait_for_tasks
):
    _answers, asked = no_dialogs
    view = ReceivablesView(db)
    qtbot.addWidget(view)
    view.refresh()
    wait_for_tasks()
    view.export_csv(register)
    wait_for_tasks()
    assert asked and asked[0][0] == "warning"
    assert "is a database" in asked[0][1]
    assert _intact(register)


def test_printing_into_the_register_is_refused_and_prints_nothing(qapp, register, tmp_path):
    (tmp_path / "link.pdf").symlink_to(register)
    for target in (register, tmp_path / "link.pdf"):
        with pytest.raises(RegisterFileError):
            print_pdfs(_pdf_printer(target), [make_pdf(1)])
        with pytest.raises(RegisterFileError):
            print_report(_pdf_printer(target), "<p>Kundreskontra</p>")
    assert _intact(register)


def test_printing_into_a_file_replaces_it_whole_and_private(qapp, tmp_path):
    target = tmp_path / "utskrift.pdf"
    target.write_bytes(b"an earlier file")
    printer = _pdf_printer(target)
    assert print_pdfs(printer, [make_pdf(2)]) == 2
    assert printer.outputFileName() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    assert target.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["utskrift.pdf"]
