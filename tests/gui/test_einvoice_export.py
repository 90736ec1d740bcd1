"""The card's E-invoice tab, the invoice's references and Exportera e-faktura… in the invoice
and the invoice list."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtWidgets import QComboBox, QFileDialog, QLabel, QLineEdit, QPushButton, QTabWidget
from tests.helpers.shortcuts import new_draft

from helpers.peppol_validation import peppol_and_swedish_rule_violations, schema_errors
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer, get_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.ui.customer_card import CustomerCard
from kundbok.ui.invoice_editor import InvoiceEditor
from kundbok.ui.invoice_list import InvoiceList

TODAY = dt.date(2026, 11, 23)


def _customer(db, **peppol):
    return create_customer(
        db,
        CustomerDetails(
            name="Umeå kommun",
            org_number="212000-2742",
            addresses=(AddressDetails(street="Skolgatan 31A", postcode="90184", city="Umeå"),),
            **peppol,
        ),
    )


def _issued(db, customer, **changes):
    lines = (LineDetails(description="Arbete", quantity=D(2), unit="tim", unit_price=D(650)),)
    draft = save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=lines, **changes))
    return issue_invoice(db, draft.id, TODAY)


def test_the_card_takes_a_checked_peppol_id_and_reference(qtbot, db, no_dialogs, type_into):
    customer = _customer(db)
    card = CustomerCard(db, customer.id)
    qtbot.addWidget(card)
    tabs = card.findChild(QTabWidget, "customer_card_tabs")
    tabs.setCurrentWidget(card.findChild(object, "tab_einvoice"))
    scheme = card.findChild(QComboBox, "field_peppol_scheme")
    peppol_id = card.findChild(QLineEdit, "field_peppol_id")
    assert scheme.currentData() == "0007"
    type_into(peppol_id, "212000-2743")
    assert card.findChild(QLabel, "error_peppol_id").text() != ""
    assert not card.findChild(QPushButton, "button_save").isEnabled()
    scheme.setCurrentIndex(scheme.findData("0088"))
    assert "13 digits" in card.findChild(QLabel, "error_peppol_id").text()
    scheme.setCurrentIndex(scheme.findData("0007"))
    peppol_id.clear()
    type_into(peppol_id, "212000-2742")
    type_into(card.findChild(QLineEdit, "field_buyer_reference"), "UK4711")
    assert card.findChild(QPushButton, "button_save").isEnabled()
    card.findChild(QPushButton, "button_save").click()
    saved = get_customer(db, customer.id)
    assert (saved.peppol_scheme, saved.peppol_id, saved.buyer_reference) == (
        "0007",
        "2120002742",
        "UK4711",
    )
    card.form.dirty = False


def test_a_new_invoice_takes_the_cards_reference_and_an_order_number(qtbot, db, no_dialogs):
    customer = _customer(db, buyer_reference="UK4711")
    editor = InvoiceEditor(db, customer.id)
    qtbot.addWidget(editor)
    assert editor.findChild(QLineEdit, "field_buyer_reference").text() == "UK4711"
    editor.findChild(QLineEdit, "field_order_reference").setText("PO-118")
    editor.lines.add_line(LineDetails(description="Arbete", unit_price=D(100)))
    assert editor.save()
    saved = get_invoice(db, editor.invoice.id)
    assert (saved.buyer_reference, saved.order_reference) == ("UK4711", "PO-118")
    assert not editor.findChild(QPushButton, "button_export_einvoice").isEnabled()
    editor.form_state.dirty = False


def test_the_editor_exports_an_issued_invoice(
    qtbot, db, company, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    customer = _customer(db, peppol_scheme="0007", peppol_id="2120002742")
    invoice = _issued(db, customer, order_reference="PO-118")
    target = tmp_path / "e-faktura.xml"
    suggested = []

    def save_as(parent, title, name, *args, **kwargs):
        suggested.append(name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    editor = InvoiceEditor(db, invoice_id=invoice.id)
    qtbot.addWidget(editor)
    assert editor.findChild(QLineEdit, "field_order_reference").text() == "PO-118"
    assert not editor.findChild(QLineEdit, "field_order_reference").isEnabled()
    editor.findChild(QPushButton, "button_export_einvoice").click()
    wait_for_tasks()
    assert suggested == [f"faktura-{invoice.number}.xml"]
    assert schema_errors(target.read_bytes()) == []
    assert peppol_and_swedish_rule_violations(target.read_bytes()) == []


def test_the_list_exports_the_selected_issued_invoices(
    qtbot, db, company, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    _answers, asked = no_dialogs
    customer = _customer(db, peppol_scheme="0007", peppol_id="2120002742", buyer_reference="UK1")
    numbers = {_issued(db, customer).number for _ in range(2)}
    save_draft(
        db, replace(new_draft(db, customer.id, TODAY), lines=(LineDetails(description="x"),))
    )
    folder = tmp_path / "out"
    folder.mkdir()
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(folder))
    )
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    button = invoices.findChild(QPushButton, "button_export_einvoices")
    assert not button.isEnabled()
    invoices.table.selectAll()
    assert button.isEnabled()
    invoices.export_einvoices()
    wait_for_tasks()
    assert sorted(path.name for path in folder.iterdir()) == sorted(
        f"faktura-{number}.xml" for number in numbers
    )
    assert asked[-1] == (
        "information",
        f"2 e-invoices written to {folder}. Upload them to your Peppol access point.",
    )


def test_the_list_writes_nothing_when_one_is_refused(
    qtbot, db, company, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    _answers, asked = no_dialogs
    _issued(db, _customer(db, peppol_scheme="0007", peppol_id="2120002742", buyer_reference="A"))
    _issued(db, create_customer(db, CustomerDetails(name="Utan Peppol AB")))
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: str(tmp_path))
    )
    invoices = InvoiceList(db)
    qtbot.addWidget(invoices)
    invoices.refresh()
    invoices.table.selectAll()
    invoices.export_einvoices()
    wait_for_tasks()
    assert asked[-1][0] == "warning"
    assert "Utan Peppol AB has no Peppol participant id" in asked[-1][1]
    assert not list(tmp_path.glob("*.xml"))
