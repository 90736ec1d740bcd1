"""The overview's figures: overdue and unpaid per currency, drafts and unsent invoices, a
year of months invoiced and paid, and the year's best customers."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_outputs import record_printed
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.overview import day_overview
from kundbok.services.payments.booking import register_payment

TODAY = dt.date(2026, 12, 7)


def _draft(db, customer_id, price, day):
    lines = (LineDetails(description="Arbete", unit_price=D(price), vat_rate=D(25)),)
    return save_draft(db, replace(new_draft(db, customer_id, day), lines=lines))


def _issued(db, customer_id, price, day):
    return issue_invoice(db, _draft(db, customer_id, price, day).id, day)


def test_what_needs_doing_today(any_db):
    bakery = create_customer(
        any_db, CustomerDetails(name="Ödmans Bageri AB", payment_terms_days=10)
    )
    smith = create_customer(any_db, CustomerDetails(name="Lunds Smide AB", payment_terms_days=10))
    late = _issued(any_db, bakery.id, 1000, TODAY - dt.timedelta(days=40))  # 1 250 due, late
    later = _issued(any_db, smith.id, 400, TODAY - dt.timedelta(days=20))  # 500, late
    register_payment(any_db, later.id, D(100), TODAY - dt.timedelta(days=2))
    _issued(any_db, smith.id, 2000, TODAY)  # 2 500, not yet due
    paid = _issued(any_db, smith.id, 800, TODAY - dt.timedelta(days=5))
    register_payment(any_db, paid.id, D(1000), TODAY - dt.timedelta(days=1))
    _draft(any_db, bakery.id, 100, TODAY)
    record_printed(any_db, [late.id])

    figures = day_overview(any_db, TODAY)
    (owed,) = figures.owed
    assert (owed.currency, owed.overdue_count, owed.overdue_amount) == ("SEK", 2, D("1650.00"))
    assert owed.oldest_due == late.due_date
    assert owed.unpaid_amount == D("4150.00")
    assert (figures.drafts, figures.unsent) == (1, 2)  # the printed one went out
    assert [month.first_day for month in figures.months][-2:] == [
        dt.date(2026, 11, 1),
        dt.date(2026, 12, 1),
    ]
    assert len(figures.months) == 12
    december = figures.months[-1]
    assert (december.invoiced, december.paid) == (D("3500.00"), D("1100.00"))
    assert [(top.name, top.sales) for top in figures.top_customers] == [
        ("Lunds Smide AB", D("3200.00")),
        ("Ödmans Bageri AB", D("1000.00")),
    ]


def test_payments_in_another_currency_are_counted_in_kronor(any_db):
    euro = create_customer(any_db, CustomerDetails(name="Müller GmbH", currency="EUR"))
    draft = replace(
        new_draft(any_db, euro.id, TODAY),
        lines=(LineDetails(description="Beratung", unit_price=D(100), vat_rate=D(25)),),
        exchange_rate=D("11.50"),
    )
    invoice = issue_invoice(any_db, save_draft(any_db, draft).id, TODAY)  # EUR 125
    register_payment(any_db, invoice.id, D(25), TODAY, exchange_rate=D("11.00"))
    register_payment(any_db, invoice.id, D(100), TODAY)  # at the invoice's rate

    december = day_overview(any_db, TODAY).months[-1]
    assert december.invoiced == D("1437.50")
    assert december.paid == D("1425.00")  # 25 × 11.00 + 100 × 11.50


def test_quotes_running_out_and_entries_to_invoice(any_db):
    from kundbok.services.entries import NewEntry, add_entry
    from kundbok.services.quotes import decline_quote, save_quote, start_quote

    customer = create_customer(any_db, CustomerDetails(name="Bygg AB"))
    other = create_customer(any_db, CustomerDetails(name="Måleri AB"))
    line = LineDetails(description="Målning", unit_price=D(500), vat_rate=D(25))

    def quote(valid_days: int):
        start = start_quote(any_db, customer.id, TODAY)
        made = replace(start.quote, body=replace(start.quote.body, lines=(line,)))
        return save_quote(any_db, replace(made, valid_until=TODAY + dt.timedelta(valid_days)))

    quote(0)  # its last day is today
    quote(6)
    quote(7)  # a week and a day: not yet
    decline_quote(any_db, quote(3).id)  # answered
    for who in (customer, customer, other):
        add_entry(any_db, NewEntry(who.id, TODAY, D(2), unit_price=D(600), text="Arbete"))
    from kundbok.domain.contract import ContractDetails
    from kundbok.services.contracts import save_contract

    start = dt.date(2026, 11, 1)  # November and December are due
    save_contract(any_db, ContractDetails(customer_id=other.id, start_date=start, lines=(line,)))
    figures = day_overview(any_db, TODAY)
    assert figures.contract_periods_due == 2
    assert figures.quotes_expiring == 2
    assert (figures.unbilled_customers, figures.unbilled_entries) == (2, 3)
