"""Finding customers for the list: word-prefix search through the term index, sorted and paged.

Each word of the query narrows the list to customers having a term that starts with it (a range
on the indexed term column, never a scan of every customer), in any order of the words.
"""

from __future__ import annotations

import operator
from typing import Any

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    CompoundSelect,
    Select,
    and_,
    bindparam,
    exists,
    false,
    func,
    intersect,
    literal,
    or_,
    select,
    tuple_,
)
from sqlalchemy.orm import Session, aliased

from kundbok.db.models import Address, Customer, CustomerGroup, SearchTerm
from kundbok.db.session import Database
from kundbok.domain.search_terms import prefix_bounds, query_words
from kundbok.services.listing import CustomerQuery, CustomerRow
from kundbok.services.open_amounts import open_per_customer

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
    "group": CustomerGroup.name,
}


# Estimated matches above which walking the sorted customer list and checking each customer finds
# a page sooner than collecting every match and sorting it; and the most term rows counted per word.
BROAD_MATCH = 2_000
COUNT_CAP = 50_000


def _ranges(query: CustomerQuery) -> list[tuple[str, str]]:
    return [prefix_bounds(word) for word in query_words(query.text)]


def _term_matches(low: str, high: str, include_inactive: bool) -> Select[int]:
    statement = select(SearchTerm.customer_id).where(SearchTerm.term >= low, SearchTerm.term < high)
    return statement if include_inactive else statement.where(SearchTerm.active.is_(True))


def _matching_ids(
    ranges: list[tuple[str, str]], include_inactive: bool
) -> Select[int] | CompoundSelect[int]:
    """The ids of customers having, for every word, a term starting with it."""
    selects = [_term_matches(low, high, include_inactive) for low, high in ranges]
    return intersect(*selects) if len(selects) > 1 else selects[0].distinct()


# A word this long or longer is read as a range of the term index; a shorter one (a letter or
# two, whose range may hold most of the index) only checked against customers found otherwise.
NARROW_WORD = 3


def customers_matching(text: str, candidates: Select[int]) -> Select[int] | None:
    """The ids of the customers, active or passive, whose words start with each word of `text`
    as the customer list searches them (None: `text` has no words).

    The longest word's range of the term index is read and each other word checked for the
    customers in it, so a broad word ("2", "ab") costs no more than the narrow one beside it;
    when every word is short, the customers `candidates` selects are checked one by one.
    """
    ranges = sorted(_ranges(CustomerQuery(text)), key=lambda bounds: len(bounds[0]), reverse=True)
    if not ranges:
        return None
    low, high = ranges[0]
    if len(low) < NARROW_WORD:
        customer_id = candidates.subquery().c[0]
        return select(customer_id).where(*_has_terms(customer_id, ranges))
    in_range = select(SearchTerm.customer_id).where(SearchTerm.term >= low, SearchTerm.term < high)
    return in_range.where(*_has_terms(SearchTerm.customer_id, ranges[1:]))


def _has_terms(customer_id: Any, ranges: list[tuple[str, str]]) -> list[ColumnElement[bool]]:
    """For each range, that the customer `customer_id` has a term in it (its key's index)."""
    term = aliased(SearchTerm)
    return [
        exists().where(term.customer_id == customer_id, term.term >= low, term.term < high)
        for low, high in ranges
    ]


def _is_broad(session: Session, ranges: list[tuple[str, str]], include_inactive: bool) -> bool:
    """Whether the words match so many customers that a page is found quickest in list order.

    Estimated from each word's matching term rows (counted up to a cap, from the index alone),
    taking the words as independent.
    """
    total = session.scalar(select(func.max(Customer.id))) or 0  # the register's size, near enough
    estimate = float(total)
    # One word's estimate is its row count: counting past BROAD_MATCH cannot change the answer.
    cap = BROAD_MATCH if len(ranges) == 1 else COUNT_CAP
    for low, high in ranges:
        capped = _term_matches(low, high, include_inactive).limit(cap).subquery()
        rows = session.scalar(select(func.count()).select_from(capped)) or 0
        estimate *= min(rows, total) / total if total else 0
    return estimate >= BROAD_MATCH


def _sort_column(query: CustomerQuery) -> Any:
    """The column the list sorts by first; the customer number breaks its ties."""
    return SORT_COLUMNS.get(query.sort, Customer.sort_name)


def _order(query: CustomerQuery) -> list[Any]:
    sort_column = _sort_column(query)
    columns = [sort_column] if sort_column is Customer.number else [sort_column, Customer.number]
    return [column.desc() if query.descending else column.asc() for column in columns]


_BILLING_JOIN = and_(
    _billing.customer_id == Customer.id,
    _billing.kind == "billing",
    _billing.is_default.is_(True),
)


def _collects(session: Session, query: CustomerQuery, ranges: list[tuple[str, str]]) -> bool:
    """Whether the matches are few enough to collect from the term index and sort, rather than
    walk the sorted customer list checking each customer."""
    return bool(ranges) and not _is_broad(session, ranges, query.include_inactive)


def _ranked_ids(query: CustomerQuery, ranges: list[tuple[str, str]], collect: bool) -> Select[int]:
    """The ids of the customers matching `query`, in list order, touching no other table than
    needed: paging through them stays an index walk even far down the list."""
    if collect:
        # Few matches: collect them from the term index (which knows who is active), then sort.
        matching = _matching_ids(ranges, query.include_inactive).subquery()
        statement = select(Customer.id).join(matching, matching.c.customer_id == Customer.id)
    else:
        statement = select(Customer.id)
        if not query.include_inactive:
            statement = statement.where(Customer.active.is_(True))
        for low, high in ranges:
            statement = statement.where(
                exists().where(
                    SearchTerm.customer_id == Customer.id,
                    SearchTerm.term >= low,
                    SearchTerm.term < high,
                )
            )
    if query.group_id is not None:
        statement = statement.where(Customer.group_id == query.group_id)
    if query.sort == "city":
        statement = statement.outerjoin(_billing, _BILLING_JOIN)
    elif query.sort == "group":
        statement = statement.outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
    return statement.order_by(*_order(query))


_PAGE: BindParameter[int] = bindparam("ids", expanding=True)
_OWED = open_per_customer(_PAGE)
# Built once: a keystroke reads a page, and building this statement would cost more than the
# query (it carries what each customer owes, summed over its open invoices).
_PAGE_ROWS = (
    select(
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
        CustomerGroup.name,
        _OWED.c.open_amount,
        Customer.credit_limit,
    )
    .outerjoin(_billing, _BILLING_JOIN)
    .outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
    .outerjoin(_OWED, _OWED.c.customer_id == Customer.id)
    .where(Customer.id.in_(_PAGE))
)


def _rows(session: Session, ids: list[int]) -> list[CustomerRow]:
    """The list's lines of these customers, in the order of `ids`."""
    if not ids:
        return []
    rows = session.execute(_PAGE_ROWS, {"ids": ids})
    by_id = {row.id: CustomerRow(*row) for row in rows}
    return [by_id[customer_id] for customer_id in ids if customer_id in by_id]


def search_customers(
    db: Database, query: CustomerQuery, offset: int = 0, limit: int = 100
) -> list[CustomerRow]:
    """One page of the customers matching `query`, in its sort order."""
    ranges = _ranges(query)
    with db.unit_of_work(write=False) as session:
        ranked = _ranked_ids(query, ranges, _collects(session, query, ranges))
        return _rows(session, list(session.scalars(ranked.offset(offset).limit(limit))))


def first_page(db: Database, query: CustomerQuery, limit: int) -> tuple[int, list[CustomerRow]]:
    """How many customers match `query`, and the first `limit` of them: a keystroke's work.

    One transaction; when the matches are collected and sorted, the same pass counts them.
    """
    ranges = _ranges(query)
    with db.unit_of_work(write=False) as session:
        if _collects(session, query, ranges):
            ranked = _ranked_ids(query, ranges, collect=True).add_columns(func.count().over())
            found = session.execute(ranked.limit(limit)).all()
            count = found[0][1] if found else 0
            ids = [customer_id for customer_id, _count in found]
        else:
            count = _count(session, query, ranges, collect=False)
            ids = list(session.scalars(_ranked_ids(query, ranges, collect=False).limit(limit)))
        return count, _rows(session, ids)


def _active_and_passive(session: Session) -> tuple[int, int]:
    # count(*) of a whole table is nearly free in SQLite, and the passive few come from an index;
    # counting the active ones directly would read most of that index.
    total = session.scalar(select(func.count()).select_from(Customer)) or 0
    passive = session.scalar(select(func.count()).where(Customer.active.is_(False))) or 0
    return total - passive, passive


def _count(
    session: Session, query: CustomerQuery, ranges: list[tuple[str, str]], collect: bool
) -> int:
    if query.group_id is not None:
        if not ranges or (not collect and _is_small_group(session, query.group_id)):
            # Along the group's index, each customer checked for the words: a small group.
            ranked = _ranked_ids(query, ranges, collect=False).order_by(None).subquery()
            return session.scalar(select(func.count()).select_from(ranked)) or 0
        # Else the group's customers that are among the words' matches in the term index.
        members = select(Customer.id).where(
            Customer.group_id == query.group_id,
            Customer.id.in_(_matching_ids(ranges, query.include_inactive)),
        )
        if not query.include_inactive:
            members = members.where(Customer.active.is_(True))
        return session.scalar(select(func.count()).select_from(members.subquery())) or 0
    if not ranges:
        active, passive = _active_and_passive(session)
        return active + passive if query.include_inactive else active
    matching = _matching_ids(ranges, query.include_inactive).subquery()
    return session.scalar(select(func.count()).select_from(matching)) or 0


def _is_small_group(session: Session, group_id: int) -> bool:
    """Whether the group has fewer customers than BROAD_MATCH (counted from its index, and
    no further than that)."""
    members = select(Customer.id).where(Customer.group_id == group_id).limit(BROAD_MATCH)
    return (session.scalar(select(func.count()).select_from(members.subquery())) or 0) < BROAD_MATCH


def customer_counts(db: Database) -> tuple[int, int]:
    """(active customers, passive customers) for the status bar."""
    with db.unit_of_work(write=False) as session:
        return _active_and_passive(session)


def _never_null(column: Any) -> bool:
    """Whether a sort column always has a value (a customer's own NOT NULL column)."""
    return getattr(column, "class_", None) is Customer and not column.expression.nullable


def _before(
    session: Session, query: CustomerQuery, column: Any, key: Any, number: int
) -> ColumnElement[bool]:
    """Rows that the list shows before a row whose sort value is `key` and number `number`.

    Mirrors `_order`: the sort column, then the number, both in the chosen direction, with empty
    (NULL) values where the database sorts them: first on SQLite ascending, last on PostgreSQL.
    """
    descending = query.descending
    nulls_sort_low = session.get_bind().dialect.name != "postgresql"
    nulls_first = nulls_sort_low != descending
    ahead = operator.gt if descending else operator.lt
    number_ahead: ColumnElement[bool] = ahead(Customer.number, number)
    if column is Customer.number:
        return number_ahead
    if _never_null(column):
        # A row value: the database counts along its index from the start to the customer.
        value = literal(key, column.type)
        row_ahead: ColumnElement[bool] = ahead(
            tuple_(column, Customer.number), tuple_(value, number)
        )
        return row_ahead
    if key is None:
        strictly = column.is_not(None) if not nulls_first else false()
        same = column.is_(None)
    else:
        value = literal(key, column.type)  # a bound value, also for True and False
        strictly = ahead(column, value)
        strictly = or_(column.is_(None), strictly) if nulls_first else strictly
        same = column == value
    return or_(strictly, and_(same, number_ahead))


def row_position(db: Database, query: CustomerQuery, customer_id: int) -> int | None:
    """Where a customer stands in the list of `query`, so the list can select it after a save.

    Counted in the database: the rows of the list that sort before the customer's.
    """
    ranges = _ranges(query)
    with db.unit_of_work(write=False) as session:
        ranked = _ranked_ids(query, ranges, _collects(session, query, ranges)).order_by(None)
        column = _sort_column(query)
        found = session.execute(
            ranked.with_only_columns(column, Customer.number).where(Customer.id == customer_id)
        ).first()
        if found is None:  # the list does not show the customer
            return None
        key, number = found
        before = _before(session, query, column, key, number)
        return session.scalar(ranked.with_only_columns(func.count()).where(before)) or 0
