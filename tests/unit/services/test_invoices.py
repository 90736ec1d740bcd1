"""Invoices: drafts from a customer, gapless numbers even from two processes, read-only once
issued, credit notes, payments, lists and balances."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import re
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import event
from tests.helpers.shortcuts import new_draft

from kundbok.db.migrate import open_database
from kundbok.db.models import Invoice
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import NotFoundError, RefusedError, ValidationError
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.domain.seller import ACCOUNT, ADDRESS, ORG_NUMBER, VAT_NUMBER, IncompleteSellerError
from kundbok.services.customers import create_customer, update_customer
from kundbok.services.demo_data import DEMO_COMPANY, create_demo_company
from kundbok.services.invoice_queries import customer_balance, get_invoice, list_invoices
from kundbok.services.invoices import (
    create_credit_note,
    delete_draft,
    issue_invoice,
    mark_paid,
    save_draft,
    start_draft,
)
from kundbok.services.settings import get_company, save_company

TODAY = dt.date(2026, 11, 23)
LINES = (
    LineDetails(description="Arbete", quantity=D(3), unit="tim", unit_price=D(650)),
    LineDetails(description="Bok", unit_price=D("99.90"), vat_rate=D(6)),
)


@pytest.fixture
def customer(any_db):
    create_demo_company(any_db)  # no invoice is issued without a complete seller
    return create_customer(
        any_db,
        CustomerDetails(
            name="Åkessons Rör AB",
            org_number="556036-0793",
            reference="Märta Öberg",
            payment_terms_days=10,
            addresses=(
                AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),
                AddressDetails(kind="delivery", street="Lagret 2", postcode="70211", city="Örebro"),
            ),
        ),
    )


def _draft(db, customer, lines=LINES):
    return save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=lines))


def test_a_draft_is_filled_in_from_the_customer(any_db, customer):
    draft = new_draft(any_db, customer.id, TODAY)
    assert draft.number is None and draft.state == "draft"
    assert draft.their_reference == "Märta Öberg"
    assert draft.due_date == TODAY + dt.timedelta(days=10)
    assert draft.buyer_billing_address == "Storgatan 1\n702 10 Örebro"
    assert draft.buyer_delivery_address == "Lagret 2\n702 11 Örebro"


def test_issue_numbers_freezes_and_totals(any_db, customer):
    draft = _draft(any_db, customer)
    issued = issue_invoice(any_db, draft.id, TODAY)
    assert (issued.number, issued.state, issued.ocr) == (1, "issued", "133")
    # A later change of the customer does not change the issued invoice.
    update_customer(any_db, customer.id, replace(customer, name="Nytt Namn AB", addresses=()))
    again = get_invoice(any_db, issued.id)
    assert again.buyer_name == "Åkessons Rör AB"
    assert again.buyer_billing_address == "Storgatan 1\n702 10 Örebro"
    with any_db.unit_of_work(write=False) as session:
        row = session.get(Invoice, issued.id)
        assert (row.total, row.rounding) == (D("2543.00"), D("-0.39"))


def test_an_issued_invoice_cannot_be_changed_by_any_service(any_db, customer):
    issued = issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    with pytest.raises(RefusedError):
        save_draft(any_db, replace(issued, text="ändrad"))
    with pytest.raises(RefusedError):
        issue_invoice(any_db, issued.id, TODAY)
    with pytest.raises(RefusedError):
        delete_draft(any_db, issued.id)
    assert get_invoice(any_db, issued.id).text == ""


def test_numbers_are_gapless_and_drafts_take_none(any_db, customer):
    first = _draft(any_db, customer)
    second = _draft(any_db, customer)
    _draft(any_db, customer)  # stays a draft
    assert issue_invoice(any_db, second.id, TODAY).number == 1
    assert issue_invoice(any_db, first.id, TODAY).number == 2


def test_a_failed_issue_uses_no_number(any_db, customer):
    empty = save_draft(any_db, new_draft(any_db, customer.id, TODAY))
    with pytest.raises(ValidationError):
        issue_invoice(any_db, empty.id, TODAY)
    assert issue_invoice(any_db, _draft(any_db, customer).id, TODAY).number == 1


def test_blocked_customer_is_refused(any_db, customer):
    draft = _draft(any_db, customer)
    update_customer(any_db, customer.id, replace(customer, blocked=True))
    with pytest.raises(RefusedError):
        new_draft(any_db, customer.id, TODAY)
    with pytest.raises(RefusedError):
        issue_invoice(any_db, draft.id, TODAY)


def test_credit_note(any_db, customer):
    issued = issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    credit = create_credit_note(any_db, issued.id, TODAY)
    assert credit.kind == "credit_note" and credit.number == 2
    assert credit.credited_invoice_id == issued.id
    assert credit.totals().total == -issued.totals().total
    assert get_invoice(any_db, issued.id).state == "credited"
    assert customer_balance(any_db, customer.id) == 0
    with pytest.raises(RefusedError):
        create_credit_note(any_db, credit.id, TODAY)


def test_payment_status_and_balance(any_db, customer):
    first = issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    assert customer_balance(any_db, customer.id) == D("5086.00")
    later = TODAY + dt.timedelta(days=11)  # overdue, and no later than today: paid on that day
    assert {row.status for row in list_invoices(any_db, today=later)} == {"overdue"}
    mark_paid(any_db, first.id, later)
    assert customer_balance(any_db, customer.id) == D("2543.00")
    assert [r.number for r in list_invoices(any_db, status="paid", today=later)] == [1]
    assert [r.number for r in list_invoices(any_db, status="overdue", today=later)] == [2]
    with pytest.raises(RefusedError):
        mark_paid(any_db, first.id, later)


def _issue_many(path: str, invoice_ids: list[int], queue, start) -> None:
    db = open_database(path)
    start.wait(timeout=60)  # both processes are ready: they issue at the same moments
    numbers = [issue_invoice(db, invoice_id, TODAY).number for invoice_id in invoice_ids]
    db.dispose()
    queue.put(numbers)


def test_two_processes_issuing_at_once_draw_unique_gapless_numbers(tmp_path):
    path = str(tmp_path / "shared.sqlite3")
    db = open_database(path)
    create_demo_company(db)
    customer = create_customer(db, CustomerDetails(name="Delad AB"))
    ids = [_draft(db, customer).id for _ in range(40)]
    db.dispose()
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    start = context.Barrier(2)
    workers = [
        # Interleaved halves, released together by the barrier once both have started.
        context.Process(target=_issue_many, args=(path, ids[n::2], queue, start))
        for n in (0, 1)
    ]
    for worker in workers:
        worker.start()
    numbers = queue.get(timeout=120) + queue.get(timeout=120)
    for worker in workers:
        worker.join(timeout=60)
    assert sorted(numbers) == list(range(1, 41))


def test_a_draft_starts_with_the_card_read_once(any_db, customer):
    statements: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        statements.append(statement)

    event.listen(any_db.engine, "before_cursor_execute", record)
    try:
        start = start_draft(any_db, customer.id, TODAY)
    finally:
        event.remove(any_db.engine, "before_cursor_execute", record)
    assert start.invoice.buyer_name == "Åkessons Rör AB"
    assert start.customer_active and start.alert_text == ""
    assert len([s for s in statements if re.search(r"FROM customer\b", s)]) == 1


def test_only_a_draft_can_be_deleted(any_db, customer):
    draft = _draft(any_db, customer)
    issued = issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    delete_draft(any_db, draft.id)
    with pytest.raises(NotFoundError):
        get_invoice(any_db, draft.id)
    with pytest.raises(RefusedError):
        delete_draft(any_db, issued.id)
    assert get_invoice(any_db, issued.id).number == 1


def test_vat_rates_come_from_the_dated_table(any_db, customer):
    with pytest.raises(ValidationError):
        _draft(any_db, customer, (LineDetails(description="X", vat_rate=D(18)),))
    assert _draft(any_db, customer, (LineDetails(description="X", vat_rate=D(6)),)).id


def test_a_credit_note_says_whether_it_settled_or_leaves_a_refund(any_db, customer):
    unpaid = issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    paid = issue_invoice(any_db, _draft(any_db, customer).id, TODAY)
    mark_paid(any_db, paid.id, TODAY)
    settled = create_credit_note(any_db, unpaid.id, TODAY)
    refund = create_credit_note(any_db, paid.id, TODAY)
    later = TODAY + dt.timedelta(days=60)
    statuses = {row.number: row.status for row in list_invoices(any_db, today=later)}
    assert statuses[settled.number] == InvoiceStatus.SETTLED
    assert statuses[refund.number] == InvoiceStatus.REFUND_DUE  # not "overdue"
    assert statuses[unpaid.number] == InvoiceStatus.CREDITED
    assert [r.number for r in list_invoices(any_db, status="overdue", today=later)] == []


def test_issuing_is_refused_until_the_seller_is_complete(bare_db):
    db = bare_db
    customer = create_customer(db, CustomerDetails(name="Delad AB"))
    draft = _draft(db, customer)
    save_company(db, replace(get_company(db), name="Min Firma AB", city="Umeå"))

    with pytest.raises(IncompleteSellerError) as refused:
        issue_invoice(db, draft.id, TODAY)

    assert refused.value.missing == (ADDRESS, ORG_NUMBER, VAT_NUMBER, ACCOUNT)
    assert "the organisationsnummer" in str(refused.value)
    assert get_invoice(db, draft.id).number is None  # nothing drawn from the series
    assert not create_demo_company(db)  # a company begun by the user is not overwritten
    assert get_company(db).name == "Min Firma AB"
    save_company(db, replace(get_company(db), **DEMO_COMPANY))
    assert issue_invoice(db, draft.id, TODAY).number == 1


def test_a_company_without_vat_issues_without_a_vat_number(db):
    customer = create_customer(db, CustomerDetails(name="Momsfri Kund"))
    line = LineDetails(description="Kurs", unit_price=D(500), vat_rate=D(0))
    draft = save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=(line,)))
    save_company(db, replace(get_company(db), **{**DEMO_COMPANY, "vat_number": None}))

    assert issue_invoice(db, draft.id, TODAY).number == 1


def test_a_credit_note_is_issued_whatever_the_company_lacks_since(db):
    customer = create_customer(db, CustomerDetails(name="Delad AB"))
    issued = issue_invoice(db, _draft(db, customer).id, TODAY)
    save_company(db, replace(get_company(db), bankgiro=None))

    assert create_credit_note(db, issued.id, TODAY).number == 2
