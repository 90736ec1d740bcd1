"""The invoice list filters by every status and says how late and how much is open; the
invoice editor's status label says the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import invoice_row, list_invoices
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.payments.booking import register_payment
from kundbok.ui.color_scheme import apply_color_scheme
from kundbok.ui.formatting import display_money
from kundbok.ui.invoice_list import InvoiceList
from kundbok.ui.palette import OVERDUE

TODAY = dt.date.today()
LINES = (LineDetails(description="Arbete", quantity=D(1), unit_price=D(1000), vat_rate=D(25)),)


def _draft(db, customer_id, day):
    return save_draft(db, replace(new_draft(db, customer_id, day), lines=LINES))


def _issued(db, customer_id, days_ago):
    day = TODAY - dt.timedelta(days=days_ago)
    return issue_invoice(db, _draft(db, customer_id, day).id, day)  # 1250.00 due in 10 days


def _one_of_each(db):
    """One invoice of each status; their ids by status."""
    customer = create_customer(db, CustomerDetails(name="Ödmans Bageri AB", payment_terms_days=10))
    unpaid = _issued(db, customer.id, 0)
    partly = _issued(db, customer.id, 2)
    register_payment(db, partly.id, D("250.00"), TODAY)
    overdue = _issued(db, customer.id, 50)  # 40 days late
    late_part = _issued(db, customer.id, 15)  # 5 days late, part paid
    register_payment(db, late_part.id, D("1000.00"), TODAY)
    paid = _issued(db, customer.id, 5)
    register_payment(db, paid.id, D("1250.00"), TODAY)
    credited = _issued(db, customer.id, 3)
    create_credit_note(db, credited.id, TODAY)
    draft = _draft(db, customer.id, TODAY)
    return {
        "unpaid": unpaid.id,
        "partly": partly.id,
        "overdue": overdue.id,
        "late_part": late_part.id,
        "paid": paid.id,
        "credited": credited.id,
        "draft": draft.id,
    }


@pytest.fixture
def invoices(db):
    return _one_of_each(db)


def test_each_status_filter_lists_the_rows_showing_that_status(db, invoices):
    def ids(status):
        return {row.id for row in list_invoices(db, status, today=TODAY)}

    assert ids(InvoiceStatus.UNPAID) == {invoices["unpaid"]}
    assert ids(InvoiceStatus.PARTLY_PAID) == {invoices["partly"]}
    assert ids(InvoiceStatus.OVERDUE) == {invoices["overdue"], invoices["late_part"]}
    assert ids(InvoiceStatus.PAID) == {invoices["paid"]}
    assert ids(InvoiceStatus.CREDITED) == {invoices["credited"]}
    assert ids(InvoiceStatus.DRAFT) == {invoices["draft"]}
    for status in (InvoiceStatus.UNPAID, InvoiceStatus.PARTLY_PAID, InvoiceStatus.OVERDUE):
        assert {row.status for row in list_invoices(db, status, today=TODAY)} == {status}


def test_invoice_row_reads_one_invoice(db, invoices):
    row = invoice_row(db, invoices["late_part"], TODAY)
    assert (row.status, row.days_overdue, row.open_amount) == (
        InvoiceStatus.OVERDUE,
        5,
        D("250.00"),
    )
    assert invoice_row(db, 9999, TODAY) is None


def _shown(invoice_list, status_text):
    combo = invoice_list.status_filter
    combo.setCurrentIndex(combo.findText(status_text))
    column = 7
    model = invoice_list.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_list_filters_and_says_how_late_and_how_much_is_open(qtbot, db, invoices):
    shown = InvoiceList(db)
    qtbot.addWidget(shown)
    filters = [shown.status_filter.itemText(i) for i in range(shown.status_filter.count())]
    assert filters == [
        "All", "Drafts", "Unpaid", "Overdue", "Partly paid", "Paid", "Credited", "Refunds due",
        "Not sent",
    ]  # fmt: skip
    assert _shown(shown, "Partly paid") == [f"Partly paid, {display_money(D('1000.00'))} open"]
    assert _shown(shown, "Overdue") == [
        f"Overdue 5 days, {display_money(D('250.00'))} open",
        "Overdue 40 days",
    ]
    assert _shown(shown, "Unpaid") == ["Unpaid"]
    assert _shown(shown, "Paid") == ["Paid"]
    assert _shown(shown, "Credited") == ["Credited"]
    assert _shown(shown, "Drafts") == ["Draft"]
    assert len(_shown(shown, "All")) == 8  # the credit note too
    assert len(_shown(shown, "Not sent")) == 4  # issued, open, and gone out no known way
    assert _shown(shown, "Refunds due") == []  # it settled an unpaid invoice


def test_overdue_is_coloured_amounts_stand_right_and_a_row_names_its_invoice(qtbot, db, invoices):
    shown = InvoiceList(db)
    qtbot.addWidget(shown)
    _shown(shown, "Overdue")
    model = shown.model
    status, amount, customer = model.index(1, 7), model.index(1, 5), model.index(1, 2)
    assert status.data() == "Overdue 40 days"
    assert status.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE.light)
    assert customer.data(Qt.ItemDataRole.ForegroundRole) is None
    assert amount.data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert customer.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert customer.data(Qt.ItemDataRole.UserRole) == invoices["overdue"]
    assert customer.data(Qt.ItemDataRole.DecorationRole) is None
    _shown(shown, "Unpaid")
    assert model.index(0, 7).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_credit_note_of_a_paid_invoice_is_listed_with_its_refund_due(qtbot, db, invoices):
    create_credit_note(db, invoices["paid"], TODAY)
    shown = InvoiceList(db)
    qtbot.addWidget(shown)
    assert _shown(shown, "Refunds due") == [f"Refund due, {display_money(D('1250.00'))}"]


def test_an_overpaid_invoice_says_by_how_much(qtbot, db, invoices):
    register_payment(db, invoices["unpaid"], D("1300.00"), TODAY)
    shown = InvoiceList(db)
    qtbot.addWidget(shown)
    assert f"Overpaid by {display_money(D('50.00'))}" in _shown(shown, "Paid")


def test_the_editor_label_shows_days_and_open_amount(qtbot, window):
    invoices = _one_of_each(window.db)
    editor = window.opener.open_invoice(invoices["late_part"])
    assert editor.action_bar.state_label.text() == (
        f"Overdue 5 days, {display_money(D('250.00'))} open"
    )


def test_the_status_reads_in_swedish(qtbot, db, invoices, swedish):
    shown = InvoiceList(db)
    qtbot.addWidget(shown)
    assert _shown(shown, "Förfallna") == [
        f"Förfallen 5 dagar, {display_money(D('250.00'))} obetalt",
        "Förfallen 40 dagar",
    ]
    assert _shown(shown, "Delbetalda") == [f"Delbetald, {display_money(D('1000.00'))} obetalt"]


def test_overdue_in_the_dark_scheme_is_its_light_red_and_still_says_so(
    qtbot, db, invoices, swedish
):
    shown = InvoiceList(db)
    qtbot.addWidget(shown)
    apply_color_scheme("dark")
    try:
        _shown(shown, "Förfallna")
        status = shown.model.index(1, 7)
        assert status.data() == "Förfallen 40 dagar"  # the word, not the colour alone
        assert status.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE.dark)
    finally:
        apply_color_scheme("system")
