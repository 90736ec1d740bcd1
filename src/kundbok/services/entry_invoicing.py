"""Invoice entries: one invoice draft (or issued invoice) per customer from its unbilled
entries up to a date, and give a credited invoice's entries back for a new invoice.

Never billed twice, never lost: the entries are linked to their invoice by `entry.invoice_id` in
the invoice's own transaction, by an UPDATE that takes only entries still unbilled and at the
version they were read at. If another window or user invoiced or changed any of them meanwhile,
the whole call is refused and nothing is made. Deleting a draft frees its entries (the column
is set NULL by the database), and a kill -9 leaves either the invoices with their entries or
neither.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Row, Table, bindparam, insert, select, update
from sqlalchemy.orm import Session, selectinload

from kundbok.db.models import Customer, Entry, EntryInvoicing, Invoice, InvoiceLine
from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails, entry_lines
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.invoice import InvoiceDetails, InvoiceState, LineDetails
from kundbok.domain.invoicing import due_date
from kundbok.domain.rot_rut.work_types import work_types_for
from kundbok.services.bulk import bulk_mode
from kundbok.services.entries import entry_details
from kundbok.services.invoice_queries import LINE_COLUMNS, invoice_details
from kundbok.services.invoices import checked_draft, draft_start, issue_in_session, store_draft
from kundbok.services.pricing import agreed_prices


@dataclass(frozen=True)
class InvoicedEntries:
    """One invoice made from entries: its customer, number (None: a draft) and amount due."""

    customer_number: int
    customer_name: str
    invoice_id: int
    invoice_number: int | None
    entry_count: int
    total: Decimal
    currency: str


@dataclass(frozen=True)
class _Batch:
    customer_id: int
    entries: tuple[EntryDetails, ...]
    versions: dict[int, int]


_RACED = QT_TRANSLATE_NOOP(
    "messages",
    "Some of the entries were invoiced or changed by someone else meanwhile. Nothing was "
    "invoiced; look at the list again and invoice what is left.",
)


# The table itself: linking and reading thousands of entries needs no mapped objects.
_ENTRY = cast(Table, Entry.__table__)


def _batches(session: Session, customer_ids: Sequence[int] | None, up_to: dt.date) -> list[_Batch]:
    entries = _ENTRY.c
    query = select(_ENTRY).where(entries.invoice_id.is_(None), entries.entry_date <= up_to)
    if customer_ids is not None:
        query = query.where(entries.customer_id.in_(customer_ids))
    by_customer: dict[int, list[Row[Any]]] = {}
    ordered = query.order_by(entries.customer_id, entries.entry_date, entries.id)
    for row in session.connection().execute(ordered):
        by_customer.setdefault(row.customer_id, []).append(row)
    return [
        _Batch(customer, tuple(entry_details(row) for row in rows), {r.id: r.version for r in rows})
        for customer, rows in by_customer.items()
    ]


def _summed(session: Session, customer_ids: Sequence[int]) -> set[int]:
    query = select(EntryInvoicing.customer_id).where(EntryInvoicing.summed.is_(True))
    return {customer for customer in session.scalars(query) if customer in set(customer_ids)}


def _rot_rut(entries: Sequence[EntryDetails], private: bool) -> str:
    """ROT or RUT for a private buyer when the entries' work types all belong to one of them."""
    kinds = {
        kind
        for entry in entries
        if entry.work_type
        for kind in ("rot", "rut")
        if entry.work_type in work_types_for(kind)
    }
    return kinds.pop() if private and len(kinds) == 1 else ""


def _agreed(session: Session, customer: Customer, batch: _Batch, discount: Decimal) -> set[int]:
    """The articles of the batch with a price agreed with the customer: no general discount."""
    articles = {entry.article_id for entry in batch.entries if entry.article_id is not None}
    if not articles or discount == 0:
        return set()
    found = agreed_prices(session, customer.id, articles)
    return {article_id for article_id, (_, agreed) in found.items() if agreed}


def _draft(
    session: Session, customer: Customer, batch: _Batch, summed: bool, today: dt.date
) -> InvoiceDetails:
    """The checked draft of a customer's entries, filled in from its card as the editor does;
    never with the last exchange rate offered (the rate of its own delivery date is entered)."""
    start = draft_start(session, customer, today)
    invoice = start.invoice
    return checked_draft(
        replace(
            invoice,
            invoice_date=today,
            delivery_date=max(entry.entry_date for entry in batch.entries),
            due_date=due_date(today, invoice.payment_terms_days),
            exchange_rate=None,
            lines=entry_lines(
                batch.entries,
                summed,
                start.discount_percent,
                _agreed(session, customer, batch, start.discount_percent),
            ),
            rot_rut=_rot_rut(batch.entries, customer.kind == "private"),
        )
    )


_CHUNK = 5_000  # ids in one IN list, well within SQLite's limit of bound values


def _link(session: Session, links: Sequence[tuple[int, _Batch]]) -> None:
    """Put each batch's entries on its invoice, only if each is still unbilled and unchanged
    since it was read; else nothing is invoiced (RefusedError, the transaction rolls back)."""
    entries = _ENTRY.c
    wanted = {
        entry_id: (invoice_id, version + 1)
        for invoice_id, batch in links
        for entry_id, version in batch.versions.items()
    }
    if not wanted:
        return
    linking = (
        update(_ENTRY)
        .where(entries.id == bindparam("entry"), entries.invoice_id.is_(None))
        .values(invoice_id=bindparam("invoice"), version=entries.version + 1)
    )
    linked = session.connection().execute(
        linking, [{"entry": entry, "invoice": invoice} for entry, (invoice, _v) in wanted.items()]
    )
    if linked.rowcount != len(wanted):
        raise RefusedError(_RACED)
    ids = list(wanted)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found = session.connection().execute(
            select(entries.id, entries.invoice_id, entries.version).where(entries.id.in_(chunk))
        )
        if any(wanted[entry] != (invoice, version) for entry, invoice, version in found):
            raise RefusedError(_RACED)


def invoice_entries(
    db: Database,
    customer_ids: Sequence[int] | None,
    up_to: dt.date,
    issue: bool = False,
    today: dt.date | None = None,
) -> list[InvoicedEntries]:
    """One invoice per customer (of `customer_ids`; None: every customer) from its unbilled
    entries dated up to `up_to`: drafts, or issued with `issue`. All in one transaction: a
    refusal (a blocked customer, entries invoiced meanwhile) makes nothing. Empty when there is
    nothing to invoice."""
    today = today or dt.date.today()
    with db.unit_of_work(durable=issue) as session, bulk_mode(session):
        batches = _batches(session, customer_ids, up_to)
        ids = [batch.customer_id for batch in batches]
        summed = _summed(session, ids)
        customers = _customers(session, ids)
        stored = []
        for batch in batches:
            customer = customers[batch.customer_id]
            draft = _draft(session, customer, batch, batch.customer_id in summed, today)
            # The lines are written together below: one statement for thousands of lines.
            invoice = store_draft(session, db.user, replace(draft, lines=()))
            stored.append((invoice, draft, batch))
        _link(session, [(invoice.id, batch) for invoice, _draft, batch in stored])
        _write_lines(session, [(invoice.id, draft.lines) for invoice, draft, _batch in stored])
        made = []
        for invoice, draft, batch in stored:
            session.expire(invoice, ["lines"])
            if issue:
                issue_in_session(session, invoice, db.user, today, customers[invoice.customer_id])
                details = invoice_details(invoice)
            else:
                details = replace(draft, id=invoice.id)
            made.append(_made(customers[invoice.customer_id], details, len(batch.entries)))
        session.commit()
    return made


def _customers(session: Session, ids: Sequence[int]) -> dict[int, Customer]:
    """The customers with their addresses and contacts, read at once (the drafts copy them)."""
    query = (
        select(Customer)
        .where(Customer.id.in_(ids))
        .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
    )
    return {customer.id: customer for customer in session.scalars(query)}


def _write_lines(session: Session, lines: Sequence[tuple[int, tuple[LineDetails, ...]]]) -> None:
    rows = [
        {
            "invoice_id": invoice_id,
            "position": position,
            **{name: getattr(line, name) for name in LINE_COLUMNS},
            "line_kind": line.kind,
        }
        for invoice_id, invoice_lines in lines
        for position, line in enumerate(invoice_lines, start=1)
    ]
    if rows:
        session.execute(insert(InvoiceLine), rows)


def _made(customer: Customer, invoice: InvoiceDetails, count: int) -> InvoicedEntries:
    assert invoice.id is not None
    return InvoicedEntries(
        customer_number=customer.number,
        customer_name=customer.name,
        invoice_id=invoice.id,
        invoice_number=invoice.number,
        entry_count=count,
        total=invoice.totals().to_pay,
        currency=invoice.currency,
    )


def free_credited_entries(db: Database, invoice_id: int) -> int:
    """Give the entries of a credited invoice back for a new invoice; returns how many. An
    invoice that is not credited keeps them (refused)."""
    with db.unit_of_work() as session:
        invoice = session.get(Invoice, invoice_id)
        if invoice is None or invoice.state != InvoiceState.CREDITED:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages", "Only the entries of a credited invoice can be freed."
                )
            )
        freed = session.execute(
            update(Entry)
            .where(Entry.invoice_id == invoice_id)
            .values(invoice_id=None, version=Entry.version + 1)
            .execution_options(synchronize_session=False)
        )
        session.commit()
        return int(freed.rowcount)  # type: ignore[attr-defined]


def entries_on(db: Database, invoice_id: int) -> int:
    """How many entries are on the invoice."""
    with db.unit_of_work(write=False) as session:
        return len(session.scalars(select(Entry.id).where(Entry.invoice_id == invoice_id)).all())
