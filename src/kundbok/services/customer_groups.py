"""Customer group use cases: list, create, change (rename included), delete when unused, and
give a new customer its group's defaults."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kundbok.db.models import Customer, CustomerGroup
from kundbok.db.session import Database
from kundbok.domain.customer_group import (
    GROUP_COLUMNS,
    CustomerGroupDetails,
    normalised_group,
)
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError, ValidationError


def _details(group: CustomerGroup, customer_count: int = 0) -> CustomerGroupDetails:
    values = {name: getattr(group, name) for name in GROUP_COLUMNS}
    return CustomerGroupDetails(id=group.id, customer_count=customer_count, **values)


def _load(session: Session, group_id: int) -> CustomerGroup:
    group = session.get(CustomerGroup, group_id)
    if group is None:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "The customer group no longer exists."), id=group_id
        )
    return group


def _members(session: Session, group_id: int) -> int:
    return session.scalar(select(func.count()).where(Customer.group_id == group_id)) or 0


def _check_name_free(session: Session, name: str, group_id: int | None) -> None:
    # Compared case-folded: "Bygg" and "bygg" would be the same group to a user.
    taken = select(CustomerGroup.id).where(func.lower(CustomerGroup.name) == name.lower())
    if group_id is not None:
        taken = taken.where(CustomerGroup.id != group_id)
    if session.scalar(taken) is not None:
        raise ValidationError(
            "name",
            QT_TRANSLATE_NOOP("messages", "There is already a group called {name}."),
            name=name,
        )


def _write(group: CustomerGroup, details: CustomerGroupDetails, user: str) -> None:
    for name in GROUP_COLUMNS:
        setattr(group, name, getattr(details, name))
    group.updated_by = user


def list_groups(db: Database) -> list[CustomerGroupDetails]:
    """Every group by name, with how many customers each has."""
    with db.unit_of_work(write=False) as session:
        counts = dict(
            session.execute(
                select(Customer.group_id, func.count())
                .where(Customer.group_id.is_not(None))
                .group_by(Customer.group_id)
            ).all()
        )
        groups = session.scalars(select(CustomerGroup).order_by(func.lower(CustomerGroup.name)))
        return [_details(group, counts.get(group.id, 0)) for group in groups]


def create_group(db: Database, details: CustomerGroupDetails) -> CustomerGroupDetails:
    """Save a new group; its name must not be taken."""
    details = normalised_group(details)
    with db.unit_of_work() as session:
        _check_name_free(session, details.name, None)
        group = CustomerGroup(created_by=db.user)
        _write(group, details, db.user)
        session.add(group)
        session.flush()
        created = _details(group)
        session.commit()
        return created


def update_group(
    db: Database, group_id: int, details: CustomerGroupDetails
) -> CustomerGroupDetails:
    """Rename a group or change its defaults. Customers already in it keep their own values:
    the defaults apply to customers given the group from now on."""
    details = normalised_group(details)
    with db.unit_of_work() as session:
        group = _load(session, group_id)
        _check_name_free(session, details.name, group_id)
        _write(group, details, db.user)
        session.flush()
        updated = _details(group, _members(session, group_id))
        session.commit()
        return updated


def delete_group(db: Database, group_id: int) -> None:
    """Delete a group no customer belongs to; one in use is refused, so that no customer loses
    its group unnoticed (move them to another group, or none, first)."""
    with db.unit_of_work() as session:
        group = _load(session, group_id)
        members = _members(session, group_id)
        if members:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The group {name} has {count} customers and cannot be deleted. "
                    "Move them to another group first.",
                ),
                name=group.name,
                count=members,
            )
        session.delete(group)
        session.commit()
