"""Turn the rows of an imported table into customers and say, row by row, what would happen."""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from kundbok.domain.countries import country_code
from kundbok.domain.customer import (
    ADDRESS_KINDS,
    MULTI_LINE_FIELDS,
    AddressDetails,
    ContactDetails,
    CustomerDetails,
    normalised,
)
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.domain.money import NOT_A_PERCENTAGE, parse_amount, parse_decimal
from kundbok.services.tables.contact_fields import contact_slot
from kundbok.services.tables.reading import Table

_TRUE = frozenset({"1", "ja", "j", "yes", "y", "true", "sant", "x", "aktiv", "active"})
_FALSE = frozenset({"0", "nej", "n", "no", "false", "falskt", "", "inaktiv", "inactive"})
_KINDS = {
    "company": "company", "företag": "company", "foretag": "company", "organisation": "company",
    "business": "company", "f": "company", "c": "company",
    "private": "private", "privat": "private", "privatperson": "private", "person": "private",
    "konsument": "private", "p": "private",
}  # fmt: skip
_LANGUAGES = {
    "sv": "sv", "svenska": "sv", "swedish": "sv", "se": "sv",
    "en": "en", "engelska": "en", "english": "en", "gb": "en", "uk": "en",
}  # fmt: skip
_LEADING_NUMBER = re.compile(r"\d+")
_LARGEST_NUMBER = 2**31 - 1  # what an integer column holds on every database


class RowStatus(enum.Enum):
    """What a row is: a new customer, surely an existing one (update), perhaps an existing one
    or an earlier row (duplicate), or a row that cannot be imported."""

    NEW = "new"
    UPDATE = "update"
    DUPLICATE = "duplicate"
    ERROR = "error"


class Choice(enum.Enum):
    """What importing does with a row that matches a customer or an earlier row."""

    SKIP = "skip"
    UPDATE = "update"
    NEW = "new"


@dataclass(frozen=True)
class ExistingCustomerKeys:
    """What identifies a customer already in the register, as plain values."""

    id: int
    number: int | None = None
    org_number: str | None = None
    personal_number: str | None = None
    email: str = ""
    name: str = ""


@dataclass(frozen=True)
class PlannedRow:
    """One row of the file: its details when they are valid, the existing customers (ids) or
    earlier rows of the file (row numbers) it duplicates, the keys that matched ("number",
    "identity" for organisationsnummer/personnummer, "email"), its errors, and its cells as
    read (by field), which show a row with errors as it is in the file."""

    row_number: int
    status: RowStatus
    details: CustomerDetails | None = None
    duplicate_of_ids: tuple[int, ...] = ()
    duplicate_of_rows: tuple[int, ...] = ()
    matched_on: tuple[str, ...] = ()
    errors: tuple[KundbokError, ...] = ()
    cells: Mapping[str, str] = dataclasses.field(default_factory=dict)  # field -> text as read

    @property
    def choices(self) -> tuple[Choice, ...]:
        """What the user may do with the row: an update or a duplicate of a customer may be
        skipped, update it or become a new customer; a duplicate of an earlier row only
        skipped or added; new rows and errors give no choice."""
        if self.duplicate_of_ids:
            return (Choice.SKIP, Choice.UPDATE, Choice.NEW)
        if self.duplicate_of_rows:
            return (Choice.SKIP, Choice.NEW)
        return ()

    def default_choice(self, on_duplicate: Choice) -> Choice | None:
        """The choice made unless the user makes another: an update updates, a duplicate does
        `on_duplicate` (skipped where that is not offered), a new row is added."""
        if self.status is RowStatus.ERROR:
            return None
        if self.status is RowStatus.NEW:
            return Choice.NEW
        if self.status is RowStatus.UPDATE:
            return Choice.UPDATE
        return on_duplicate if on_duplicate in self.choices else Choice.SKIP


@dataclass(frozen=True)
class ImportPlan:
    """Every row of the file with what importing it would do, the mapping used, and the
    existing customers that rows match (by id)."""

    mapping: Mapping[int, str]
    rows: tuple[PlannedRow, ...]
    matched: Mapping[int, ExistingCustomerKeys] = dataclasses.field(default_factory=dict)

    def count(self, status: RowStatus) -> int:
        """How many rows have `status`."""
        return sum(1 for row in self.rows if row.status is status)


def details_from_row(
    cells: Mapping[str, str], groups: Mapping[str, int] | None = None
) -> CustomerDetails:
    """The normalised details of one row given as {field: text}, a group named by one of
    `groups` ({casefolded name: id}); the first invalid field raises ValidationError."""
    values: dict[str, Any] = {}
    addresses: dict[str, dict[str, str]] = {}
    contacts: dict[int, dict[str, str]] = {}  # by slot: 1 the main contact
    for field, text in cells.items():
        if field not in MULTI_LINE_FIELDS:  # a note keeps its indent, as typed
            text = text.strip()
        group, _, part = field.partition(".")
        slot = contact_slot(field)
        if group in ADDRESS_KINDS:
            addresses.setdefault(group, {})[part] = text
        elif slot is not None:
            contacts.setdefault(slot[0], {})[slot[1]] = text
        else:
            values[field] = text
    country = country_code(values.pop("country", ""))
    kind = _choice("kind", values.pop("kind", ""), _KINDS, "company")
    combined = values.pop("org_or_personal_number", "")
    if combined:
        values.setdefault("personal_number" if kind == "private" else "org_number", combined)
    details = CustomerDetails(
        name=values.pop("name", ""),
        kind=kind,
        country=country,
        number=_customer_number(values.pop("number", "")),
        payment_terms_days=_days(values.pop("payment_terms_days", "")),
        vat_rate=_percent("vat_rate", values.pop("vat_rate", "")),
        discount_percent=_percent("discount_percent", values.pop("discount_percent", ""))
        or Decimal(0),
        language=_choice("language", values.pop("language", ""), _LANGUAGES, "sv"),
        currency=values.pop("currency", "").upper() or "SEK",
        invoice_by_email=_flag("invoice_by_email", values.pop("invoice_by_email", ""), False),
        active=_flag("active", values.pop("active", ""), True),
        blocked=_flag("blocked", values.pop("blocked", ""), False),
        group_id=_group(values.pop("group_id", ""), groups or {}),
        addresses=tuple(
            _address(kind, parts, country)
            for kind, parts in addresses.items()
            if any(parts.values())
        ),
        contacts=tuple(
            _contact(slot, parts) for slot, parts in sorted(contacts.items()) if parts.get("name")
        ),
        reminder_fee=_amount("reminder_fee", values.pop("reminder_fee", "")),
        agreed_interest_percent=_percent(
            "agreed_interest_percent", values.pop("agreed_interest_percent", "")
        ),
        **{name: text or _EMPTY.get(name, "") for name, text in values.items()},
    )
    return normalised(details)


# Optional identifiers are None, not "", when a row leaves them blank.
_EMPTY: dict[str, Any] = dict.fromkeys(
    ("org_number", "personal_number", "vat_number", "gln", "sales_account",
     "receivables_account", "rot_rut_personal_number", "rot_rut_housing_org_number",
     "peppol_scheme", "peppol_id"),
)  # fmt: skip


def _contact(slot: int, parts: Mapping[str, str]) -> ContactDetails:
    """The contact of a table's slot: the first slot holds the main contact."""
    return ContactDetails(
        name=parts["name"],
        role=parts.get("role", ""),
        phone=parts.get("phone", ""),
        mobile=parts.get("mobile", ""),
        email=parts.get("email", ""),
        is_main=slot == 1,
        active=_flag("active", parts.get("active", ""), True),
    )


def plan_import(
    table: Table,
    mapping: Mapping[int, str],
    existing: Iterable[ExistingCustomerKeys] = (),
    groups: Mapping[str, int] | None = None,
) -> ImportPlan:
    """Every row of `table` as new, update, duplicate (of a customer in `existing` or of an
    earlier row) or error, with the details it would give; a group column names one of
    `groups` ({casefolded name: id}).

    A row is an update when it has the customer number of exactly one existing customer and
    also its organisationsnummer/personnummer or e-mail; matching fewer keys, or several
    customers, it is a duplicate for the user to decide on: a number alone may be another
    program's numbering."""
    index: dict[tuple[str, str], list[int]] = {}
    by_id: dict[int, ExistingCustomerKeys] = {}
    for customer in existing:
        by_id[customer.id] = customer
        for key in _keys(customer.number, customer.org_number, customer.personal_number,
                         customer.email):  # fmt: skip
            index.setdefault(key, []).append(customer.id)
    seen: dict[tuple[str, str], list[int]] = {}
    planned = []
    columns = list(mapping.items())
    for row_number, row in zip(table.row_numbers, table.rows, strict=True):
        cells = {field: row[column] for column, field in columns}
        try:
            details = details_from_row(cells, groups)
        except KundbokError as error:
            planned.append(PlannedRow(row_number, RowStatus.ERROR, errors=(error,), cells=cells))
            continue
        keys = _keys(details.number, details.org_number, details.personal_number, details.email)
        ids = sorted({i for key in keys for i in index.get(key, ())})
        rows = sorted({r for key in keys for r in seen.get(key, ())})
        matched = tuple(sorted({key[0] for key in keys if key in index or key in seen}))
        for key in keys:
            seen.setdefault(key, []).append(row_number)
        status = RowStatus.DUPLICATE if ids or rows else RowStatus.NEW
        if len(ids) == 1 and not rows and "number" in matched and len(matched) > 1:
            status = RowStatus.UPDATE
        planned.append(
            PlannedRow(row_number, status, details, tuple(ids), tuple(rows), matched, cells=cells)
        )
    matched_ids = {i for row in planned for i in row.duplicate_of_ids}
    return ImportPlan(
        mapping=dict(mapping),
        rows=tuple(planned),
        matched={i: by_id[i] for i in sorted(matched_ids)},
    )


def _keys(
    number: int | None, org_number: str | None, personal_number: str | None, email: str
) -> list[tuple[str, str]]:
    keys = []
    if number is not None:
        keys.append(("number", str(number)))
    for value in (org_number, personal_number):
        digits = "".join(c for c in value or "" if c.isdigit())
        if digits:
            # A sole trader's organisationsnummer is the personnummer without its century.
            keys.append(("identity", digits[-10:]))
    if email.strip():
        keys.append(("email", email.strip().casefold()))
    return keys


def _address(kind: str, parts: dict[str, str], country: str) -> AddressDetails:
    values: dict[str, Any] = dict(parts)
    values["country"] = country_code(parts.get("country", ""), default=country)
    return replace(AddressDetails(kind=kind), **values)


def _group(text: str, groups: Mapping[str, int]) -> int | None:
    # Only an existing group: a group carries defaults the user sets, so none is made up here.
    name = " ".join(text.split())
    if not name:
        return None
    found = groups.get(name.casefold())
    if found is None:
        raise ValidationError(
            "group_id",
            QT_TRANSLATE_NOOP(
                "messages",
                "There is no customer group '{value}'; create it under Customers → Customer "
                "groups first.",
            ),
            value=name,
        )
    return found


def _customer_number(text: str) -> int | None:
    if not text:
        return None
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= _LARGEST_NUMBER:
        raise ValidationError(
            "number",
            QT_TRANSLATE_NOOP(
                "messages",
                "'{value}' is not a customer number (a whole number from 1); leave the column "
                "out to number the customers anew.",
            ),
            value=text,
        )
    return int(text)


def _days(text: str) -> int | None:
    # "30", "30 dagar", "30 dagar netto", "Net 30": the first number is the days.
    found = _LEADING_NUMBER.search(text)
    if text and found is None:
        raise ValidationError(
            "payment_terms_days",
            QT_TRANSLATE_NOOP("messages", "Payment terms '{value}' name no number of days."),
            value=text,
        )
    return int(found.group()) if found else None


def _amount(field: str, text: str) -> Decimal | None:
    return parse_amount(text, field) if text else None


def _percent(field: str, text: str) -> Decimal | None:
    if not text:
        return None
    return parse_decimal(text.replace("%", ""), field, 2, NOT_A_PERCENTAGE)


def _flag(field: str, text: str, default: bool) -> bool:
    key = text.strip().casefold()
    if not text:
        return default
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise ValidationError(
        field, QT_TRANSLATE_NOOP("messages", "'{value}' is neither yes nor no."), value=text
    )


def _choice(field: str, text: str, choices: Mapping[str, str], default: str) -> str:
    if not text:
        return default
    found = choices.get(text.strip().casefold())
    if found is None:
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("messages", "Unknown value '{value}'."), value=text
        )
    return found
