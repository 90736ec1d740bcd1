"""Countries from imported data, their names, and foreign postal addresses."""

from __future__ import annotations

import pytest

from kundbok.domain.countries import (
    country_code,
    country_name,
    country_names,
    format_postcode,
    is_country_code,
    postal_address_lines,
)
from kundbok.domain.errors import KundbokError, ValidationError


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("USA", "US"),
        ("United States", "US"),
        ("Deutschland", "DE"),
        ("Tyskland", "DE"),
        ("Storbritannien", "GB"),
        ("UK", "GB"),
        ("GB", "GB"),
        ("NO", "NO"),
        ("Norge", "NO"),
        ("Sverige", "SE"),
        ("Finland", "FI"),
        ("Danmark", "DK"),
        ("Nederländerna", "NL"),
        ("  nederländerna ", "NL"),
        ("usa", "US"),
        ("se", "SE"),
        ("Suomi", "FI"),
    ],
)
def test_names_and_codes_in_imported_data_give_the_iso_code(written, code):
    assert country_code(written) == code


def test_blank_country_is_the_default():
    assert country_code("  ") == "SE"
    assert country_code("", default="NO") == "NO"


@pytest.mark.parametrize("written", ["Atlantis", "XX", "ZZ", "EU", "Svea rike"])
def test_unknown_country_is_an_error_never_sweden(written):
    with pytest.raises(ValidationError) as raised:
        country_code(written)
    assert isinstance(raised.value, KundbokError)
    assert raised.value.field == "country"
    assert written.strip() in str(raised.value)


def test_names_in_swedish_and_english():
    assert country_name("DE", "sv") == "Tyskland"
    assert country_name("DE", "en") == "Germany"
    assert country_name("US", "sv") == "USA"
    assert country_name("GB", "en") == "United Kingdom"


def test_country_list_is_sorted_and_holds_only_countries():
    names = country_names("sv")
    codes = [code for code, _ in names]
    assert "SE" in codes and "ZZ" not in codes and "EU" not in codes
    assert [name.casefold() for _, name in names] == sorted(name.casefold() for _, name in names)
    assert is_country_code("NO") and not is_country_code("ZZ")


@pytest.mark.parametrize(
    ("code", "country", "shown"),
    [
        ("12345", "SE", "123 45"),
        ("123 45", "SE", "123 45"),
        ("sw1a2aa", "GB", "SW1A 2AA"),
        ("1012AB", "NL", "1012 AB"),
        ("10115", "DE", "10115"),
        ("0150", "NO", "0150"),
        ("", "SE", ""),
    ],
)
def test_postcode_as_people_write_it(code, country, shown):
    assert format_postcode(code, country) == shown


def test_domestic_address_has_no_country_line():
    lines = postal_address_lines(
        recipient=["Bageri AB"], street="Storgatan 1", postcode="11122", city="Stockholm"
    )
    assert lines == ["Bageri AB", "Storgatan 1", "111 22 Stockholm"]


@pytest.mark.parametrize(
    ("country", "postcode", "city", "place", "last"),
    [
        ("NO", "0150", "Oslo", "0150 Oslo", "NORGE"),
        ("DK", "1050", "København K", "1050 København K", "DANMARK"),
        ("FI", "00100", "Helsinki", "00100 Helsinki", "FINLAND"),
        ("DE", "10115", "Berlin", "10115 Berlin", "TYSKLAND"),
        ("NL", "1012AB", "Amsterdam", "1012 AB Amsterdam", "NEDERLÄNDERNA"),
    ],
)
def test_continental_address_puts_postcode_before_city(country, postcode, city, place, last):
    lines = postal_address_lines(
        recipient=["Firma"], street="Gata 1", postcode=postcode, city=city, country=country
    )
    assert lines == ["Firma", "Gata 1", place, last]


def test_british_address_has_the_postcode_on_its_own_line():
    lines = postal_address_lines(
        recipient=["Tea Ltd"],
        street="10 Downing Street",
        postcode="sw1a 2aa",
        city="LONDON",
        country="GB",
        language="en",
    )
    assert lines == ["Tea Ltd", "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM"]


def test_american_address_has_city_state_zip():
    lines = postal_address_lines(
        recipient=["Acme Inc", "Attn: Jane Doe"],
        street="1 Main Street",
        postcode="10001",
        city="New York",
        region="NY",
        country="US",
    )
    assert lines == ["Acme Inc", "Attn: Jane Doe", "1 Main Street", "New York, NY 10001", "USA"]


def test_letter_sent_from_abroad_names_sweden():
    lines = postal_address_lines(
        street="Storgatan 1", postcode="11122", city="Stockholm", sender_country="NO", language="en"
    )
    assert lines[-1] == "SWEDEN"


def test_unknown_country_is_told_in_swedish():
    from kundbok.i18n import error_text, load_translator

    load_translator("sv")
    try:
        with pytest.raises(ValidationError) as raised:
            country_code("Atlantis")
        assert error_text(raised.value) == "Okänt land 'Atlantis'."
    finally:
        load_translator("en")
