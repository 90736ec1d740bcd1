"""Money columns take no amount beyond the largest amount taken: whatever way it came, it is a
message and nothing is stored, never an overflow of the column."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import ValidationError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft

DAY = dt.date(2026, 2, 20)
LINE = LineDetails(description="Arbete", quantity=D(1), unit_price=D(1), vat_rate=D(25))


@pytest.fixture
def draft(any_db):
    create_demo_company(any_db)
    customer = create_customer(any_db, CustomerDetails(name="Anna Andersson"))
    return new_draft(any_db, customer.id, DAY)


@pytest.mark.parametrize("price", [D("1E+30"), D("92233720368547758.07"), D("1000000000.01")])
def test_a_price_beyond_the_limit_is_refused_by_the_column(any_db, draft, price):
    with pytest.raises(ValidationError, match="larger than the largest amount taken"):
        save_draft(any_db, replace(draft, lines=(replace(LINE, unit_price=price),)))
    kept = save_draft(any_db, replace(draft, lines=(replace(LINE, unit_price=D(800_000_000)),)))
    assert get_invoice(any_db, kept.id).lines[0].unit_price == D(800_000_000)


def test_a_total_beyond_the_limit_is_refused_and_the_invoice_stays_a_draft(any_db, draft):
    line = replace(LINE, quantity=D(1_000_000), unit_price=D(99_999_999))
    saved = save_draft(any_db, replace(draft, lines=(line,)))
    with pytest.raises(ValidationError, match="larger than the largest amount taken"):
        issue_invoice(any_db, saved.id, DAY)
    assert get_invoice(any_db, saved.id).number is None
