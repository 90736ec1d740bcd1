"""A statement of account built from dated entries and what is open now: balance brought
forward, running balance, balance at the end, open items with their days late."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from kundbok.domain.statement import Entry, EntryKind, OpenDocument, build_statement

JAN10, FEB9, FEB20, MAR5 = (dt.date(2026, 1, 10), dt.date(2026, 2, 9), dt.date(2026, 2, 20),
                            dt.date(2026, 3, 5))  # fmt: skip
INVOICE = Entry(JAN10, EntryKind.INVOICE, D(1000), 1, 101)
PART = Entry(FEB20, EntryKind.PAYMENT, D(-400), 1, None, "101")
REST = Entry(MAR5, EntryKind.PAYMENT, D(-600), 1, None, "101")
PAID_UP = {1: OpenDocument(1, 101, JAN10, FEB9, D(0))}


def test_a_period_in_the_middle_carries_its_balance_in_and_out():
    statement = build_statement(
        "SEK", dt.date(2026, 2, 1), dt.date(2026, 2, 28), [REST, PART, INVOICE], PAID_UP
    )
    assert statement.opening_balance == D(1000)
    assert [(line.entry.amount, line.balance) for line in statement.lines] == [(D(-400), D(600))]
    assert statement.closing_balance == D(600)
    [item] = statement.open_items
    assert (item.number, item.open_amount, item.days_late) == (101, D(600), 19)
    assert statement.overdue == D(600)


def test_the_whole_history_starts_from_nothing_and_ends_where_the_ledger_is():
    statement = build_statement(
        "SEK", dt.date(2025, 1, 1), dt.date(2026, 12, 31), [PART, INVOICE, REST], PAID_UP
    )
    assert statement.opening_balance == D(0)
    assert [line.balance for line in statement.lines] == [D(1000), D(600), D(0)]
    assert statement.closing_balance == D(0) and statement.open_items == ()


def test_an_invoice_not_yet_due_is_open_but_not_late():
    statement = build_statement(
        "SEK", dt.date(2026, 1, 1), dt.date(2026, 1, 31), [INVOICE, PART, REST], PAID_UP
    )
    [item] = statement.open_items
    assert (item.open_amount, item.days_late) == (D(1000), 0)
    assert statement.overdue == D(0)


def test_a_settling_credit_note_and_a_reminder():
    credit = Entry(FEB20, EntryKind.CREDIT_NOTE, D(-1000), 1, 102, "101")
    reminder = Entry(FEB20, EntryKind.REMINDER, D(0), None, 7, fee=D(60))
    statement = build_statement(
        "SEK", dt.date(2026, 1, 1), dt.date(2026, 3, 31), [credit, reminder, INVOICE], PAID_UP
    )
    # on one day: the invoice's kinds first, then credit notes, payments, reminders
    assert [line.entry.kind for line in statement.lines] == [
        EntryKind.INVOICE,
        EntryKind.CREDIT_NOTE,
        EntryKind.REMINDER,
    ]
    assert [line.balance for line in statement.lines] == [D(1000), D(0), D(0)]
    before = build_statement(
        "SEK", dt.date(2026, 1, 1), dt.date(2026, 2, 19), [credit, reminder, INVOICE], PAID_UP
    )
    assert before.closing_balance == D(1000)
    assert [item.open_amount for item in before.open_items] == [D(1000)]


def test_money_to_the_customers_good_is_an_open_item_too():
    refund_due = {2: OpenDocument(2, 103, MAR5, MAR5, D(-250))}
    statement = build_statement(
        "SEK",
        dt.date(2026, 3, 1),
        dt.date(2026, 3, 31),
        [Entry(MAR5, EntryKind.CREDIT_NOTE, D(-250), 2, 103)],
        refund_due,
    )
    assert statement.closing_balance == D(-250)
    assert [(item.number, item.open_amount) for item in statement.open_items] == [(103, D(-250))]
