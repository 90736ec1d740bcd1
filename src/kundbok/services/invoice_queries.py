"""What the invoice screens read: one invoice, the invoice list, a customer's balance.

The read side of invoicing (the commands that change invoices are in `invoices`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import fields
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

from sqlalchemy import Row, Select, bindparam, func, select
from sqlalchemy.orm import Session, aliased, selectinload

from kundbok.db.models import Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from kundbok.domain.invoice import (
    InvoiceDetails,
    InvoiceKind,
    InvoiceState,
    InvoiceStatus,
    LineDetails,
    days_overdue,
)
from kundbok.domain.invoice import status as status_on
from kundbok.services.articles import find_article
from kundbok.services.invoice_search import UNSENT, InvoiceQuery, matching, never_sent
from kundbok.services.open_amounts import OpenAmounts
from kundbok.services.settings import CompanySettings, get_company

LINE_COLUMNS = tuple(f.name for f in fields(LineDetails) if f.name != "kind")


def invoice_details(invoice: Invoice) -> InvoiceDetails:
    """A stored invoice as a plain value, lines included (loaded within the session)."""
    values = {f.name: getattr(invoice, f.name) for f in fields(InvoiceDetails) if f.name != "lines"}
    lines = tuple(
        LineDetails(**{name: getattr(line, name) for name in LINE_COLUMNS}, kind=line.line_kind)
        for line in invoice.lines
    )
    return InvoiceDetails(**values, lines=lines)


def load_invoice(session: Session, invoice_id: int) -> Invoice:
    """The invoice with its lines; NotFoundError when it was deleted meanwhile."""
    invoice = session.get(Invoice, invoice_id, options=[selectinload(Invoice.lines)])
    if invoice is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The invoice no longer exists."))
    return invoice


def get_invoice(db: Database, invoice_id: int) -> InvoiceDetails:
    """One invoice or credit note with its lines."""
    with db.unit_of_work(write=False) as session:
        return invoice_details(load_invoice(session, invoice_id))


def invoice_pdf_context(
    db: Database, invoice: InvoiceDetails
) -> tuple[CompanySettings, int | None]:
    """What the PDF of `invoice` needs beside it: our company, and the number of the invoice a
    credit note credits (None for an invoice)."""
    credited = (
        get_invoice(db, invoice.credited_invoice_id).number if invoice.credited_invoice_id else None
    )
    return get_company(db), credited


def article_line(db: Database, number: str) -> LineDetails | None:
    """A new invoice line filled in from the active article with `number`, if there is one."""
    article = find_article(db, number)
    if article is None:
        return None
    return LineDetails(
        article_number=article.number,
        article_id=article.id,
        description=article.description,
        unit=article.unit,
        unit_price=article.unit_price,
        vat_rate=article.vat_rate,
        kind=article.rot_rut_kind,
        work_type=article.work_type,
    )


def find_invoice_id(db: Database, number: int) -> int:
    """The id of the issued invoice or credit note with `number`."""
    with db.unit_of_work(write=False) as session:
        invoice_id = session.scalar(select(Invoice.id).where(Invoice.number == number))
    if invoice_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no invoice number {number}."), number=number
        )
    return invoice_id


class InvoiceRow(NamedTuple):
    """One line of the invoice list."""

    id: int
    number: int | None
    kind: str
    state: str
    status: InvoiceStatus
    customer_id: int
    customer_number: int
    customer_name: str
    invoice_date: dt.date | None
    due_date: dt.date | None
    total: Decimal
    currency: str
    credited_number: int | None
    paid: Decimal = Decimal(0)
    days_overdue: int = 0
    sent_at: dt.datetime | None = None  # when it was last e-mailed
    # What is still owed (negative: owed to the customer, as an overpayment or the refund due
    # on a credit note); `domain.invoice.open_amount`.
    open_amount: Decimal = Decimal(0)
    reminder_level: int = 0
    reminded_on: dt.date | None = None  # the last reminder's date
    printed_at: dt.datetime | None = None
    einvoice_written_at: dt.datetime | None = None
    by_email: bool = False  # whether its customer takes invoices by e-mail


def list_invoices(
    db: Database,
    status: str | None = None,
    customer_id: int | None = None,
    today: dt.date | None = None,
    offset: int = 0,
    limit: int = 200,
    invoice_id: int | None = None,
) -> list[InvoiceRow]:
    """Invoices newest first, optionally of one status (as the list shows it; "paid" includes
    overpaid), one customer or only the invoice `invoice_id`."""
    return search_invoices(
        db, InvoiceQuery("", status, customer_id), today, offset, limit, invoice_id
    )


# The invoice a credit note credits, for its number; made once (SQLAlchemy memoises what it
# works out about an alias, and a new one each search costs more than the search).
_CREDITED = aliased(Invoice, name="credited_for_number")


def search_invoices(
    db: Database,
    query: InvoiceQuery,
    today: dt.date | None = None,
    offset: int = 0,
    limit: int = 200,
    invoice_id: int | None = None,
) -> list[InvoiceRow]:
    """The invoices `query` finds (`services/invoice_search.py`), drafts first and then by
    number, newest first: a page of `limit` from `offset`."""
    today = today or dt.date.today()
    with db.unit_of_work(write=False) as session:
        ids = _page_ids(session, query, today, offset, limit, invoice_id)
        if not ids:
            return []
        rows = {row[0]: row for row in session.execute(_rows_of_page(), {"page": ids})}
    return [_row(rows[id_], today) for id_ in ids if id_ in rows]


@cache
def _rows_of_page() -> Select[Any]:
    """The list's columns of the invoices whose ids are bound as "page" (with their payments
    only): one statement, made once, whatever the page."""
    amounts = OpenAmounts(invoice_ids=bindparam("page", expanding=True))
    credited = _CREDITED
    return amounts.joined(
        select(
            Invoice.id,
            Invoice.number,
            Invoice.kind,
            Invoice.state,
            Invoice.customer_id,
            Customer.number,
            Customer.name,
            Invoice.invoice_date,
            Invoice.due_date,
            amounts.amount_due,
            Invoice.currency,
            credited.number,
            amounts.paid_sum,
            Invoice.sent_at,
            amounts.open_amount,
            Invoice.reminder_level,
            Invoice.reminded_on,
            Invoice.printed_at,
            Invoice.einvoice_written_at,
            Customer.invoice_by_email,
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(credited, credited.id == Invoice.credited_invoice_id)
    ).where(Invoice.id.in_(bindparam("page", expanding=True)))


def _page_ids(
    session: Session,
    query: InvoiceQuery,
    today: dt.date,
    offset: int,
    limit: int,
    invoice_id: int | None,
) -> list[int]:
    """The ids of a page of the list. Drafts (few) are read first, then the numbered ones down
    the number's index, so a page stops reading once full: the sums of payments are read for
    that page only, unless the status needs them to choose."""
    statement = matching(select(Invoice.id), query, session.get_bind().dialect.name)
    if invoice_id is not None:
        statement = statement.where(Invoice.id == invoice_id)
    if query.status == InvoiceStatus.PAID:  # paid or overpaid: every paid invoice, without sums
        statement = statement.where(
            Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.PAID
        )
    elif query.status == UNSENT:
        statement = statement.where(
            Invoice.kind == InvoiceKind.INVOICE, Invoice.state == InvoiceState.ISSUED, never_sent()
        )
    elif query.status:
        amounts = OpenAmounts()
        statement = amounts.joined(statement).where(amounts.status_is(query.status, today))
    drafts = list(
        session.scalars(statement.where(Invoice.number.is_(None)).order_by(Invoice.id.desc()))
    )
    page = drafts[offset : offset + limit]
    if len(page) < limit:
        numbered = (
            statement.where(Invoice.number.is_not(None))
            .order_by(Invoice.number.desc())
            .offset(max(0, offset - len(drafts)))
            .limit(limit - len(page))
        )
        page += session.scalars(numbered)
    return page


def _row(row: Row[*tuple[Any, ...]], today: dt.date) -> InvoiceRow:
    stage = _Stage(row[2], row[3], row[8])
    paid, amount_due = _kronor(row[12]), _kronor(row[9])
    return InvoiceRow(
        id=row[0],
        number=row[1],
        kind=row[2],
        state=row[3],
        status=status_on(stage, today, paid, amount_due),
        customer_id=row[4],
        customer_number=row[5],
        customer_name=row[6],
        invoice_date=row[7],
        due_date=row[8],
        total=amount_due,
        currency=row[10],
        credited_number=row[11],
        paid=paid,
        days_overdue=days_overdue(stage, today),
        sent_at=row[13],
        open_amount=_kronor(row[14]),
        reminder_level=row[15],
        reminded_on=row[16],
        printed_at=row[17],
        einvoice_written_at=row[18],
        by_email=bool(row[19]),
    )


def invoice_row(db: Database, invoice_id: int, today: dt.date | None = None) -> InvoiceRow | None:
    """One invoice as the list shows it (status, payments, days overdue); None when gone."""
    rows = list_invoices(db, today=today, limit=1, invoice_id=invoice_id)
    return rows[0] if rows else None


class _Stage(NamedTuple):
    kind: str
    state: str
    due_date: dt.date | None


def _kronor(value: object) -> Decimal:
    """A Money column or sum: a Decimal in kronor with two decimals (0 for nothing)."""
    return Decimal(0) if value is None else Decimal(str(value)).quantize(Decimal("0.01"))


def customer_balance(db: Database, customer_id: int) -> Decimal:
    """What the customer owes: what is open on its issued invoices and credit notes
    (`domain.invoice.open_amount`); negative: the business owes the customer (overpayments,
    refunds due)."""
    amounts = OpenAmounts()
    with db.unit_of_work(write=False) as session:
        balance = session.scalar(
            amounts.joined(select(func.sum(amounts.open_amount))).where(
                Invoice.customer_id == customer_id,
                Invoice.state.in_((InvoiceState.ISSUED, InvoiceState.PAID)),
            )
        )
    return _kronor(balance)
