"""Agreed prices, statements and the article register at size: a line's price from the lists in
the editor within 5 ms, a statement PDF of 500 transactions within 1 s, and an article import
of 10,000 rows within 5 s."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from decimal import Decimal

import pytest
from sqlalchemy import insert, select
from tests.helpers.benchmarking import assert_within

from kundbok.db.migrate import open_database
from kundbok.db.models import Article, ArticlePrice, Customer, CustomerGroup, Invoice, PriceList
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.domain.pricing import PriceSource
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company, create_demo_customers
from kundbok.services.invoices import issue_in_session, write_lines
from kundbok.services.payments.booking import book_payment
from kundbok.services.pdf.statement import render_statement_pdf
from kundbok.services.settings import get_company
from kundbok.services.statements import statement_of
from kundbok.services.tables import read_table
from kundbok.services.tables.article_import import import_articles, plan_article_import
from kundbok.ui.invoice_editor.line_pricing import LinePricing

ARTICLES = 5_000
CUSTOMERS = 20_000
DAY = dt.date(2026, 6, 15)


STAMP = {"created_by": "bench", "updated_by": "bench"}


def _price(article_id: int, amount: int, step: int, **owner: object) -> dict[str, object]:
    """An article_price row: the price of an article from a step, for a list or a customer."""
    values = {"article_id": article_id, "unit_price": Decimal(amount), **STAMP}
    open_ended = {"price_list_id": None, "customer_id": None, "valid_from": None, "valid_to": None}
    return {**values, "from_quantity": Decimal(step), **open_ended, **owner}


@pytest.fixture(scope="module")
def priced_register(tmp_path_factory):
    """20,000 customers, 5,000 articles, lists of every article with three volume steps and a
    campaign (a group's list and a customer list), a customer in the group with the list and
    own prices for a hundred articles, and ten own prices for each of 2,000 other customers."""
    db = open_database(tmp_path_factory.mktemp("prices") / "prices.sqlite3")
    create_demo_customers(db, CUSTOMERS)
    with db.unit_of_work() as session:
        session.execute(
            insert(Article),
            [
                {"number": f"{n:05d}", "description": f"Artikel {n}", "unit_price": Decimal(n),
                 "vat_rate": Decimal(25), "rot_rut_kind": "other", "work_type": "",
                 "unit": "st", "active": True, **STAMP}
                for n in range(1, ARTICLES + 1)
            ],
        )  # fmt: skip
        articles = list(session.scalars(select(Article.id)))
        lists = []
        for name in ("Grupp", "Kund"):
            price_list = PriceList(name=name, **STAMP)
            session.add(price_list)
            session.flush()
            lists.append(price_list.id)
        rows = []
        for list_id in lists:
            for article_id in articles:
                for step, amount in ((0, 100), (10, 95), (100, 85)):
                    rows.append(_price(article_id, amount, step, price_list_id=list_id))
                june = {"valid_from": dt.date(2026, 6, 1), "valid_to": dt.date(2026, 6, 30)}
                rows.append(_price(article_id, 70, 0, price_list_id=list_id, **june))
        customer_ids = list(session.scalars(select(Customer.id).limit(2_001)))
        rng = random.Random(26)
        for customer_id in customer_ids[1:]:
            for article_id in rng.sample(articles, 10):
                rows.append(_price(article_id, 60, 0, customer_id=customer_id))
        for article_id in articles[:100]:
            rows.append(_price(article_id, 50, 50, customer_id=customer_ids[0]))
        for start in range(0, len(rows), 5_000):
            session.execute(insert(ArticlePrice), rows[start : start + 5_000])
        group = CustomerGroup(name="Bygg", price_list_id=lists[0], **STAMP)
        session.add(group)
        session.flush()
        customer = session.get(Customer, customer_ids[0])
        assert customer is not None
        customer.group_id, customer.price_list_id = group.id, lists[1]
        session.commit()
    yield db, customer_ids[0]
    db.dispose()


def test_a_lines_price_in_the_editor(benchmark, priced_register):
    db, customer_id = priced_register
    pricing = LinePricing(db)
    pricing.customer_id, pricing.day = customer_id, DAY
    numbers = itertools.cycle([f"{n:05d}" for n in range(1, ARTICLES + 1, 37)])
    quantities = itertools.cycle([Decimal(1), Decimal(12), Decimal(150), Decimal(60)])

    def choose_article():
        return pricing.article(next(numbers), next(quantities))

    found = benchmark.pedantic(choose_article, rounds=200, iterations=1, warmup_rounds=5)
    assert found is not None and found[1] is not None
    assert found[1].source in (PriceSource.CUSTOMER, PriceSource.CUSTOMER_LIST)
    assert_within(benchmark, 0.005)


@pytest.fixture(scope="module")
def busy_customer(tmp_path_factory):
    """A customer with 250 invoices and 250 payments in a year: 500 transactions."""
    db = open_database(tmp_path_factory.mktemp("statement") / "statement.sqlite3")
    create_demo_company(db)
    customer = create_customer(db, CustomerDetails(name="Flitiga Kunden AB"))
    with db.unit_of_work() as session:
        loaded = session.get(Customer, customer.id)
        for n in range(250):
            day = dt.date(2026, 1, 1) + dt.timedelta(days=n)
            invoice = Invoice(customer_id=customer.id, invoice_date=day, payment_terms_days=30,
                              created_by="bench", updated_by="bench")  # fmt: skip
            write_lines(
                invoice, (LineDetails(description=f"Arbete {n}", unit_price=Decimal(100 + n)),)
            )
            session.add(invoice)
            session.flush()
            issue_in_session(session, invoice, "bench", day, loaded)
            book_payment(session, "bench", invoice, invoice.total, day + dt.timedelta(days=20))
        session.commit()
    yield db, customer.id
    db.dispose()


def _statement_pdf(db, customer_id: int, first_day: dt.date, last_day: dt.date) -> bytes:
    """The statement read and drawn, as the statement dialog does it."""
    return render_statement_pdf(statement_of(db, customer_id, first_day, last_day), get_company(db))


def test_a_statement_of_500_transactions(benchmark, busy_customer):
    db, customer_id = busy_customer
    pdf = benchmark.pedantic(
        _statement_pdf,
        args=(db, customer_id, dt.date(2026, 1, 1), dt.date(2026, 12, 31)),
        rounds=3,
        iterations=1,
    )
    assert pdf.startswith(b"%PDF-")
    assert_within(benchmark, 1.0)


ROWS = 10_000


@pytest.fixture(scope="module")
def article_file(tmp_path_factory):
    lines = ["Artikelnummer;Benämning;Enhet;Pris;Moms %;Arbete eller material;ROT/RUT-arbete;"
             "Försäljningskonto;Aktiv"]  # fmt: skip
    kinds = ("Arbete;VVS", "Material;VVS", "Övrigt;")
    for n in range(1, ROWS + 1):
        lines.append(f"A{n:05d};Artikel nummer {n} med en längre benämning;st;{n % 900},50;"
                     f"{(25, 12, 6)[n % 3]};{kinds[n % 3]};3001;Ja")  # fmt: skip
    path = tmp_path_factory.mktemp("articles") / "artiklar.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1252"))
    return path


def test_an_article_import_of_10000_rows(benchmark, article_file, tmp_path):
    counter = itertools.count()
    registers = []

    def fresh():
        db = open_database(tmp_path / f"register{next(counter)}.sqlite3")
        registers.append(db)
        return (db,), {}

    def whole_import(db):
        return import_articles(db, plan_article_import(db, read_table(article_file)))

    summary = benchmark.pedantic(whole_import, setup=fresh, rounds=3, iterations=1)
    assert summary.created == ROWS
    assert_within(benchmark, 5)
    for db in registers:
        db.dispose()
