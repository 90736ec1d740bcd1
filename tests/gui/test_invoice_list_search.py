"""The Fakturor tab's search box, date range, open amount, last reminder and how each invoice
went out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtWidgets import QDateEdit, QLineEdit
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_outputs import record_printed
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.ui.formatting import display_money
from kundbok.ui.invoice_list import InvoiceList

TODAY = dt.date.today()


def _issued(db, customer_id, days_ago):
    day = TODAY - dt.timedelta(days=days_ago)
    lines = (LineDetails(description="Arbete", unit_price=D(1000), vat_rate=D(25)),)
    draft = save_draft(db, replace(new_draft(db, customer_id, day), lines=lines))
    return issue_invoice(db, draft.id, day)


def _column(invoices, column):
    model = invoices.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_typing_an_ocr_number_or_a_name_shows_only_its_invoices(qtbot, db):
    post = create_customer(db, CustomerDetails(name="Brevlådan AB"))
    mail = create_customer(
        db, CustomerDetails(name="Epost AB", invoice_by_email=True, email="a@b.se")
    )
    first, second = _issued(db, post.id, 40), _issued(db, mail.id, 0)
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    assert _column(invoices, 0) == [str(second.number), str(first.number)]
    field = invoices.findChild(QLineEdit, "invoice_search")
    qtbot.keyClicks(field, first.ocr)
    qtbot.waitUntil(lambda: invoices.model.query.text == first.ocr)
    assert _column(invoices, 0) == [str(first.number)]
    field.setText("epost")
    qtbot.waitUntil(lambda: _column(invoices, 0) == [str(second.number)])
    field.clear()
    qtbot.waitUntil(lambda: invoices.model.rowCount() == 2)
    assert _column(invoices, 6) == [display_money(D(1250))] * 2  # open: nothing paid
    # Never meant to be e-mailed, never printed: not "Unsent".
    assert _column(invoices, 9) == ["Unsent", "Not printed yet"]
    record_printed(db, [first.id])
    invoices.reread_keeping_place()
    assert _column(invoices, 9)[1].startswith("Printed ")


def test_the_date_range_limits_the_list(qtbot, db):
    customer = create_customer(db, CustomerDetails(name="Brevlådan AB"))
    old, new = _issued(db, customer.id, 40), _issued(db, customer.id, 0)
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    since = TODAY - dt.timedelta(days=10)
    invoices.findChild(QDateEdit, "invoice_date_from").setDate(
        QDate(since.year, since.month, since.day)
    )
    qtbot.waitUntil(lambda: _column(invoices, 0) == [str(new.number)])
    until = TODAY - dt.timedelta(days=20)
    invoices.date_from.setDate(invoices.date_from.minimumDate())
    invoices.findChild(QDateEdit, "invoice_date_to").setDate(
        QDate(until.year, until.month, until.day)
    )
    qtbot.waitUntil(lambda: _column(invoices, 0) == [str(old.number)])


def test_reading_again_keeps_the_selected_invoices_selected_in_one_change(qtbot, db):
    customer = create_customer(db, CustomerDetails(name="Brevlådan AB"))
    issued = [_issued(db, customer.id, days) for days in range(6)]
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    selection = invoices.table.selectionModel()
    rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (1, 2, 4):
        selection.select(invoices.model.index(row, 0), rows)
    chosen = {row.id for row in invoices.selected_issued()}
    assert len(chosen) == 3
    changes: list[object] = []
    selection.selectionChanged.connect(lambda *_args: changes.append(True))
    record_printed(db, [issued[0].id])
    invoices.reread_keeping_place()
    assert {row.id for row in invoices.selected_issued()} == chosen
    assert len(changes) == 2  # cleared, then selected again at once, not row by row
    read: list[bool] = []
    invoices.model.modelReset.connect(lambda: read.append(True))
    invoices.reread_in_background()
    qtbot.waitUntil(lambda: read == [True])
    assert {row.id for row in invoices.selected_issued()} == chosen
