"""The status line on its own: told what the shown tab lists, it counts."""

from __future__ import annotations

from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer, deactivate_customers
from kundbok.ui.status_line import StatusLine


def test_it_counts_the_register_once_until_told_to_forget(qtbot, db):
    for name in ("Anna", "Bertil", "Cecilia"):
        create_customer(db, CustomerDetails(name=name))
    status = StatusLine()
    qtbot.addWidget(status)
    status.show_customers(db, 3, searching=False, passive_shown=False)
    assert status.text() == "3 customers"
    deactivate_customers(db, [create_customer(db, CustomerDetails(name="David")).id])
    status.show_customers(db, 1, searching=True, passive_shown=False)
    assert status.text() == "1 of 3 customers"  # the counts it read before
    status.forget_counts()
    status.show_customers(db, 1, searching=True, passive_shown=False)
    assert status.text() == "1 of 4 customers · 1 passive hidden"
    status.show_customers(db, 4, searching=False, passive_shown=True)
    assert status.text() == "3 customers"


def test_it_says_when_the_invoice_list_shows_only_the_newest(qtbot):
    status = StatusLine()
    qtbot.addWidget(status)
    status.show_invoices(12, more=False)
    assert status.text() == "12 invoices"
    status.show_invoices(100, more=True)
    assert status.text() == "The newest 100 invoices"
    status.show_nothing()
    assert status.text() == ""
