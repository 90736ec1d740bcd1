"""Swedish and European identifiers: checked with python-stdnum, stored in one compact form.

Every `normalize_*` takes what a user typed (spaces, dashes and dots allowed), returns the compact
form to store, None for blank input, or raises ValidationError saying what is wrong. Every
`format_*` turns the stored form into the one people are used to reading.
"""

from __future__ import annotations

import datetime as dt
import re

from stdnum import bic, ean, iban, luhn
from stdnum.eu import vat as eu_vat
from stdnum.exceptions import InvalidChecksum, InvalidComponent, InvalidLength
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.se import orgnr, postnummer
from stdnum.se import vat as se_vat

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

EU_COUNTRIES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
_SEPARATORS = re.compile(r"[\s\-.+/]")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
# Postcodes of every country are ASCII letters and digits, some with a space or a hyphen inside.
_FOREIGN_POSTCODE = re.compile(r"[A-Za-z0-9]([A-Za-z0-9 -]*[A-Za-z0-9])?")


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _digits_only(text: str) -> str:
    return _SEPARATORS.sub("", text)


def _is_digits(text: str) -> bool:
    """0-9 only: str.isdigit() also says yes to "²" and to digits of other scripts."""
    return text.isascii() and text.isdigit()


def _luhn_ok(digits: str) -> bool:
    try:
        luhn.validate(digits)
    except StdnumError:
        return False
    return True


def _stdnum_error(field: str, error: StdnumError, what: str) -> ValidationError:
    """A message that tells length, check digit and format problems apart (`what` is itself a
    message id, translated with the message)."""
    if isinstance(error, InvalidLength):
        text = QT_TRANSLATE_NOOP("messages", "The {what} has the wrong number of digits.")
    elif isinstance(error, InvalidChecksum):
        text = QT_TRANSLATE_NOOP(
            "messages", "The {what} has a wrong check digit: a digit is mistyped."
        )
    elif isinstance(error, InvalidComponent):
        text = QT_TRANSLATE_NOOP("messages", "The {what} contains an impossible part.")
    else:
        text = QT_TRANSLATE_NOOP("messages", "The {what} is not written correctly.")
    return ValidationError(field, text, what=what)


# --- organisationsnummer -------------------------------------------------------------------


def normalize_org_number(text: str | None) -> str | None:
    """An organisationsnummer as 10 digits ("5560360793"); "16" + 10 digits is accepted too."""
    if _blank(text):
        return None
    digits = _digits_only(text or "")
    if len(digits) == 12 and digits.startswith("16"):
        digits = digits[2:]
    if not _is_digits(digits):
        raise ValidationError(
            "org_number",
            QT_TRANSLATE_NOOP("messages", "An organisation number has digits only."),
        )
    try:
        digits = orgnr.validate(digits)
    except StdnumError as error:
        raise _stdnum_error(
            "org_number", error, QT_TRANSLATE_NOOP("messages", "organisation number")
        ) from None
    # The check digit alone lets "000000-0000" through. An organisationsnummer starts with the
    # kind of organisation (1-9: 5 a limited company, 2 the state or a municipality...) and
    # its third digit is 2 or more, which no date of birth has (Skatteverket, SKV 709).
    if digits[0] == "0" or digits[2] < "2":
        raise ValidationError(
            "org_number",
            QT_TRANSLATE_NOOP(
                "messages",
                "{number} is no organisation number: one starts with a digit from 1 to 9 for "
                "the kind of organisation, and its third digit is 2 or more.",
            ),
            number=format_org_number(digits),
        )
    return digits


def format_org_number(compact: str) -> str:
    """ "5560360793" as "556036-0793"."""
    return f"{compact[:6]}-{compact[6:]}" if len(compact) == 10 else compact


# --- personnummer and samordningsnummer ----------------------------------------------------


def _resolve_century(short: str, plus: bool, today: dt.date) -> str:
    """The four-digit year of a 10-digit number: '+' marks someone of 100 years or more."""
    year = int(short[:2])
    century = today.year // 100 * 100
    full = century + year
    birthday_md = (int(short[2:4]), min(int(short[4:6]) % 60, 28) or 1)
    if (full, *birthday_md) > (today.year, today.month, today.day):
        full -= 100
    if plus:
        full -= 100
    return f"{full:04d}"


def normalize_personal_number(text: str | None, today: dt.date | None = None) -> str | None:
    """A personnummer or samordningsnummer as 12 digits ("198112189876")."""
    if _blank(text):
        return None
    raw = (text or "").strip()
    plus = "+" in raw
    digits = _digits_only(raw)
    if not _is_digits(digits):
        raise ValidationError(
            "personal_number",
            QT_TRANSLATE_NOOP("messages", "A personal identity number has digits only."),
        )
    if len(digits) == 10:
        digits = _resolve_century(digits, plus, today or dt.date.today())[:2] + digits
    if len(digits) != 12:
        raise ValidationError(
            "personal_number",
            QT_TRANSLATE_NOOP(
                "messages",
                "A personal identity number has 10 or 12 digits (YYYYMMDD-NNNN).",
            ),
        )
    day = int(digits[6:8])
    coordination = day > 60
    try:
        dt.date(int(digits[:4]), int(digits[4:6]), day - 60 if coordination else day)
    except ValueError:
        raise ValidationError(
            "personal_number",
            QT_TRANSLATE_NOOP(
                "messages", "The personal identity number does not start with a real date."
            ),
        ) from None
    if not _luhn_ok(digits[2:]):
        raise ValidationError(
            "personal_number",
            QT_TRANSLATE_NOOP(
                "messages",
                "The personal identity number has a wrong check digit: a digit is mistyped.",
            ),
        )
    return digits


def format_personal_number(compact: str) -> str:
    """ "198112189876" as "19811218-9876"."""
    return f"{compact[:8]}-{compact[8:]}" if len(compact) == 12 else compact


def mask_personal_number(compact: str) -> str:
    """Only the last four digits shown, as lists on a screen should."""
    return f"••••••••-{compact[-4:]}" if len(compact) >= 4 else compact


def normalize_org_or_personal(text: str | None, kind: str) -> str | None:
    """A company's organisationsnummer (a sole trader's is a personnummer), or a private
    person's personnummer."""
    if kind == "private":
        return normalize_personal_number(text)
    try:
        return normalize_org_number(text)
    except ValidationError:
        # A sole trader's organisationsnummer is the owner's personnummer (10 digits).
        try:
            personal = normalize_personal_number(text)
        except ValidationError:
            personal = None
        if personal is None:
            raise
        return personal[2:]


def format_org_or_personal(compact: str | None) -> str:
    """Either kind of stored number in its usual form, by its length."""
    if not compact:
        return ""
    if len(compact) == 12:
        return format_personal_number(compact)
    return format_org_number(compact)


# --- VAT numbers ---------------------------------------------------------------------------


def normalize_vat_number(text: str | None, default_country: str = "SE") -> str | None:
    """A VAT number with its country prefix ("SE556036079301", "DE136695976")."""
    if _blank(text):
        return None
    compact = _digits_only((text or "").upper())
    if _is_digits(compact[:2]):
        compact = default_country.upper() + compact
    country = compact[:2]
    if country == "EL":  # Greece's prefix
        country = "GR"
    if country not in EU_COUNTRIES:
        raise ValidationError(
            "vat_number",
            QT_TRANSLATE_NOOP(
                "messages", "A VAT number starts with an EU country code such as SE or DE."
            ),
        )
    try:
        if country == "SE":
            return "SE" + se_vat.validate(compact)  # stdnum's Swedish form drops the prefix
        return eu_vat.validate(compact)
    except StdnumError as error:
        raise _stdnum_error(
            "vat_number", error, QT_TRANSLATE_NOOP("messages", "VAT number")
        ) from None


# --- postcodes -----------------------------------------------------------------------------


def normalize_postcode(text: str | None, country: str = "SE") -> str | None:
    """A Swedish postnummer as 5 digits; other countries' postcodes as written."""
    if _blank(text):
        return None
    raw = (text or "").strip()
    if (country or "SE").upper() != "SE":
        if len(raw) > 10:
            raise ValidationError(
                "postcode", QT_TRANSLATE_NOOP("messages", "A postcode has at most 10 characters.")
            )
        if not _FOREIGN_POSTCODE.fullmatch(raw):
            raise ValidationError(
                "postcode",
                QT_TRANSLATE_NOOP(
                    "messages", "A postcode is made of letters and digits, a space or a hyphen."
                ),
            )
        return raw
    digits = _digits_only(raw.upper().removeprefix("SE"))
    try:
        return postnummer.validate(digits)
    except StdnumError:
        raise ValidationError(
            "postcode",
            QT_TRANSLATE_NOOP("messages", "A Swedish postcode has five digits, such as 111 22."),
        ) from None


# --- bankgiro, plusgiro, OCR ---------------------------------------------------------------


def normalize_bankgiro(text: str | None) -> str | None:
    """A bankgiro number as 7 or 8 digits, its last digit a Luhn check digit."""
    if _blank(text):
        return None
    digits = _digits_only(text or "")
    if not _is_digits(digits) or len(digits) not in (7, 8):
        raise ValidationError(
            "bankgiro",
            QT_TRANSLATE_NOOP("messages", "A bankgiro number has 7 or 8 digits."),
        )
    if not _luhn_ok(digits):
        raise ValidationError(
            "bankgiro",
            QT_TRANSLATE_NOOP(
                "messages", "The bankgiro number has a wrong check digit: a digit is mistyped."
            ),
        )
    return digits


def format_bankgiro(compact: str) -> str:
    """ "9912346" as "991-2346", "50501055" as "5050-1055"."""
    return f"{compact[:-4]}-{compact[-4:]}"


def normalize_plusgiro(text: str | None) -> str | None:
    """A plusgiro number as 2 to 8 digits, its last digit a Luhn check digit."""
    if _blank(text):
        return None
    digits = _digits_only(text or "")
    if not _is_digits(digits) or not 2 <= len(digits) <= 8:
        raise ValidationError(
            "plusgiro",
            QT_TRANSLATE_NOOP("messages", "A plusgiro number has 2 to 8 digits."),
        )
    if not _luhn_ok(digits):
        raise ValidationError(
            "plusgiro",
            QT_TRANSLATE_NOOP(
                "messages", "The plusgiro number has a wrong check digit: a digit is mistyped."
            ),
        )
    return digits


def format_plusgiro(compact: str) -> str:
    """ "4100026" as "410002-6": the check digit after a dash."""
    return f"{compact[:-1]}-{compact[-1]}"


def make_ocr(base: int | str, length_digit: bool = True) -> str:
    """An OCR reference (Bankgirot) from a number: [length digit] and a Luhn check digit.

    "123" gives "1230" without a length digit, "12351" with one.
    """
    digits = str(base)
    if not _is_digits(digits):
        raise ValueError(f"an OCR reference is made of digits, not {base!r}")
    if length_digit:
        digits += str((len(digits) + 2) % 10)
    reference = digits + luhn.calc_check_digit(digits)
    if not 2 <= len(reference) <= 25:
        raise ValueError(f"an OCR reference has 2-25 digits, not {len(reference)}")
    return reference


# --- IBAN, BIC, GLN, e-mail ----------------------------------------------------------------


def normalize_iban(text: str | None) -> str | None:
    """An IBAN without spaces ("SE4550000000058398257466")."""
    if _blank(text):
        return None
    try:
        return iban.validate(text or "")
    except StdnumError as error:
        raise _stdnum_error("iban", error, QT_TRANSLATE_NOOP("messages", "IBAN")) from None


def format_iban(compact: str) -> str:
    """In groups of four, as printed on invoices."""
    return iban.format(compact)


def normalize_bic(text: str | None) -> str | None:
    """A BIC (SWIFT code) of 8 or 11 characters, upper case."""
    if _blank(text):
        return None
    try:
        return bic.validate(text or "")
    except StdnumError as error:
        raise _stdnum_error("bic", error, QT_TRANSLATE_NOOP("messages", "BIC")) from None


def normalize_gln(text: str | None) -> str | None:
    """A GLN (global location number) as 13 digits with its check digit."""
    if _blank(text):
        return None
    digits = _digits_only(text or "")
    if len(digits) != 13:
        raise ValidationError("gln", QT_TRANSLATE_NOOP("messages", "A GLN has 13 digits."))
    try:
        return ean.validate(digits)
    except StdnumError as error:
        raise _stdnum_error("gln", error, QT_TRANSLATE_NOOP("messages", "GLN")) from None


def normalize_email(text: str | None) -> str | None:
    """An e-mail address with its domain in lower case; only its shape is checked."""
    if _blank(text):
        return None
    address = (text or "").strip()
    if not _EMAIL.match(address):
        raise ValidationError(
            "email",
            QT_TRANSLATE_NOOP(
                "messages", "'{address}' is not an e-mail address (name@example.se)."
            ),
            address=address,
        )
    local, domain = address.rsplit("@", 1)
    return f"{local}@{domain.lower()}"
