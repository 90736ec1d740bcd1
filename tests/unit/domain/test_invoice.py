"""The invoice life cycle: what may happen to an invoice in each state, and its status by day."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import pytest

from kundbok.domain.invoice import (
    InvoiceDetails,
    InvoiceStatus,
    can_credit,
    can_delete,
    can_edit,
    can_issue,
    can_mark_paid,
    status,
)

TODAY = dt.date(2026, 11, 23)
DUE_LATER = TODAY + dt.timedelta(days=1)
DUE_BEFORE = TODAY - dt.timedelta(days=1)


class Stage(NamedTuple):
    kind: str
    state: str
    due_date: dt.date | None = None


@pytest.mark.parametrize(
    ("stage", "edit", "delete", "issue", "credit", "mark_paid"),
    [
        (Stage("invoice", "draft"), True, True, True, False, False),
        (Stage("invoice", "issued", DUE_LATER), False, False, False, True, True),
        (Stage("invoice", "issued", DUE_BEFORE), False, False, False, True, True),
        (Stage("invoice", "paid", DUE_LATER), False, False, False, True, False),
        (Stage("invoice", "credited", DUE_LATER), False, False, False, False, False),
        (Stage("credit_note", "paid", TODAY), False, False, False, False, False),
        (Stage("credit_note", "issued", TODAY), False, False, False, False, True),
    ],
)
def test_what_may_happen_next(stage, edit, delete, issue, credit, mark_paid):
    assert can_edit(stage) is edit
    assert can_delete(stage) is delete
    assert can_issue(stage) is issue
    assert can_credit(stage) is credit
    assert can_mark_paid(stage) is mark_paid


@pytest.mark.parametrize(
    ("stage", "expected"),
    [
        (Stage("invoice", "draft"), InvoiceStatus.DRAFT),
        (Stage("invoice", "issued", TODAY), InvoiceStatus.UNPAID),  # due today: not yet late
        (Stage("invoice", "issued", DUE_LATER), InvoiceStatus.UNPAID),
        (Stage("invoice", "issued", DUE_BEFORE), InvoiceStatus.OVERDUE),
        (Stage("invoice", "paid", DUE_BEFORE), InvoiceStatus.PAID),
        (Stage("invoice", "credited", DUE_BEFORE), InvoiceStatus.CREDITED),
        (Stage("credit_note", "paid", DUE_BEFORE), InvoiceStatus.SETTLED),
        (Stage("credit_note", "issued", DUE_BEFORE), InvoiceStatus.REFUND_DUE),  # never overdue
        (Stage("credit_note", "draft"), InvoiceStatus.DRAFT),
    ],
)
def test_status_on_a_day(stage, expected):
    assert status(stage, TODAY) == expected


def test_the_stored_values_are_kept():
    assert InvoiceStatus.UNPAID == "issued"
    invoice = InvoiceDetails(customer_id=1, state="issued", due_date=DUE_BEFORE)
    assert invoice.status(TODAY) == InvoiceStatus.OVERDUE
