"""Adding thousands of customers in one transaction: plain executemany, no per-row ORM work.

Used by imports and demo data. The rows get the same numbers, search terms and history as
customers made one at a time by the customer services.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.orm import Session

from kundbok.db.models import Address, Base, Contact, Customer, Event, NumberSeries, SearchTerm
from kundbok.domain.customer import COLUMNS, CustomerDetails, normalised, sort_name
from kundbok.domain.errors import ValidationError
from kundbok.domain.events import EventAction
from kundbok.services.collector import collector_paused
from kundbok.services.history import created_changes, event_values
from kundbok.services.numbering import CUSTOMER_SERIES
from kundbok.services.search_index import terms_of

Row = dict[str, Any]
BATCH = 2_000


@dataclass
class CustomerRows:
    """One customer as table rows (the customer's own row has no id yet)."""

    customer: Row
    addresses: list[Row] = field(default_factory=list)
    contacts: list[Row] = field(default_factory=list)
    terms: set[str] = field(default_factory=set)
    created: dict[str, tuple[object, object]] = field(
        default_factory=dict
    )  # what its "created" event records


# SQLite's page cache while adding in bulk, in KiB: room for the indexes being written to, so that
# their pages are not written out and read back again and again before the commit.
BULK_CACHE_KIB = 131_072


@contextmanager
def bulk_mode(session: Session) -> Iterator[None]:
    """Settings for adding or changing thousands of customers in the session's transaction.

    Python's cycle collector is paused: the rows are millions of small objects that it would
    otherwise scan again and again, for a sixth of the time. On SQLite the page cache is made big
    enough to hold the indexes being written, which saves another sixth. Both are put back after.
    """
    connection = session.connection()
    # The driver's own connection: it outlives the session's, which a commit closes.
    sqlite = connection.connection.dbapi_connection if connection.dialect.name == "sqlite" else None
    if sqlite is not None:
        (cache,) = sqlite.execute("PRAGMA cache_size").fetchone()
        sqlite.execute(f"PRAGMA cache_size=-{BULK_CACHE_KIB}")
    try:
        with collector_paused():
            yield
    finally:
        if sqlite is not None:
            sqlite.execute(f"PRAGMA cache_size={int(cache)}")


def reserve_numbers(session: Session, count: int) -> list[int]:
    """The next `count` free customer numbers, drawn from the series in one step."""
    first = session.scalar(
        select(NumberSeries.next_value).where(NumberSeries.name == CUSTOMER_SERIES)
    )
    taken = set(session.scalars(select(Customer.number).where(Customer.number >= (first or 1))))
    numbers: list[int] = []
    candidate = first or 1
    while len(numbers) < count:
        if candidate not in taken:
            numbers.append(candidate)
        candidate += 1
    session.execute(
        update(NumberSeries)
        .where(NumberSeries.name == CUSTOMER_SERIES)
        .values(next_value=candidate)
    )
    return numbers


def _insert_plain(
    connection: Connection, table: type[Base], columns: tuple[str, ...], rows: list[tuple[Any, ...]]
) -> None:
    """Insert rows of plain values (text, whole numbers, booleans), in the order of the table's
    columns, through the driver.

    For millions of search terms SQLAlchemy's handling of each row's parameters costs more than
    the database's insert; values of these types need no conversion on SQLite or PostgreSQL, so
    the statement it compiles once is all that is needed.
    """
    statement = insert(table).compile(dialect=connection.dialect, column_keys=list(columns))
    if statement.positional:
        assert tuple(statement.positiontup or ()) == columns, "columns in the table's order"
        connection.exec_driver_sql(statement.string, rows)
    else:
        named = [dict(zip(columns, row, strict=True)) for row in rows]
        connection.exec_driver_sql(statement.string, named)


def insert_rows(session: Session, customers: Sequence[CustomerRows], user: str) -> list[int]:
    """Insert prepared customers with their addresses, contacts, terms and a "created" event."""
    now = dt.datetime.now(dt.UTC)
    connection = session.connection()
    ids: list[int] = []
    for start in range(0, len(customers), BATCH):
        batch = customers[start : start + BATCH]
        connection.execute(insert(Customer), [c.customer for c in batch])
        numbers = [c.customer["number"] for c in batch]
        found = session.execute(
            select(Customer.number, Customer.id).where(
                Customer.number.between(min(numbers), max(numbers))
            )
        )
        id_of = {number: customer_id for number, customer_id in found}
        pairs = [(id_of[c.customer["number"]], c) for c in batch]
        ids.extend(customer_id for customer_id, _ in pairs)
        addresses = [{**a, "customer_id": cid} for cid, c in pairs for a in c.addresses]
        if addresses:
            connection.execute(insert(Address), addresses)
        contacts = [{**a, "customer_id": cid} for cid, c in pairs for a in c.contacts]
        if contacts:
            connection.execute(insert(Contact), contacts)
        # In index order: inserting into the term index sequentially is much cheaper.
        terms = sorted(
            ((cid, term, bool(c.customer["active"])) for cid, c in pairs for term in c.terms),
            key=itemgetter(1),
        )
        if terms:
            _insert_plain(connection, SearchTerm, ("customer_id", "term", "active"), terms)
        connection.execute(
            insert(Event),
            [
                event_values(user, EventAction.CREATED, customer_id=cid, changes=c.created, at=now)
                for cid, c in pairs
            ],
        )
    return ids


def rows_of(details: CustomerDetails, number: int, user: str) -> CustomerRows:
    """Table rows of validated customer details."""
    stamp = {"created_by": user, "updated_by": user}
    customer = {name: getattr(details, name) for name in COLUMNS}
    customer.update(
        number=number,
        sort_name=sort_name(details.name),
        uid=details.uid or str(uuid.uuid4()),
        **stamp,
    )
    main_seen = False
    contacts = []
    for contact in details.contacts:
        is_main = contact.is_main and not main_seen
        main_seen = main_seen or is_main
        contacts.append({**asdict(contact), "is_main": is_main, **stamp})
    return CustomerRows(
        customer=customer,
        addresses=[{**asdict(address), **stamp} for address in details.addresses],
        contacts=contacts,
        terms=terms_of(replace(details, number=number)),
        created=created_changes(details),
    )


def insert_customers(
    session: Session, customers: Sequence[CustomerDetails], user: str
) -> list[int]:
    """Validate and add many customers in the caller's transaction; returns their ids.

    The first invalid customer raises its ValidationError with its position in `customers`
    as the value "index".
    """
    prepared = []
    for index, details in enumerate(customers):
        try:
            prepared.append(normalised(details))
        except ValidationError as error:
            error.values["index"] = index
            raise
    numbers = reserve_numbers(session, len(prepared))
    rows = [
        rows_of(details, number, user) for details, number in zip(prepared, numbers, strict=True)
    ]
    return insert_rows(session, rows, user)
