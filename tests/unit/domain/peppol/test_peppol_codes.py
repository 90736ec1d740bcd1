"""Peppol's code lists and identifiers: units, VAT categories, participant ids, addresses."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.peppol.codes import unit_code, vat_category
from kundbok.domain.peppol.document import Address, address_of_text
from kundbok.domain.peppol.participants import normalize_participant


@pytest.mark.parametrize(
    ("unit", "code"),
    [
        ("st", "H87"),
        ("St.", "H87"),
        ("tim", "HUR"),
        ("h", "HUR"),
        ("dag", "DAY"),
        ("mån", "MON"),
        ("kg", "KGM"),
        ("m²", "MTK"),
        ("m3", "MTQ"),
        ("l", "LTR"),
        ("km", "KMT"),
        ("mil", "C62"),
        ("", "C62"),
        ("fat", "C62"),
    ],
)
def test_units_have_their_rec_20_codes(unit, code):
    assert unit_code(unit) == code


@pytest.mark.parametrize(
    ("rate", "kind", "reverse", "country", "code", "reason_code"),
    [
        (D(25), "other", False, "SE", "S", ""),
        (D(6), "other", False, "SE", "S", ""),
        (D(25), "labour", True, "DE", "S", ""),  # VAT charged stays standard rated
        (D(0), "labour", True, "DE", "AE", "VATEX-EU-AE"),
        (D(0), "other", True, "FI", "AE", "VATEX-EU-AE"),
        (D(0), "material", True, "DE", "K", "VATEX-EU-IC"),
        (D(0), "other", False, "US", "G", "VATEX-EU-G"),
        (D(0), "other", False, "NO", "G", "VATEX-EU-G"),
        (D(0), "other", False, "SE", "E", ""),
        (D(0), "other", False, "DE", "E", ""),  # an EU consumer without a VAT number
    ],
)
def test_vat_categories(rate, kind, reverse, country, code, reason_code):
    category = vat_category(rate, kind, reverse, country)
    assert (category.code, category.exemption_code) == (code, reason_code)
    assert category.percent == rate
    assert bool(category.exemption_reason) == (code != "S")


@pytest.mark.parametrize(
    ("scheme", "typed", "stored"),
    [
        ("0007", "556036-0793", ("0007", "5560360793")),
        ("0007", "16 556036 0793", ("0007", "5560360793")),
        ("0088", "4000001000005", ("0088", "4000001000005")),
        ("9955", "556036079301", ("9955", "SE556036079301")),
        ("0192", "988 077 917", ("0192", "988077917")),
        ("0184", "DK 13585628", ("0184", "13585628")),
        ("0007", "", None),
        ("", "  ", None),
    ],
)
def test_participant_ids_are_checked_by_their_scheme(scheme, typed, stored):
    assert normalize_participant(scheme, typed) == stored


@pytest.mark.parametrize(
    ("scheme", "typed", "field"),
    [
        ("0007", "556036-0794", "peppol_id"),  # Luhn check digit
        ("0007", "55603607", "peppol_id"),
        ("0088", "4000001000006", "peppol_id"),
        ("0192", "988077918", "peppol_id"),
        ("9999", "556036-0793", "peppol_scheme"),
        ("", "556036-0793", "peppol_scheme"),
    ],
)
def test_wrong_participant_ids_are_refused(scheme, typed, field):
    with pytest.raises(ValidationError) as refused:
        normalize_participant(scheme, typed)
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("text", "country", "address"),
    [
        (
            "Skolgatan 31A\n901 84 Umeå",
            "SE",
            Address("SE", "Skolgatan 31A", postcode="90184", city="Umeå"),
        ),
        (
            "c/o Berg\nBox 12\nPlan 3\n111 22 Stockholm",
            "SE",
            Address("SE", "c/o Berg", "Box 12", "Plan 3", "11122", "Stockholm"),
        ),
        (
            "Hauptstraße 5\n10115 Berlin\nDE",
            "DE",
            Address("DE", "Hauptstraße 5", postcode="10115", city="Berlin"),
        ),
        ("Storgatan 1", "SE", Address("SE", "Storgatan 1")),
        ("", "SE", Address("SE")),
    ],
)
def test_addresses_are_split_from_the_invoice_text(text, country, address):
    assert address_of_text(text, country) == address
