"""An invoice's PDF out of the editor: saved to a file the user names, or printed."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from kundbok.services.files import write_atomically
from kundbok.ui.errors import attempt


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


def open_in_pdf_viewer(data: bytes) -> None:
    """Hand the PDF to the system's viewer to print (Qt's PDF module, which could render it
    to a QPrinter, is not part of the PySide6 we ship)."""
    with tempfile.NamedTemporaryFile(prefix="faktura-", suffix=".pdf", delete=False) as handle:
        handle.write(data)
    QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))
