"""PDFs printed through Qt: into Qt's own PDF printer, read back with pypdf."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage, qGray
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen.canvas import Canvas

from helpers.payment_slips import BANKGIRO_SLIP
from helpers.qr_decoder import pdf_page_image, zbar_decode
from kundbok.domain.errors import CancelledError
from kundbok.domain.payment_qr import usingqr_payload
from kundbok.services.payments.qr import qr_drawing
from kundbok.ui.printing import PrintError, open_preview, page_target, preview_pages, print_pdfs


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
    """Per printed page, the (width, height) of each image on it (a page is drawn in bands)."""
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
    assert all(images for images in pages)
    assert os.listdir(temporary) == []


def _page_image(printer: QPrinter) -> tuple[int, int]:
    """The (width, height) of the one printed page's bands put together."""
    [bands] = printed_images(printer)
    assert len({width for width, _height in bands}) == 1  # bands of the whole width
    return bands[0][0], sum(height for _width, height in bands)


def test_a4_page_keeps_its_proportions_at_the_printer_resolution(pdf_printer):
    print_pdfs(pdf_printer, [make_pdf(1)])
    width, height = _page_image(pdf_printer)
    assert height / width == pytest.approx(A4[1] / A4[0], rel=0.01)
    # Shrunk only as far as the printable area asks: at least 85 % of A4 at 150 dpi.
    assert 0.85 * A4[0] / 72 * 150 <= width <= A4[0] / 72 * 150 + 1


def test_landscape_page_on_portrait_paper_is_not_stretched(pdf_printer):
    print_pdfs(pdf_printer, [make_pdf(1, pagesize=landscape(A5))])
    width, height = _page_image(pdf_printer)
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


def test_a_page_is_drawn_in_bands_that_meet_without_a_seam(pdf_printer, tmp_path):
    pdf_printer.setResolution(300)
    print_pdfs(pdf_printer, [make_pdf(1)])
    [bands] = printed_images(pdf_printer)
    assert len(bands) > 1  # no one call holds the window's thread for a whole page
    image = QImage(str(pdf_page_image(Path(pdf_printer.outputFileName()), tmp_path, dpi=300)))
    middle = image.height() // 2

    def dark(x: int, y: int) -> bool:
        return qGray(image.pixel(x, y)) < 160

    # The page's frame: its left edge is one unbroken line from top to bottom, no white seam.
    edge = next(x for x in range(image.width() // 3) if dark(x, middle))
    rows = [y for y in range(image.height()) if dark(edge, y)]
    top, bottom = rows[0], rows[-1]
    assert bottom - top > image.height() * 0.8
    assert all(dark(edge, y) or dark(edge + 1, y) for y in range(top, bottom + 1))


def test_a_job_stops_after_the_page_the_user_cancelled_at(pdf_printer):
    asked: list[int] = []

    def progress(done: int, total: int) -> bool:
        asked.append(done)
        return done < 2  # the user cancels after the second page

    with pytest.raises(CancelledError):
        print_pdfs(pdf_printer, [make_pdf(5)], progress)
    assert asked == [1, 2]  # no page drawn after it
    assert not Path(pdf_printer.outputFileName()).exists()  # no half a file


def test_preview_opens_from_pages_rendered_beforehand(qtbot):
    pdfs = [make_pdf(2), make_pdf(1)]
    pages = preview_pages(pdfs)
    assert [page.points for page in pages] == [pytest.approx(A4, rel=1e-6)] * 3
    printed: list[QPrinter] = []
    dialog = open_preview(None, pdfs, pages, printed.append)
    assert isinstance(dialog, QPrintPreviewDialog)
    assert dialog.isVisible()
    assert dialog.windowModality() == Qt.WindowModality.WindowModal  # open(), not exec()
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview is not None
    qtbot.waitUntil(lambda: preview.pageCount() == 3)
    assert printed == []  # painting the preview prints nothing
    preview.print()  # the dialog's Print button, after its print dialog
    assert printed == [dialog._printer]
    dialog.close()


def test_preview_of_an_unreadable_pdf_is_refused(qtbot):
    with pytest.raises(PrintError):
        preview_pages([b"not a pdf"])
