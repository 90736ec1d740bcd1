"""The customer fields an imported or exported table can hold: the one list of them.

A field is added here once (an address's in `address_fields`, a contact's in `contact_fields`);
the import maps its headers, the export writes its first header, and the import dialog offers
its label.
"""

from __future__ import annotations

from dataclasses import fields

from kundbok.domain.customer import ADDRESS_KINDS, AddressDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.services.tables.address_fields import (
    BILLING_FIELDS,
    DELIVERY_FIELDS,
    VISITING_FIELDS,
)
from kundbok.services.tables.contact_fields import CONTACT_FIELDS
from kundbok.services.tables.customer_field import CustomerField

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
    *BILLING_FIELDS,
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
        "reminder_fee",
        QT_TRANSLATE_NOOP("fields", "Agreed reminder fee"),
        ("Påminnelseavgift", "Avtalad påminnelseavgift", "Reminder fee"),
    ),
    CustomerField(
        "agreed_interest_percent",
        QT_TRANSLATE_NOOP("fields", "Agreed interest %"),
        ("Avtalad ränta %", "Avtalad ränta", "Dröjsmålsränta", "Agreed interest %", "Interest %"),
    ),
    CustomerField(
        "rot_rut_personal_number",
        QT_TRANSLATE_NOOP("fields", "ROT/RUT: personal identity number"),
        ("ROT/RUT personnummer", "ROT/RUT personal identity number"),
    ),
    CustomerField(
        "rot_rut_property",
        QT_TRANSLATE_NOOP("fields", "ROT/RUT: property designation"),
        ("Fastighetsbeteckning", "ROT/RUT fastighet", "Property designation"),
    ),
    CustomerField(
        "rot_rut_housing_org_number",
        QT_TRANSLATE_NOOP("fields", "ROT/RUT: housing association's organisation number"),
        (
            "Bostadsrättsföreningens organisationsnummer",
            "BRF organisationsnummer",
            "BRF org.nr",
            "Housing association number",
        ),
    ),
    CustomerField(
        "rot_rut_apartment_number",
        QT_TRANSLATE_NOOP("fields", "ROT/RUT: apartment number"),
        ("Lägenhetsnummer", "Lägenhetsnr", "Apartment number"),
    ),
    CustomerField(
        "peppol_scheme",
        QT_TRANSLATE_NOOP("fields", "Peppol scheme"),
        ("Peppol-schema", "Peppol scheme", "EAS"),
    ),
    CustomerField(
        "peppol_id",
        QT_TRANSLATE_NOOP("fields", "Peppol id"),
        ("Peppol-id", "Peppol id", "Peppol participant id", "Endpoint id"),
    ),
    CustomerField(
        "buyer_reference",
        QT_TRANSLATE_NOOP("fields", "Buyer reference (e-invoice)"),
        ("Referenskod", "Köparens referens", "Buyer reference", "BuyerReference"),
    ),
    *DELIVERY_FIELDS,
    *VISITING_FIELDS,
    *CONTACT_FIELDS,
)


_ADDRESS_ATTRIBUTES = {f.name for f in fields(AddressDetails)} - {"kind", "is_default"}


def _supported(key: str) -> bool:
    # An address part exists only if AddressDetails has it (the region came later).
    kind, _, part = key.partition(".")
    return kind not in ADDRESS_KINDS or part in _ADDRESS_ATTRIBUTES


CUSTOMER_FIELDS: tuple[CustomerField, ...] = tuple(f for f in _ALL_FIELDS if _supported(f.key))
# The keys of the fields, in the order of the export.
FIELDS: tuple[str, ...] = tuple(f.key for f in CUSTOMER_FIELDS)
BY_KEY: dict[str, CustomerField] = {f.key: f for f in CUSTOMER_FIELDS}
