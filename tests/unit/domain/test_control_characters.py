"""Control characters never reach a stored customer: taken out where every input path meets."""

from __future__ import annotations

import pytest

from kundbok.domain.customer import (
    AddressDetails,
    ContactDetails,
    CustomerDetails,
    check_field,
    normalised,
    without_control_characters,
)
from kundbok.domain.invoice import InvoiceDetails, LineDetails, cleaned_invoice


@pytest.mark.parametrize(
    ("text", "multi_line", "expected"),
    [
        ("Plåt AB", False, "Plåt AB"),
        ("Nul\x00l AB", False, "Null AB"),
        ("Röd\x1b[31m AB", False, "Röd[31m AB"),
        ("Två\tord", False, "Två ord"),
        ("rad ett\r\nrad två", False, "rad ett rad två"),
        ("rad ett\r\nrad\ttvå\x07", True, "rad ett\nrad\ttvå"),
        ("gammal\rMac", True, "gammal\nMac"),
        ("C1\x85\x9b kod", False, "C1 kod"),
    ],
)
def test_without_control_characters(text, multi_line, expected):
    assert without_control_characters(text, multi_line) == expected


def test_typing_a_field_strips_them():
    assert check_field("name", " Bell\x07 AB ") == "Bell AB"
    assert check_field("notes", "a\tb\nc\x00") == "a\tb\nc"


def test_every_text_of_a_customer_is_cleaned():
    details = normalised(
        CustomerDetails(
            name="A\x00B",
            reference="ref\x1b",
            notes="n\x00\nn",
            addresses=(AddressDetails(street="Gatan\x0b 1", city="Ort\x7f"),),
            contacts=(ContactDetails(name="Kalle\x08", email="k@x.se\x00"),),
        )
    )
    assert (details.name, details.reference, details.notes) == ("AB", "ref", "n\nn")
    assert (details.addresses[0].street, details.addresses[0].city) == ("Gatan 1", "Ort")
    assert (details.contacts[0].name, details.contacts[0].email) == ("Kalle", "k@x.se")


def test_details_without_them_are_left_as_they_are():
    details = CustomerDetails(name="Ren AB", notes="rad\nrad")
    assert normalised(details).notes == "rad\nrad"


def test_word_line_breaks_become_line_breaks_where_text_runs_over_lines():
    assert without_control_characters("ett\x0btvå\x0ctre", multi_line=True) == "ett\ntvå\ntre"
    assert without_control_characters("ett\x0btvå", multi_line=False) == "etttvå"


def test_an_invoice_and_its_lines_are_cleaned_as_a_customer_is():
    invoice = cleaned_invoice(
        InvoiceDetails(
            customer_id=1,
            text="Rad ett\x0bRad två\x00",
            our_reference="Kalle\tAnka",
            buyer_billing_address="Storgatan 1\r\n111 22 Stockholm",
            lines=(LineDetails(description="Arbete\x1b\x0bdag 2", unit="tim\x7f"),),
        )
    )
    assert invoice.text == "Rad ett\nRad två"
    assert invoice.our_reference == "Kalle Anka"
    assert invoice.buyer_billing_address == "Storgatan 1\n111 22 Stockholm"
    assert (invoice.lines[0].description, invoice.lines[0].unit) == ("Arbete\ndag 2", "tim")
    unchanged = InvoiceDetails(customer_id=1, text="rad\nrad")
    assert cleaned_invoice(unchanged) == unchanged
