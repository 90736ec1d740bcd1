"""Customers written as vCards, on vobject's content lines.

Each content line is built from values escaped by vobject's own helpers (backslashEscape,
serializeFields, dquoteEscape) and long lines are folded at 75 octets with vobject's folding
writer; building vobject objects for every property costs several times more.

Address kinds: billing is TYPE=work,postal,pref (home for private persons), delivery
TYPE=work,parcel, visiting TYPE=work; an X-KUNDBOK-ADDRESS-KINDS property lists the kinds in the
order of the ADR lines, so that our own round trip is exact. Identifiers travel as X-KUNDBOK-*
properties, the identity as UID, and X-KUNDBOK-REGISTER names the register that wrote the card:
its customer numbers mean something only there. The personal identity number is written only
when asked for.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from vobject.base import backslashEscape, dquoteEscape, foldOneLine
from vobject.vcard import serializeFields

from kundbok import __version__
from kundbok.domain.countries import country_name
from kundbok.domain.customer import ContactDetails, CustomerDetails
from kundbok.domain.postal_address import format_postcode
from kundbok.domain.text import without_control_characters

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
class ExportOptions:
    """How cards are written: vCard version, Outlook's charset, contact cards, personal identity
    numbers (left out unless asked for), and the id of the register that writes them."""

    version: str = "3.0"
    outlook: bool = False
    with_contacts: bool = False
    with_personal_numbers: bool = False
    register_id: str | None = None


def _text(value: str) -> str:
    """A text value escaped; control characters a register of an older version may hold are
    left out, since they make the file unreadable (a NUL) or drive terminals."""
    return backslashEscape(without_control_characters(value, multi_line=True))


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


def _is_personal(customer: CustomerDetails, attribute: str) -> bool:
    """Whether a field holds a personal identity number: a private person's own, or a 12-digit
    number in the organisation number (a sole trader's 10-digit one is a business's public id)."""
    if attribute == "personal_number":
        return True
    if attribute == "org_number":
        return customer.kind == "private" or len(customer.org_number or "") == 12
    return False


def customer_card(customer: CustomerDetails, options: ExportOptions) -> _Card:
    """The content lines of one customer's card."""
    version = options.version
    card = _Card(version, options.outlook)
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
                    address.region,
                    format_postcode(address.postcode, address.country),
                    # The standard's country is a name, in the language the customer reads.
                    country_name(address.country, customer.language),
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
        if value is None or value == "":
            continue
        if _is_personal(customer, attribute) and not options.with_personal_numbers:
            continue
        card.add(X_PREFIX + suffix, _text(str(value)))
    if options.register_id:
        card.add(X_PREFIX + "REGISTER", _text(options.register_id))
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
    # vobject's stubs leave serializeFields untyped; it joins the escaped parts into a str.
    joined: str = serializeFields(  # type: ignore[no-untyped-call]
        [without_control_characters(v, multi_line=True) for v in values]
    )
    return joined


def write_cards(customers: list[CustomerDetails], options: ExportOptions | None = None) -> str:
    """The vCard text of `customers` (CRLF line ends, folded at 75 octets)."""
    options = options or ExportOptions()
    out = io.StringIO()
    for customer in customers:
        customer_card(customer, options).write(out)
        if options.with_contacts:
            for index, contact in enumerate(customer.contacts, start=1):
                contact_card(customer, contact, index, options.version, options.outlook).write(out)
    return out.getvalue()
