"""Customer use cases: create, update, (de)activate, delete when unused, renumber, get."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import asdict

from sqlalchemy import exists, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from kundbok.db.models import Address, Contact, Customer, Invoice
from kundbok.db.session import Database
from kundbok.domain.customer import (
    COLUMNS,
    AddressDetails,
    ContactDetails,
    CustomerDetails,
    normalised,
    sort_name,
)
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.services.conflicts import check_version, stale_as_conflict
from kundbok.services.history import (
    changed_fields,
    created_changes,
    customer_fields,
    record_event,
)
from kundbok.services.numbering import CUSTOMER_SERIES, draw_number
from kundbok.services.search_index import index_customer, set_terms_active


def details_of(customer: Customer) -> CustomerDetails:
    """The plain details of a loaded customer row."""
    values = {name: getattr(customer, name) for name in COLUMNS}
    return CustomerDetails(
        id=customer.id,
        number=customer.number,
        addresses=tuple(
            AddressDetails(
                kind=a.kind,
                street=a.street,
                street2=a.street2,
                postcode=a.postcode,
                city=a.city,
                region=a.region,
                country=a.country,
                name=a.name,
                is_default=a.is_default,
            )
            for a in customer.addresses
        ),
        contacts=tuple(
            ContactDetails(
                name=c.name,
                role=c.role,
                phone=c.phone,
                mobile=c.mobile,
                email=c.email,
                is_main=c.is_main,
                active=c.active,
            )
            for c in customer.contacts
        ),
        version=customer.version,
        **values,
    )


def _write(session: Session, customer: Customer, details: CustomerDetails, user: str) -> None:
    """Copy the details onto the row and replace its addresses and contacts."""
    for name in COLUMNS:
        if name == "uid" and details.uid is None:
            continue
        setattr(customer, name, getattr(details, name))
    customer.sort_name = sort_name(details.name)
    customer.updated_by = user
    customer.addresses = [
        Address(created_by=user, updated_by=user, **asdict(address))
        for address in details.addresses
    ]
    main_seen = False
    contacts = []
    for contact in details.contacts:
        # Only one main contact: the first one marked wins.
        is_main = contact.is_main and not main_seen
        main_seen = main_seen or is_main
        contacts.append(
            Contact(created_by=user, updated_by=user, **{**asdict(contact), "is_main": is_main})
        )
    customer.contacts = contacts


def _free_customer_number(session: Session) -> int:
    """The next number of the series that no customer holds (renumbering may have taken some)."""
    while True:
        number = draw_number(session, CUSTOMER_SERIES)
        if not session.scalar(select(exists().where(Customer.number == number))):
            return number


def add_customer(session: Session, details: CustomerDetails, user: str) -> Customer:
    """Insert a validated customer into the caller's transaction (for imports and demo data)."""
    details = normalised(details)
    customer = Customer(
        number=_free_customer_number(session),
        created_by=user,
        uid=details.uid or str(uuid.uuid4()),
    )
    _write(session, customer, details, user)
    session.add(customer)
    session.flush()
    index_customer(session, customer)
    record_event(
        session,
        user,
        EventAction.CREATED,
        customer_id=customer.id,
        changes=created_changes(details_of(customer)),
    )
    return customer


def create_customer(db: Database, details: CustomerDetails) -> CustomerDetails:
    """Save a new customer; it gets the next free number of the series. Only a name is needed."""
    with db.unit_of_work() as session:
        customer = add_customer(session, details, db.user)
        created = details_of(customer)
        session.commit()
        return created


def load_customer(session: Session, customer_id: int) -> Customer:
    customer = session.get(
        Customer,
        customer_id,
        options=[selectinload(Customer.addresses), selectinload(Customer.contacts)],
    )
    if customer is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "The customer no longer exists."), id=customer_id
        )
    return customer


def change_customer(
    session: Session, customer: Customer, details: CustomerDetails, user: str
) -> dict[str, tuple[object, object]]:
    """Update a loaded customer in the caller's transaction; returns the changed fields."""
    details = normalised(details)
    before = customer_fields(details_of(customer))
    changes = changed_fields(before, customer_fields(details))
    if not changes:
        return {}
    _write(session, customer, details, user)
    # An UPDATE of the row even when only addresses or contacts changed: it raises the version.
    flag_modified(customer, "updated_by")
    session.flush()
    index_customer(session, customer)
    record_event(session, user, EventAction.UPDATED, customer_id=customer.id, changes=changes)
    return changes


def update_customer(db: Database, customer_id: int, details: CustomerDetails) -> CustomerDetails:
    """Save changes to a customer; the history gets every changed field, old and new.

    Details read at an older version than the stored one raise ConflictError, and nothing is
    saved: someone else changed the customer meanwhile.
    """
    with db.unit_of_work() as session:
        customer = load_customer(session, customer_id)
        check_version(
            details.version,
            customer,
            lambda: customer_fields(details_of(customer)),
            customer_fields(normalised(details)),
            lambda: details_of(customer),
        )
        with stale_as_conflict():
            change_customer(session, customer, details, db.user)
        updated = details_of(customer)
        session.commit()
        return updated


def get_customer(db: Database, customer_id: int) -> CustomerDetails:
    """A customer with its addresses and contacts."""
    with db.unit_of_work(write=False) as session:
        return details_of(load_customer(session, customer_id))


def customer_version(db: Database, customer_id: int) -> int | None:
    """The stored version of a customer, None when it was deleted: a cheap look whether someone
    changed it since it was read."""
    with db.unit_of_work(write=False) as session:
        return session.scalar(select(Customer.version).where(Customer.id == customer_id))


def loaded_customers(session: Session, customer_ids: Iterable[int]) -> dict[int, Customer]:
    """The customers of `customer_ids` with their addresses and contacts, by id, in number
    order (ids of no customer are left out)."""
    customers = session.scalars(
        select(Customer)
        .where(Customer.id.in_(list(customer_ids)))
        .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
        .order_by(Customer.number)
    )
    return {customer.id: customer for customer in customers}


def get_customers(db: Database, customer_ids: Iterable[int]) -> list[CustomerDetails]:
    """Several customers in one go, by number."""
    with db.unit_of_work(write=False) as session:
        return [details_of(c) for c in loaded_customers(session, customer_ids).values()]


def find_customer_id(db: Database, number: int) -> int:
    """The id of the customer with `number`."""
    with db.unit_of_work(write=False) as session:
        customer_id = session.scalar(select(Customer.id).where(Customer.number == number))
    if customer_id is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no customer number {number}."), number=number
        )
    return customer_id


def _set_active(db: Database, customer_ids: Sequence[int], active: bool) -> int:
    with db.unit_of_work() as session:
        changing = session.scalars(
            select(Customer.id).where(Customer.id.in_(customer_ids), Customer.active != active)
        ).all()
        if changing:
            session.execute(
                update(Customer)
                .where(Customer.id.in_(changing))
                .values(
                    active=active,
                    updated_by=db.user,
                    updated_at=func.now(),
                    version=Customer.version + 1,  # open cards must not save the old flag back
                )
            )
            set_terms_active(session, changing, active)
            for customer_id in changing:
                record_event(
                    session,
                    db.user,
                    EventAction.REACTIVATED if active else EventAction.DEACTIVATED,
                    customer_id=customer_id,
                    changes={"active": (not active, active)},
                )
        session.commit()
        return len(changing)


def deactivate_customers(db: Database, customer_ids: Sequence[int]) -> int:
    """Make customers passive: kept with all history, hidden unless inactive ones are shown."""
    return _set_active(db, customer_ids, False)


def reactivate_customers(db: Database, customer_ids: Sequence[int]) -> int:
    """Make passive customers active again; returns how many changed."""
    return _set_active(db, customer_ids, True)


def _has_invoices(session: Session, customer_id: int) -> bool:
    return bool(session.scalar(select(exists().where(Invoice.customer_id == customer_id))))


def customer_has_invoices(db: Database, customer_id: int) -> bool:
    """Whether any invoice or draft was made out to the customer (then it cannot be deleted)."""
    with db.unit_of_work(write=False) as session:
        return _has_invoices(session, customer_id)


def delete_customer(db: Database, customer_id: int, version: int | None = None) -> None:
    """Delete a customer that has never been invoiced; others can only be deactivated.

    With the `version` the customer was read at, a customer someone else changed meanwhile is
    not deleted (ConflictError): the user should see the changes first.
    """
    with db.unit_of_work() as session:
        customer = load_customer(session, customer_id)
        check_version(version, customer, dict, {}, lambda: details_of(customer))
        if _has_invoices(session, customer_id):
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Customer {number} has invoices and cannot be deleted. "
                    "Deactivate the customer instead: it is then hidden but keeps its history.",
                ),
                number=customer.number,
            )
        session.delete(customer)
        session.commit()


def renumber_customer(db: Database, customer_id: int, new_number: int) -> int:
    """Give a customer another, free number (an administrator's correction); returns the
    customer's new version."""
    if new_number < 1:
        raise ValidationError(
            "number", QT_TRANSLATE_NOOP("messages", "A customer number must be 1 or more.")
        )
    with db.unit_of_work() as session:
        customer = load_customer(session, customer_id)
        taken = session.scalar(
            select(exists().where(Customer.number == new_number, Customer.id != customer_id))
        )
        if taken:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Customer number {number} is already taken."),
                number=new_number,
            )
        old_number = customer.number
        customer.number = new_number
        customer.updated_by = db.user
        index_customer(session, customer)
        record_event(
            session,
            db.user,
            EventAction.RENUMBERED,
            customer_id=customer_id,
            changes={"number": (old_number, new_number)},
        )
        try:
            session.flush()
            version = customer.version
            session.commit()
        except IntegrityError:  # another user took the number a moment ago
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Customer number {number} is already taken."),
                number=new_number,
            ) from None
        return version
