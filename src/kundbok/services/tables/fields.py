"""The customer fields an imported or exported table can hold: the one list of them.

A field is added here once; the import maps its headers, the export writes its first header,
and the import dialog offers its label.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from kundbok.domain.customer import AddressDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class CustomerField:
    """A customer field a table column can hold: its key, its name on screen (English, marked
    for translation in the context "fields") and the headers that name it, the first being the
    one our export writes. Keys are CustomerDetails attributes, "<address kind>.<AddressDetails
    attribute>", the main contact's "contact.<attribute>", and "org_or_personal_number" for the
    one column many programs keep for either number (read, never written)."""

    key: str
    label: str
    headers: tuple[str, ...]
    exported: bool = True


# Every field, in the order of our export: the one list to extend when a field is added.
_ALL_FIELDS: tuple[CustomerField, ...] = (
    CustomerField(
        "number",
        QT_TRANSLATE_NOOP("fields", "Customer number"),
        (
            "Kundnummer",
            "Kundnr",
            "Kund nr",
            "Customer number",
            "CustomerNumber",
            "Customer no",
            "Nummer",
        ),
    ),
    CustomerField(
        "kind",
        QT_TRANSLATE_NOOP("fields", "Customer type"),
        ("Kundtyp", "Typ", "Customer type", "Type"),
    ),
    CustomerField(
        "name",
        QT_TRANSLATE_NOOP("fields", "Name"),
        (
            "Namn",
            "Kundnamn",
            "Företagsnamn",
            "Företag",
            "Name",
            "Customer name",
            "Company",
            "Company name",
        ),
    ),
    CustomerField(
        "group_id",
        QT_TRANSLATE_NOOP("fields", "Customer group"),
        ("Kundgrupp", "Kundkategori", "Kundklass", "Customer group", "Customer category"),
    ),
    CustomerField(
        "org_number",
        QT_TRANSLATE_NOOP("fields", "Organisation number"),
        (
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
    ),
    CustomerField(
        "personal_number",
        QT_TRANSLATE_NOOP("fields", "Personal identity number"),
        ("Personnummer", "Pers.nr", "Persnr", "Personal identity number", "Personal number"),
    ),
    CustomerField(
        "org_or_personal_number",
        QT_TRANSLATE_NOOP("fields", "Organisation or personal identity number"),
        (
            "Organisationsnummer/Personnummer",
            "Org.nr/Pers.nr",
            "Orgnr/Persnr",
            "Org/pers nr",
            "Identitetsnummer",
            "Corporate identity number",
            "Organisation/personal number",
        ),
        exported=False,
    ),
    CustomerField(
        "vat_number",
        QT_TRANSLATE_NOOP("fields", "VAT number"),
        (
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
    ),
    CustomerField("gln", QT_TRANSLATE_NOOP("fields", "GLN"), ("GLN", "GLN-nummer", "GLN number")),
    CustomerField(
        "reference",
        QT_TRANSLATE_NOOP("fields", "Their reference"),
        (
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
    ),
    CustomerField(
        "billing.name",
        QT_TRANSLATE_NOOP("fields", "Invoice address: c/o"),
        ("c/o", "Co", "Fakturaadress c/o", "Care of"),
    ),
    CustomerField(
        "billing.street",
        QT_TRANSLATE_NOOP("fields", "Invoice address: street"),
        (
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
    ),
    CustomerField(
        "billing.street2",
        QT_TRANSLATE_NOOP("fields", "Invoice address: line 2"),
        (
            "Adress 2",
            "Fakturaadress 2",
            "Utdelningsadress 2",
            "Address2",
            "Address 2",
            "Invoice address 2",
        ),
    ),
    CustomerField(
        "billing.postcode",
        QT_TRANSLATE_NOOP("fields", "Invoice address: postcode"),
        (
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
    ),
    CustomerField(
        "billing.city",
        QT_TRANSLATE_NOOP("fields", "Invoice address: city"),
        ("Ort", "Postort", "Stad", "Fakturaort", "City", "Town", "Post town"),
    ),
    CustomerField(
        "billing.region",
        QT_TRANSLATE_NOOP("fields", "Invoice address: region"),
        ("Region", "Län", "Delstat", "State", "Province", "County"),
    ),
    CustomerField(
        "country",
        QT_TRANSLATE_NOOP("fields", "Country"),
        ("Landskod", "Land", "Country", "Country code", "CountryCode"),
    ),
    CustomerField(
        "phone",
        QT_TRANSLATE_NOOP("fields", "Phone"),
        ("Telefon", "Telefonnummer", "Tel", "Telefon 1", "Phone", "Phone1", "Telephone"),
    ),
    CustomerField(
        "mobile",
        QT_TRANSLATE_NOOP("fields", "Mobile"),
        (
            "Mobil",
            "Mobiltelefon",
            "Mobilnummer",
            "Telefon 2",
            "Mobile",
            "Mobile phone",
            "Phone2",
            "Cell phone",
        ),
    ),
    CustomerField("fax", QT_TRANSLATE_NOOP("fields", "Fax"), ("Fax", "Telefax", "Faxnummer")),
    CustomerField(
        "email",
        QT_TRANSLATE_NOOP("fields", "E-mail"),
        (
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
    ),
    CustomerField(
        "website",
        QT_TRANSLATE_NOOP("fields", "Website"),
        ("Webbplats", "Hemsida", "Webbadress", "Www", "Website", "Web", "Homepage"),
    ),
    CustomerField(
        "language",
        QT_TRANSLATE_NOOP("fields", "Language"),
        ("Språk", "Fakturaspråk", "Language", "Invoice language"),
    ),
    CustomerField(
        "currency",
        QT_TRANSLATE_NOOP("fields", "Currency"),
        ("Valuta", "Valutakod", "Currency", "Currency code"),
    ),
    CustomerField(
        "payment_terms_days",
        QT_TRANSLATE_NOOP("fields", "Payment terms (days)"),
        (
            "Betalningsvillkor",
            "Betalvillkor",
            "Kredittid",
            "Kredittid dagar",
            "Terms of payment",
            "TermsOfPayment",
            "Payment terms",
        ),
    ),
    CustomerField(
        "vat_rate",
        QT_TRANSLATE_NOOP("fields", "VAT rate"),
        ("Momssats", "Moms %", "Moms", "VAT rate", "VAT %"),
    ),
    CustomerField(
        "discount_percent",
        QT_TRANSLATE_NOOP("fields", "Discount %"),
        ("Rabatt", "Rabatt %", "Rabattsats", "Discount", "Discount %"),
    ),
    CustomerField(
        "credit_limit",
        QT_TRANSLATE_NOOP("fields", "Credit limit"),
        ("Kreditgräns", "Kreditlimit", "Credit limit", "CreditLimit"),
    ),
    CustomerField(
        "invoice_by_email",
        QT_TRANSLATE_NOOP("fields", "Invoice by e-mail"),
        (
            "Faktura via e-post",
            "Skicka faktura med e-post",
            "E-faktura",
            "Invoice by e-mail",
            "Invoice by email",
        ),
    ),
    CustomerField("active", QT_TRANSLATE_NOOP("fields", "Active"), ("Aktiv", "Active")),
    CustomerField("blocked", QT_TRANSLATE_NOOP("fields", "Blocked"), ("Spärrad", "Blocked")),
    CustomerField(
        "alert_text",
        QT_TRANSLATE_NOOP("fields", "Alert text"),
        ("Varningstext", "Varning", "Alert", "Warning text"),
    ),
    CustomerField(
        "notes",
        QT_TRANSLATE_NOOP("fields", "Notes"),
        (
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
    ),
    CustomerField(
        "sales_account",
        QT_TRANSLATE_NOOP("fields", "Sales account"),
        ("Försäljningskonto", "Intäktskonto", "Sales account"),
    ),
    CustomerField(
        "receivables_account",
        QT_TRANSLATE_NOOP("fields", "Receivables account"),
        ("Kundfordringskonto", "Kundfordringar", "Receivables account"),
    ),
    CustomerField(
        "delivery.name",
        QT_TRANSLATE_NOOP("fields", "Delivery address: name"),
        ("Leveransnamn", "Leveransmottagare", "Delivery name", "DeliveryName"),
    ),
    CustomerField(
        "delivery.street",
        QT_TRANSLATE_NOOP("fields", "Delivery address: street"),
        (
            "Leveransadress",
            "Leveransadress 1",
            "Delivery address",
            "Delivery address 1",
            "DeliveryAddress1",
        ),
    ),
    CustomerField(
        "delivery.street2",
        QT_TRANSLATE_NOOP("fields", "Delivery address: line 2"),
        ("Leveransadress 2", "Delivery address 2", "DeliveryAddress2"),
    ),
    CustomerField(
        "delivery.postcode",
        QT_TRANSLATE_NOOP("fields", "Delivery address: postcode"),
        (
            "Leveranspostnummer",
            "Leveranspostnr",
            "Delivery postal code",
            "DeliveryZipCode",
            "Delivery zip code",
        ),
    ),
    CustomerField(
        "delivery.city",
        QT_TRANSLATE_NOOP("fields", "Delivery address: city"),
        ("Leveransort", "Delivery city", "DeliveryCity"),
    ),
    CustomerField(
        "delivery.country",
        QT_TRANSLATE_NOOP("fields", "Delivery address: country"),
        ("Leveransland", "Delivery country", "DeliveryCountry", "DeliveryCountryCode"),
    ),
    CustomerField(
        "contact.name",
        QT_TRANSLATE_NOOP("fields", "Main contact: name"),
        ("Kontaktperson namn", "Contact name", "Contact person"),
    ),
    CustomerField(
        "contact.phone",
        QT_TRANSLATE_NOOP("fields", "Main contact: phone"),
        ("Kontaktperson telefon", "Contact phone"),
    ),
    CustomerField(
        "contact.email",
        QT_TRANSLATE_NOOP("fields", "Main contact: e-mail"),
        ("Kontaktperson e-post", "Contact e-mail", "Contact email"),
    ),
)


_ADDRESS_ATTRIBUTES = {f.name for f in fields(AddressDetails)} - {"kind", "is_default"}


def _supported(key: str) -> bool:
    # An address part exists only if AddressDetails has it (the region came later).
    kind, _, part = key.partition(".")
    return kind not in ("billing", "delivery") or part in _ADDRESS_ATTRIBUTES


CUSTOMER_FIELDS: tuple[CustomerField, ...] = tuple(f for f in _ALL_FIELDS if _supported(f.key))
# The keys of the fields, in the order of the export.
FIELDS: tuple[str, ...] = tuple(f.key for f in CUSTOMER_FIELDS)
BY_KEY: dict[str, CustomerField] = {f.key: f for f in CUSTOMER_FIELDS}
