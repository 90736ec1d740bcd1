"""Finding customers for the list: word-prefix search through the term index, sorted and paged.

Each word of the query narrows the list to customers having a term that starts with it (a range
on the indexed term column, never a scan of every customer), in any order of the words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, func, select
from sqlalchemy.orm import aliased

from kundbok.db.models import Address, Customer, SearchTerm
from kundbok.db.session import Database
from kundbok.domain.search_terms import prefix_bounds, query_words


class CustomerRow(NamedTuple):
    """One line of the customer list: plain values, cheap to keep by the thousand."""

    id: int
    number: int
    name: str
    kind: str
    org_number: str | None
    personal_number: str | None
    reference: str
    city: str | None
    phone: str
    email: str
    active: bool


@dataclass(frozen=True)
class CustomerQuery:
    """What the list shows: a search text, whether passive customers count, the sort order."""

    text: str = ""
    include_inactive: bool = False
    sort: str = "name"
    descending: bool = False


_billing = aliased(Address)
SORT_COLUMNS = {
    "number": Customer.number,
    "name": Customer.sort_name,
    "org_number": func.coalesce(Customer.org_number, Customer.personal_number),
    "reference": Customer.reference,
    "city": _billing.city,
    "phone": Customer.phone,
    "email": Customer.email,
    "active": Customer.active,
}


def _filtered(statement: Select, query: CustomerQuery) -> Select:
    if not query.include_inactive:
        statement = statement.where(Customer.active.is_(True))
    for word in query_words(query.text):
        low, high = prefix_bounds(word)
        statement = statement.where(
            Customer.id.in_(
                select(SearchTerm.customer_id).where(SearchTerm.term >= low, SearchTerm.term < high)
            )
        )
    return statement


def _list_statement(query: CustomerQuery) -> Select:
    statement = select(
        Customer.id,
        Customer.number,
        Customer.name,
        Customer.kind,
        Customer.org_number,
        Customer.personal_number,
        Customer.reference,
        _billing.city,
        Customer.phone,
        Customer.email,
        Customer.active,
    ).outerjoin(
        _billing,
        and_(
            _billing.customer_id == Customer.id,
            _billing.kind == "billing",
            _billing.is_default.is_(True),
        ),
    )
    sort_column = SORT_COLUMNS.get(query.sort, Customer.sort_name)
    order: list[Any] = [sort_column.desc() if query.descending else sort_column.asc()]
    if sort_column is not Customer.number:
        order.append(Customer.number.desc() if query.descending else Customer.number.asc())
    return _filtered(statement, query).order_by(*order)


def search_customers(
    db: Database, query: CustomerQuery, offset: int = 0, limit: int = 100
) -> list[CustomerRow]:
    """One page of the customers matching `query`, in its sort order."""
    with db.unit_of_work(write=False) as session:
        rows = session.execute(_list_statement(query).offset(offset).limit(limit))
        return [CustomerRow(*row) for row in rows]


def count_customers(db: Database, query: CustomerQuery) -> int:
    """How many customers match `query` (the list's row count)."""
    with db.unit_of_work(write=False) as session:
        return session.scalar(_filtered(select(func.count(Customer.id)), query)) or 0


def customer_counts(db: Database) -> tuple[int, int]:
    """(active customers, passive customers) for the status bar."""
    with db.unit_of_work(write=False) as session:
        rows = dict(
            session.execute(select(Customer.active, func.count()).group_by(Customer.active)).all()
        )
    return rows.get(True, 0), rows.get(False, 0)


def row_position(db: Database, query: CustomerQuery, customer_id: int) -> int | None:
    """Where a customer stands in the list of `query`, so the list can select it after a save."""
    with db.unit_of_work(write=False) as session:
        ids = _filtered(select(Customer.id), query)
        if customer_id not in set(session.scalars(ids.where(Customer.id == customer_id))):
            return None
        ranked = _list_statement(query).with_only_columns(Customer.id)
        for position, found in enumerate(session.scalars(ranked)):
            if found == customer_id:
                return position
    return None
