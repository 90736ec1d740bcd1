"""An invoice's PDF out of the editor: saved to a file the user names, printed, or previewed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

from kundbok.services.files import write_atomically
from kundbok.ui.errors import attempt
from kundbok.ui.printing import PdfPreviewDialog, preview_pdfs, print_pdfs


def ask_pdf_path(parent: QWidget, number: int | None) -> Path | None:
    """Where to save the PDF ("Faktura 12.pdf" suggested); None when the user cancels."""
    name = f"Faktura {number}.pdf" if number else "Fakturautkast.pdf"
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Save invoice as PDF"),
        name,
        QCoreApplication.translate("InvoiceEditor", "PDF files (*.pdf)"),
    )
    return Path(path) if path else None


def write_pdf(parent: QWidget, path: Path, data: bytes) -> Path | None:
    """Write the PDF whole or not at all; a failure is shown, and gives None."""

    def write() -> Path:
        write_atomically(path, data)
        return path

    return attempt(parent, QCoreApplication.translate("InvoiceEditor", "Not saved"), write)


def print_with_dialog(
    parent: QWidget, pdfs: Sequence[bytes], printed: Callable[[], object] | None = None
) -> QPrintDialog:
    """Qt's print dialog (printer, copies, pages, duplex where the printer has it), not
    blocking; the very pages of the PDF are printed when the user accepts, and then `printed`
    is called (to note it on the invoices)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def print_now() -> None:
        title = QCoreApplication.translate("InvoiceEditor", "Not printed")
        if attempt(parent, title, lambda: print_pdfs(printer, pdfs)) and printed:
            attempt(parent, title, printed)

    dialog.accepted.connect(print_now)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
    return dialog


def preview(parent: QWidget, pdfs: Sequence[bytes]) -> PdfPreviewDialog | None:
    """The print preview of the PDF; None (after a message) when it cannot be read."""
    title = QCoreApplication.translate("InvoiceEditor", "Not printed")
    return attempt(parent, title, lambda: preview_pdfs(parent, pdfs))
