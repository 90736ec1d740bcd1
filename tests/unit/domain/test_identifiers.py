"""Swedish identifiers: valid numbers are stored compact, invalid ones say what is wrong."""

from __future__ import annotations

import datetime as dt

import pytest

from kundbok.domain import identifiers as ids
from kundbok.domain.errors import ValidationError

TODAY = dt.date(2026, 11, 23)


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [
        ("556036-0793", "5560360793", "556036-0793"),
        ("5560360793", "5560360793", "556036-0793"),
        ("16556036-0793", "5560360793", "556036-0793"),
        ("202100-5489", "2021005489", "202100-5489"),
        (" 556036 0793 ", "5560360793", "556036-0793"),
    ],
)
def test_valid_org_numbers(typed, stored, shown):
    assert ids.normalize_org_number(typed) == stored
    assert ids.format_org_number(stored) == shown


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("556036-0794", "check digit"),
        ("556036-079", "number of digits"),
        ("55603607934", "number of digits"),
        ("55603A0793", "digits only"),
        # The check digit passes, but no organisation has such a number.
        ("000000-0000", "no organisation number"),
        ("0000000000", "no organisation number"),
        ("012345-6782", "no organisation number"),
        ("551234-5678", "no organisation number"),  # a third digit that a birth date has
    ],
)
def test_invalid_org_numbers_say_what_is_wrong(typed, says):
    with pytest.raises(ValidationError) as raised:
        ids.normalize_org_number(typed)
    assert raised.value.field == "org_number"
    assert says in str(raised.value)


def test_an_impossible_org_number_is_no_company_number_either():
    for typed in ("000000-0000", "0000000000"):
        with pytest.raises(ValidationError, match="no organisation number"):
            ids.normalize_org_or_personal(typed, "company")


@pytest.mark.parametrize("blank", ["", "   ", None])
def test_blank_is_none(blank):
    assert ids.normalize_org_number(blank) is None
    assert ids.normalize_personal_number(blank) is None
    assert ids.normalize_vat_number(blank) is None
    assert ids.normalize_bankgiro(blank) is None


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("19811218-9876", "198112189876"),
        ("811218-9876", "198112189876"),
        ("8112189876", "198112189876"),
        ("121212+1212", "191212121212"),  # '+': a hundred years or older
        ("121212-1212", "201212121212"),
        ("701063-2391", "197010632391"),  # samordningsnummer: day of birth + 60
    ],
)
def test_valid_personal_numbers(typed, stored):
    assert ids.normalize_personal_number(typed, today=TODAY) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("19811218-9875", "check digit"),
        ("19811318-9876", "real date"),
        ("811218-987", "10 or 12 digits"),
        ("abcdef-ghij", "digits only"),
    ],
)
def test_invalid_personal_numbers(typed, says):
    with pytest.raises(ValidationError) as raised:
        ids.normalize_personal_number(typed, today=TODAY)
    assert says in str(raised.value)


def test_personal_number_display_and_mask():
    assert ids.format_personal_number("198112189876") == "19811218-9876"
    assert ids.mask_personal_number("198112189876") == "••••••••-9876"
    assert ids.format_org_or_personal("198112189876") == "19811218-9876"
    assert ids.format_org_or_personal("5560360793") == "556036-0793"


def test_sole_trader_company_may_use_a_personal_number():
    assert ids.normalize_org_or_personal("811218-9876", "company") == "8112189876"
    assert ids.normalize_org_or_personal("556036-0793", "company") == "5560360793"
    with pytest.raises(ValidationError):
        ids.normalize_org_or_personal("556036-0793", "private")


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("SE556036079301", "SE556036079301"),
        ("se 5560 3607 9301", "SE556036079301"),
        ("556036079301", "SE556036079301"),
        ("DE136695976", "DE136695976"),
    ],
)
def test_valid_vat_numbers(typed, stored):
    assert ids.normalize_vat_number(typed) == stored


@pytest.mark.parametrize(
    ("typed", "says"),
    [("SE556036079401", "check digit"), ("US123456789", "EU country"), ("DE13669597", "digits")],
)
def test_invalid_vat_numbers(typed, says):
    with pytest.raises(ValidationError) as raised:
        ids.normalize_vat_number(typed)
    assert says in str(raised.value)


@pytest.mark.parametrize("text", ["\x1b[2J", "01\n50", "٣٣٣", "-", "10 0 ; 1"])
def test_a_foreign_postcode_with_other_characters_is_refused(text):
    with pytest.raises(ValidationError) as raised:
        ids.normalize_postcode(text, "NO")
    assert raised.value.field == "postcode"


def test_postcodes():
    assert ids.normalize_postcode("111 22") == "11122"
    assert ids.normalize_postcode("SE-111 22") == "11122"
    assert ids.normalize_postcode("SW1A 1AA", "GB") == "SW1A 1AA"
    with pytest.raises(ValidationError):
        ids.normalize_postcode("1112")


@pytest.mark.parametrize(
    ("typed", "stored", "shown"),
    [("5050-1055", "50501055", "5050-1055"), ("991-2346", "9912346", "991-2346")],
)
def test_bankgiro(typed, stored, shown):
    assert ids.normalize_bankgiro(typed) == stored
    assert ids.format_bankgiro(stored) == shown


def test_bankgiro_and_plusgiro_errors():
    with pytest.raises(ValidationError, match="check digit"):
        ids.normalize_bankgiro("5050-1056")
    with pytest.raises(ValidationError, match="7 or 8"):
        ids.normalize_bankgiro("505-105")
    assert ids.normalize_plusgiro("28 65 43-4") == "2865434"
    assert ids.format_plusgiro("2865434") == "286543-4"
    with pytest.raises(ValidationError, match="check digit"):
        ids.normalize_plusgiro("28 65 43-5")


@pytest.mark.parametrize(
    ("base", "length_digit", "reference"),
    [("123", False, "1230"), ("123", True, "12351"), (1001, True, "100164"), (1, False, "18")],
)
def test_ocr_references(base, length_digit, reference):
    assert ids.make_ocr(base, length_digit) == reference


def test_an_ocr_reference_is_made_of_digits():
    with pytest.raises(ValueError):
        ids.make_ocr("12a")


def test_iban_bic_gln():
    assert ids.normalize_iban("SE45 5000 0000 0583 9825 7466") == "SE4550000000058398257466"
    assert ids.format_iban("SE4550000000058398257466") == "SE45 5000 0000 0583 9825 7466"
    with pytest.raises(ValidationError, match="check digit"):
        ids.normalize_iban("SE45 5000 0000 0583 9825 7467")
    assert ids.normalize_bic("esse se ss") == "ESSESESS"
    with pytest.raises(ValidationError):
        ids.normalize_bic("ESSE")
    assert ids.normalize_gln("7350053850019") == "7350053850019"
    with pytest.raises(ValidationError, match="check digit"):
        ids.normalize_gln("7350053850018")


def test_email():
    assert ids.normalize_email(" Anna@Exempel.SE ") == "Anna@exempel.se"
    for bad in ("anna", "anna@", "anna@exempel", "an na@exempel.se", "a@b@c.se"):
        with pytest.raises(ValidationError):
            ids.normalize_email(bad)


@pytest.mark.parametrize("typed", ["²²²²²²-²²²²", "١٢١٢١٢-١٢١٢"])
def test_digits_of_other_scripts_are_refused_with_a_message(typed):
    with pytest.raises(ValidationError):
        ids.normalize_personal_number(typed)


def test_an_account_of_superscript_digits_is_refused():
    from kundbok.domain.customer import check_field

    with pytest.raises(ValidationError):
        check_field("sales_account", "³⁰¹¹")
