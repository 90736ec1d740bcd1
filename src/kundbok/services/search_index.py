"""Keeps the search terms of a customer in step with its fields (same transaction)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from kundbok.db.models import Customer, SearchTerm
from kundbok.domain.search_terms import customer_terms


def terms_of(customer: Customer) -> set[str]:
    """What a customer can be found by: number, name, identifiers, contacts, e-mail, phone, city."""
    contacts = list(customer.contacts)
    return customer_terms(
        number=customer.number,
        texts=[
            customer.name,
            customer.reference,
            *(address.city for address in customer.addresses),
            *(contact.name for contact in contacts),
        ],
        numbers=[
            customer.org_number or "",
            customer.personal_number or "",
            customer.phone,
            customer.mobile,
            *(contact.phone for contact in contacts),
            *(contact.mobile for contact in contacts),
        ],
        emails=[customer.email, *(contact.email for contact in contacts)],
    )


def set_terms_active(session: Session, customer_ids: Sequence[int], active: bool) -> None:
    """Follow a change of the customers' active flag."""
    session.execute(
        update(SearchTerm).where(SearchTerm.customer_id.in_(customer_ids)).values(active=active)
    )


def index_customer(session: Session, customer: Customer) -> None:
    """Replace the customer's search terms with those of its present fields."""
    session.execute(delete(SearchTerm).where(SearchTerm.customer_id == customer.id))
    terms = terms_of(customer)
    if terms:
        session.execute(
            insert(SearchTerm),
            [
                {"customer_id": customer.id, "term": term, "active": customer.active}
                for term in terms
            ],
        )
