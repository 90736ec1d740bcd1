"""A stand-in for QPrintDialog: the user picks "print to file" and presses Print."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter


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
