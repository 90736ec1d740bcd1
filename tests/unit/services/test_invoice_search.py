"""The invoice list's search finds an invoice by number, OCR, customer, amount, reference and
order number, within a date range and a status, and the list says how each went out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_outputs import record_einvoice_written, record_printed
from kundbok.services.invoice_queries import get_invoice, invoice_row, search_invoices
from kundbok.services.invoice_search import InvoiceQuery
from kundbok.services.invoices import issue_invoice, save_draft

DAY = dt.date(2026, 3, 10)


def _issued(db, customer_id, price, day, **references):
    lines = (LineDetails(description="Arbete", unit_price=D(price), vat_rate=D(25)),)
    draft = replace(new_draft(db, customer_id, day), lines=lines, **references)
    return issue_invoice(db, save_draft(db, draft).id, day)


@pytest.fixture
def invoices(any_db):
    bakery = create_customer(any_db, CustomerDetails(name="Ödmans Bageri AB"))
    smith = create_customer(any_db, CustomerDetails(name="Lunds Smide 50% AB", number=5020))
    return {
        "bread": _issued(any_db, bakery.id, "2090.40", DAY, their_reference="Karin Ödman"),
        "gate": _issued(
            any_db, smith.id, "800", DAY + dt.timedelta(days=40), order_reference="PO-4471"
        ),
        "fence": _issued(any_db, smith.id, "1000", DAY + dt.timedelta(days=80)),
        "smith": smith,
    }


def _found(db, text="", **filters):
    return [row.id for row in search_invoices(db, InvoiceQuery(text, **filters), DAY)]


def test_each_way_of_naming_an_invoice_finds_it(any_db, invoices):
    bread, gate, fence = invoices["bread"], invoices["gate"], invoices["fence"]
    assert _found(any_db, str(fence.number)) == [fence.id]
    assert _found(any_db, bread.ocr) == [bread.id]
    assert _found(any_db, "ödmans") == [bread.id]  # the customer's name, in any case
    assert _found(any_db, str(invoices["smith"].number)) == [
        fence.id,
        gate.id,
    ]  # the customer's number, newest first
    assert _found(any_db, "2613") == [bread.id]  # 2090.40 with 25 % VAT, in whole kronor
    assert _found(any_db, "2 613,00") == [bread.id]
    assert _found(any_db, "2613.00 kr") == [bread.id]
    assert _found(any_db, "karin") == [bread.id]  # their reference
    assert _found(any_db, "po-4471") == [gate.id]  # the order number
    assert _found(any_db, "50%") == [fence.id, gate.id]  # a wildcard is a character
    assert _found(any_db, "nothing like it") == []


def test_the_dates_and_the_status_narrow_the_search(any_db, invoices):
    gate, fence = invoices["gate"], invoices["fence"]
    later = DAY + dt.timedelta(days=40)
    assert _found(any_db, "smide", date_from=later) == [fence.id, gate.id]
    assert _found(any_db, "smide", date_from=later, date_to=later) == [gate.id]
    assert _found(any_db, "", date_to=DAY) == [invoices["bread"].id]
    assert _found(any_db, "smide", status=InvoiceStatus.OVERDUE) == []
    assert _found(any_db, "smide", status=InvoiceStatus.UNPAID) == [fence.id, gate.id]


def test_a_page_goes_on_where_the_last_one_ended(any_db, invoices):
    first = search_invoices(any_db, InvoiceQuery(), DAY, 0, 2)
    rest = search_invoices(any_db, InvoiceQuery(), DAY, 2, 2)
    assert [row.id for row in first + rest] == [
        invoices[name].id for name in ("fence", "gate", "bread")
    ]


def test_printing_and_e_invoice_files_are_kept_without_a_new_version(any_db, invoices):
    bread = invoices["bread"]
    version = get_invoice(any_db, bread.id).version
    record_printed(any_db, [bread.id])
    record_einvoice_written(any_db, [bread.id])
    row = invoice_row(any_db, bread.id, DAY)
    assert row.printed_at is not None and row.einvoice_written_at is not None
    assert get_invoice(any_db, bread.id).version == version
    assert invoice_row(any_db, invoices["gate"].id, DAY).printed_at is None


def test_words_of_any_length_find_the_customers_invoices(any_db, invoices):
    bread, gate, fence = invoices["bread"], invoices["gate"], invoices["fence"]
    # A letter or two is checked against the customers that have invoices; a longer word is
    # read from the index and the short words beside it checked for its customers.
    assert _found(any_db, "lu") == [fence.id, gate.id]
    assert _found(any_db, "ö") == [bread.id]
    assert _found(any_db, "sm lunds") == [fence.id, gate.id]
    assert _found(any_db, "lunds ödmans") == []
    assert _found(any_db, "KARIN") == [bread.id]  # their reference, in another case


def test_references_as_long_as_allowed_are_saved_and_found(any_db, invoices):
    # Three references of 200 four-byte characters fit in the search's index on PostgreSQL.
    widest = "\U0001f9fe" * 199
    wide = _issued(
        any_db,
        invoices["smith"].id,
        "100",
        DAY,
        their_reference=widest + "x",
        order_reference=widest + "y",
        buyer_reference=widest + "z",
    )
    assert _found(any_db, "\U0001f9fe" * 3 + "Y") == [wide.id]
