"""Entries (fakturaunderlag): note hours and material on a customer, change or remove them
until they are invoiced, list them, and keep the customer's choice of summed lines.

An entry on an invoice (even a draft) is fixed like the invoice: it is changed by deleting the
draft (which frees it) or, once issued, by crediting the invoice and freeing its entries.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session

from kundbok.db.models import Article, Customer, Entry, EntryInvoicing, Invoice
from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails, check_entry
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError
from kundbok.domain.pricing import line_price
from kundbok.domain.text import without_control_characters
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.pricing import agreed_prices
from kundbok.services.settings import company_row


@dataclass(frozen=True)
class NewEntry:
    """What a person types for an entry. Without an article the entry is free text (`text`
    and a `unit_price` needed); a None price is the customer's price for the article."""

    customer_id: int
    entry_date: dt.date
    quantity: Decimal
    article_number: str = ""
    text: str = ""
    unit_price: Decimal | None = None
    unit: str = ""


_UNKNOWN_ARTICLE = QT_TRANSLATE_NOOP("messages", "There is no active article {number}.")


def entry_price(
    session: Session, customer: Customer, article: Article, quantity: Decimal, day: dt.date
) -> Decimal:
    """The price of `quantity` of `article` for `customer` on `day` as the customer's
    agreements give it (its own price, its list's, its group's list's, else the article's): the
    one place an entry's default price comes from."""
    [(article_price, agreed)] = agreed_prices(session, customer.id, [article.id]).values()
    return line_price(agreed, article_price, quantity, day).unit_price


def _active_article(session: Session, number: str) -> Article:
    article = session.scalar(
        select(Article).where(Article.number == number, Article.active.is_(True))
    )
    if article is None:
        raise NotFoundError(_UNKNOWN_ARTICLE, number=number)
    return article


def _customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The customer no longer exists."))
    return customer


def filled_in(
    session: Session, new: NewEntry, articles: dict[str, Article] | None = None
) -> EntryDetails:
    """The entry of `new` with its article's description, unit, VAT, kind and price (the
    articles may be given, read once for many entries)."""
    customer = _customer(session, new.customer_id)
    text = without_control_characters(new.text).strip()
    number = new.article_number.strip()
    if number:
        article = (articles or {}).get(number) or _active_article(session, number)
        price = new.unit_price
        details = EntryDetails(
            customer_id=customer.id,
            entry_date=new.entry_date,
            quantity=new.quantity,
            unit_price=entry_price(session, customer, article, new.quantity, new.entry_date)
            if price is None
            else price,
            vat_rate=customer.vat_rate if customer.vat_rate is not None else article.vat_rate,
            article_id=article.id,
            article_number=article.number,
            description=article.description,
            text=text,
            unit=article.unit,
            kind=article.rot_rut_kind,
            work_type=article.work_type,
        )
    else:
        if new.unit_price is None:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "An entry without an article needs a price.")
            )
        vat = customer.vat_rate
        details = EntryDetails(
            customer_id=customer.id,
            entry_date=new.entry_date,
            quantity=new.quantity,
            unit_price=new.unit_price,
            vat_rate=vat if vat is not None else company_row(session).vat_rate,
            description=text,
            text=text,
            unit=new.unit,
        )
    check_entry(details)
    return details


_COLUMNS = (
    "customer_id",
    "entry_date",
    "quantity",
    "unit_price",
    "vat_rate",
    "article_id",
    "article_number",
    "description",
    "text",
    "unit",
    "work_type",
)


def write_entry(row: Entry, details: EntryDetails) -> None:
    """Put a checked entry's values into its row."""
    for name in _COLUMNS:
        setattr(row, name, getattr(details, name))
    row.line_kind = details.kind
    row.amount = details.amount


def entry_details(
    row: Entry | Row[Any], invoice_number: int | None = None, customer_number: int | None = None
) -> EntryDetails:
    """A stored entry (its row, mapped or not) as a plain value."""
    return EntryDetails(
        **{name: getattr(row, name) for name in _COLUMNS},
        id=row.id,
        kind=row.line_kind,
        invoice_id=row.invoice_id,
        invoice_number=invoice_number,
        customer_number=customer_number,
        created_by=row.created_by,
        version=row.version,
    )


def add_entry(db: Database, new: NewEntry) -> EntryDetails:
    """Note hours or material on a customer; returns the entry kept."""
    with db.unit_of_work() as session:
        row = Entry(created_by=db.user, updated_by=db.user)
        write_entry(row, filled_in(session, new))
        session.add(row)
        session.flush()
        saved = entry_details(row)
        session.commit()
        return saved


def _unbilled(session: Session, entry_id: int, version: int | None) -> Entry:
    row = session.get(Entry, entry_id)
    if row is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The entry no longer exists."))
    if row.invoice_id is not None:
        invoice = session.get(Invoice, row.invoice_id)
        number = invoice.number if invoice is not None else None
        raise RefusedError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The entry is on invoice {invoice} and cannot be changed: delete the draft, or "
                "credit the invoice and free its entries.",
            ),
            invoice=number if number is not None else f"draft {row.invoice_id}",
        )
    check_version(version, row, dict, {}, lambda: entry_details(row))
    return row


def change_entry(db: Database, entry_id: int, new: NewEntry, version: int | None) -> EntryDetails:
    """Change an unbilled entry (one on an invoice is refused; so is one changed by someone
    else since it was read at `version`)."""
    with db.unit_of_work() as session:
        row = _unbilled(session, entry_id, version)
        write_entry(row, filled_in(session, new))
        row.updated_by = db.user
        with stale_as_conflict():
            session.flush()
        saved = entry_details(row)
        session.commit()
        return saved


def remove_entry(db: Database, entry_id: int, version: int | None = None) -> None:
    """Remove an unbilled entry."""
    with db.unit_of_work() as session:
        session.delete(_unbilled(session, entry_id, version))
        with stale_as_conflict():
            session.flush()
        session.commit()


def list_entries(
    db: Database, customer_id: int | None = None, unbilled: bool = False
) -> list[EntryDetails]:
    """Entries, oldest first, with the number of the invoice each is on (None: a draft)."""
    query = (
        select(Entry, Invoice.number, Customer.number)
        .join(Customer, Entry.customer_id == Customer.id)
        .outerjoin(Invoice, Entry.invoice_id == Invoice.id)
    )
    if customer_id is not None:
        query = query.where(Entry.customer_id == customer_id)
    if unbilled:
        query = query.where(Entry.invoice_id.is_(None))
    query = query.order_by(Entry.entry_date, Entry.id)
    with db.unit_of_work(write=False) as session:
        return [entry_details(*row) for row in session.execute(query)]


def entries_summed(db: Database, customer_id: int) -> bool:
    """Whether the customer's entries are invoiced summed per article (else one line each)."""
    with db.unit_of_work(write=False) as session:
        choice = session.get(EntryInvoicing, customer_id)
        return bool(choice and choice.summed)


def choose_entries_summed(db: Database, customer_id: int, summed: bool) -> None:
    """Keep the customer's choice of summed or itemised lines; kept at once."""
    with db.unit_of_work() as session:
        _customer(session, customer_id)
        choice = session.get(EntryInvoicing, customer_id)
        if choice is None:
            session.add(EntryInvoicing(customer_id=customer_id, summed=summed))
        else:
            choice.summed = summed
        session.commit()
