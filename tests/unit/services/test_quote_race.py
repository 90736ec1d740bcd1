"""Two users invoicing the same quote at once never bill more than 100 %: two processes, on
SQLite and on PostgreSQL, each asking for parts of one accepted quote at the same moments."""

from __future__ import annotations

import datetime as dt
import multiprocessing
from dataclasses import replace
from decimal import Decimal as D

from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.quote_invoicing import invoice_quote
from kundbok.services.quote_queries import get_quote, quote_parts
from kundbok.services.quotes import accept_quote, save_quote, start_quote

TODAY = dt.date(2026, 3, 2)
ATTEMPTS = 4


def _invoice_parts(url: str, quote_id: int, queue, start) -> None:
    db = open_database(url)
    start.wait(timeout=60)  # both processes are ready: they ask at the same moments
    made, refused = 0, 0
    for _ in range(ATTEMPTS):
        try:
            invoice_quote(db, quote_id, D(30), today=TODAY)
            made += 1
        except KundbokError:
            refused += 1
    db.dispose()
    queue.put((made, refused))


def test_two_processes_never_bill_more_than_the_quote(any_db):
    customer = create_customer(any_db, CustomerDetails(name="Delad AB"))
    start = start_quote(any_db, customer.id, TODAY)
    line = LineDetails(description="Takbyte", quantity=D(1), unit_price=D("100000.00"))
    quote = save_quote(any_db, replace(start.quote, body=replace(start.quote.body, lines=(line,))))
    accept_quote(any_db, quote.id, TODAY)
    url = any_db.engine.url.render_as_string(hide_password=False)
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=_invoice_parts, args=(url, quote.id, queue, barrier)) for _ in (0, 1)
    ]
    for worker in workers:
        worker.start()
    results = [queue.get(timeout=120), queue.get(timeout=120)]
    for worker in workers:
        worker.join(timeout=60)
    # 30 % three times fits, a fourth does not: 3 made and 5 refused, whoever came first.
    assert sum(made for made, _ in results) == 3
    parts = quote_parts(any_db, quote.id)
    assert [part.part for part in parts] == [1, 2, 3]
    billed = sum(get_invoice(any_db, part.invoice_id).totals().net for part in parts)
    assert billed == get_quote(any_db, quote.id).billed == D("90000.00")
