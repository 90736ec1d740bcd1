"""How long each piece of free text may be: the same limits for typing, importing and storing.

The database columns are declared with these lengths, so what the checks let through every
database stores (PostgreSQL refuses a longer text where SQLite would keep it), and the input
fields stop typing at them.
"""

from __future__ import annotations

from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

NAME = 200  # a customer's or a contact's name, our company's name
REFERENCE = 200  # "Er referens", "Vår referens", the customer's reference
ADDRESS_LINE = 200  # street, second line, c/o
CITY = 100
POSTCODE = 20
PHONE = 50
EMAIL = 200
WEBSITE = 200
ROLE = 100
ROT_RUT_PROPERTY = 100
APARTMENT = 20
ARTICLE_NUMBER = 30
ARTICLE_DESCRIPTION = 300
LINE_DESCRIPTION = 1_000
UNIT = 20
ALERT_TEXT = 1_000
NOTES = 10_000
INVOICE_TEXT = 4_000
FILE_NAME = 255  # a file kept on a customer, as most file systems allow
FILE_BYTES = 20 * 1024 * 1024  # 20 MB a file: contracts, photos, signed quotes
# The largest amount of money taken anywhere (a payment, a bank file's entry, a stored total):
# far above what a small firm invoices, far below the integer öre a database column holds, so a
# typing slip or a forged file ("1E+30") is refused with a message instead of stored.
MAX_AMOUNT = Decimal(1_000_000_000)
# A bank file larger than this is refused before it is read: a day's camt.054 of a small firm is
# a few hundred kilobytes, and 100 MB holds some 60,000 payments.
BANK_FILE_BYTES = 100 * 1024 * 1024

# Limits of the customer's own fields, by field name.
CUSTOMER_FIELDS = {
    "name": NAME,
    "reference": REFERENCE,
    "phone": PHONE,
    "mobile": PHONE,
    "fax": PHONE,
    "email": EMAIL,
    "website": WEBSITE,
    "alert_text": ALERT_TEXT,
    "notes": NOTES,
    "rot_rut_property": ROT_RUT_PROPERTY,
    "rot_rut_apartment_number": APARTMENT,
    "buyer_reference": REFERENCE,
}
ADDRESS_FIELDS = {
    "name": ADDRESS_LINE,
    "street": ADDRESS_LINE,
    "street2": ADDRESS_LINE,
    "postcode": POSTCODE,
    "city": CITY,
    "region": CITY,
}
COMPANY_FIELDS = {
    "name": NAME,
    "street": ADDRESS_LINE,
    "postcode": POSTCODE,
    "city": CITY,
    "phone": PHONE,
    "email": EMAIL,
    "website": WEBSITE,
}
ARTICLE_FIELDS = {"number": ARTICLE_NUMBER, "description": ARTICLE_DESCRIPTION, "unit": UNIT}
CONTACT_FIELDS = {"name": NAME, "role": ROLE, "phone": PHONE, "mobile": PHONE, "email": EMAIL}


# What a field is called in a message; values that are message ids are translated too.
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("messages", "The name"),
    "reference": QT_TRANSLATE_NOOP("messages", "The reference"),
    "their_reference": QT_TRANSLATE_NOOP("messages", "The reference"),
    "our_reference": QT_TRANSLATE_NOOP("messages", "The reference"),
    "buyer_reference": QT_TRANSLATE_NOOP("messages", "The reference"),
    "order_reference": QT_TRANSLATE_NOOP("messages", "The reference"),
    "street": QT_TRANSLATE_NOOP("messages", "The address"),
    "street2": QT_TRANSLATE_NOOP("messages", "The address"),
    "city": QT_TRANSLATE_NOOP("messages", "The city"),
    "description": QT_TRANSLATE_NOOP("messages", "The description"),
    "text": QT_TRANSLATE_NOOP("messages", "The invoice text"),
    "notes": QT_TRANSLATE_NOOP("messages", "The notes"),
    "number": QT_TRANSLATE_NOOP("messages", "The article number"),
    "article_number": QT_TRANSLATE_NOOP("messages", "The article number"),
    "unit": QT_TRANSLATE_NOOP("messages", "The unit"),
}


def check_length(field: str, text: str, limit: int, **where: object) -> str:
    """`text` if it fits in `limit` characters; else a ValidationError naming the field."""
    if len(text) > limit:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "messages", "{what} is too long: {length} characters, at most {limit} fit."
            ),
            what=FIELD_NAMES.get(field, QT_TRANSLATE_NOOP("messages", "A text")),
            length=len(text),
            limit=limit,
            **where,
        )
    return text


def amount_text(amount: Decimal) -> str:
    """An amount written out in full with its sign ("1000000000000.00", never "1E+12")."""
    return f"{amount:f}"


def is_within_amount_limit(amount: Decimal) -> bool:
    """Whether `amount` (either sign) is a finite number no larger than MAX_AMOUNT."""
    return amount.is_finite() and abs(amount) <= MAX_AMOUNT


def check_amount(field: str, amount: Decimal, **where: object) -> Decimal:
    """`amount` if it is within MAX_AMOUNT either way; else a ValidationError that names it."""
    if not is_within_amount_limit(amount):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "messages", "The amount {amount} is larger than the largest amount taken, {limit}."
            ),
            amount=amount_text(amount),
            limit=f"{MAX_AMOUNT:,.0f} kr".replace(",", "\u00a0"),
            **where,
        )
    return amount


def check_lengths(values: object, fields: dict[str, int]) -> None:
    """Check each named text attribute of `values` against its limit in `fields`."""
    for field, limit in fields.items():
        check_length(field, getattr(values, field) or "", limit)


def check_line_texts(position: int, article_number: str, description: str, unit: str) -> None:
    """Refuse an invoice line whose texts are longer than an invoice line holds."""
    check_length("article_number", article_number, ARTICLE_NUMBER, line=position)
    check_length("description", description, LINE_DESCRIPTION, line=position)
    check_length("unit", unit, UNIT, line=position)


def check_invoice_texts(their_reference: str, our_reference: str, text: str) -> None:
    """Refuse references or an invoice text longer than an invoice holds."""
    check_length("their_reference", their_reference, REFERENCE)
    check_length("our_reference", our_reference, REFERENCE)
    check_length("text", text, INVOICE_TEXT)
