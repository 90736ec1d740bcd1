"""The editor's preview pane: the invoice as it will print, rebuilt once typing stops."""

from __future__ import annotations

import io
import threading
import time

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QPlainTextEdit, QPushButton, QSplitter

import kundbok.services.pdf as pdf_package
from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.pdf import invoice_pdf
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_editor.preview_pane import DEBOUNCE_MS


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture
def db(database_path):
    database = open_database(database_path)
    yield database
    database.dispose()


@pytest.fixture
def open_editor(qtbot, db, no_dialogs):
    """An editor on a new draft for customer 1 (or on `invoice_id`), its first preview shown."""
    editors = []

    def open_one(invoice_id: int | None = None) -> InvoiceEditor:
        editor = InvoiceEditor(db, None if invoice_id else 1, invoice_id)
        qtbot.addWidget(editor)
        editors.append(editor)
        editor.show()
        qtbot.waitUntil(lambda: bool(editor.preview.pdf) or not editor.preview.isVisible())
        return editor

    yield open_one
    for editor in editors:
        editor.form_state.dirty = False


@pytest.fixture
def builds(monkeypatch):
    """Every PDF the pane builds, with the thread that built it."""
    built: list[threading.Thread] = []
    render = pdf_package.render_invoice_pdf

    def counting(*args, **kwargs):
        built.append(threading.current_thread())
        return render(*args, **kwargs)

    monkeypatch.setattr(pdf_package, "render_invoice_pdf", counting)
    return built


def _type_text(qtbot, editor: InvoiceEditor, text: str) -> None:
    field = editor.findChild(QPlainTextEdit, "field_text")
    field.setFocus()
    for char in text:
        qtbot.keyClick(field, char)
        qtbot.wait(10)  # a quick typist: well inside the pause that starts a build


def test_the_draft_shows_beside_the_form_in_a_pdf_view(open_editor):
    editor = open_editor()
    view = editor.findChild(QPdfView, "invoice_preview")
    assert view is not None and view.isVisible()
    assert view.document().status() == QPdfDocument.Status.Ready
    assert view.document().pageCount() == 1
    assert "Faktura" in _text(editor.preview.pdf)


def test_typing_updates_the_preview_after_the_pause(qtbot, open_editor, builds):
    editor = open_editor()
    _type_text(qtbot, editor, "Tack for the order")
    assert "Tack for the order" not in _text(editor.preview.pdf)  # not while typing
    with qtbot.waitSignal(editor.preview.updated, timeout=2000):
        pass
    assert "Tack for the order" in _text(editor.preview.pdf)
    assert editor.preview.document.pageCount() == 1


def test_rapid_typing_builds_once_off_the_gui_thread(qtbot, open_editor, builds):
    editor = open_editor()
    builds.clear()
    updates = []
    editor.preview.updated.connect(lambda: updates.append(True))
    _type_text(qtbot, editor, "Arbetet utfört enligt offert")
    qtbot.waitUntil(lambda: bool(updates), timeout=2000)
    qtbot.wait(3 * DEBOUNCE_MS)
    assert len(builds) == 1 and len(updates) == 1
    assert builds[0] is not threading.main_thread()


def test_a_build_overtaken_by_typing_is_not_shown(qtbot, open_editor, monkeypatch):
    editor = open_editor()
    render = pdf_package.render_invoice_pdf

    def slow(invoice, *args):
        if "först" in invoice.text:
            time.sleep(0.3)  # a long invoice: the user types on meanwhile
        return render(invoice, *args)

    monkeypatch.setattr(pdf_package, "render_invoice_pdf", slow)
    updates = []
    editor.preview.updated.connect(lambda: updates.append(_text(editor.preview.pdf)))
    field = editor.findChild(QPlainTextEdit, "field_text")
    field.setPlainText("först")
    editor.preview.render_now()
    started = time.perf_counter()
    qtbot.wait(20)  # the GUI thread is free while the slow one builds
    assert time.perf_counter() - started < 0.25
    field.setPlainText("sedan")
    editor.preview.render_now()
    qtbot.waitUntil(lambda: not editor.preview.is_building, timeout=3000)
    assert len(updates) == 1 and "sedan" in updates[0] and "först" not in updates[0]


def test_an_issued_invoice_shows_its_pdf(db, open_editor):
    create_demo_invoices(db, 1)
    editor = open_editor(invoice_id=1)
    assert _text(editor.preview.pdf) == _text(invoice_pdf(db, 1))
    assert "UTKAST" not in _text(editor.preview.pdf)


def test_the_pane_can_be_hidden_and_the_editor_remembers(qtbot, open_editor, builds):
    editor = open_editor()
    toggle = editor.findChild(QPushButton, "button_toggle_preview")
    assert toggle.isChecked()
    toggle.click()
    assert not editor.preview.isVisible()
    builds.clear()
    _type_text(qtbot, editor, "no preview here")
    qtbot.wait(3 * DEBOUNCE_MS)
    assert not builds  # a hidden pane costs nothing
    hidden = open_editor()
    assert not hidden.preview.isVisible()
    assert not hidden.findChild(QPushButton, "button_toggle_preview").isChecked()
    hidden.findChild(QPushButton, "button_toggle_preview").click()
    qtbot.waitUntil(lambda: bool(hidden.preview.pdf), timeout=2000)


def test_the_split_is_remembered(open_editor):
    editor = open_editor()
    splitter = editor.findChild(QSplitter, "invoice_preview_splitter")
    splitter.moveSplitter(1000, 1)  # as a drag of the handle does
    sizes = splitter.sizes()
    again = open_editor()
    assert again.findChild(QSplitter, "invoice_preview_splitter").sizes() == sizes


def test_no_customer_no_preview(qtbot, db, no_dialogs):
    editor = InvoiceEditor(db)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.wait(3 * DEBOUNCE_MS)
    assert editor.preview.pdf == b""
    assert editor.preview.document.status() != QPdfDocument.Status.Ready
    assert editor.windowTitle() == "New invoice"
    assert editor.preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
