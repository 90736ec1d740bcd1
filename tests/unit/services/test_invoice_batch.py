"""Invoices written together are those saved and issued one at a time: the same rows and
history, numbers in a row, the year's ROT counting the batch's earlier invoices, and a refusal
writing nothing; on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import fields, replace
from decimal import Decimal as D

import pytest
from sqlalchemy import select
from tests.helpers.rot_rut_invoices import personnummer
from tests.helpers.shortcuts import new_draft

from kundbok.db.models import Event, NumberSeries
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import ValidationError
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceDetails, LineDetails
from kundbok.services.customers import create_customer, load_customer
from kundbok.services.invoice_batch import store_many
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import checked_draft, issue_in_session, store_draft
from kundbok.services.numbering import INVOICE_SERIES
from kundbok.services.settings import company_row

DAY = dt.date(2027, 3, 1)
SERVICE = LineDetails(description="Service", quantity=D(3), unit_price=D("1200.50"), vat_rate=D(25))
LABOUR = LineDetails(description="Arbete", quantity=D(10), unit="tim", unit_price=D(8000),
                     vat_rate=D(25), kind="labour", work_type="Vvs")  # fmt: skip
# What differs between two invoices of the same draft: the row and its number.
_OWN = {"id", "number", "ocr", "version"}


def _buyer(db, n: int) -> int:
    return create_customer(
        db,
        CustomerDetails(
            name=f"Köpare {n}",
            kind="private",
            personal_number=personnummer(dt.date(1970, 5, 17), n),
            rot_rut_property=f"Umeå Haga {n}:1",
        ),
    ).id


def _draft(db, customer_id: int, lines=(SERVICE,), rot_rut: str = "") -> InvoiceDetails:
    draft = replace(new_draft(db, customer_id, DAY), lines=lines, rot_rut=rot_rut)
    return checked_draft(draft)


def _one_at_a_time(db, drafts: list[InvoiceDetails]) -> list[int]:
    with db.unit_of_work(durable=True) as session:
        ids = []
        for draft in drafts:
            stored = store_draft(session, db.user, draft)
            issue_in_session(session, stored, db.user, DAY)
            ids.append(stored.id)
        session.commit()
    return ids


def _together(db, drafts: list[InvoiceDetails], issue: bool = True) -> list[int]:
    with db.unit_of_work(durable=True) as session:
        given = [(draft, load_customer(session, draft.customer_id)) for draft in drafts]
        rows = store_many(session, db.user, given, company_row(session), DAY if issue else None)
        ids = [row.id for row in rows]
        session.commit()
    return ids


def _plain(invoice: InvoiceDetails) -> dict[str, object]:
    return {f.name: getattr(invoice, f.name) for f in fields(invoice) if f.name not in _OWN}


def _history(db, invoice_id: int) -> list[tuple[str, str]]:
    with db.unit_of_work(write=False) as session:
        rows = session.execute(
            select(Event.action, Event.changes).where(Event.invoice_id == invoice_id)
        )
        return [(action, changes) for action, changes in rows]


def test_a_batch_writes_what_a_save_and_an_issue_write(any_db):
    first, second = _buyer(any_db, 1), _buyer(any_db, 2)
    (alone,) = _one_at_a_time(any_db, [_draft(any_db, first)])
    together = _together(any_db, [_draft(any_db, first), _draft(any_db, second)])
    made = [get_invoice(any_db, invoice_id) for invoice_id in (alone, *together)]
    assert _plain(made[1]) == _plain(made[0])
    assert made[1].totals() == made[0].totals() and made[1].totals().total > 0
    assert [invoice.number for invoice in made] == [1, 2, 3]
    assert [(invoice.state, invoice.due_date) for invoice in made[1:]] == [
        ("issued", made[0].due_date)
    ] * 2
    for invoice_id, number in ((alone, 1), (together[1], 3)):
        created, issued = _history(any_db, invoice_id)
        assert (created[0], issued[0]) == (EventAction.DRAFT_CREATED, EventAction.ISSUED)
        assert json.loads(issued[1]) == {
            "number": [None, number],
            "total": [None, str(made[0].totals().total)],
        }


def test_drafts_are_written_without_numbers(any_db):
    ids = _together(any_db, [_draft(any_db, _buyer(any_db, 1))], issue=False)
    draft = get_invoice(any_db, ids[0])
    assert (draft.number, draft.state) == (None, "draft")
    assert [action for action, _ in _history(any_db, ids[0])] == [EventAction.DRAFT_CREATED]


def test_the_years_rot_counts_the_batchs_earlier_invoices(any_db):
    alone, together = _buyer(any_db, 1), _buyer(any_db, 2)
    single = _one_at_a_time(any_db, [_draft(any_db, alone, (LABOUR,), "rot")] * 2)
    batch = _together(any_db, [_draft(any_db, together, (LABOUR,), "rot")] * 2)
    expected = [get_invoice(any_db, i).rot_rut_deduction for i in single]
    assert expected[1] < expected[0]  # the year's ceiling is reached on the second invoice
    assert [get_invoice(any_db, i).rot_rut_deduction for i in batch] == expected


def test_a_refusal_writes_nothing_of_the_batch(any_db):
    customer = _buyer(any_db, 1)
    drafts = [_draft(any_db, customer), _draft(any_db, customer, lines=())]
    with pytest.raises(ValidationError, match="at least one line"):
        _together(any_db, drafts)
    with any_db.unit_of_work(write=False) as session:
        assert session.scalar(select(NumberSeries.next_value).where(
            NumberSeries.name == INVOICE_SERIES)) == 1  # fmt: skip
        assert session.scalars(select(Event.id).where(Event.invoice_id.is_not(None))).all() == []
