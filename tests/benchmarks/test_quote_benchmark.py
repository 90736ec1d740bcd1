"""Quotes: one quote PDF within 30 ms (median); the quote list filtered by status, or searched,
over 20,000 quotes within 60 ms."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal

import pytest
from sqlalchemy import insert, select
from tests.helpers.benchmarking import assert_within, sized

from kundbok.db.migrate import open_database
from kundbok.db.models import Customer, Invoice, Quote, QuoteBilled, QuoteLine
from kundbok.domain.quote import QuoteStatus
from kundbok.services.demo_data import create_demo_company, create_demo_customers
from kundbok.services.pdf.quote import render_quote_pdf
from kundbok.services.quote_queries import get_quote, list_quotes
from kundbok.services.settings import get_company

QUOTES = sized(20_000, 300)
TODAY = dt.date(2026, 12, 7)
STATES = ("draft", "sent", "sent", "accepted", "accepted", "declined")


@pytest.fixture(scope="module")
def quote_db(tmp_path_factory):
    """A register of 2,000 customers with QUOTES quotes of three lines each, in every state;
    every tenth accepted quote invoiced in part, every twentieth whole."""
    db = open_database(tmp_path_factory.mktemp("quotes") / "quotes.sqlite3", user="bench")
    create_demo_company(db)
    create_demo_customers(db, sized(2_000, 50), seed=4)
    with db.unit_of_work() as session:
        customers = list(session.execute(select(Customer.id, Customer.name)))
        quotes, lines = [], []
        for number in range(1, QUOTES + 1):
            customer_id, name = customers[number % len(customers)]
            day = TODAY - dt.timedelta(days=number % 120)
            quotes.append(
                dict(id=number, number=number, state=STATES[number % len(STATES)],
                     customer_id=customer_id, quote_date=day,
                     valid_until=day + dt.timedelta(days=30), buyer_name=name,
                     net_total=Decimal("12000.00"), total=Decimal("15000.00"))
            )  # fmt: skip
            for position in (1, 2, 3):
                lines.append(
                    dict(quote_id=number, position=position, description=f"Arbete {position}",
                         quantity=Decimal(8), unit="tim", unit_price=Decimal(500),
                         vat_rate=Decimal(25))
                )  # fmt: skip
        session.execute(insert(Quote), quotes)
        session.execute(insert(QuoteLine), lines)
        line_ids = dict(session.execute(select(QuoteLine.quote_id, QuoteLine.id)).all())
        billed = []
        for number in range(3, QUOTES + 1, 60):  # accepted ones: every tenth of them
            invoice = Invoice(customer_id=quotes[number - 1]["customer_id"], state="issued")
            session.add(invoice)
            session.flush()
            whole = number % 120 == 3
            amount = Decimal("12000.00") if whole else Decimal("4000.00")
            billed.append(
                dict(quote_id=number, quote_line_id=line_ids[number], invoice_id=invoice.id,
                     part=1, amount=amount)
            )  # fmt: skip
        session.execute(insert(QuoteBilled), billed)
        session.commit()
    yield db
    db.dispose()


@pytest.mark.parametrize("status", list(QuoteStatus))
def test_the_quote_list_filtered_by_status(benchmark, quote_db, status):
    rows = benchmark(lambda: list_quotes(quote_db, status, today=TODAY, limit=500))
    assert rows and all(row.status == status for row in rows)
    assert_within(benchmark, 0.060)


def test_the_quote_list_searched(benchmark, quote_db):
    words = itertools.cycle(["1234", "ab", "berg", "17"])
    rows = benchmark(lambda: list_quotes(quote_db, None, next(words), today=TODAY, limit=500))
    assert isinstance(rows, list)
    assert_within(benchmark, 0.060)


def test_one_quote_pdf(benchmark, quote_db):
    quote, company = get_quote(quote_db, 7), get_company(quote_db)
    data = benchmark(lambda: render_quote_pdf(quote, company))
    assert data.startswith(b"%PDF")
    assert_within(benchmark, 0.030)
