"""Countries from imported data and their names."""

from __future__ import annotations

import pytest

from kundbok.domain.countries import (
    country_code,
    country_name,
    country_names,
    is_country_code,
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


def test_unknown_country_is_told_in_swedish():
    from kundbok.i18n import error_text, load_translator

    load_translator("sv")
    try:
        with pytest.raises(ValidationError) as raised:
            country_code("Atlantis")
        assert error_text(raised.value) == "Okänt land 'Atlantis'."
    finally:
        load_translator("en")
