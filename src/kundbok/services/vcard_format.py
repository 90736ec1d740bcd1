"""Customers as vCards and back, on vobject's content lines.

Writing builds each content line from values escaped by vobject's own helpers
(backslashEscape, serializeFields, dquoteEscape) and folds long lines at 75 octets with
vobject's folding writer; building vobject objects for every property costs several times more.
Reading splits the file into cards, parses each line with vobject's line parser, and unescapes
the values here: vobject's own decoding cuts a NOTE at its first unescaped comma, and 2.1
QUOTED-PRINTABLE values are decoded here before parsing, with their charset.

Address kinds: billing is TYPE=work,postal,pref (home for private persons), delivery
TYPE=work,parcel, visiting TYPE=work; an X-KUNDBOK-ADDRESS-KINDS property lists the kinds in the
order of the ADR lines, so that our own round trip is exact. Identifiers travel as X-KUNDBOK-*
properties, the identity as UID.
"""

from __future__ import annotations

import io
import quopri
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from vobject.base import (
    ParseError,
    backslashEscape,
    dquoteEscape,
    foldOneLine,
    getLogicalLines,
    parseLine,
)
from vobject.icalendar import stringToTextValues
from vobject.vcard import serializeFields

from kundbok import __version__
from kundbok.domain.customer import AddressDetails, ContactDetails, CustomerDetails

LINE_LENGTH = 75
PRODID = f"-//Kundbok//Kundbok {__version__}//SV"
X_PREFIX = "X-KUNDBOK-"
ADDRESS_TYPES = {
    "billing": ["work", "postal", "pref"],
    "delivery": ["work", "parcel"],
    "visiting": ["work"],
}
# Our identifiers and settings, carried as X- properties for an exact round trip.
X_FIELDS = {
    "NUMBER": "number",
    "KIND": "kind",
    "ORGNR": "org_number",
    "PERSONNR": "personal_number",
    "VAT": "vat_number",
    "REFERENCE": "reference",
    "CURRENCY": "currency",
    "LANGUAGE": "language",
    "PAYMENT-TERMS": "payment_terms_days",
    "ACTIVE": "active",
}
TEXT_PROPERTIES = {"FN", "N", "ORG", "ADR", "NOTE", "TITLE", "ROLE"}


@dataclass(frozen=True)
class ParsedCard:
    """One card read from a file: the customer it describes, and where it stood."""

    details: CustomerDetails
    card_number: int
    line_number: int
    company_uid: str | None = None  # set for a contact person's own card


class VCardFormatError(Exception):
    """A card cannot be read; `card_number` and `line_number` say where (1-based)."""

    def __init__(self, reason: str, card_number: int, line_number: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.card_number = card_number
        self.line_number = line_number


# --- writing -----------------------------------------------------------------------------


def _text(value: str) -> str:
    return backslashEscape(value)


def _split_person(name: str) -> tuple[str, str]:
    """(family, given) of a private person's name: the last word is the family name."""
    words = name.split()
    if len(words) < 2:
        return name, ""
    return words[-1], " ".join(words[:-1])


class _Card:
    """The properties of one card, written as folded content lines."""

    def __init__(self, version: str, outlook: bool) -> None:
        self.version = version
        self.outlook = outlook
        self.lines: list[str] = []

    def add(self, name: str, value: str, **params: list[str]) -> None:
        """A property from an already escaped value; parameters as vobject quotes them."""
        if self.outlook and name in TEXT_PROPERTIES:
            params.setdefault("CHARSET", ["UTF-8"])
        head = name + "".join(
            f";{key}={','.join(dquoteEscape(v) for v in values)}"
            for key, values in sorted(params.items())
        )
        self.lines.append(f"{head}:{value}")

    def write(self, out: io.StringIO) -> None:
        for line in ("BEGIN:VCARD", f"VERSION:{self.version}", *self.lines, "END:VCARD"):
            # At most four octets a character: a short line needs no folding and no measuring.
            if len(line) < LINE_LENGTH // 4 or len(line.encode("utf-8")) <= LINE_LENGTH:
                out.write(line + "\r\n")
            else:
                foldOneLine(out, line, LINE_LENGTH)  # vobject's folding at whole characters


def _types(version: str, types: list[str]) -> dict[str, list[str]]:
    if version == "4.0":
        types = [t for t in types if t not in ("postal", "parcel", "internet")]
        if "pref" in types:
            types.remove("pref")
            return {"TYPE": types, "PREF": ["1"]} if types else {"PREF": ["1"]}
    return {"TYPE": types} if types else {}


def customer_card(customer: CustomerDetails, version: str = "3.0", outlook: bool = False) -> _Card:
    """The content lines of one customer's card."""
    card = _Card(version, outlook)
    private = customer.kind == "private"
    card.add("PRODID", PRODID)
    card.add("UID", _text(f"urn:uuid:{customer.uid}" if customer.uid else ""))
    card.add("FN", _text(customer.name))
    if private:
        family, given = _split_person(customer.name)
        card.add("N", _structured([family, given, "", "", ""]))
    else:
        card.add("N", _structured(["", "", "", "", ""]))
        card.add("ORG", _structured([customer.name]))
    if version == "4.0":
        card.add("KIND", "individual" if private else "org")
    where = "home" if private else "work"
    for address in customer.addresses:
        types = [where if t == "work" else t for t in ADDRESS_TYPES[address.kind]]
        card.add(
            "ADR",
            _structured(
                [
                    "",
                    address.street2,
                    address.street,
                    address.city,
                    "",
                    address.postcode,
                    address.country,
                ]
            ),
            **_types(version, types),
        )
    if customer.addresses:
        # The kinds in the order of the ADR lines: parameters of our own beside TYPE, or groups,
        # are not valid vCard 3.0 to strict readers.
        card.add(X_PREFIX + "ADDRESS-KINDS", ",".join(a.kind for a in customer.addresses))
    for value, types in (
        (customer.phone, [where, "voice"]),
        (customer.mobile, ["cell"]),
        (customer.fax, [where, "fax"]),
    ):
        if value:
            card.add("TEL", _text(value), **_types(version, types))
    if customer.email:
        card.add("EMAIL", _text(customer.email), **_types(version, ["internet", "pref"]))
    if customer.website:
        card.add("URL", _text(customer.website))
    if customer.notes:
        card.add("NOTE", _text(customer.notes))
    for suffix, attribute in X_FIELDS.items():
        value = getattr(customer, attribute)
        if value is not None and value != "":
            card.add(X_PREFIX + suffix, _text(str(value)))
    return card


def contact_card(
    customer: CustomerDetails, contact: ContactDetails, index: int, version: str, outlook: bool
) -> _Card:
    """A contact person's own card, linked to the company's card by its UID."""
    card = _Card(version, outlook)
    family, given = _split_person(contact.name)
    card.add("PRODID", PRODID)
    card.add("UID", _text(f"urn:uuid:{customer.uid}-contact-{index}"))
    card.add("FN", _text(contact.name))
    card.add("N", _structured([family, given, "", "", ""]))
    card.add("ORG", _structured([customer.name]))
    if contact.role:
        card.add("TITLE", _text(contact.role))
    if contact.phone:
        card.add("TEL", _text(contact.phone), **_types(version, ["work", "voice"]))
    if contact.mobile:
        card.add("TEL", _text(contact.mobile), **_types(version, ["cell"]))
    if contact.email:
        card.add("EMAIL", _text(contact.email), **_types(version, ["internet"]))
    if version == "4.0":
        card.add("RELATED", _text(f"urn:uuid:{customer.uid}"), TYPE=["co-worker"])
    card.add(X_PREFIX + "COMPANY-UID", _text(customer.uid or ""))
    if contact.is_main:
        card.add(X_PREFIX + "MAIN-CONTACT", "true")
    return card


def _structured(values: list[str]) -> str:
    """A structured value (N, ADR, ORG): each part escaped, joined by semicolons."""
    return serializeFields(values)


def write_cards(
    customers: list[CustomerDetails],
    version: str = "3.0",
    outlook: bool = False,
    with_contacts: bool = False,
) -> str:
    """The vCard text of `customers` (CRLF line ends, folded at 75 octets)."""
    out = io.StringIO()
    for customer in customers:
        customer_card(customer, version, outlook).write(out)
        if with_contacts:
            for index, contact in enumerate(customer.contacts, start=1):
                contact_card(customer, contact, index, version, outlook).write(out)
    return out.getvalue()


# --- reading -----------------------------------------------------------------------------


def _unfold_quoted_printable(text: str) -> str:
    """Join 2.1 QUOTED-PRINTABLE soft line breaks ('=' at the end of a line) into one line."""
    lines = text.split("\n")
    joined: list[str] = []
    carrying = False
    for line in lines:
        stripped = line.rstrip("\r")
        if carrying:
            # RFC 2045: a soft break removes only "=" CRLF; a space that starts the next line
            # is text (Android breaks every 67 characters, often just before a space).
            joined[-1] = joined[-1][:-1] + stripped
        else:
            joined.append(stripped)
        upper = joined[-1].upper()
        carrying = "QUOTED-PRINTABLE" in upper.split(":", 1)[0] and joined[-1].endswith("=")
    return "\r\n".join(_decode_quoted_printable(line) for line in joined)


def _decode_quoted_printable(line: str) -> str:
    """A 2.1 QUOTED-PRINTABLE property decoded here, its ENCODING and CHARSET dropped.

    vobject decodes such values itself and then cuts a NOTE at its first comma; decoding first
    keeps the text whole.
    """
    head, colon, value = line.partition(":")
    params = head.split(";")
    if not colon or not any(p.upper().endswith("QUOTED-PRINTABLE") for p in params[1:]):
        return line
    charset = next(
        (p.split("=", 1)[1] for p in params[1:] if p.upper().startswith("CHARSET=")), "utf-8"
    )
    try:
        decoded = quopri.decodestring(value.encode("latin-1", "replace")).decode(charset, "replace")
    except LookupError:  # an unknown charset name
        decoded = quopri.decodestring(value.encode("latin-1", "replace")).decode("utf-8", "replace")
    kept = [
        p
        for p in params[1:]
        if not p.upper().endswith("QUOTED-PRINTABLE") and not p.upper().startswith("CHARSET=")
    ]
    return (
        ";".join([params[0], *kept])
        + ":"
        + decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    )


def _card_chunks(text: str) -> Iterator[tuple[int, int, str]]:
    """(card number, first line number, text) of each BEGIN:VCARD … END:VCARD in the file."""
    card_number = 0
    start_line = 0
    buffer: list[str] = []
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if inside:
                raise VCardFormatError(
                    "a card begins before the one above ended", card_number, number
                )
            inside = True
            card_number += 1
            start_line = number
            buffer = [line]
        elif inside:
            buffer.append(line)
            if upper == "END:VCARD":
                inside = False
                yield card_number, start_line, "\r\n".join(buffer) + "\r\n"
        elif line.strip():
            raise VCardFormatError("text outside a card", card_number + 1, number)
    if inside:
        raise VCardFormatError("the card has no END:VCARD", card_number, start_line)


def _raw(line: Property) -> str:
    """A property's value as text, escapes kept (QUOTED-PRINTABLE is undone before parsing)."""
    return line.value if isinstance(line.value, str) else str(line.value)


def _unescape(value: str) -> str:
    """Undo text escaping; an unescaped comma is kept as a comma, never cut."""
    return ",".join(stringToTextValues(value)) if value else ""


def _fields(value: str) -> list[str]:
    """The parts of a structured value (N, ADR, ORG), split at unescaped semicolons."""
    if not value:
        return []
    return [_unescape(part) for part in stringToTextValues(value, listSeparator=";", charList=";")]


def _types_of(line: Property) -> set[str]:
    types = {t.lower() for value in line.params.get("TYPE", []) for t in value.split(",")}
    return types | {p.lower() for p in line.singletonparams}


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


class Property(NamedTuple):
    """One property as vobject's line parser reads it: value still escaped."""

    name: str
    params: dict[str, list[str]]
    singletonparams: list[str]
    value: str


def _content_lines(chunk: str) -> list[Property]:
    """The properties of one card, parsed by vobject's line parser.

    vobject's component reader would also decode every value, and its decoding cuts a text at
    its first unescaped comma; values are unescaped here instead.
    """
    properties = []
    for line, number in getLogicalLines(io.StringIO(chunk)):
        name, param_lists, value, _group = parseLine(line, number)
        name = name.upper()
        if name in ("BEGIN", "END", "VERSION"):
            continue
        params: dict[str, list[str]] = {}
        singletons: list[str] = []
        for param in param_lists:
            if len(param) == 1:
                singletons.append(param[0])
            else:
                params.setdefault(param[0].upper(), []).extend(param[1:])
        properties.append(Property(name, params, singletons, value))
    return properties


def _details(lines: list[Property]) -> tuple[CustomerDetails, str | None]:
    values: dict[str, object] = {}
    x_values: dict[str, str] = {}
    addresses: list[AddressDetails] = []
    seen_kinds: set[str] = set()
    organisation = full_name = ""
    given = family = ""
    company_uid = None
    main_contact = False
    title = ""
    stated_kinds = next(
        (
            _unescape(line.value).lower().split(",")
            for line in lines
            if line.name.upper() == X_PREFIX + "ADDRESS-KINDS"
        ),
        [],
    )
    for line in lines:
        name = line.name.upper()
        raw = _raw(line)
        if name == "FN":
            full_name = _unescape(raw)
        elif name == "N":
            parts = [*_fields(raw), "", ""]
            family, given = parts[0], parts[1]
        elif name == "ORG":
            organisation = " ".join(p for p in _fields(raw) if p)
        elif name == "UID":
            uid = _unescape(raw).removeprefix("urn:uuid:").strip()
            values["uid"] = uid[:64] or None
        elif name == "ADR":
            parts = [*_fields(raw), *[""] * 7][:7]
            position = len(addresses)
            stated = stated_kinds[position] if position < len(stated_kinds) else ""
            kind = _address_kind(line, seen_kinds, stated)
            seen_kinds.add(kind)
            addresses.append(
                AddressDetails(
                    kind=kind,
                    street2=parts[1],
                    street=parts[2],
                    city=parts[3],
                    postcode=parts[5],
                    country=_country(parts[6]),
                    is_default=kind not in {a.kind for a in addresses},
                )
            )
        elif name == "TEL":
            types = _types_of(line)
            number = _unescape(raw).removeprefix("tel:")
            if "fax" in types:
                values.setdefault("fax", number)
            elif "cell" in types or "mobile" in types:
                values.setdefault("mobile", number)
            elif not values.get("phone"):
                values["phone"] = number
            else:
                values.setdefault("mobile", number)
        elif name == "EMAIL" and not values.get("email"):
            values["email"] = _unescape(raw)
        elif name == "URL" and not values.get("website"):
            values["website"] = _unescape(raw)
        elif name == "NOTE":
            values["notes"] = _unescape(raw)
        elif name in ("TITLE", "ROLE") and not title:
            title = _unescape(raw)
        elif name == "KIND":
            x_values.setdefault("KIND", "private" if raw.lower() == "individual" else "company")
        elif name == X_PREFIX + "COMPANY-UID":
            company_uid = _unescape(raw) or None
        elif name == X_PREFIX + "MAIN-CONTACT":
            main_contact = raw.strip().lower() == "true"
        elif name.startswith(X_PREFIX) and name[len(X_PREFIX) :] in X_FIELDS:
            x_values[name[len(X_PREFIX) :]] = _unescape(raw)
    kind = x_values.get("KIND") or ("company" if organisation else "private")
    name = full_name or organisation or " ".join(p for p in (given, family) if p)
    if company_uid:
        contact = ContactDetails(
            name=name,
            role=title,
            phone=str(values.get("phone", "")),
            mobile=str(values.get("mobile", "")),
            email=str(values.get("email", "")),
            is_main=main_contact,
        )
        return CustomerDetails(name=organisation or name, contacts=(contact,)), company_uid
    for suffix, attribute in X_FIELDS.items():
        if suffix in x_values and suffix != "KIND":
            values[attribute] = _x_value(attribute, x_values[suffix])
    values.pop("number", None)
    return (
        CustomerDetails(name=name, kind=kind, addresses=tuple(addresses), **values),  # type: ignore[arg-type]
        None,
    )


def card_number_of(lines: list[Property]) -> int | None:
    """The customer number a card of ours carries, if any."""
    for line in lines:
        if line.name.upper() == X_PREFIX + "NUMBER":
            text = _unescape(_raw(line)).strip()
            return int(text) if text.isdigit() else None
    return None


def _country(text: str) -> str:
    text = text.strip()
    names = {
        "sverige": "SE",
        "sweden": "SE",
        "norge": "NO",
        "norway": "NO",
        "danmark": "DK",
        "denmark": "DK",
        "finland": "FI",
        "suomi": "FI",
        "germany": "DE",
        "tyskland": "DE",
    }
    if len(text) == 2 and text.isalpha():
        return text.upper()
    return names.get(text.casefold(), "SE")


def _x_value(attribute: str, text: str) -> object:
    if attribute == "payment_terms_days":
        return int(text) if text.isdigit() else None
    if attribute == "active":
        return text.strip().lower() != "false"
    return text


def read_cards(text: str) -> Iterator[tuple[ParsedCard, int | None]]:
    """Each card of a vCard file with the customer number it carries; raises VCardFormatError
    naming the card and line of the first one that cannot be read."""
    text = _unfold_quoted_printable(text.lstrip("\ufeff"))
    found = False
    for card_number, line_number, chunk in _card_chunks(text):
        found = True
        try:
            lines = _content_lines(chunk)
        except (ParseError, ValueError, TypeError, AttributeError) as error:
            inner = getattr(error, "lineNumber", None)
            line = line_number + (inner - 1 if isinstance(inner, int) and inner > 0 else 0)
            raise VCardFormatError(
                str(error).strip() or type(error).__name__, card_number, line
            ) from None
        try:
            details, company_uid = _details(lines)
        except (ValueError, TypeError, UnicodeDecodeError) as error:
            raise VCardFormatError(str(error), card_number, line_number) from None
        if not details.name.strip():
            raise VCardFormatError("the card has no name (FN)", card_number, line_number)
        yield ParsedCard(details, card_number, line_number, company_uid), card_number_of(lines)
    if not found:
        raise VCardFormatError("the file holds no vCard", 0, 1)
