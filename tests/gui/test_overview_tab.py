"""The Översikt tab: the first tab, its figures read off the window's thread, and each line a
link to the list that shows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from PySide6.QtWidgets import QComboBox, QLabel, QWidget
from tests.helpers.shortcuts import new_draft

from kundbok.domain.invoice import LineDetails
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.ui.customer_card import CustomerCard


def _overdue_invoice(db, customer_id):
    day = dt.date.today() - dt.timedelta(days=60)
    lines = (LineDetails(description="Arbete", unit_price=D("81315.20"), vat_rate=D(25)),)
    draft = save_draft(db, replace(new_draft(db, customer_id, day), lines=lines))
    return issue_invoice(db, draft.id, day)


def test_the_overview_is_first_and_links_to_the_lists(qtbot, opened_window, swedish):
    window = opened_window
    overview = window.findChild(QWidget, "overview")
    assert window.tabs.currentWidget() is overview
    customer_id = window.customers.model.row(0).id
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        _overdue_invoice(window.db, customer_id)
        window.refresh_invoices()  # as the editor's save does
    text = overview.findChild(QLabel, "overview_to_do").text()
    assert "1 förfallna fakturor, 101\u00a0644,00 SEK" in text  # the locale's marks
    assert 'href="overdue"' in text and 'href="unsent"' in text
    window._follow_link("overdue")
    assert window.on_invoices()
    assert window.invoice_list.findChild(QComboBox, "invoice_status_filter").currentText() == (
        "Förfallna"
    )
    assert len(window.invoice_list.model.rows) == 1
    top = overview.findChild(QLabel, "overview_top_customers").text()
    assert f'href="customer:{customer_id}"' in top
    window._follow_link(f"customer:{customer_id}")
    qtbot.waitUntil(
        lambda: any(c.customer_id == customer_id for c in window.findChildren(CustomerCard))
    )
