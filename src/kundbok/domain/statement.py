"""A statement of account (kontoutdrag): for one customer, one currency and a period, the balance
brought forward, every invoice, credit note, payment and reminder in date order with a running
balance, the balance at the end, and the invoices open then with their days late.

The statement starts from what is open now, as the customer ledger counts it, and walks back
through the dated entries: the balance on a day is today's balance less everything dated after
it. So the balance at the end of a period reaching today is the ledger's, whatever the entries.
Each entry belongs to one invoice (a payment to the invoice it paid), which gives each invoice's
open amount on the statement's last day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

ZERO = Decimal("0.00")


class EntryKind(StrEnum):
    """What a statement line is."""

    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    INTEREST_INVOICE = "interest_invoice"  # räntefaktura: interest and reminder charges
    PAYMENT = "payment"
    REFUND = "refund"  # money paid back to the customer (a payment of its own, negative)
    REMINDER = "reminder"  # a reminder sent; its fee is charged by a räntefaktura, not here


@dataclass(frozen=True)
class Entry:
    """One dated event on the customer's account. `amount` is what it adds to the balance
    (negative for a payment or a credit; 0 for a reminder); `invoice_id` the invoice whose
    open amount it changes; `number` the document's number; `fee` a reminder's fee."""

    day: dt.date
    kind: EntryKind
    amount: Decimal
    invoice_id: int | None = None
    number: int | None = None
    reference: str = ""  # the invoice a payment or a credit note is for, the payment method
    fee: Decimal = ZERO


@dataclass(frozen=True)
class OpenDocument:
    """An invoice or credit note as the customer ledger sees it now (open amount 0 when
    settled), with what the statement prints of it."""

    invoice_id: int
    number: int | None
    invoice_date: dt.date | None
    due_date: dt.date | None
    open_amount: Decimal
    ocr: str = ""


@dataclass(frozen=True)
class StatementLine:
    """An entry of the period and the balance after it."""

    entry: Entry
    balance: Decimal


@dataclass(frozen=True)
class OpenItem:
    """An invoice (or credit note) open on the statement's last day."""

    number: int | None
    invoice_date: dt.date | None
    due_date: dt.date | None
    open_amount: Decimal
    days_late: int
    ocr: str = ""


@dataclass(frozen=True)
class Statement:
    """The account in one currency from `first_day` to `last_day` inclusive."""

    currency: str
    first_day: dt.date
    last_day: dt.date
    opening_balance: Decimal
    lines: tuple[StatementLine, ...]
    closing_balance: Decimal
    open_items: tuple[OpenItem, ...]

    @property
    def overdue(self) -> Decimal:
        """What of the closing balance was past its due date on the last day."""
        return sum((item.open_amount for item in self.open_items if item.days_late > 0), ZERO)


_ORDER = {kind: position for position, kind in enumerate(EntryKind)}


def build_statement(
    currency: str,
    first_day: dt.date,
    last_day: dt.date,
    entries: Iterable[Entry],
    documents: Mapping[int, OpenDocument],
) -> Statement:
    """The statement of the period from the account's `entries` (any order) and its
    `documents` as open now (by invoice id; their sum is the balance now)."""
    ordered = sorted(entries, key=lambda entry: (entry.day, _ORDER[entry.kind], entry.number or 0))
    balance_now = sum((document.open_amount for document in documents.values()), ZERO)
    after = [entry for entry in ordered if entry.day > last_day]
    closing = balance_now - sum((entry.amount for entry in after), ZERO)
    period = [entry for entry in ordered if first_day <= entry.day <= last_day]
    opening = closing - sum((entry.amount for entry in period), ZERO)
    lines = []
    running = opening
    for entry in period:
        running += entry.amount
        lines.append(StatementLine(entry, running))
    later: dict[int, Decimal] = {}
    for entry in after:
        if entry.invoice_id is not None:
            later[entry.invoice_id] = later.get(entry.invoice_id, ZERO) + entry.amount
    items = []
    for invoice_id, document in documents.items():
        open_then = document.open_amount - later.get(invoice_id, ZERO)
        if open_then:
            due = document.due_date or document.invoice_date or last_day
            days_late = max(0, (last_day - due).days)
            items.append(
                OpenItem(
                    document.number,
                    document.invoice_date,
                    document.due_date,
                    open_then,
                    days_late,
                    document.ocr,
                )
            )
    items.sort(key=lambda item: (item.due_date or dt.date.min, item.number or 0))
    return Statement(currency, first_day, last_day, opening, tuple(lines), closing, tuple(items))
