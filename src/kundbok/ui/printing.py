"""Printing PDFs through Qt: each page rendered by QtPdf and drawn onto a QPrinter.

The invoice's reportlab PDF is the one source of what prints, previews and gets e-mailed. Pages
are rendered in memory (QBuffer, no temporary files) at the printer's resolution, up to 600 dpi
(a sharper raster gains nothing on paper and costs memory), and scaled to the printable area
without distortion. Several PDFs make one job: one dialog, one stack of paper.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError
from kundbok.ui.errors import attempt
from kundbok.ui.print_to_file import printing_into_file

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 600
# The preview keeps every page's image in memory and shows it at screen size: 150 dpi is sharp
# at 150 % zoom and keeps a preview of twenty invoices small.
PREVIEW_DPI = 150


class PrintError(KundbokError):
    """A document could not be printed."""


@dataclass(frozen=True)
class _Page:
    document: QPdfDocument
    index: int  # within its document, from 0


@contextmanager
def _opened(pdfs: Sequence[bytes]) -> Iterator[list[QPdfDocument]]:
    """The PDFs loaded from memory; closed again (with their buffers) on leaving."""
    with ExitStack() as stack:
        documents = []
        for number, pdf in enumerate(pdfs, start=1):
            buffer = QBuffer()
            buffer.setData(QByteArray(pdf))
            buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            stack.callback(buffer.close)
            document = QPdfDocument()
            stack.callback(document.close)
            document.load(buffer)  # a QBuffer holds all the data: loading ends here
            if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
                raise PrintError(
                    QT_TRANSLATE_NOOP(
                        "messages", "Document {number} could not be read for printing."
                    ),
                    number=number,
                )
            documents.append(document)
        yield documents


def _chosen_pages(printer: QPrinter, documents: Sequence[QPdfDocument]) -> list[_Page]:
    """The job's pages in printing order: the page range counts across all the PDFs."""
    pages = [
        _Page(document, index) for document in documents for index in range(document.pageCount())
    ]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = printer.toPage() if printer.toPage() > 0 else len(pages)
        pages = pages[printer.fromPage() - 1 : last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    return pages


def _copies(printer: QPrinter, pages: list[_Page]) -> list[_Page]:
    """The pages once more for each copy, unless the printer makes the copies itself."""
    count = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    if printer.collateCopies():
        return pages * count
    return [page for page in pages for _ in range(count)]


def _render_dpi(printer: QPrinter) -> int:
    engine = printer.paintEngine()
    if engine is not None and engine.type() == QPaintEngine.Type.Picture:
        return min(printer.resolution(), PREVIEW_DPI)  # QPrintPreviewWidget records pictures
    return min(printer.resolution(), MAX_PRINT_DPI)


def page_target(page_points: tuple[float, float], area: QSize, printer_dpi: int) -> QRectF:
    """Where a page of `page_points` (width, height) goes in a printable `area` of device pixels:
    its real size when it fits, else shrunk to fit, aspect kept; centred across, at the top."""
    width = page_points[0] / POINTS_PER_INCH * printer_dpi
    height = page_points[1] / POINTS_PER_INCH * printer_dpi
    scale = min(1.0, area.width() / width, area.height() / height)
    width, height = width * scale, height * scale
    return QRectF((area.width() - width) / 2, 0.0, width, height)


def render_page(document: QPdfDocument, index: int, target: QRectF, scale: float) -> QImage:
    """Page `index` as an image of `target`'s size times `scale` (render dpi / printer dpi)."""
    size = QSize(max(1, round(target.width() * scale)), max(1, round(target.height() * scale)))
    image = document.render(index, size)
    if image.isNull():
        raise PrintError(
            QT_TRANSLATE_NOOP("messages", "Page {page} could not be drawn for printing."),
            page=index + 1,
        )
    return image


def print_pdfs(printer: QPrinter, pdfs: Sequence[bytes]) -> int:
    """Print `pdfs` as one job on `printer` (its page range, copies and page order honoured);
    returns the number of pages sent to it."""
    with _opened(pdfs) as documents:
        pages = _copies(printer, _chosen_pages(printer, documents))
        if not pages:
            return 0
        name = printer.printerName() or printer.outputFileName()
        with printing_into_file(printer):
            _paint(printer, pages, name)
        return len(pages)


def _paint(printer: QPrinter, pages: Sequence[_Page], name: str) -> None:
    printer_dpi = printer.resolution()
    area = printer.pageLayout().paintRectPixels(printer_dpi).size()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QT_TRANSLATE_NOOP("messages", "The printer {printer} could not be started."),
            printer=name,
        )
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        scale = _render_dpi(printer) / printer_dpi
        for number, page in enumerate(pages):
            if number and not printer.newPage():
                raise PrintError(
                    QT_TRANSLATE_NOOP("messages", "The printer {printer} stopped the job."),
                    printer=name,
                )
            point_size = page.document.pagePointSize(page.index)
            target = page_target((point_size.width(), point_size.height()), area, printer_dpi)
            painter.drawImage(target, render_page(page.document, page.index, target, scale))
    finally:
        painter.end()


class PdfPreviewDialog(QPrintPreviewDialog):
    """The print preview of some PDFs; its Print button prints the very same pages."""

    def __init__(self, pdfs: Sequence[bytes], parent: QWidget | None = None) -> None:
        # The dialog does not own its printer: this object keeps it alive as long as itself.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self._pdfs = list(pdfs)
        self.paintRequested.connect(self._paint)

    def _paint(self, printer: QPrinter) -> None:
        attempt(self, self.tr("Print"), lambda: print_pdfs(printer, self._pdfs))


def preview_pdfs(parent: QWidget | None, pdfs: Sequence[bytes]) -> PdfPreviewDialog:
    """Open the print preview of `pdfs` (window-modal, not blocking) and return it; it deletes
    itself when closed. A PDF that cannot be read raises PrintError before anything opens."""
    with _opened(pdfs):
        pass
    dialog = PdfPreviewDialog(pdfs, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
