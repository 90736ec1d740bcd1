"""Printing and the print preview from the window, with the work off its thread.

The PDFs are made by a background task (each caller says how: an invoice, the selected ones, a
reminder), then Qt's print dialog asks where (on the GUI thread, as a dialog must), and the
pages are printed by another task, with progress and *Avbryt* (a cancelled job prints nothing).
The preview renders its pages in a task too and opens when they are ready.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from kundbok.ui.background import BackgroundTask, TaskControl, run_task
from kundbok.ui.errors import attempt
from kundbok.ui.printing import PreviewPage, open_preview, preview_pages, print_pdfs

MakePdfs = Callable[[TaskControl], list[bytes]]


def _title() -> str:
    return QCoreApplication.translate("PrintJobs", "Print")


def print_on(
    parent: QWidget | None,
    printer: QPrinter,
    pdfs: Sequence[bytes],
    printed: Callable[[], object] | None = None,
    noted: Callable[[], object] | None = None,
) -> BackgroundTask[int]:
    """Print `pdfs` on `printer` (set up by a print dialog) off the window's thread, then
    `noted()` there too (to note it on the invoices: a refusal is shown); then `printed()` on
    the window's thread (to note it there; a refusal is shown)."""
    count = len(pdfs)

    def work(control: TaskControl) -> int:
        pages = print_pdfs(printer, pdfs, control.report)
        if noted is not None:
            noted()
        return pages

    def done(_pages: int) -> None:
        if printed is not None:
            attempt(parent, _title(), printed)

    return run_task(
        parent,
        work,
        done,
        title=_title(),
        text=QCoreApplication.translate("PrintJobs", "Printing {count} documents…").format(
            count=count
        )
        if count > 1
        else QCoreApplication.translate("PrintJobs", "Printing…"),
    )


def print_with_dialog(
    parent: QWidget,
    make_pdfs: MakePdfs,
    printed: Callable[[], object] | None = None,
    noted: Callable[[], object] | None = None,
) -> None:
    """Make the PDFs, then show Qt's print dialog (printer, copies, pages, duplex where the
    printer has it; not blocking); the very pages of the PDFs are printed when the user
    accepts it, then `noted()` is called off the window's thread and `printed()` on it."""

    def ask(pdfs: list[bytes]) -> None:
        if not pdfs:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # The task keeps the printer alive while it prints, after the dialog is gone.
        dialog.accepted.connect(lambda: print_on(parent, printer, pdfs, printed, noted))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.show()

    run_task(
        parent,
        make_pdfs,
        ask,
        title=_title(),
        text=QCoreApplication.translate("PrintJobs", "Making the documents…"),
    )


def preview(
    parent: QWidget, make_pdfs: MakePdfs, printed: Callable[[], None] | None = None
) -> None:
    """Make the PDFs and render their pages, then open the print preview of them; `printed` is
    called when the user prints from it."""

    def print_from_preview(printer: QPrinter, pdfs: list[bytes]) -> None:
        print_on(parent, printer, pdfs, printed)

    def work(control: TaskControl) -> tuple[list[bytes], list[PreviewPage]]:
        pdfs = make_pdfs(control)
        return pdfs, preview_pages(pdfs, control.report) if pdfs else []

    def show(made: tuple[list[bytes], list[PreviewPage]]) -> None:
        pdfs, pages = made
        if pdfs:
            open_preview(parent, pdfs, pages, lambda printer: print_from_preview(printer, pdfs))

    run_task(
        parent,
        work,
        show,
        title=QCoreApplication.translate("PrintJobs", "Print preview"),
        text=QCoreApplication.translate("PrintJobs", "Making the preview…"),
    )
