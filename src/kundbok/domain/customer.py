"""A customer as the card edits it: plain value objects and the rules that check their fields."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from decimal import Decimal
from typing import Any, TypeVar

from kundbok.domain import identifiers, limits
from kundbok.domain.countries import is_country_code
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.late_payment import check_reminder_fee
from kundbok.domain.peppol.participants import normalize_participant
from kundbok.domain.text import cleaned, without_control_characters

CUSTOMER_KINDS = ("company", "private")
ADDRESS_KINDS = ("billing", "delivery", "visiting")
CURRENCIES = ("SEK", "EUR", "GBP", "USD", "NOK", "DKK")
LANGUAGES = ("sv", "en")


@dataclass(frozen=True)
class AddressDetails:
    kind: str = "billing"
    street: str = ""
    street2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "SE"
    name: str = ""
    is_default: bool = True
    region: str = ""  # state, province or county, where the country's addresses name one

    def is_empty(self) -> bool:
        return not any(
            (self.street, self.street2, self.postcode, self.city, self.region, self.name)
        )


@dataclass(frozen=True)
class ContactDetails:
    name: str
    role: str = ""
    phone: str = ""
    mobile: str = ""
    email: str = ""
    is_main: bool = False
    active: bool = True


@dataclass(frozen=True, kw_only=True)
class CustomerDetails:
    """Everything the customer card shows and edits; `id` and `number` are None until saved."""

    name: str
    id: int | None = None
    number: int | None = None
    kind: str = "company"
    reference: str = ""
    org_number: str | None = None
    personal_number: str | None = None
    vat_number: str | None = None
    gln: str | None = None
    phone: str = ""
    mobile: str = ""
    fax: str = ""
    email: str = ""
    website: str = ""
    country: str = "SE"
    language: str = "sv"
    currency: str = "SEK"
    payment_terms_days: int | None = None
    vat_rate: Decimal | None = None
    discount_percent: Decimal = Decimal(0)
    invoice_by_email: bool = False
    active: bool = True
    blocked: bool = False
    alert_text: str = ""
    notes: str = ""
    sales_account: str | None = None
    receivables_account: str | None = None
    # Agreed with this customer instead of the company's: the reminder fee, a fixed interest rate.
    reminder_fee: Decimal | None = None
    agreed_interest_percent: Decimal | None = None
    rot_rut_personal_number: str | None = None
    rot_rut_property: str = ""
    rot_rut_housing_org_number: str | None = None
    rot_rut_apartment_number: str = ""
    # Where the customer receives e-invoices (Peppol scheme and participant id), and the
    # reference code its invoices must carry (BT-10; public buyers route invoices by it).
    peppol_scheme: str | None = None
    peppol_id: str | None = None
    buyer_reference: str = ""
    uid: str | None = None
    # The customer group (kundkategori) it belongs to; None: none.
    group_id: int | None = None
    addresses: tuple[AddressDetails, ...] = ()
    contacts: tuple[ContactDetails, ...] = ()
    # The row's version when it was read; a save from an older one is refused (None: no check).
    version: int | None = None

    def address(self, kind: str) -> AddressDetails | None:
        """The default address of a kind, or the first one of it."""
        matching = [address for address in self.addresses if address.kind == kind]
        defaults = [address for address in matching if address.is_default]
        return next(iter(defaults or matching), None)

    @property
    def main_contact(self) -> ContactDetails | None:
        mains = [contact for contact in self.contacts if contact.is_main]
        return next(iter(mains or self.contacts), None)


T = TypeVar("T")

# Plain columns copied between CustomerDetails and the Customer row.
COLUMNS = tuple(
    f.name
    for f in fields(CustomerDetails)
    if f.name not in ("id", "number", "addresses", "contacts", "version")
)


# Fields whose text may run over several lines: they keep tabs and line breaks.
MULTI_LINE_FIELDS = frozenset({"notes", "alert_text"})


def _cleaned(value: T) -> T:
    """Customer, address or contact details without control characters in any text."""
    return cleaned(value, MULTI_LINE_FIELDS)


def sort_name(name: str) -> str:
    """The name as the list sorts it: case-folded, so "åkerlund" and "Åkerlund" sort together;
    cut to the column's length, since folding may lengthen a name ("ß" becomes "ss")."""
    return name.casefold()[: limits.NAME]


def check_account(name: str, text: str) -> str:
    """An account of the BAS chart that something is booked on: four digits."""
    text = text.strip()
    if not (text.isascii() and text.isdigit() and len(text) == 4):  # not "²"
        raise ValidationError(
            name, QT_TRANSLATE_NOOP("messages", "An account is four digits (BAS).")
        )
    return text


def check_field(name: str, value: str, kind: str = "company", country: str = "SE") -> object:
    """Normalise one field as the user types it; raises ValidationError saying what is wrong."""
    if isinstance(value, str):
        value = without_control_characters(value, name in MULTI_LINE_FIELDS)
    text = value.strip() if isinstance(value, str) else value
    match name:
        case "name":
            if not text:
                raise ValidationError(
                    "name", QT_TRANSLATE_NOOP("messages", "A customer needs a name.")
                )
            return text
        case "org_number":
            return identifiers.normalize_org_or_personal(text, kind)
        case "personal_number" | "rot_rut_personal_number":
            return identifiers.normalize_personal_number(text)
        case "rot_rut_housing_org_number":
            return identifiers.normalize_org_number(text)
        case "vat_number":
            return identifiers.normalize_vat_number(text, default_country=country or "SE")
        case "gln":
            return identifiers.normalize_gln(text)
        case "postcode":
            return identifiers.normalize_postcode(text, country or "SE")
        case "email":
            return identifiers.normalize_email(text) or ""
        case "currency":
            if text not in CURRENCIES:
                raise ValidationError(
                    "currency",
                    QT_TRANSLATE_NOOP("messages", "Unknown currency {currency}."),
                    currency=text,
                )
            return text
        case "sales_account" | "receivables_account":
            return check_account(name, text) if text else None
        case _:
            return text


def check_payment_terms(days: int | None) -> None:
    """Refuse payment terms outside 0–365 days (None: the company's default)."""
    if days is not None and not 0 <= days <= 365:
        raise ValidationError(
            "payment_terms_days",
            QT_TRANSLATE_NOOP("messages", "Payment terms must be between 0 and 365 days."),
        )


def check_percent(field: str, rate: Decimal | None) -> None:
    """Refuse a percentage outside 0–100 (None: no value of its own)."""
    if rate is not None and not Decimal(0) <= rate <= Decimal(100):
        raise ValidationError(
            field, QT_TRANSLATE_NOOP("messages", "A percentage must lie between 0 and 100.")
        )


def _check_lengths(details: CustomerDetails) -> None:
    """Refuse free text longer than the register stores (typed, imported or made up alike)."""
    limits.check_lengths(details, limits.CUSTOMER_FIELDS)
    for address in details.addresses:
        limits.check_lengths(address, limits.ADDRESS_FIELDS)
    for contact in details.contacts:
        limits.check_lengths(contact, limits.CONTACT_FIELDS)


def normalised(details: CustomerDetails) -> CustomerDetails:
    """The details with every identifier in its stored form and no control characters in any
    text; the first invalid field raises."""
    details = _cleaned(details)
    _check_lengths(details)
    name = check_field("name", details.name)
    if details.kind not in CUSTOMER_KINDS:
        raise ValidationError("kind", QT_TRANSLATE_NOOP("messages", "Unknown customer kind."))
    if details.language not in LANGUAGES:
        raise ValidationError("language", QT_TRANSLATE_NOOP("messages", "Unknown language."))
    check_payment_terms(details.payment_terms_days)
    if details.reminder_fee is not None:
        check_reminder_fee(details.reminder_fee)
    for percent_field in ("vat_rate", "discount_percent", "agreed_interest_percent"):
        check_percent(percent_field, getattr(details, percent_field))
    changes: dict[str, Any] = {"name": name}
    for field_name in (
        "org_number",
        "personal_number",
        "vat_number",
        "gln",
        "email",
        "currency",
        "sales_account",
        "receivables_account",
        "rot_rut_personal_number",
        "rot_rut_housing_org_number",
    ):
        value = getattr(details, field_name)
        if value is not None:
            changes[field_name] = check_field(field_name, value, details.kind, details.country)
    changes["peppol_scheme"], changes["peppol_id"] = normalize_participant(
        details.peppol_scheme, details.peppol_id
    ) or (None, None)
    addresses = tuple(
        replace(
            address,
            postcode=identifiers.normalize_postcode(address.postcode, address.country or "SE")
            or "",
        )
        for address in map(_cleaned, details.addresses)
        if not address.is_empty()
    )
    for country in (details.country, *(address.country for address in addresses)):
        if not is_country_code(country):
            raise ValidationError(
                "country",
                QT_TRANSLATE_NOOP("messages", "Unknown country '{country}'."),
                country=country,
            )
    for address in addresses:
        if address.kind not in ADDRESS_KINDS:
            raise ValidationError(
                "addresses", QT_TRANSLATE_NOOP("messages", "Unknown address kind.")
            )
    contacts = []
    main_seen = False
    for contact in map(_cleaned, details.contacts):
        if not contact.name.strip():
            continue
        # Only one main contact: the first one marked wins.
        is_main = contact.is_main and not main_seen
        main_seen = main_seen or is_main
        email = identifiers.normalize_email(contact.email) or ""
        contacts.append(replace(contact, email=email, is_main=is_main))
    return replace(details, addresses=addresses, contacts=tuple(contacts), **changes)
