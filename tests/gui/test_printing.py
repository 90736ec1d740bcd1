"""PDFs printed through Qt: into Qt's own PDF printer, read back with pypdf."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas

from helpers.payment_slips import BANKGIRO_SLIP
from helpers.qr_decoder import pdf_page_image, zbar_decode
from kundbok.domain.payment_qr import usingqr_payload
from kundbok.services.payments.qr import qr_drawing
from kundbok.ui.printing import PrintError, page_target, preview_pdfs, print_pdfs


def make_pdf(pages: int, pagesize=A4, label: str = "Faktura") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=pagesize)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 24)
        canvas.drawString(72, pagesize[1] - 100, f"{label} sida {number}")
        canvas.rect(36, 36, pagesize[0] - 72, pagesize[1] - 72)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.fixture
def pdf_printer(qapp, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setResolution(150)  # keeps the test quick; the benchmark prints at 600 dpi
    return printer


def printed_images(printer: QPrinter) -> list[list[tuple[int, int]]]:
    """Per printed page, the (width, height) of each image on it."""
    reader = PdfReader(printer.outputFileName())
    pages = []
    for page in reader.pages:
        objects = page["/Resources"].get("/XObject", {})
        images = []
        for reference in objects.values():
            image = reference.get_object()
            if image["/Subtype"] == "/Image":
                images.append((int(image["/Width"]), int(image["/Height"])))
        pages.append(images)
    return pages


def test_two_pdfs_make_one_job_with_an_image_on_every_page(pdf_printer, tmp_path, monkeypatch):
    temporary = tmp_path / "temporary"
    temporary.mkdir()
    monkeypatch.setenv("TMPDIR", str(temporary))

    printed = print_pdfs(pdf_printer, [make_pdf(2), make_pdf(1, label="Invoice")])

    assert printed == 3
    pages = printed_images(pdf_printer)
    assert len(pages) == 3
    assert all(len(images) == 1 for images in pages)
    assert os.listdir(temporary) == []


def test_a4_page_keeps_its_proportions_at_the_printer_resolution(pdf_printer):
    print_pdfs(pdf_printer, [make_pdf(1)])
    [[(width, height)]] = printed_images(pdf_printer)
    assert height / width == pytest.approx(A4[1] / A4[0], rel=0.01)
    # Shrunk only as far as the printable area asks: at least 85 % of A4 at 150 dpi.
    assert 0.85 * A4[0] / 72 * 150 <= width <= A4[0] / 72 * 150 + 1


def test_landscape_page_on_portrait_paper_is_not_stretched(pdf_printer):
    print_pdfs(pdf_printer, [make_pdf(1, pagesize=landscape(A5))])
    [[(width, height)]] = printed_images(pdf_printer)
    assert width / height == pytest.approx(A5[1] / A5[0], rel=0.01)


def test_page_range_counts_across_the_pdfs(pdf_printer):
    pdf_printer.setPrintRange(QPrinter.PrintRange.PageRange)
    pdf_printer.setFromTo(2, 3)
    assert print_pdfs(pdf_printer, [make_pdf(2), make_pdf(2)]) == 2
    assert len(printed_images(pdf_printer)) == 2


def test_copies_are_printed_when_the_printer_does_not_make_them(pdf_printer):
    assert not pdf_printer.supportsMultipleCopies()
    pdf_printer.setCopyCount(2)
    assert print_pdfs(pdf_printer, [make_pdf(2), make_pdf(1)]) == 6
    assert len(printed_images(pdf_printer)) == 6


def test_unreadable_pdf_is_a_clear_error(pdf_printer):
    with pytest.raises(PrintError, match="Document 2"):
        print_pdfs(pdf_printer, [make_pdf(1), b"%PDF-1.4 broken"])


@pytest.mark.parametrize(
    ("page", "area", "expected"),
    [
        ((72.0, 144.0), QSize(300, 300), (100.0, 0.0, 100.0, 200.0)),  # fits: real size
        ((144.0, 144.0), QSize(100, 400), (0.0, 0.0, 100.0, 100.0)),  # too wide: shrunk
        ((72.0, 288.0), QSize(200, 200), (75.0, 0.0, 50.0, 200.0)),  # too tall: shrunk
    ],
)
def test_page_target_fits_without_distortion(page, area, expected):
    target = page_target(page, area, printer_dpi=100)
    assert (target.x(), target.y(), target.width(), target.height()) == pytest.approx(expected)


def test_payment_qr_code_still_scans_after_printing(pdf_printer, tmp_path):
    payload = usingqr_payload(BANKGIRO_SLIP)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    renderPDF.draw(qr_drawing(payload, 90), canvas, 455, 40)  # where a payment slip has it
    canvas.showPage()
    canvas.save()
    pdf_printer.setResolution(300)

    print_pdfs(pdf_printer, [buffer.getvalue()])

    printed = Path(pdf_printer.outputFileName())
    assert json.loads(zbar_decode(pdf_page_image(printed, tmp_path))) == json.loads(payload)


def test_preview_opens_without_blocking(qtbot):
    dialog = preview_pdfs(None, [make_pdf(2), make_pdf(1)])
    assert isinstance(dialog, QPrintPreviewDialog)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 3)
    dialog.close()


def test_preview_of_an_unreadable_pdf_is_refused(qtbot):
    with pytest.raises(PrintError):
        preview_pdfs(None, [b"not a pdf"])
