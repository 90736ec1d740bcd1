"""What a column of a customer table can hold (the fields themselves are in `fields`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CustomerField:
    """A customer field a table column can hold: its key, its name on screen (English, marked
    for translation in the context "fields") and the headers that name it, the first being the
    one our export writes. Keys are CustomerDetails attributes, "<address kind>.<AddressDetails
    attribute>", the main contact's "contact.<attribute>" and the other contacts'
    "contact<N>.<attribute>" (`contact_fields`), and "org_or_personal_number" for the one column
    many programs keep for either number (read, never written)."""

    key: str
    label: str
    headers: tuple[str, ...]
    exported: bool = True
