"""A row of an imported table over a customer already in the register: what the file's columns
say replaces the stored value, everything else is kept."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from kundbok.domain.customer import ADDRESS_KINDS, AddressDetails, ContactDetails, CustomerDetails
from kundbok.services.tables.contact_fields import contact_slot


def merged(
    current: CustomerDetails, incoming: CustomerDetails, mapped: Iterable[str]
) -> CustomerDetails:
    """`current` with the fields of `incoming` that the mapped columns (field keys) carry; its
    id, number, version and the addresses and contacts the file has no columns for are kept.
    A file with columns for more contacts than the main one (as our export writes) holds all of
    a customer's contacts: they replace the stored ones."""
    keys = set(mapped)
    changes: dict[str, Any] = {}
    for key in keys:
        if "." not in key and key not in ("number", "org_or_personal_number"):
            changes[key] = getattr(incoming, key)
    if "org_or_personal_number" in keys:
        changes["org_number"] = incoming.org_number
        changes["personal_number"] = incoming.personal_number
    addresses = list(current.addresses)
    for kind in ADDRESS_KINDS:
        parts = {key.partition(".")[2] for key in keys if key.startswith(f"{kind}.")}
        if "country" in keys:
            parts.add("country")  # the customer's country is its addresses' default
        if parts - {"country"}:
            addresses = _merged_address(addresses, kind, incoming, parts)
    changes["addresses"] = tuple(addresses)
    slots = [slot for slot in map(contact_slot, keys) if slot is not None]
    parts = {part for number, part in slots if number == 1}
    if any(number > 1 for number, _ in slots):
        # The same people in another order (a table lists the main contact first) is no change.
        if Counter(incoming.contacts) != Counter(current.contacts):
            changes["contacts"] = incoming.contacts
    elif parts and incoming.main_contact is not None:
        changes["contacts"] = _merged_contacts(current.contacts, incoming.main_contact, parts)
    return replace(current, **changes)


def _merged_address(
    addresses: list[AddressDetails], kind: str, incoming: CustomerDetails, parts: set[str]
) -> list[AddressDetails]:
    stored = next(
        (a for a in addresses if a.kind == kind and a.is_default),
        next((a for a in addresses if a.kind == kind), None),
    )
    new = incoming.address(kind) or AddressDetails(kind=kind, country=incoming.country)
    base = stored or AddressDetails(kind=kind)
    address = replace(base, **{part: getattr(new, part) for part in parts})
    kept = [a for a in addresses if a is not stored]
    if address.is_empty():
        return kept
    if stored is None:
        return [*kept, address]
    return [address if a is stored else a for a in addresses]


def _merged_contacts(
    contacts: tuple[ContactDetails, ...], incoming: ContactDetails, parts: set[str]
) -> tuple[ContactDetails, ...]:
    main = next((c for c in contacts if c.is_main), None)
    if main is None:
        return (*contacts, incoming)
    changed = replace(main, **{part: getattr(incoming, part) for part in parts})
    return tuple(changed if c is main else c for c in contacts)
