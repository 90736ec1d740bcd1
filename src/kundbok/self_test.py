"""`kundbok --self-test`: the app started for real on a database, then closed again.

It opens the main window on the database, searches, opens a customer card and an invoice (the
PDF of an issued invoice rendered and loaded by QtPdf, as printing does), runs a task on a worker
thread as sending and printing do (`ui/background.py`), and says whether all of
it worked: exit status 0, or 2 with one line naming the step that failed. It proves that a
bundled build has what the app loads late (the data layer, reportlab and its fonts, the
translations, Qt's PDF module, the icons), with QT_QPA_PLATFORM=offscreen where there is no screen.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QEventLoop, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from kundbok import APP_NAME
from kundbok.i18n import load_translator
from kundbok.ui.icons import icon
from kundbok.ui.main_window import MainWindow

FAILED = 2
T = TypeVar("T")


class SelfTestFailure(Exception):
    """A step of the self-test went wrong; the message names the step and why."""


def _step(name: str, call: Callable[[], T]) -> T:
    """The result of `call`, or SelfTestFailure naming the step `name`."""
    try:
        result = call()
    except SelfTestFailure:
        raise
    except Exception as error:
        first = (str(error).strip().splitlines() or [""])[0]
        raise SelfTestFailure(f"{name}: {type(error).__name__}: {first}"[:300]) from error
    QCoreApplication.processEvents()
    return result


def _check(name: str, condition: bool, why: str) -> None:
    if not condition:
        raise SelfTestFailure(f"{name}: {why}")


def _application() -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    existing = QApplication.instance()
    return existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])


def _translations() -> None:
    _check("translations", load_translator("sv") is not None, "the Swedish catalogue is missing")
    load_translator("en")  # the test's own texts stay as they were


def _icons() -> None:
    _check("icons", not icon("kundbok").isNull(), "the application icon does not load")


def _search(window: MainWindow) -> int | None:
    """Search for the first listed customer's name; that customer's id (None: no customers)."""
    window.customers.apply_search()
    first = window.customers.model.row(0)
    if first is None:
        return None
    window.customers.search_field.setText(first.name.split()[0] if first.name.split() else "")
    window.customers.apply_search()
    found = [
        window.customers.model.row(r) for r in range(min(window.customers.model.rowCount(), 100))
    ]
    _check("search", any(row is not None and row.id == first.id for row in found), "no match")
    return first.id


def _customer_card(window: MainWindow, customer_id: int | None) -> None:
    from kundbok.ui.customer_card import CustomerCard

    card = CustomerCard(window.db, customer_id, window)
    card.show()
    QCoreApplication.processEvents()
    card.close()
    card.deleteLater()


def _invoice_preview(window: MainWindow) -> None:
    """Open the newest issued invoice and load its PDF into QtPdf; a new draft when none."""
    from kundbok.services.invoice_queries import list_invoices
    from kundbok.services.pdf import invoice_pdf
    from kundbok.ui.invoice_editor import InvoiceEditor

    issued = [row for row in list_invoices(window.db, limit=50) if row.number is not None]
    editor = InvoiceEditor(window.db, None, issued[0].id if issued else None, window)
    editor.show()
    QCoreApplication.processEvents()
    editor.close()
    editor.deleteLater()
    if not issued:
        return
    data = QByteArray(invoice_pdf(window.db, issued[0].id))
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    _check(
        "invoice preview",
        document.status() == QPdfDocument.Status.Ready and document.pageCount() > 0,
        f"QtPdf cannot read invoice {issued[0].number}'s PDF ({document.error().name})",
    )
    document.close()


def _background_task(window: MainWindow) -> None:
    """A task runs on a worker thread and hands its result back to the window's thread."""
    from kundbok.ui.background import run_task, running_tasks

    results: list[int] = []
    run_task(
        window,
        lambda _control: threading.get_ident(),
        results.append,
        title="",
        text="",
        quiet=True,
    )
    deadline = time.monotonic() + 30
    while running_tasks() and time.monotonic() < deadline:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    _check("background task", bool(results), "the worker's result never came back")
    _check("background task", results[0] != threading.get_ident(), "it ran on the window's thread")


def check(database: str) -> None:
    """Run every step on `database`; SelfTestFailure names the first that fails."""
    from kundbok.app import create_main_window

    _step("translations", _translations)
    _step("icons", _icons)
    window = _step("main window", lambda: create_main_window(database))
    try:
        window.show()
        customer_id = _step("search", lambda: _search(window))
        _step("customer card", lambda: _customer_card(window, customer_id))
        _step("invoice preview", lambda: _invoice_preview(window))
        _step("background task", lambda: _background_task(window))
    finally:
        window.close()
        window.deleteLater()
        QCoreApplication.processEvents()


def run_self_test(database: str) -> int:
    """`kundbok --self-test`: 0 when the app works on `database`, else 2 and one line."""
    _application()
    try:
        check(database)
    except SelfTestFailure as failure:
        print(f"kundbok: self-test failed at {failure}", file=sys.stderr)
        return FAILED
    print("kundbok: self-test passed")
    return 0
