"""The import preview: shows every payment, books OCR matches and the suggestions ticked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QTableWidget
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Giro, Sent, bgmax, camt054

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.bank_files import preview_payment_import
from kundbok.services.payments.booking import invoice_payments
from kundbok.ui import payment_import_dialog
from kundbok.ui.formatting import display_money
from kundbok.ui.payment_import_dialog import PaymentImportDialog, open_payment_import

LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)
DAY = dt.date(2026, 2, 20)


def _shown_dialogs() -> list[PaymentImportDialog]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, PaymentImportDialog) and widget.isVisible()
    ]


def _cell(dialog: PaymentImportDialog, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return dialog.model.index(row, column).data(role)


def _tick(dialog: PaymentImportDialog, row: int) -> None:
    index = dialog.model.index(row, 4)
    assert dialog.model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)


def _choose(monkeypatch, path) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )


def _issued(db, count: int) -> list:
    customer = create_customer(db, CustomerDetails(name="Anna Andersson"))
    issued = []
    for _ in range(count):
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
        issued.append(issue_invoice(db, draft.id, DAY))
    return issued


def test_matches_are_booked_and_ticked_suggestions_too(
    qtbot, db, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    issued = _issued(db, 2)
    path = tmp_path / "camt.xml"
    path.write_bytes(
        camt054(
            CAMT_08,
            [
                [Sent("1250.00", ocr=issued[0].ocr, bank_ref="T1")],
                [Sent("1250.00", text=f"Faktura {issued[1].number}", bank_ref="T2")],
            ],
        )
    )
    _choose(monkeypatch, path)
    booked = []
    open_payment_import(None, db, booked.append)
    wait_for_tasks()
    [dialog] = _shown_dialogs()
    assert "1 matched, 1 suggested" in dialog.summary.text()
    assert dialog.model.rowCount() == 2
    _tick(dialog, 1)
    dialog.accept()
    wait_for_tasks()
    assert len(booked) == 1 and booked[0].booked == 2
    assert _shown_dialogs() == []  # closed when the payments were booked
    assert all(invoice_payments(db, invoice.id) for invoice in issued)


def test_a_long_file_is_shown_whole_at_once(qtbot, db):
    issued = _issued(db, 1)
    payments = [[Sent("1.00", ocr=issued[0].ocr, bank_ref=f"T{n}")] for n in range(1500)]
    preview = preview_payment_import(db, camt054(CAMT_08, payments))
    dialog = PaymentImportDialog(None, db, b"", preview)
    qtbot.addWidget(dialog)
    assert dialog.table.model().rowCount() == 1500
    assert _cell(dialog, 1499, 1) == display_money(D("1.00"))
    assert _cell(dialog, 1499, 3) == str(issued[0].number)
    # A model over the matches: no object per cell for the collector to look at.
    assert dialog.findChildren(QTableWidget) == []


def test_only_suggestions_have_a_tick_box(qtbot, db):
    issued = _issued(db, 2)
    data = camt054(
        CAMT_08,
        [
            [Sent("1250.00", ocr=issued[0].ocr, bank_ref="T1")],
            [Sent("1250.00", text=f"Faktura {issued[1].number}", bank_ref="T2")],
        ],
    )
    dialog = PaymentImportDialog(None, db, data, preview_payment_import(db, data))
    qtbot.addWidget(dialog)
    check = Qt.ItemDataRole.CheckStateRole
    assert _cell(dialog, 0, 4, check) is None  # an OCR match is booked, not asked about
    assert not dialog.model.setData(dialog.model.index(0, 4), Qt.CheckState.Checked, check)
    assert _cell(dialog, 1, 4, check) == Qt.CheckState.Unchecked
    _tick(dialog, 1)
    assert _cell(dialog, 1, 4, check) == Qt.CheckState.Checked
    assert dialog.accepted_suggestions() == {"T2"}
    dialog.model.setData(dialog.model.index(1, 4), Qt.CheckState.Unchecked, check)
    assert dialog.accepted_suggestions() == set()


def test_a_bad_file_is_a_message_and_books_nothing(
    qtbot, db, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    _, asked = no_dialogs
    path = tmp_path / "bad.xml"
    path.write_bytes(b"not a bank file")
    _choose(monkeypatch, path)
    booked = []
    payment_import_dialog.open_payment_import(None, db, booked.append)
    wait_for_tasks()
    assert asked and asked[-1][0] == "warning"
    assert booked == []


def test_the_file_menu_offers_the_payment_import(
    qtbot, window, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    _, asked = no_dialogs
    path = tmp_path / "bad.xml"
    path.write_bytes(b"not a bank file")
    _choose(monkeypatch, path)
    assert window.main_actions.action("action_import_payments").isEnabled()
    window.main_actions.action("action_import_payments").trigger()
    wait_for_tasks()
    assert asked and asked[-1][0] == "warning"  # the file was read, and refused in a message


def test_a_likely_duplicate_is_a_group_of_its_own_booked_only_when_ticked(
    qtbot, db, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    from kundbok.services.payments.bank_files import apply_payment_import, preview_payment_import

    customer = create_customer(db, CustomerDetails(name="Anna Andersson"))
    issued = []
    for _ in range(2):
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
        issued.append(issue_invoice(db, draft.id, DAY))
    # The bankgiro payment of the first invoice, booked from Bankgirot's file before.
    apply_payment_import(db, bgmax([Giro(125000, issued[0].ocr, serial="000000000011")]))
    path = tmp_path / "camt.xml"
    path.write_bytes(
        camt054(
            CAMT_08,
            [
                [Sent("1250.00", ocr=issued[0].ocr, bank_ref="NDEA-1")],  # the same payment
                [Sent("1250.00", ocr=issued[1].ocr, bank_ref="NDEA-2")],
            ],
        )
    )
    dialog = PaymentImportDialog(None, db, path, preview_payment_import(db, path))
    qtbot.addWidget(dialog)
    assert "1 matched, 0 suggested, 1 likely duplicates" in dialog.summary.text()
    # Grouped: the match first, then the likely duplicate with its tick box, unticked.
    assert _cell(dialog, 0, 4) == "Matched by OCR"
    assert _cell(dialog, 1, 4) == "Likely duplicate: booked before"
    assert _cell(dialog, 1, 4, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert "booked on the invoice already" in _cell(dialog, 1, 0, Qt.ItemDataRole.ToolTipRole)
    dialog.accept()
    wait_for_tasks()
    assert [len(invoice_payments(db, i.id)) for i in issued] == [1, 1]
    # Read again and ticked: the user says it is a payment of its own.
    dialog = PaymentImportDialog(None, db, path, preview_payment_import(db, path))
    qtbot.addWidget(dialog)
    assert _cell(dialog, 0, 4) == "Likely duplicate: booked before"
    _tick(dialog, 0)
    dialog.accept()
    wait_for_tasks()
    assert dialog.result_of_import is not None and dialog.result_of_import.booked == 1
    assert [len(invoice_payments(db, i.id)) for i in issued] == [2, 1]
