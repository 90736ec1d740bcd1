"""Printing PDFs through Qt: each page rendered by QtPdf and drawn onto a QPrinter.

The invoice's reportlab PDF is the one source of what prints, previews and gets e-mailed. Pages
are rendered in memory (QBuffer, no temporary files) at the printer's resolution, up to 600 dpi
(a sharper raster gains nothing on paper and costs memory), and scaled to the printable area
without distortion. Several PDFs make one job: one dialog, one stack of paper.

Qt allows painting onto a QPrinter off the GUI thread, and QtPdf renders there too, so the
window prints on a worker (`ui/print_jobs.py`). A page is rendered and drawn in bands of about
BAND_PIXELS: the binding holds Python's lock through each Qt call, and a whole 600 dpi page
in one call would keep the window's thread waiting for a second. The print preview paints on
the GUI thread (Qt asks for its pages there), so its pages are rendered beforehand, on a worker,
and only drawn when it asks.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from kundbok.domain.errors import QT_TRANSLATE_NOOP, CancelledError, KundbokError
from kundbok.ui.accessibility import name_print_preview
from kundbok.ui.print_to_file import printing_into_file

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 600
# The preview keeps every page's image in memory and shows it at screen size: 150 dpi is sharp
# at 150 % zoom and keeps a preview of twenty invoices small.
PREVIEW_DPI = 150
BAND_PIXELS = 150_000  # rendered and drawn at a time: 20-40 ms of the binding's lock when busy
Progress = Callable[[int, int], bool | None]
_Item = TypeVar("_Item")


class PrintError(KundbokError):
    """A document could not be printed."""


@dataclass(frozen=True)
class _Page:
    document: QPdfDocument
    index: int  # within its document, from 0


@dataclass(frozen=True)
class PreviewPage:
    """A page rendered for the print preview, and its size in points (width, height)."""

    image: QImage
    points: tuple[float, float]


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


def _chosen_pages(printer: QPrinter, pages: list[_Item]) -> list[_Item]:
    """The job's pages in printing order: the page range counts across all the PDFs."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        last = printer.toPage() if printer.toPage() > 0 else len(pages)
        pages = pages[printer.fromPage() - 1 : last]
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages = pages[::-1]
    return pages


def _copies(printer: QPrinter, pages: list[_Item]) -> list[_Item]:
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


def _all_pages(documents: Sequence[QPdfDocument]) -> list[_Page]:
    return [
        _Page(document, index) for document in documents for index in range(document.pageCount())
    ]


def _draw_page(painter: QPainter, page: _Page, target: QRectF, scale: float) -> None:
    """Render `page` at `scale` (render dpi / printer dpi) into `target`, a band at a time."""
    width = max(1, round(target.width() * scale))
    height = max(1, round(target.height() * scale))
    rows = max(1, BAND_PIXELS // width)
    for top in range(0, height, rows):
        bottom = min(height, top + rows)
        options = QPdfDocumentRenderOptions()
        options.setScaledSize(QSize(width, height))
        options.setScaledClipRect(QRect(0, top, width, bottom - top))
        image = page.document.render(page.index, QSize(width, bottom - top), options)
        if image.isNull():
            raise PrintError(
                QT_TRANSLATE_NOOP("messages", "Page {page} could not be drawn for printing."),
                page=page.index + 1,
            )
        # Band edges on whole device pixels: neighbouring bands meet without a seam.
        upper = round(target.y() + top / scale)
        lower = round(target.y() + bottom / scale)
        painter.drawImage(QRectF(target.x(), upper, target.width(), lower - upper), image)


def print_pdfs(printer: QPrinter, pdfs: Sequence[bytes], progress: Progress | None = None) -> int:
    """Print `pdfs` as one job on `printer` (its page range, copies and page order honoured);
    returns the number of pages sent to it. Safe off the GUI thread (the printer is used by
    no other thread meanwhile). `progress(done, total)` after each page; False stops the job
    there and raises CancelledError (see `_paint`)."""
    with _opened(pdfs) as documents:
        pages = _copies(printer, _chosen_pages(printer, _all_pages(documents)))
        if not pages:
            return 0
        name = printer.printerName() or printer.outputFileName()
        with printing_into_file(printer):
            _paint(printer, pages, name, progress)
        return len(pages)


def _paint(printer: QPrinter, pages: Sequence[_Page], name: str, progress: Progress | None) -> None:
    """Draw `pages` on `printer`. The user stopped the job (`progress` said False): the job is
    withdrawn where the driver can (Windows), a printer that cannot (CUPS) prints the pages
    drawn so far and no more, a file printed into is not written; CancelledError."""
    printer_dpi = printer.resolution()
    area = printer.pageLayout().paintRectPixels(printer_dpi).size()
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QT_TRANSLATE_NOOP("messages", "The printer {printer} could not be started."),
            printer=name,
        )
    stopped = False
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
            _draw_page(painter, page, target, scale)
            if progress is not None and progress(number + 1, len(pages)) is False:
                printer.abort()
                stopped = True
                break
    finally:
        if painter.isActive():
            painter.end()
    if stopped:
        raise CancelledError()


def preview_pages(pdfs: Sequence[bytes], progress: Progress | None = None) -> list[PreviewPage]:
    """Every page of `pdfs` rendered for the print preview (PREVIEW_DPI); off the GUI thread.
    A PDF that cannot be read raises PrintError."""
    with _opened(pdfs) as documents:
        pages = _all_pages(documents)
        rendered = []
        for number, page in enumerate(pages):
            points = page.document.pagePointSize(page.index)
            size = QSize(
                max(1, round(points.width() / POINTS_PER_INCH * PREVIEW_DPI)),
                max(1, round(points.height() / POINTS_PER_INCH * PREVIEW_DPI)),
            )
            image = page.document.render(page.index, size)
            if image.isNull():
                raise PrintError(
                    QT_TRANSLATE_NOOP("messages", "Page {page} could not be drawn for printing."),
                    page=page.index + 1,
                )
            # Premultiplied: the preview records it as it is, instead of converting each time.
            image.convertTo(QImage.Format.Format_ARGB32_Premultiplied)
            rendered.append(PreviewPage(image, (points.width(), points.height())))
            if progress is not None and progress(number + 1, len(pages)) is False:
                raise CancelledError()
        return rendered


def _paint_preview(printer: QPrinter, pages: Sequence[PreviewPage]) -> None:
    """Draw the rendered pages into the preview's printer (fast: no rendering here)."""
    chosen = _copies(printer, _chosen_pages(printer, list(pages)))
    if not chosen:
        return
    printer_dpi = printer.resolution()
    area = printer.pageLayout().paintRectPixels(printer_dpi).size()
    painter = QPainter(printer)
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        for number, page in enumerate(chosen):
            if number:
                printer.newPage()
            painter.drawImage(page_target(page.points, area, printer_dpi), page.image)
    finally:
        painter.end()


class PdfPreviewDialog(QPrintPreviewDialog):
    """The print preview of some PDFs, from their pages rendered beforehand; its Print button
    hands the printer to `print_on`, which prints the very same PDFs (off the GUI thread)."""

    def __init__(
        self,
        pdfs: Sequence[bytes],
        pages: Sequence[PreviewPage],
        print_on: Callable[[QPrinter], object],
        parent: QWidget | None = None,
    ) -> None:
        # The dialog does not own its printer: this object keeps it alive as long as itself,
        # and `print_on` as long as it prints.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self._pdfs = list(pdfs)
        self._pages = list(pages)
        self._print_on = print_on
        self.paintRequested.connect(self._paint)
        name_print_preview(self)

    def _paint(self, printer: QPrinter) -> None:
        engine = printer.paintEngine()
        if engine is not None and engine.type() == QPaintEngine.Type.Picture:
            _paint_preview(printer, self._pages)
        else:  # the Print button: the real job
            self._print_on(printer)


def open_preview(
    parent: QWidget | None,
    pdfs: Sequence[bytes],
    pages: Sequence[PreviewPage],
    print_on: Callable[[QPrinter], object],
) -> PdfPreviewDialog:
    """Open the print preview of `pdfs` from their `pages` (window-modal, not blocking); it
    deletes itself when closed."""
    dialog = PdfPreviewDialog(pdfs, pages, print_on, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
