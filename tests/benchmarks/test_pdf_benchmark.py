"""Invoice PDFs: one within 30 ms (median), a thousand within 30 s."""

from __future__ import annotations

import itertools
import time

import pytest
from sqlalchemy import select
from tests.helpers.benchmarking import assert_within, sized, timed

from kundbok.db.models import Invoice
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.pdf import render_invoice_pdf
from kundbok.services.settings import get_company

DOCUMENTS = sized(1000, 20)


@pytest.fixture(scope="module")
def invoices(big_db):
    with big_db.unit_of_work(write=False) as session:
        ids = list(
            session.scalars(
                select(Invoice.id)
                .where(Invoice.number.is_not(None))
                .order_by(Invoice.number)
                .limit(DOCUMENTS)
            )
        )
    return [get_invoice(big_db, invoice_id) for invoice_id in ids], get_company(big_db)


def test_one_invoice_pdf(benchmark, invoices):
    documents, company = invoices
    cycle = itertools.cycle(documents)
    data = benchmark(lambda: render_invoice_pdf(next(cycle), company))
    assert data.startswith(b"%PDF")
    assert_within(benchmark, 0.030)


def test_a_thousand_invoice_pdfs(benchmark, invoices):
    documents, company = invoices
    assert len(documents) == DOCUMENTS

    def render_all():
        started = time.perf_counter()
        for document in documents:
            render_invoice_pdf(document, company)
        return time.perf_counter() - started

    seconds = benchmark.pedantic(render_all, rounds=1, iterations=1)
    if timed(benchmark):
        assert seconds < 30
