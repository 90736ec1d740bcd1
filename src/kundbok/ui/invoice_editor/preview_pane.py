"""The document as it will print, beside the editor's form, following what the user types.

Each edit restarts a short single-shot timer; when typing stops and it fires, the pane asks its
`PdfSource` for a build of the form's values (plain, frozen values) and runs it on a worker
thread: reportlab is pure Python, and a long invoice takes tens of milliseconds the keyboard
must not wait for. The pane knows no invoice: `InvoicePdfSource` builds an invoice's pages, and
another document (a quote) brings its own source. Only the
newest request is shown: a build that finishes after a newer request was made is dropped, and at
most one build runs, with at most one waiting behind it. The PDF goes from memory (a QBuffer)
into the QPdfDocument the QPdfView shows; no files. A draft shows as it would print now; an
issued invoice as it was issued (both are the same reportlab PDF that prints and is e-mailed).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from kundbok import APP_NAME
from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import InvoiceDetails
from kundbok.i18n import error_text
from kundbok.services.invoice_queries import invoice_pdf_context
from kundbok.services.settings import CompanySettings
from kundbok.ui import collection

log = logging.getLogger(__name__)

DEBOUNCE_MS = 120
SPLIT_KEY = "invoice_editor/preview_split"
SHOWN_KEY = "invoice_editor/preview_shown"


class PdfSource(Protocol):
    """What the pane shows: the PDF of the form's values, built off the GUI thread."""

    def builder(self) -> Callable[[], bytes] | None:
        """On the GUI thread: a function of plain values that builds the PDF of what the form
        holds now (it runs on a worker thread); None when there is nothing to show. Raises
        KundbokError when the PDF cannot be made (the pane shows its message)."""
        ...

    def forget(self) -> None:
        """The document was shown anew (opened, saved, issued): read again what its PDF
        takes from beyond the form, such as the company."""
        ...


class InvoicePdfSource:
    """An invoice's pages as they will print: the form's invoice, the company and, for a
    credit note, the number of the invoice it credits."""

    def __init__(self, db: Database, current_invoice: Callable[[], InvoiceDetails | None]):
        self._db = db
        self._current_invoice = current_invoice
        self._context: tuple[int | None, CompanySettings, int | None] | None = None

    def builder(self) -> Callable[[], bytes] | None:
        """The build of the invoice as the form holds it; see `PdfSource.builder`."""
        invoice = self._current_invoice()
        if invoice is None:
            return None
        if self._context is None or self._context[0] != invoice.credited_invoice_id:
            company, credited = invoice_pdf_context(self._db, invoice)
            self._context = (invoice.credited_invoice_id, company, credited)
        _, company, credited = self._context

        def build() -> bytes:
            from kundbok.services.pdf import render_invoice_pdf  # reportlab loads off the GUI

            return render_invoice_pdf(invoice, company, credited)

        return build

    def forget(self) -> None:
        """Read the company again on the next build."""
        self._context = None


@dataclass(frozen=True)
class _Request:
    generation: int
    build: Callable[[], bytes]


class _BuildSignals(QObject):
    # Lives in the GUI thread; emitted from the worker, so delivery is queued to the pane.
    built = Signal(int, object)  # generation, the PDF's bytes (None when the build failed)


class _Build(QRunnable):
    """Renders one request's PDF off the GUI thread."""

    def __init__(self, request: _Request, signals: _BuildSignals) -> None:
        super().__init__()
        self._request = request
        self._signals = signals

    def run(self) -> None:
        request = self._request
        try:
            pdf: bytes | None = request.build()
        except Exception:  # the pane keeps its last good page; the log tells why
            log.exception("the preview could not be built")
            pdf = None
        self._signals.built.emit(request.generation, pdf)


class PreviewPane(QWidget):
    """The document's pages as they will print, rebuilt after typing stops."""

    updated = Signal()  # a newly built PDF is loaded in the view

    def __init__(self, source: PdfSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_preview_pane")
        self._source = source
        self._generation = 0  # of the newest request
        self._running = False
        self._waiting: _Request | None = None
        self._active = True
        self._pool = QThreadPool(self)  # its destructor waits for a build still running
        self._pool.setMaxThreadCount(1)
        self._signals = _BuildSignals(self)
        self._signals.built.connect(self._built)
        # Builds started whose PDF has not come; a pane closed meanwhile never hears of them.
        started = self._started = [0]
        self.destroyed.connect(lambda *_: _forget_builds(started))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.render_now)
        self._buffer: QBuffer | None = None
        self.pdf = b""  # what the view shows
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("invoice_preview")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to its width, a page that almost fits the height would show the scroll bar,
        # lose its width to it, fit, hide it, and so on for ever: the bar stays.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setDocument(self.document)
        self.message = QLabel(self)
        self.message.setObjectName("invoice_preview_message")
        self.message.setWordWrap(True)
        self.message.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message)
        layout.addWidget(self.view)

    def document_shown(self) -> None:
        """The editor shows another state of the document (opened, saved, issued): read the
        company again and rebuild."""
        self._source.forget()
        self.document_edited()

    def document_edited(self) -> None:
        """The user changed something: rebuild once typing has stopped."""
        if self._active:
            self._timer.start()

    def set_active(self, active: bool) -> None:
        """Build only while the pane is shown; showing it again brings it up to date."""
        self._active = active
        if active:
            self._timer.start()
        else:
            self._timer.stop()

    def render_now(self) -> None:
        """Build the PDF of the form's current values (on the worker thread) and show it."""
        try:
            build = self._source.builder()
        except KundbokError as error:
            self._show_message(error_text(error))
            return
        if build is None:
            self._clear()
            return
        self._generation += 1
        request = _Request(self._generation, build)
        if self._running:
            self._waiting = request  # replaces an older one that never started
        else:
            self._start(request)

    @property
    def is_building(self) -> bool:
        """Whether a build runs or waits, or typing has not yet stopped."""
        return self._running or self._timer.isActive()

    def _start(self, request: _Request) -> None:
        self._running = True
        self._started[0] += 1
        collection.worker_started()
        self._pool.start(_Build(request, self._signals))

    def _built(self, generation: int, pdf: bytes | None) -> None:
        self._running = False
        if self._started[0]:
            self._started[0] -= 1
            collection.worker_ended()
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._start(waiting)
        if generation != self._generation:
            return  # the form changed while this one was built
        if pdf is None:
            self._show_message(self.tr("The preview could not be made; the log says why."))
            return
        self._load(pdf)

    def _load(self, pdf: bytes) -> None:
        scroll = self.view.verticalScrollBar().value()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:  # the document has let go of the old one
            self._buffer.close()
            self._buffer.deleteLater()
        self._buffer = buffer
        self.pdf = pdf
        self.message.hide()
        self.view.verticalScrollBar().setValue(scroll)  # typing keeps the place in a long one
        self.updated.emit()

    def _clear(self) -> None:
        self._generation += 1  # a build under way is no longer wanted
        self.document.close()
        self.pdf = b""

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _forget_builds(started: list[int]) -> None:
    while started[0]:
        started[0] -= 1
        collection.worker_ended()


class PreviewSplitter(QSplitter):
    """The editor's form beside its preview pane; remembers the split and whether the pane is
    shown. `toggle` is the button that shows or hides the pane."""

    def __init__(self, form: QWidget, pane: PreviewPane, parent: QWidget) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("invoice_preview_splitter")
        self._pane = pane
        self.addWidget(form)
        self.addWidget(pane)
        self.setCollapsible(0, False)
        self.setCollapsible(1, False)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.toggle = QPushButton(self.tr("Invoice preview"), parent)
        self.toggle.setObjectName("button_toggle_preview")
        self.toggle.setCheckable(True)
        settings = QSettings(APP_NAME, APP_NAME)
        state = settings.value(SPLIT_KEY)
        if not isinstance(state, QByteArray) or not self.restoreState(state):
            self.setSizes([930, 560])  # an A4 page wide enough to read at a glance
        shown = settings.value(SHOWN_KEY, True, type=bool)
        self.toggle.setChecked(bool(shown))
        pane.setVisible(bool(shown))
        pane.set_active(bool(shown))
        self.toggle.toggled.connect(self._toggled)
        self.splitterMoved.connect(lambda _position, _index: self._remember())

    def _toggled(self, shown: bool) -> None:
        self._pane.setVisible(shown)
        self._pane.set_active(shown)
        self._remember()

    def _remember(self) -> None:
        settings = QSettings(APP_NAME, APP_NAME)
        settings.setValue(SHOWN_KEY, self.toggle.isChecked())
        if self.toggle.isChecked():  # a hidden pane's zero width is not the split to keep
            settings.setValue(SPLIT_KEY, self.saveState())
