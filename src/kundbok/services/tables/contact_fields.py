"""The columns of a customer's contact people in a table: one row per customer, so each
contact has columns of its own.

The main contact's columns ("Kontaktperson namn", ...) hold the contact marked as the main
one (empty when none is); the others follow in "Kontakt 2 namn" to "Kontakt 10 aktiv", in the
order the card lists them. A table holds ten contacts a customer: a customer with more is
exported to a vCard file, which holds any number.
"""

from __future__ import annotations

from collections.abc import Sequence

from kundbok.domain.customer import ContactDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.services.tables.customer_field import CustomerField

CONTACTS_PER_ROW = 10
# A contact's parts in a table, with the word its Swedish and English headers end in.
PARTS = (
    ("name", "namn", "name"),
    ("role", "roll", "role"),
    ("phone", "telefon", "phone"),
    ("mobile", "mobil", "mobile"),
    ("email", "e-post", "e-mail"),
    ("active", "aktiv", "active"),
)
# The labels the import dialog offers, each spelt out for the translation catalogue.
LABELS: dict[tuple[int, str], str] = {
    (2, "name"): QT_TRANSLATE_NOOP("fields", "Contact 2: name"),
    (2, "role"): QT_TRANSLATE_NOOP("fields", "Contact 2: role"),
    (2, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 2: phone"),
    (2, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 2: mobile"),
    (2, "email"): QT_TRANSLATE_NOOP("fields", "Contact 2: e-mail"),
    (2, "active"): QT_TRANSLATE_NOOP("fields", "Contact 2: active"),
    (3, "name"): QT_TRANSLATE_NOOP("fields", "Contact 3: name"),
    (3, "role"): QT_TRANSLATE_NOOP("fields", "Contact 3: role"),
    (3, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 3: phone"),
    (3, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 3: mobile"),
    (3, "email"): QT_TRANSLATE_NOOP("fields", "Contact 3: e-mail"),
    (3, "active"): QT_TRANSLATE_NOOP("fields", "Contact 3: active"),
    (4, "name"): QT_TRANSLATE_NOOP("fields", "Contact 4: name"),
    (4, "role"): QT_TRANSLATE_NOOP("fields", "Contact 4: role"),
    (4, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 4: phone"),
    (4, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 4: mobile"),
    (4, "email"): QT_TRANSLATE_NOOP("fields", "Contact 4: e-mail"),
    (4, "active"): QT_TRANSLATE_NOOP("fields", "Contact 4: active"),
    (5, "name"): QT_TRANSLATE_NOOP("fields", "Contact 5: name"),
    (5, "role"): QT_TRANSLATE_NOOP("fields", "Contact 5: role"),
    (5, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 5: phone"),
    (5, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 5: mobile"),
    (5, "email"): QT_TRANSLATE_NOOP("fields", "Contact 5: e-mail"),
    (5, "active"): QT_TRANSLATE_NOOP("fields", "Contact 5: active"),
    (6, "name"): QT_TRANSLATE_NOOP("fields", "Contact 6: name"),
    (6, "role"): QT_TRANSLATE_NOOP("fields", "Contact 6: role"),
    (6, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 6: phone"),
    (6, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 6: mobile"),
    (6, "email"): QT_TRANSLATE_NOOP("fields", "Contact 6: e-mail"),
    (6, "active"): QT_TRANSLATE_NOOP("fields", "Contact 6: active"),
    (7, "name"): QT_TRANSLATE_NOOP("fields", "Contact 7: name"),
    (7, "role"): QT_TRANSLATE_NOOP("fields", "Contact 7: role"),
    (7, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 7: phone"),
    (7, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 7: mobile"),
    (7, "email"): QT_TRANSLATE_NOOP("fields", "Contact 7: e-mail"),
    (7, "active"): QT_TRANSLATE_NOOP("fields", "Contact 7: active"),
    (8, "name"): QT_TRANSLATE_NOOP("fields", "Contact 8: name"),
    (8, "role"): QT_TRANSLATE_NOOP("fields", "Contact 8: role"),
    (8, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 8: phone"),
    (8, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 8: mobile"),
    (8, "email"): QT_TRANSLATE_NOOP("fields", "Contact 8: e-mail"),
    (8, "active"): QT_TRANSLATE_NOOP("fields", "Contact 8: active"),
    (9, "name"): QT_TRANSLATE_NOOP("fields", "Contact 9: name"),
    (9, "role"): QT_TRANSLATE_NOOP("fields", "Contact 9: role"),
    (9, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 9: phone"),
    (9, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 9: mobile"),
    (9, "email"): QT_TRANSLATE_NOOP("fields", "Contact 9: e-mail"),
    (9, "active"): QT_TRANSLATE_NOOP("fields", "Contact 9: active"),
    (10, "name"): QT_TRANSLATE_NOOP("fields", "Contact 10: name"),
    (10, "role"): QT_TRANSLATE_NOOP("fields", "Contact 10: role"),
    (10, "phone"): QT_TRANSLATE_NOOP("fields", "Contact 10: phone"),
    (10, "mobile"): QT_TRANSLATE_NOOP("fields", "Contact 10: mobile"),
    (10, "email"): QT_TRANSLATE_NOOP("fields", "Contact 10: e-mail"),
    (10, "active"): QT_TRANSLATE_NOOP("fields", "Contact 10: active"),
}


CONTACT_FIELDS: tuple[CustomerField, ...] = (
    CustomerField(
        "contact.name",
        QT_TRANSLATE_NOOP("fields", "Main contact: name"),
        ("Kontaktperson namn", "Contact name", "Contact person"),
    ),
    CustomerField(
        "contact.role",
        QT_TRANSLATE_NOOP("fields", "Main contact: role"),
        ("Kontaktperson roll", "Contact role"),
    ),
    CustomerField(
        "contact.phone",
        QT_TRANSLATE_NOOP("fields", "Main contact: phone"),
        ("Kontaktperson telefon", "Contact phone"),
    ),
    CustomerField(
        "contact.mobile",
        QT_TRANSLATE_NOOP("fields", "Main contact: mobile"),
        ("Kontaktperson mobil", "Contact mobile"),
    ),
    CustomerField(
        "contact.email",
        QT_TRANSLATE_NOOP("fields", "Main contact: e-mail"),
        ("Kontaktperson e-post", "Contact e-mail", "Contact email"),
    ),
    CustomerField(
        "contact.active",
        QT_TRANSLATE_NOOP("fields", "Main contact: active"),
        ("Kontaktperson aktiv", "Contact active"),
    ),
    *(
        CustomerField(
            f"contact{slot}.{part}",
            LABELS[slot, part],
            (f"Kontakt {slot} {swedish}", f"Contact {slot} {english}"),
        )
        for slot in range(2, CONTACTS_PER_ROW + 1)
        for part, swedish, english in PARTS
    ),
)


def contact_slot(key: str) -> tuple[int, str] | None:
    """(slot, part) of a contact's field key; None for any other key."""
    group, dot, part = key.partition(".")
    if not dot or not group.startswith("contact"):
        return None
    number = group.removeprefix("contact")
    if number == "":
        return 1, part
    return (int(number), part) if number.isdigit() else None


def contacts_in_slots(contacts: Sequence[ContactDetails]) -> list[ContactDetails | None]:
    """The contacts as a table's slots hold them: the main contact first (None when no
    contact is the main one), then the others in their order."""
    main = next((contact for contact in contacts if contact.is_main), None)
    return [main, *(contact for contact in contacts if contact is not main)]


def slots_used(contacts: Sequence[ContactDetails]) -> int:
    """How many slots a customer's contacts take (0 without contacts)."""
    return len(contacts_in_slots(contacts)) if contacts else 0
