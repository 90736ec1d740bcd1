"""Skriv ut prints the invoice's own pages through Qt's print dialog; Förhandsgranska shows them."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton

from kundbok.services.demo_data import create_demo_invoices
from kundbok.ui.invoice_editor import output
from kundbok.ui.printing import PdfPreviewDialog


class AcceptingPrintDialog(QObject):
    """Stands for QPrintDialog: the user picks "print to file" and presses Print."""

    accepted = Signal()
    target = ""

    def __init__(self, printer: QPrinter, parent=None) -> None:
        super().__init__()
        self.printer = printer

    def setAttribute(self, *args) -> None:
        pass

    def setWindowModality(self, *args) -> None:
        pass

    def show(self) -> None:
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(self.target)
        self.accepted.emit()


def test_print_goes_through_the_print_dialog_onto_the_printer(
    qtbot, window, no_dialogs, tmp_path, monkeypatch
):
    create_demo_invoices(window.db, 1)
    editor = window.open_invoice(1)
    AcceptingPrintDialog.target = str(tmp_path / "printed.pdf")
    monkeypatch.setattr(output, "QPrintDialog", AcceptingPrintDialog)
    editor.findChild(QPushButton, "button_print").click()
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 1
    assert printed.pages[0].images  # the invoice's page, drawn as an image of it
    assert not list(tmp_path.glob("faktura-*"))  # no temporary files left behind


def test_preview_shows_the_pages(qtbot, window, no_dialogs):
    create_demo_invoices(window.db, 1)
    editor = window.open_invoice(1)
    editor.findChild(QPushButton, "button_preview").click()
    preview = editor.findChild(PdfPreviewDialog)
    assert preview is not None and preview.isVisible()
    preview.close()
