"""Customers read from vCard files: each property of a card goes to its handler in HANDLERS,
which gathers what it says; the gathered fields then make the customer or contact person.

vcard_lines turns the file into properties; values are unescaped here, since vobject's own
decoding cuts a NOTE at its first unescaped comma. Imports neither SQLAlchemy nor Qt.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from vobject.icalendar import stringToTextValues

from kundbok.domain.countries import country_code
from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.services.vcard.lines import (
    Property,
    VCardFormatError,
    card_chunks,
    properties,
    unfold_quoted_printable,
)
from kundbok.services.vcard.writer import ADDRESS_TYPES, X_FIELDS, X_PREFIX


@dataclass(frozen=True)
class ParsedCard:
    """One card read from a file: the customer it describes, and where it stood.

    `carried` names the fields the card states, so that an update changes only those;
    `customer_number` and `register_id` say which customer of which register wrote it.
    """

    details: CustomerDetails
    card_number: int
    line_number: int
    company_uid: str | None = None  # set for a contact person's own card
    customer_number: int | None = None
    register_id: str | None = None
    carried: frozenset[str] = frozenset()
    problem: CardRejected | None = None  # why this card is left out of an import


# --- values ------------------------------------------------------------------------------


def _unescape(value: str) -> str:
    """Undo text escaping; an unescaped comma is kept as a comma, never cut."""
    if "\\" not in value:
        return value  # nothing escaped: splitting at commas and joining again gives it back
    return ",".join(stringToTextValues(value))


def _fields(value: str) -> list[str]:
    """The parts of a structured value (N, ADR, ORG), split at unescaped semicolons."""
    if not value:
        return []
    if "\\" not in value:
        return value.split(";")
    return [_unescape(part) for part in stringToTextValues(value, listSeparator=";", charList=";")]


def _types_of(line: Property) -> set[str]:
    types = {t.lower() for value in line.params.get("TYPE", []) for t in value.split(",")}
    return types | {p.lower() for p in line.singletonparams}


class CardRejected(VCardFormatError):
    """A card that is readable but holds a value no customer can have (an unknown country):
    it is left out and reported, and the file's other cards are still imported."""


def _country(text: str, card_number: int, line_number: int) -> str:
    """The ISO code of an ADR line's country, written as a code or a name ("USA",
    "Deutschland"); blank is Sweden. An unknown country rejects the card, never Sweden."""
    try:
        return country_code(text)
    except ValidationError:
        raise CardRejected(
            QT_TRANSLATE_NOOP("messages", "the address has an unknown country"),
            card_number,
            line_number,
        ) from None


def _x_value(attribute: str, text: str) -> object:
    if attribute == "payment_terms_days":
        digits = text.strip()
        return int(digits) if digits.isdigit() and digits.isascii() and len(digits) < 6 else None
    if attribute == "active":
        return text.strip().lower() != "false"
    return text


# --- one card: a handler per property ----------------------------------------------------


@dataclass
class _CardFields:
    """What the properties of one card said, gathered before the customer is made."""

    values: dict[str, object] = field(default_factory=dict)
    x_values: dict[str, str] = field(default_factory=dict)
    address_lines: list[tuple[Property, int]] = field(default_factory=list)
    line_number: int = 0  # of the property being read
    stated_kinds: list[str] = field(default_factory=list)
    full_name: str = ""
    organisation: str = ""
    family: str = ""
    given: str = ""
    title: str = ""
    kind: str = ""
    company_uid: str | None = None
    main_contact: bool = False
    register_id: str | None = None


def _full_name(card: _CardFields, line: Property) -> None:
    card.full_name = _unescape(line.value)


def _name_parts(card: _CardFields, line: Property) -> None:
    parts = [*_fields(line.value), "", ""]
    card.family, card.given = parts[0], parts[1]


def _organisation(card: _CardFields, line: Property) -> None:
    card.organisation = " ".join(p for p in _fields(line.value) if p)


def _uid(card: _CardFields, line: Property) -> None:
    uid = _unescape(line.value).removeprefix("urn:uuid:").strip()
    card.values["uid"] = uid[:64] or None


def _address(card: _CardFields, line: Property) -> None:
    card.address_lines.append((line, card.line_number))


def _telephone(card: _CardFields, line: Property) -> None:
    types = _types_of(line)
    number = _unescape(line.value).removeprefix("tel:")
    values = card.values
    if "fax" in types:
        values.setdefault("fax", number)
    elif "cell" in types or "mobile" in types:
        values.setdefault("mobile", number)
    elif not values.get("phone"):
        values["phone"] = number
    else:
        values.setdefault("mobile", number)


def _first(attribute: str) -> Callable[[_CardFields, Property], None]:
    def handle(card: _CardFields, line: Property) -> None:
        if not card.values.get(attribute):
            card.values[attribute] = _unescape(line.value)

    return handle


def _notes(card: _CardFields, line: Property) -> None:
    card.values["notes"] = _unescape(line.value)


def _title(card: _CardFields, line: Property) -> None:
    card.title = card.title or _unescape(line.value)


def _kind(card: _CardFields, line: Property) -> None:
    card.kind = card.kind or (
        "private" if line.value.strip().lower() == "individual" else "company"
    )


def _company_uid(card: _CardFields, line: Property) -> None:
    card.company_uid = _unescape(line.value) or None


def _main_contact(card: _CardFields, line: Property) -> None:
    card.main_contact = line.value.strip().lower() == "true"


def _address_kinds(card: _CardFields, line: Property) -> None:
    card.stated_kinds = _unescape(line.value).lower().split(",")


def _register(card: _CardFields, line: Property) -> None:
    card.register_id = _unescape(line.value).strip() or None


def _x_field(suffix: str) -> Callable[[_CardFields, Property], None]:
    def handle(card: _CardFields, line: Property) -> None:
        card.x_values[suffix] = _unescape(line.value)

    return handle


HANDLERS: dict[str, Callable[[_CardFields, Property], None]] = {
    "FN": _full_name,
    "N": _name_parts,
    "ORG": _organisation,
    "UID": _uid,
    "ADR": _address,
    "TEL": _telephone,
    "EMAIL": _first("email"),
    "URL": _first("website"),
    "NOTE": _notes,
    "TITLE": _title,
    "ROLE": _title,
    "KIND": _kind,
    X_PREFIX + "COMPANY-UID": _company_uid,
    X_PREFIX + "MAIN-CONTACT": _main_contact,
    X_PREFIX + "ADDRESS-KINDS": _address_kinds,
    X_PREFIX + "REGISTER": _register,
    **{X_PREFIX + suffix: _x_field(suffix) for suffix in X_FIELDS},
}


def _address_kind(line: Property, seen: set[str], stated: str) -> str:
    """An address's kind: as the card states it, else guessed from its TYPE values."""
    if stated in ADDRESS_TYPES:
        return stated
    types = _types_of(line)
    if "parcel" in types:
        return "delivery"
    if "billing" not in seen and ("postal" in types or "pref" in types or not seen):
        return "billing"
    return "visiting" if "visiting" not in seen else "delivery"


def _addresses(card: _CardFields, card_number: int) -> tuple[AddressDetails, ...]:
    addresses: list[AddressDetails] = []
    seen: set[str] = set()
    for position, (line, line_number) in enumerate(card.address_lines):
        parts = [*_fields(line.value), *[""] * 7][:7]
        stated = card.stated_kinds[position] if position < len(card.stated_kinds) else ""
        kind = _address_kind(line, seen, stated)
        country = _country(parts[6], card_number, line_number)
        # A Swedish postcode is stored as its five digits; the card shows "123 45".
        postcode = parts[5].replace(" ", "") if country == "SE" else parts[5]
        addresses.append(
            AddressDetails(
                kind=kind,
                street2=parts[1],
                street=parts[2],
                city=parts[3],
                region=parts[4],
                postcode=postcode,
                country=country,
                is_default=kind not in seen,
            )
        )
        seen.add(kind)
    return tuple(addresses)


def _customer_number(card: _CardFields) -> int | None:
    text = card.x_values.get("NUMBER", "").strip()
    return int(text) if text.isdigit() and text.isascii() and len(text) < 10 else None


def _parsed(card: _CardFields, card_number: int, line_number: int) -> ParsedCard:
    """The customer (or contact person) the gathered properties describe."""
    name = (
        card.full_name or card.organisation or " ".join(p for p in (card.given, card.family) if p)
    )
    if not name.strip():
        raise VCardFormatError(
            QT_TRANSLATE_NOOP("messages", "the card has no name (FN)"), card_number, line_number
        )
    values = card.values
    if card.company_uid:
        contact = ContactDetails(
            name=name,
            role=card.title,
            phone=str(values.get("phone", "")),
            mobile=str(values.get("mobile", "")),
            email=str(values.get("email", "")),
            is_main=card.main_contact,
        )
        return ParsedCard(
            CustomerDetails(name=card.organisation or name, contacts=(contact,)),
            card_number,
            line_number,
            company_uid=card.company_uid,
        )
    kind = card.x_values.get("KIND") or card.kind or ("company" if card.organisation else "private")
    for suffix, attribute in X_FIELDS.items():
        if suffix in card.x_values and suffix not in ("KIND", "NUMBER"):
            values[attribute] = _x_value(attribute, card.x_values[suffix])
    addresses = _addresses(card, card_number)
    carried = {"name", *values}
    if "KIND" in card.x_values or card.kind:
        carried.add("kind")  # stated, not guessed from the presence of ORG
    if addresses:
        carried.add("addresses")
    details = CustomerDetails(
        name=name,
        kind=kind,
        addresses=addresses,
        **values,  # type: ignore[arg-type]
    )
    return ParsedCard(
        details,
        card_number,
        line_number,
        customer_number=_customer_number(card),
        register_id=card.register_id,
        carried=frozenset(carried),
    )


def read_cards(text: str) -> Iterator[ParsedCard]:
    """Each card of a vCard file; raises VCardFormatError naming the card and line of the first
    one that cannot be read. A rejected card comes with its `problem` set."""
    text = unfold_quoted_printable(text.lstrip("\ufeff"))
    found = False
    for card_number, line_number, lines in card_chunks(text):
        found = True
        card = _CardFields()
        try:
            for line, number in properties(lines, line_number + 1):
                card.line_number = number
                handler = HANDLERS.get(line.name)
                if handler is not None:
                    handler(card, line)
            parsed = _parsed(card, card_number, line_number)
        except CardRejected as error:
            named = card.full_name or card.organisation
            yield ParsedCard(CustomerDetails(name=named), card_number, line_number, problem=error)
            continue
        except VCardFormatError as error:  # a line parser's error knows its line, not its card
            raise VCardFormatError(error.reason, card_number, error.line_number) from None
        except (ValueError, TypeError, UnicodeError) as error:
            raise VCardFormatError(str(error), card_number, line_number) from None
        yield parsed
    if not found:
        raise VCardFormatError(QT_TRANSLATE_NOOP("messages", "the file holds no vCard"), 0, 1)
