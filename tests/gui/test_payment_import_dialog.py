"""The import preview: shows every payment, books OCR matches and the suggestions ticked."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Giro, Sent, bgmax, camt054

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.booking import invoice_payments
from kundbok.ui import payment_import_dialog
from kundbok.ui.payment_import_dialog import PaymentImportDialog, open_payment_import

LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)
DAY = dt.date(2026, 2, 20)


def test_matches_are_booked_and_ticked_suggestions_too(
    qtbot, db, no_dialogs, tmp_path, monkeypatch
):
    customer = create_customer(db, CustomerDetails(name="Anna Andersson"))
    issued = []
    for _ in range(2):
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
        issued.append(issue_invoice(db, draft.id, DAY))
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
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    shown = []

    def tick_and_book(dialog):
        shown.append(dialog.summary.text())
        assert dialog.table.rowCount() == 2
        dialog.table.item(1, 4).setCheckState(Qt.CheckState.Checked)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PaymentImportDialog, "exec", tick_and_book)
    result = open_payment_import(None, db)
    assert result is not None and result.booked == 2
    assert "1 matched, 1 suggested" in shown[0]
    assert all(invoice_payments(db, invoice.id) for invoice in issued)


def test_a_bad_file_is_a_message_and_books_nothing(qtbot, db, no_dialogs, tmp_path, monkeypatch):
    _, asked = no_dialogs
    path = tmp_path / "bad.xml"
    path.write_bytes(b"not a bank file")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    assert payment_import_dialog.open_payment_import(None, db) is None
    assert asked and asked[-1][0] == "warning"


def test_the_file_menu_offers_the_payment_import(qtbot, window, no_dialogs, tmp_path, monkeypatch):
    _, asked = no_dialogs
    path = tmp_path / "bad.xml"
    path.write_bytes(b"not a bank file")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    assert window.main_actions.action("action_import_payments").isEnabled()
    window.main_actions.action("action_import_payments").trigger()
    assert asked and asked[-1][0] == "warning"  # the file was read, and refused in a message


def test_a_likely_duplicate_is_a_group_of_its_own_booked_only_when_ticked(
    qtbot, db, no_dialogs, tmp_path, monkeypatch
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
    assert dialog.table.item(0, 4).text() == "Matched by OCR"
    assert dialog.table.item(1, 4).text() == "Likely duplicate: booked before"
    assert dialog.table.item(1, 4).checkState() == Qt.CheckState.Unchecked
    dialog.accept()
    assert [len(invoice_payments(db, i.id)) for i in issued] == [1, 1]
    # Read again and ticked: the user says it is a payment of its own.
    dialog = PaymentImportDialog(None, db, path, preview_payment_import(db, path))
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 4).text() == "Likely duplicate: booked before"
    dialog.table.item(0, 4).setCheckState(Qt.CheckState.Checked)
    dialog.accept()
    assert dialog.result_of_import is not None and dialog.result_of_import.booked == 1
    assert [len(invoice_payments(db, i.id)) for i in issued] == [2, 1]
