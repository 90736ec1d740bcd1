"""Printing a report table: drawn as an HTML table by QTextDocument, through Qt's print dialogs."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from kundbok.ui.accessibility import name_print_preview
from kundbok.ui.print_to_file import printing_into_file
from kundbok.ui.report_table_model import ReportTableModel, display_cell


def report_html(title: str, subtitle: str, model: ReportTableModel) -> str:
    """The report as an HTML page: a heading and its table, the totals row in bold."""
    head = "".join(f"<th>{escape(heading)}</th>" for heading in model.headings)
    body = []
    rows = model.all_rows()
    for number, row in enumerate(rows):
        cells = []
        for value in row:
            text = escape(display_cell(value))
            if model.is_total(number):
                text = f"<b>{text}</b>"
            # Amounts never break over two lines; names may.
            cell = (
                "<td>"
                if isinstance(value, str)
                else '<td align="right" style="white-space: nowrap">'
            )
            cells.append(f"{cell}{text}</td>")
        body.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f"<h2>{escape(title)}</h2><p>{escape(subtitle)}</p>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def print_report(printer: QPrinter, html: str) -> int:
    """Print `html` on `printer` in A4; returns the number of pages."""
    document = QTextDocument()
    font = document.defaultFont()
    font.setPointSize(9)  # seven columns of amounts fit across A4 upright
    document.setDefaultFont(font)
    document.setHtml(html)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    # Laid out at the printer's resolution, so that 9 pt is 9 pt on paper and pages count true.
    document.documentLayout().setPaintDevice(printer)
    area = printer.pageLayout().paintRectPixels(printer.resolution())
    document.setPageSize(area.size().toSizeF())
    pages = document.pageCount()
    with printing_into_file(printer):
        document.print_(printer)
    return pages


def new_report_printer() -> QPrinter:
    """A high-resolution printer in portrait A4, the report's paper."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    return printer


class ReportPreviewDialog(QPrintPreviewDialog):
    """The print preview of one report; its Print button prints the same pages."""

    def __init__(self, html: str, parent: QWidget | None = None) -> None:
        # The dialog does not own its printer: this object keeps it alive as long as itself.
        self._printer = new_report_printer()
        super().__init__(self._printer, parent)
        self._html = html
        name_print_preview(self)
        self.paintRequested.connect(lambda printer: print_report(printer, self._html))


def preview_report(parent: QWidget | None, html: str) -> ReportPreviewDialog:
    """Open the print preview of a report (window-modal, not blocking); deleted when closed."""
    dialog = ReportPreviewDialog(html, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def print_report_dialog(parent: QWidget | None, html: str) -> bool:
    """Ask for a printer and print the report; False when the user cancelled."""
    printer = new_report_printer()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_report(printer, html)
    return True
