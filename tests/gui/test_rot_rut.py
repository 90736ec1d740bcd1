"""The ROT/RUT claim in the GUI: Fakturering → Begär utbetalning ROT/RUT, the work type column of
the invoice lines, Skatteverket's decision from the invoice list, the January reminder."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QLabel, QPushButton
from tests.helpers.begaran_schema import assert_valid_claim
from tests.helpers.rot_rut_invoices import paid_invoice

from kundbok.db.migrate import open_database
from kundbok.domain.invoice import LineDetails
from kundbok.services.invoice_queries import get_invoice
from kundbok.ui.invoice_editor.lines_model import Column, InvoiceLinesModel
from kundbok.ui.rot_rut_claim_dialog import RotRutClaimDialog, default_year
from kundbok.ui.rot_rut_decision_dialog import RotRutDecisionDialog
from kundbok.ui.rot_rut_reminder import remind_unclaimed


def _claims(database_path, minor: bool = False) -> list[int]:
    db = open_database(database_path)
    invoices = [paid_invoice(db, 1), paid_invoice(db, 2, born=dt.date(1955, 9, 9))]
    if minor:
        invoices.append(paid_invoice(db, 3, born=dt.date(2012, 1, 1)))
    db.dispose()
    return [invoice.number or 0 for invoice in invoices]


def _open_claim(window, qtbot) -> RotRutClaimDialog:
    window.findChild(QAction, "action_rot_rut_claim").trigger()
    dialog = window.findChild(RotRutClaimDialog, "rot_rut_claim_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.year.setValue(2025)
    return dialog


class _NoArticles:
    """Pricing without an article register: every line is typed."""

    def article(self, number, quantity):
        return None

    def repriced(self, line):
        return None

    def sources(self, lines):
        return [None] * len(lines)


def test_failing_cases_show_their_reason_and_nothing_can_be_saved(database_path, window, qtbot):
    numbers = _claims(database_path, minor=True)
    dialog = _open_claim(window, qtbot)
    table = dialog.table
    assert table.rowCount() == 3
    assert [table.item(row, 0).text() for row in range(3)] == [str(n) for n in numbers]
    assert table.item(0, 7).text() == "OK"
    assert table.item(0, 6).text() == "VVS (10 h, 1500 kr)"
    assert table.item(2, 7).text() == "The buyer is not 18 or older in 2025."
    assert not dialog.button_save.isEnabled()
    assert "1 cases fail a check" in dialog.summary.text()


def test_save_xml_writes_a_valid_file_and_the_cases_leave_the_list(
    database_path, window, qtbot, no_dialogs, monkeypatch, tmp_path
):
    numbers = _claims(database_path)
    out = tmp_path / "rot-2025.xml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    dialog = _open_claim(window, qtbot)
    assert dialog.button_save.isEnabled()
    dialog.button_save.click()
    assert_valid_claim(out)
    _answers, asked = no_dialogs
    assert asked and asked[-1][0] == "information" and str(out) in asked[-1][1]
    assert dialog.table.rowCount() == 0
    assert get_invoice(window.db, numbers[0]).rot_rut_claim_file == "rot-2025.xml"
    dialog.kind.setCurrentIndex(1)  # RUT: nothing paid
    assert "No paid invoices of 2025" in dialog.summary.text()


def test_the_decision_is_entered_from_the_invoice_list(database_path, window, qtbot, tmp_path):
    from kundbok.services.rot_rut_claims import write_claim

    _claims(database_path)
    write_claim(window.db, "rot", 2025, tmp_path / "rot.xml")
    window.tabs.setCurrentIndex(2)  # Overview, Customers, Invoices
    invoices = window.invoice_list
    invoices.refresh()
    row = next(r for r, inv in enumerate(invoices._rows) if inv.number == 1)
    invoices.table.selectRow(row)
    button = invoices.findChild(QPushButton, "button_rot_rut_decision")
    assert button.isEnabled()
    button.click()
    dialog = invoices.findChild(RotRutDecisionDialog, "rot_rut_decision_dialog")
    assert dialog is not None
    dialog.refused.setChecked(True)
    dialog.save()
    assert dialog.granted == 0
    decided = get_invoice(window.db, 1)
    assert decided.rot_rut_decided_on is not None and decided.rot_rut_granted == 0


def test_the_work_type_column_shows_swedish_words_and_makes_a_line_labour(qtbot):
    model = InvoiceLinesModel(_NoArticles())
    model.set_lines([LineDetails(description="Fönsterputs", quantity=Decimal(3), unit="tim")])
    index = model.index(0, Column.WORK_TYPE)
    assert model.setData(index, "Stadning")
    assert model.data(index) == "Städning"
    assert model.lines()[0].kind == "labour" and model.lines()[0].work_type == "Stadning"
    assert not model.setData(index, "Rörläggning")  # not a schema V6 code
    assert model.setData(index, "")
    assert model.lines()[0].work_type == ""


def test_in_january_the_status_bar_reminds_of_last_years_unclaimed_cases(
    database_path, window, qtbot
):
    _claims(database_path)
    opened = []
    label = remind_unclaimed(window, window.db, lambda: opened.append(1), dt.date(2026, 1, 8))
    assert isinstance(label, QLabel) and label.objectName() == "rot_rut_reminder"
    assert "2 paid ROT/RUT invoices of 2025 not yet claimed" in label.text()
    label.linkActivated.emit("claim")
    assert opened == [1]
    assert remind_unclaimed(window, window.db, lambda: None, dt.date(2026, 2, 1)) is None
    assert default_year(dt.date(2026, 1, 8)) == 2025 and default_year(dt.date(2026, 5, 1)) == 2026
