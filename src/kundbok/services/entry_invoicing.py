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

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from kundbok.db.models import Customer, Entry, EntryInvoicing, Invoice
from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails, entry_lines
from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError
from kundbok.domain.invoice import InvoiceDetails, InvoiceState
from kundbok.domain.invoicing import due_date
from kundbok.domain.rot_rut.work_types import work_types_for
from kundbok.services.entries import entry_details
from kundbok.services.invoice_queries import invoice_details
from kundbok.services.invoices import checked_draft, issue_in_session, start_draft, store_draft


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


def _batches(session: Session, customer_ids: Sequence[int] | None, up_to: dt.date) -> list[_Batch]:
    query = select(Entry).where(Entry.invoice_id.is_(None), Entry.entry_date <= up_to)
    if customer_ids is not None:
        query = query.where(Entry.customer_id.in_(customer_ids))
    by_customer: dict[int, list[Entry]] = {}
    for row in session.scalars(query.order_by(Entry.customer_id, Entry.entry_date, Entry.id)):
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


def _draft(db: Database, batch: _Batch, summed: bool, today: dt.date, kind: str) -> InvoiceDetails:
    start = start_draft(db, batch.customer_id, today)
    invoice = start.invoice
    return checked_draft(
        replace(
            invoice,
            invoice_date=today,
            delivery_date=max(entry.entry_date for entry in batch.entries),
            due_date=due_date(today, invoice.payment_terms_days),
            lines=entry_lines(batch.entries, summed, start.discount_percent),
            rot_rut=_rot_rut(batch.entries, kind == "private"),
        )
    )


def _link(session: Session, invoice_id: int, batch: _Batch) -> None:
    """Put the batch's entries on the invoice, only if each is still unbilled and unchanged."""
    ids = list(batch.versions)
    linked = session.execute(
        update(Entry)
        .where(Entry.id.in_(ids), Entry.invoice_id.is_(None))
        .values(invoice_id=invoice_id, version=Entry.version + 1)
        .execution_options(synchronize_session=False)
    )
    if linked.rowcount != len(ids):  # type: ignore[attr-defined]
        raise RefusedError(_RACED)
    versions = session.execute(select(Entry.id, Entry.version).where(Entry.id.in_(ids)))
    if any(batch.versions[entry_id] + 1 != version for entry_id, version in versions):
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
    with db.unit_of_work(write=False) as session:
        batches = _batches(session, customer_ids, up_to)
        ids = [batch.customer_id for batch in batches]
        summed = _summed(session, ids)
        query = select(Customer.id, Customer.kind).where(Customer.id.in_(ids))
        kinds = {customer: kind for customer, kind in session.execute(query)}
    drafts = [
        _draft(db, batch, batch.customer_id in summed, today, kinds[batch.customer_id])
        for batch in batches
    ]
    made = []
    with db.unit_of_work(durable=issue) as session:
        for batch, draft in zip(batches, drafts, strict=True):
            invoice = store_draft(session, db.user, draft)
            _link(session, invoice.id, batch)
            if issue:
                issue_in_session(session, invoice, db.user, today)
            made.append(_made(invoice, len(batch.entries)))
        session.commit()
    return made


def _made(invoice: Invoice, count: int) -> InvoicedEntries:
    details = invoice_details(invoice)
    return InvoicedEntries(
        customer_number=invoice.customer.number,
        customer_name=invoice.customer.name,
        invoice_id=invoice.id,
        invoice_number=invoice.number,
        entry_count=count,
        total=details.totals().to_pay,
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
