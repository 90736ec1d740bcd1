"""An invoice's PDF out of the editor: where to save it, and saving it off the window's thread.
Printing and the preview are `ui/print_jobs.py`'s."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from kundbok.services.files import write_atomically
from kundbok.ui.background import TaskControl, run_task


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


def write_pdf(
    parent: QWidget,
    path: Path,
    make_pdf: Callable[[], bytes],
    written: Callable[[Path], object] = lambda _path: None,
) -> None:
    """Make the PDF and write it whole or not at all, off the window's thread; a failure is
    shown, and `written(path)` is called when it is saved."""

    def write(_control: TaskControl) -> Path:
        write_atomically(path, make_pdf())
        return path

    run_task(
        parent,
        write,
        written,
        title=QCoreApplication.translate("InvoiceEditor", "Not saved"),
        text=QCoreApplication.translate("InvoiceEditor", "Saving {file}…").format(file=path.name),
        cancellable=False,
    )
