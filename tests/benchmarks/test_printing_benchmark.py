"""One invoice page printed for a 600 dpi printer within 1 s (rendered, scaled and drawn)."""

from __future__ import annotations

import io

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from tests.helpers.benchmarking import assert_within

from helpers.payment_slips import BANKGIRO_SLIP
from kundbok.domain.payment_qr import usingqr_payload
from kundbok.services.payments.qr import qr_drawing
from kundbok.ui.printing import print_pdfs


def invoice_like_page() -> bytes:
    """An A4 page with what an invoice has: forty lines of text, rules and a payment QR code."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setFont("Helvetica-Bold", 18)
    canvas.drawString(50, 790, "Faktura 1042")
    canvas.setFont("Helvetica", 9)
    for row in range(40):
        y = 740 - row * 14
        canvas.drawString(50, y, f"Konsulttjänst, rad {row + 1}")
        canvas.drawRightString(545, y, f"{1250 + row},00 kr")
        canvas.line(50, y - 3, 545, y - 3)
    renderPDF.draw(qr_drawing(usingqr_payload(BANKGIRO_SLIP), 90), canvas, 455, 40)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_one_page_for_a_600_dpi_printer(benchmark, qapp, tmp_path):
    pdf = invoice_like_page()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(600)

    pages = benchmark.pedantic(lambda: print_pdfs(printer, [pdf]), rounds=3, iterations=1)

    assert pages == 1
    assert len(PdfReader(printer.outputFileName()).pages) == 1
    assert_within(benchmark, 1.0)
