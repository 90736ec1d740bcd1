"""A report table printed as an HTML document through Qt's print dialog or print preview.

Qt lays the table out over as many pages as it needs (the heading row repeats on each), so no
PDF is rendered first: the figures are the ones on screen.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QWidget

from kundbok.ui.receivables.table_model import ReportRow


def report_html(
    title: str, subtitle: str, headings: Sequence[str], rows: Sequence[ReportRow]
) -> str:
    """The report as an HTML table, figures right-aligned, the totals row bold."""
    head = "".join(f"<th>{html.escape(text)}</th>" for text in headings)
    body = []
    for row in rows:
        cells = "".join(
            f'<td align="{"left" if column == 0 else "right"}">{html.escape(text)}</td>'
            for column, text in enumerate(row.cells)
        )
        style = ' style="font-weight:bold"' if row.customer_id is None else ""
        body.append(f"<tr{style}>{cells}</tr>")
    return (
        f"<h2>{html.escape(title)}</h2><p>{html.escape(subtitle)}</p>"
        '<table border="1" cellspacing="0" cellpadding="3" width="100%">'
        f"<thead><tr>{head}</tr></thead>{''.join(body)}</table>"
    )


def print_report(printer: QPrinter, report: str) -> None:
    """Lay the report's HTML out on the printer's pages and print it."""
    document = QTextDocument()
    document.setHtml(report)
    document.print_(printer)


def print_with_dialog(parent: QWidget, report: str) -> bool:
    """Ask for a printer and print; False when the user cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    print_report(printer, report)
    return True


def preview(parent: QWidget, report: str) -> QPrintPreviewDialog:
    """A print preview of the report, opened (not run modally) and returned."""
    dialog = QPrintPreviewDialog(parent)
    dialog.setObjectName("receivables_preview")
    dialog.paintRequested.connect(lambda printer: print_report(printer, report))
    dialog.open()
    return dialog
