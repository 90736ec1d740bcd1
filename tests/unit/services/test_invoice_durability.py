"""Legal records survive power loss: issuing, credit notes and payments commit with
synchronous=FULL on SQLite, while card saves keep the cheaper NORMAL."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from sqlalchemy import event
from tests.helpers.shortcuts import new_draft

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer, update_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, mark_paid, save_draft

TODAY = dt.date(2026, 11, 23)
FULL, NORMAL = 2, 1  # PRAGMA synchronous values


@pytest.fixture
def commits(db):
    """The `PRAGMA synchronous` in force at each commit, in order."""
    seen: list[int] = []

    def record(connection) -> None:
        raw = connection.connection.dbapi_connection
        seen.append(raw.execute("PRAGMA synchronous").fetchone()[0])

    event.listen(db.engine, "commit", record)
    yield seen
    event.remove(db.engine, "commit", record)


def _draft(db, customer_id: int):
    line = LineDetails(description="Arbete", quantity=D(2), unit="tim", unit_price=D(650))
    return save_draft(db, replace(new_draft(db, customer_id, TODAY), lines=(line,)))


def test_issue_credit_and_payment_commit_with_full_sync(db, commits):
    customer = create_customer(db, CustomerDetails(name="Hållbar AB"))
    first, second = _draft(db, customer.id), _draft(db, customer.id)
    assert commits == [NORMAL, NORMAL, NORMAL]  # card and drafts: the cheaper setting
    commits.clear()
    issued = issue_invoice(db, first.id, TODAY)
    assert commits == [FULL]
    create_credit_note(db, issued.id, TODAY)
    assert commits == [FULL, FULL]
    paid = issue_invoice(db, second.id, TODAY)
    mark_paid(db, paid.id, TODAY)
    assert commits == [FULL] * 4


def test_a_card_save_after_issuing_is_back_to_normal(db, commits):
    customer = create_customer(db, CustomerDetails(name="Hållbar AB"))
    issue_invoice(db, _draft(db, customer.id).id, TODAY)
    commits.clear()
    update_customer(db, customer.id, replace(customer, name="Hållbar och Son AB"))
    assert commits == [NORMAL]
