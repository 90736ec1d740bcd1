"""Postcodes written the country's way and addresses in the recipient country's order."""

from __future__ import annotations

import pytest

from kundbok.domain.postal_address import format_postcode, postal_address_lines


@pytest.mark.parametrize(
    ("code", "country", "shown"),
    [
        ("12345", "SE", "123 45"),
        ("123 45", "SE", "123 45"),
        ("sw1a2aa", "GB", "SW1A 2AA"),
        ("1012AB", "NL", "1012 AB"),
        ("10115", "DE", "10115"),
        ("0150", "NO", "0150"),
        ("SE-123 45", "SE", "123 45"),
        ("nw16xe", "GB", "NW1 6XE"),
        ("m11ae", "GB", "M1 1AE"),
        ("k1a0b1", "CA", "K1A 0B1"),
        ("d02x285", "IE", "D02 X285"),
        ("1234", "SE", "1234"),  # not a Swedish postcode: shown as written, never cut
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
        ("FR", "75008", "Paris", "75008 Paris", "FRANKRIKE"),
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


def test_american_address_without_a_state_has_no_stray_comma():
    lines = postal_address_lines(
        street="1 Main St", postcode="10001", city="New York", country="US"
    )
    assert lines == ["1 Main St", "New York 10001", "USA"]


def test_canadian_address_has_city_province_postcode():
    lines = postal_address_lines(
        street="111 Wellington St",
        postcode="k1a0a9",
        city="OTTAWA",
        region="ON",
        country="CA",
        language="en",
    )
    assert lines == ["111 Wellington St", "OTTAWA ON K1A 0A9", "CANADA"]


def test_a_region_where_the_country_has_no_place_for_it_goes_below_the_city():
    lines = postal_address_lines(
        street="Via Roma 1", postcode="00100", city="Roma", region="RM", country="IT"
    )
    assert lines == ["Via Roma 1", "00100 Roma", "RM", "ITALIEN"]
