"""Customer groups (kundkategori): a name and the defaults a new customer of the group takes.

A customer stores its own values. Choosing a group fills the group's defaults into the fields
that still hold a new customer's default (or the previous group's value); a field shows as
"from the group" while its value is the group's, and stops being so once the user changes it.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any

from kundbok.domain import limits
from kundbok.domain.customer import (
    CURRENCIES,
    LANGUAGES,
    CustomerDetails,
    check_field,
    check_payment_terms,
    check_percent,
)
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.late_payment import check_reminder_fee
from kundbok.domain.text import without_control_characters

GROUP_NAME = 100  # characters a group's name may have

# The customer fields a group gives a default for; the group's attributes have the same names.
DEFAULT_FIELDS = (
    "payment_terms_days",
    "vat_rate",
    "currency",
    "language",
    "discount_percent",
    "sales_account",
    "receivables_account",
)


@dataclass(frozen=True, kw_only=True)
class CustomerGroupDetails:
    """A group and its defaults; None means the group gives no default for that field."""

    name: str
    id: int | None = None
    payment_terms_days: int | None = None
    vat_rate: Decimal | None = None
    currency: str | None = None
    language: str | None = None
    discount_percent: Decimal | None = None
    sales_account: str | None = None
    receivables_account: str | None = None
    # Charged on a reminder to a customer of the group (the company's fee when None).
    reminder_fee: Decimal | None = None
    customer_count: int = 0  # read only: how many customers belong to the group


GROUP_COLUMNS = tuple(
    f.name for f in fields(CustomerGroupDetails) if f.name not in ("id", "customer_count")
)
_NEW_CUSTOMER: Any = CustomerDetails(name="")


def normalised_group(group: CustomerGroupDetails) -> CustomerGroupDetails:
    """The group with its name trimmed and every default checked; the first bad one raises."""
    name = without_control_characters(group.name).strip()
    if not name:
        raise ValidationError("name", QT_TRANSLATE_NOOP("messages", "A group needs a name."))
    limits.check_length("name", name, GROUP_NAME)
    check_payment_terms(group.payment_terms_days)
    check_percent("vat_rate", group.vat_rate)
    check_percent("discount_percent", group.discount_percent)
    if group.currency is not None and group.currency not in CURRENCIES:
        check_field("currency", group.currency)  # raises, naming the currency
    if group.language is not None and group.language not in LANGUAGES:
        raise ValidationError("language", QT_TRANSLATE_NOOP("messages", "Unknown language."))
    accounts: dict[str, Any] = {
        account: check_field(account, getattr(group, account) or "")
        for account in ("sales_account", "receivables_account")
    }
    fee = None if group.reminder_fee is None else check_reminder_fee(group.reminder_fee)
    return replace(group, name=name, reminder_fee=fee, **accounts)


def group_defaults(group: CustomerGroupDetails | None) -> dict[str, Any]:
    """The customer fields the group gives a value for, with that value."""
    if group is None:
        return {}
    values = {name: getattr(group, name) for name in DEFAULT_FIELDS}
    return {name: value for name, value in values.items() if value is not None}


def fields_from_group(details: CustomerDetails, group: CustomerGroupDetails | None) -> set[str]:
    """The customer's fields whose value is the group's default (shown as "from the group")."""
    return {
        name for name, value in group_defaults(group).items() if getattr(details, name) == value
    }


def with_group_defaults(
    details: CustomerDetails,
    group: CustomerGroupDetails | None,
    previous: CustomerGroupDetails | None = None,
) -> CustomerDetails:
    """`details` in `group`, with the group's defaults in every field that still holds a new
    customer's default or the `previous` group's value; fields the user set stay as they are."""
    replaceable = fields_from_group(details, previous)
    changes: dict[str, Any] = {}
    for name, value in group_defaults(group).items():
        if name in replaceable or getattr(details, name) == getattr(_NEW_CUSTOMER, name):
            changes[name] = value
    # What only the previous group gave goes back to a new customer's default.
    for name in replaceable - set(changes):
        changes[name] = getattr(_NEW_CUSTOMER, name)
    return replace(details, group_id=None if group is None else group.id, **changes)
