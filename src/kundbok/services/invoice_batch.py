"""Many new invoices written in one go, as drafts or issued: the contract run's way of saving a
batch, with the rules of saving and issuing one invoice (`invoices`), in a few statements.

An invoice saved and issued alone costs two flushes, a draw of its number and two events of
its own; here the batch's rows go in one flush, its numbers are drawn together (all of them
used, so the series keeps no gap) and its events in one insert. Every check runs before the
first number is drawn: a refusal leaves the caller's transaction as the checks found it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import insert
from sqlalchemy.orm import Session

from kundbok.db.models import Company, Customer, Event, Invoice
from kundbok.domain.events import EventAction
from kundbok.domain.invoice import InvoiceDetails, InvoiceState
from kundbok.services.history import event_values
from kundbok.services.invoices import (
    check_issuable,
    new_draft_row,
    number_and_total,
    used_reductions,
)
from kundbok.services.numbering import INVOICE_SERIES, draw_number


def store_many(
    session: Session,
    user: str,
    drafts: Sequence[tuple[InvoiceDetails, Customer]],
    company: Company,
    issue_on: dt.date | None = None,
) -> list[Invoice]:
    """Write new checked drafts (`checked_draft`) of the given customers in the caller's
    transaction, issued on `issue_on` when it is given, in the order given (so are their
    numbers); each with the history a single save and issue records. A KundbokError refuses
    the whole batch before anything of it reaches the database."""
    with session.no_autoflush:
        invoices = []
        for draft, customer in drafts:
            invoice = new_draft_row(user, draft, customer)
            if issue_on is not None:
                check_issuable(invoice, customer, company)
            invoices.append(invoice)
        session.add_all(invoices)
        issued = _number_and_total(session, user, invoices, issue_on) if issue_on else []
        session.flush()
    events = []
    for offset, row in enumerate(invoices):
        events.append(
            event_values(
                user, EventAction.DRAFT_CREATED, customer_id=row.customer_id, invoice_id=row.id
            )
        )
        if issued:
            events.append(
                event_values(
                    user,
                    EventAction.ISSUED,
                    customer_id=row.customer_id,
                    invoice_id=row.id,
                    changes=issued[offset],
                )
            )
    if events:
        session.execute(insert(Event), events)
    return invoices


def _number_and_total(
    session: Session, user: str, invoices: Sequence[Invoice], day: dt.date
) -> list[dict[str, tuple[object, object]]]:
    """Number and total checked invoices in order; what each one's event records."""
    first = draw_number(session, INVOICE_SERIES, len(invoices))
    changes = []
    for offset, invoice in enumerate(invoices):
        invoice.invoice_date = invoice.invoice_date or day
        if invoice.rot_rut:
            # The year's ROT/RUT used counts this batch's earlier invoices of the buyer.
            session.flush()
        used = used_reductions(session, invoice)
        changes.append(number_and_total(invoice, first + offset, used, user, day))
        invoice.state = InvoiceState.ISSUED
    return changes
