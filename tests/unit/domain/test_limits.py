"""Free text is refused beyond the length the register stores, wherever it comes from."""

from __future__ import annotations

import pytest

from kundbok.db.models import Address, Article, Contact, Customer, Invoice, InvoiceLine
from kundbok.domain import limits
from kundbok.domain.customer import (
    AddressDetails,
    ContactDetails,
    CustomerDetails,
    normalised,
    sort_name,
)
from kundbok.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("details", "field"),
    [
        (CustomerDetails(name="N" * (limits.NAME + 1)), "name"),
        (CustomerDetails(name="A", notes="n" * (limits.NOTES + 1)), "notes"),
        (
            CustomerDetails(name="A", addresses=(AddressDetails(street="W" * 500),)),
            "street",
        ),
        (
            CustomerDetails(name="A", addresses=(AddressDetails(city="C" * (limits.CITY + 1)),)),
            "city",
        ),
        (CustomerDetails(name="A", contacts=(ContactDetails(name="K" * 201),)), "name"),
    ],
)
def test_text_over_its_limit_is_refused(details, field):
    with pytest.raises(ValidationError) as raised:
        normalised(details)
    assert raised.value.field == field
    assert "at most" in str(raised.value)


def test_text_at_its_limit_is_kept():
    details = CustomerDetails(
        name="N" * limits.NAME,
        addresses=(AddressDetails(street="S" * limits.ADDRESS_LINE, city="C" * limits.CITY),),
    )
    assert normalised(details).addresses[0].street == "S" * limits.ADDRESS_LINE


def test_invoice_texts_over_their_limits_are_refused():
    with pytest.raises(ValidationError) as raised:
        limits.check_line_texts(3, "", "d" * (limits.LINE_DESCRIPTION + 1), "st")
    assert raised.value.values["line"] == 3
    with pytest.raises(ValidationError):
        limits.check_invoice_texts("", "", "t" * (limits.INVOICE_TEXT + 1))
    limits.check_line_texts(1, "A" * limits.ARTICLE_NUMBER, "d" * limits.LINE_DESCRIPTION, "st")


def test_a_folded_name_fits_its_column():
    assert len(sort_name("ß" * limits.NAME)) == limits.NAME


@pytest.mark.parametrize(
    ("table", "fields"),
    [
        (Customer, {**limits.CUSTOMER_FIELDS, "sort_name": limits.NAME}),
        (Address, limits.ADDRESS_FIELDS),
        (Contact, limits.CONTACT_FIELDS),
        (
            Article,
            {
                "number": limits.ARTICLE_NUMBER,
                "description": limits.ARTICLE_DESCRIPTION,
                "unit": limits.UNIT,
            },
        ),
        (
            InvoiceLine,
            {
                "article_number": limits.ARTICLE_NUMBER,
                "description": limits.LINE_DESCRIPTION,
                "unit": limits.UNIT,
            },
        ),
        (
            Invoice,
            {
                "their_reference": limits.REFERENCE,
                "our_reference": limits.REFERENCE,
                "buyer_name": limits.NAME,
            },
        ),
    ],
)
def test_columns_hold_what_the_checks_let_through(table, fields):
    for name, limit in fields.items():
        length = getattr(table.__table__.c[name].type, "length", None)
        assert length is None or length >= limit, (table.__name__, name)
