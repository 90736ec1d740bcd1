"""Which column of an imported table holds which customer field, found by its header.

Headers are compared without case, spaces or punctuation, so "E-post", "e-post" and "Epost"
are one header. The aliases are what Swedish programs export in Swedish and English: Fortnox
(its customer register report and its API names), Visma eEkonomi/eAccounting, spreadsheets
people make by hand, and our own export (`kundbok.services.table_export`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields

from kundbok.domain.customer import AddressDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError

# Field keys: CustomerDetails attributes, "<address kind>.<AddressDetails attribute>", the
# main contact's "contact.<attribute>", and "org_or_personal_number" for the one column many
# programs keep for either number.
_ALIASES: dict[str, tuple[str, ...]] = {
    "number": (
        "Kundnummer",
        "Kundnr",
        "Kund nr",
        "Customer number",
        "CustomerNumber",
        "Customer no",
        "Nummer",
    ),
    "name": (
        "Namn",
        "Kundnamn",
        "Företagsnamn",
        "Företag",
        "Name",
        "Customer name",
        "Company",
        "Company name",
    ),
    "kind": ("Kundtyp", "Typ", "Customer type", "Type"),
    "org_or_personal_number": (
        "Organisationsnummer/Personnummer",
        "Org.nr/Pers.nr",
        "Orgnr/Persnr",
        "Org/pers nr",
        "Identitetsnummer",
        "Corporate identity number",
        "Organisation/personal number",
    ),
    "org_number": (
        "Organisationsnummer",
        "Org.nr",
        "Orgnr",
        "Org nr",
        "Organisationsnr",
        "OrganisationNumber",
        "Organisation number",
        "Organization number",
        "Company registration number",
    ),
    "personal_number": (
        "Personnummer",
        "Pers.nr",
        "Persnr",
        "Personal identity number",
        "Personal number",
    ),
    "vat_number": (
        "Momsregistreringsnummer",
        "Momsreg.nr",
        "Momsnummer",
        "Momsregnr",
        "VAT-nr",
        "VAT-nummer",
        "VAT nr",
        "VATNumber",
        "VAT number",
        "VAT no",
        "Moms-nr",
        "Momsnr",
    ),
    "gln": ("GLN", "GLN-nummer", "GLN number"),
    "reference": (
        "Er referens",
        "Referens",
        "Kontaktperson",
        "Your reference",
        "YourReference",
        "Reference",
        "Vår referens",
        "Our reference",
        "OurReference",
    ),
    "phone": ("Telefon", "Telefonnummer", "Tel", "Telefon 1", "Phone", "Phone1", "Telephone"),
    "mobile": (
        "Mobil",
        "Mobiltelefon",
        "Mobilnummer",
        "Telefon 2",
        "Mobile",
        "Mobile phone",
        "Phone2",
        "Cell phone",
    ),
    "fax": ("Fax", "Telefax", "Faxnummer"),
    "email": (
        "E-post",
        "E-postadress",
        "Epost",
        "Mejl",
        "E-mail",
        "Email",
        "Email address",
        "E-post faktura",
        "E-postadress faktura",
        "EmailInvoice",
        "Invoice e-mail",
    ),
    "website": ("Webbplats", "Hemsida", "Webbadress", "Www", "Website", "Web", "Homepage"),
    "country": ("Land", "Landskod", "Country", "Country code", "CountryCode"),
    "language": ("Språk", "Fakturaspråk", "Language", "Invoice language"),
    "currency": ("Valuta", "Valutakod", "Currency", "Currency code"),
    "payment_terms_days": (
        "Betalningsvillkor",
        "Betalvillkor",
        "Kredittid",
        "Kredittid dagar",
        "Terms of payment",
        "TermsOfPayment",
        "Payment terms",
    ),
    "vat_rate": ("Momssats", "Moms %", "Moms", "VAT rate", "VAT %"),
    "discount_percent": ("Rabatt", "Rabatt %", "Rabattsats", "Discount", "Discount %"),
    "invoice_by_email": (
        "Faktura via e-post",
        "Skicka faktura med e-post",
        "E-faktura",
        "Invoice by e-mail",
        "Invoice by email",
    ),
    "active": ("Aktiv", "Active"),
    "blocked": ("Spärrad", "Blocked"),
    "alert_text": ("Varningstext", "Varning", "Alert", "Warning text"),
    "notes": (
        "Anteckning",
        "Anteckningar",
        "Kommentar",
        "Kommentarer",
        "Övrigt",
        "Notering",
        "Note",
        "Notes",
        "Comments",
        "Comment",
    ),
    "sales_account": ("Försäljningskonto", "Intäktskonto", "Sales account"),
    "receivables_account": ("Kundfordringskonto", "Kundfordringar", "Receivables account"),
    "billing.name": ("c/o", "Co", "Fakturaadress c/o", "Care of"),
    "billing.street": (
        "Adress",
        "Utdelningsadress",
        "Postadress",
        "Gatuadress",
        "Fakturaadress",
        "Fakturaadress 1",
        "Adress 1",
        "Address",
        "Address1",
        "Address 1",
        "Invoice address",
        "Invoice address 1",
        "Street",
    ),
    "billing.street2": (
        "Adress 2",
        "Fakturaadress 2",
        "Utdelningsadress 2",
        "Address2",
        "Address 2",
        "Invoice address 2",
    ),
    "billing.postcode": (
        "Postnummer",
        "Postnr",
        "Post nr",
        "Fakturapostnummer",
        "ZipCode",
        "Zip code",
        "Zip",
        "Postal code",
        "Postcode",
        "Post code",
    ),
    "billing.city": ("Ort", "Postort", "Stad", "Fakturaort", "City", "Town", "Post town"),
    "billing.region": ("Region", "Län", "Delstat", "State", "Province", "County"),
    "delivery.name": ("Leveransnamn", "Leveransmottagare", "Delivery name", "DeliveryName"),
    "delivery.street": (
        "Leveransadress",
        "Leveransadress 1",
        "Delivery address",
        "Delivery address 1",
        "DeliveryAddress1",
    ),
    "delivery.street2": ("Leveransadress 2", "Delivery address 2", "DeliveryAddress2"),
    "delivery.postcode": (
        "Leveranspostnummer",
        "Leveranspostnr",
        "Delivery postal code",
        "DeliveryZipCode",
        "Delivery zip code",
    ),
    "delivery.city": ("Leveransort", "Delivery city", "DeliveryCity"),
    "delivery.country": (
        "Leveransland",
        "Delivery country",
        "DeliveryCountry",
        "DeliveryCountryCode",
    ),
    "contact.name": ("Kontaktperson namn", "Contact name", "Contact person"),
    "contact.phone": ("Kontaktperson telefon", "Contact phone"),
    "contact.email": ("Kontaktperson e-post", "Contact e-mail", "Contact email"),
}
_ADDRESS_ATTRIBUTES = {f.name for f in fields(AddressDetails)} - {"kind", "is_default"}
_PUNCTUATION = re.compile(r"[^\w]+|_")


class ColumnMappingError(KundbokError):
    """The columns cannot give customers: no name, or a mapping to an unknown field."""


def header_key(header: str) -> str:
    """A header without case, spaces or punctuation, for comparing headers."""
    return _PUNCTUATION.sub("", header.casefold())


def _supported(field: str) -> bool:
    # An address part exists only if AddressDetails has it (the region came later).
    kind, _, part = field.partition(".")
    return kind not in ("billing", "delivery") or part in _ADDRESS_ATTRIBUTES


FIELDS: tuple[str, ...] = tuple(field for field in _ALIASES if _supported(field))
_BY_HEADER: dict[str, tuple[int, str]] = {}
for _field in FIELDS:
    for _rank, _alias in enumerate(_ALIASES[_field]):
        _BY_HEADER.setdefault(header_key(_alias), (_rank, _field))


def field_for_header(header: str) -> str | None:
    """The field a column header names, or None."""
    found = _BY_HEADER.get(header_key(header))
    return found[1] if found else None


def map_columns(
    header: Sequence[str], overrides: Mapping[str, str | None] | None = None
) -> dict[int, str]:
    """Column index -> field for the header; `overrides` ({header: field or None to leave the
    column out}) wins. Each field takes the column whose header names it best."""
    overrides = {header_key(column): field for column, field in (overrides or {}).items()}
    for field in overrides.values():
        if field is not None and field not in FIELDS:
            raise ColumnMappingError(
                QT_TRANSLATE_NOOP("messages", "Unknown customer field '{field}'."), field=field
            )
    chosen: dict[str, tuple[int, int]] = {}  # field -> (rank, column)
    for column, title in enumerate(header):
        key = header_key(title)
        if key in overrides:
            field = overrides[key]
            if field is not None:
                chosen[field] = (-1, column)
            continue
        found = _BY_HEADER.get(key)
        if found and (found[1] not in chosen or found[0] < chosen[found[1]][0]):
            chosen[found[1]] = (found[0], column)
    mapping = {column: field for field, (_, column) in chosen.items()}
    if "name" not in mapping.values():
        raise ColumnMappingError(
            QT_TRANSLATE_NOOP(
                "messages",
                "No column holds the customer's name (a column headed Namn or Name is needed).",
            )
        )
    return dict(sorted(mapping.items()))
