"""Keeps the search terms of a customer in step with its fields (same transaction)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from sqlalchemy import delete, insert, update
from sqlalchemy.orm import Session

from kundbok.db.models import Customer, SearchTerm
from kundbok.domain.search_terms import customer_terms


class Searchable(Protocol):
    """What terms are made of: a Customer row, or customer details about to become one."""

    @property
    def number(self) -> int | None: ...
    @property
    def name(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def org_number(self) -> str | None: ...
    @property
    def personal_number(self) -> str | None: ...
    @property
    def phone(self) -> str: ...
    @property
    def mobile(self) -> str: ...
    @property
    def email(self) -> str: ...
    @property
    def addresses(self) -> Sequence[Any]: ...
    @property
    def contacts(self) -> Sequence[Any]: ...


def terms_of(customer: Searchable) -> set[str]:
    """What a customer can be found by: number, name, identifiers, contacts, e-mail, phone, city."""
    contacts = list(customer.contacts)
    return customer_terms(
        number=customer.number or 0,
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
