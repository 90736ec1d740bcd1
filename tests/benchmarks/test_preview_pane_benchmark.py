"""The editor's preview pane updated within 150 ms of typing stopping, for a one-page invoice.

Measured from the debounce timer firing (`render_now`) to the new PDF loaded in the view
(`updated`): reading the form, building the PDF on the worker thread, loading it from memory.
"""

from __future__ import annotations

import io
import itertools
from decimal import Decimal

from pypdf import PdfReader
from PySide6.QtCore import QSettings
from tests.helpers.benchmarking import assert_within

from kundbok.db.migrate import open_database
from kundbok.domain.invoice import LineDetails
from kundbok.services.demo_data import create_demo_customers
from kundbok.ui.invoice_editor import InvoiceEditor


def test_preview_updated_after_typing_stops(benchmark, qtbot, tmp_path):
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    db = open_database(tmp_path / "preview.sqlite3")
    create_demo_customers(db, 3)
    editor = InvoiceEditor(db, customer_id=1)
    qtbot.addWidget(editor)
    for number in range(8):  # a typical invoice: a handful of lines, one page
        editor.lines.add_line(
            LineDetails(
                description=f"Arbetstid montering, etapp {number + 1}",
                quantity=Decimal(3),
                unit="tim",
                unit_price=Decimal("650.00"),
                vat_rate=Decimal(25),
            )
        )
    editor.show()
    pane = editor.preview
    qtbot.waitUntil(lambda: bool(pane.pdf) and not pane.is_building, timeout=5000)
    typed = itertools.count()

    def type_text() -> tuple[tuple[()], dict[str, object]]:
        editor.lines.field_text.setPlainText(f"Tack för beställningen, order {next(typed)}")
        pane._timer.stop()  # the measurement starts where the timer would fire
        return (), {}

    def update() -> None:
        with qtbot.waitSignal(pane.updated, timeout=2000):
            pane.render_now()

    benchmark.pedantic(update, setup=type_text, rounds=20, iterations=1, warmup_rounds=2)
    assert len(PdfReader(io.BytesIO(pane.pdf)).pages) == pane.document.pageCount() == 1
    assert f"order {next(typed) - 1}" in PdfReader(io.BytesIO(pane.pdf)).pages[0].extract_text()
    assert_within(benchmark, 0.150)
    editor.form_state.dirty = False
    db.dispose()
