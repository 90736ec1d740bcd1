"""Foreign addresses: countries read as names or codes, postcodes checked only for Sweden, the
region kept, and the invoice's address laid out the recipient country's way."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from tests.helpers.shortcuts import new_draft

from kundbok.db.models import Customer
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer, get_customers
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.pdf import invoice_pdf
from kundbok.services.vcard.transfer import apply_vcard_import, export_vcards, preview_vcard_import


def _card(name: str, adr: str) -> str:
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nORG:{name}\r\n"
        f"ADR;TYPE=WORK:{adr}\r\nEND:VCARD\r\n"
    )


def _all(db) -> list[CustomerDetails]:
    with db.unit_of_work(write=False) as session:
        ids = list(session.scalars(select(Customer.id)))
    return get_customers(db, ids)


def _import(db, tmp_path, *cards: str):
    path = tmp_path / "in.vcf"
    path.write_text("".join(cards), encoding="utf-8", newline="")
    apply_vcard_import(db, preview_vcard_import(db, path))
    return {c.name: c.address("billing") for c in _all(db)}


def test_countries_written_as_names_are_read_as_their_codes(db, tmp_path):
    found = _import(
        db,
        tmp_path,
        _card("Acme Inc", ";;1 Main Street;New York;NY;10001;USA"),
        _card("Müller GmbH", ";;Hauptstraße 5;Berlin;;10115;Deutschland"),
        _card("Nordmann AS", ";;Storgata 1;Oslo;;0155;NO"),
        _card("Tysk AB", ";;Allee 1;Hamburg;;20095;Tyskland"),
    )
    assert found["Acme Inc"].country == "US"
    assert found["Acme Inc"].region == "NY"
    assert found["Müller GmbH"].country == "DE"
    assert found["Nordmann AS"].country == "NO"
    assert found["Tysk AB"].country == "DE"


def test_a_british_card_imports_with_its_postcode(db, tmp_path):
    found = _import(
        db,
        tmp_path,
        _card("Svensk AB", ";;Storgatan 1;Örebro;;70210;Sverige"),
        _card("Baker Ltd", ";;221B Baker Street;London;;NW1 6XE;United Kingdom"),
    )
    assert (found["Baker Ltd"].country, found["Baker Ltd"].postcode) == ("GB", "NW1 6XE")
    assert (found["Svensk AB"].country, found["Svensk AB"].postcode) == ("SE", "70210")


def test_an_unknown_country_rejects_its_card_and_the_others_import(db, tmp_path):
    path = tmp_path / "in.vcf"
    path.write_text(
        _card("God AB", ";;Storgatan 1;Örebro;;70210;SE")
        + _card("Okänd AB", ";;Gatan 1;Staden;;12345;Atlantis"),
        encoding="utf-8",
        newline="",
    )
    preview = preview_vcard_import(db, path)
    (rejected,) = preview.rejected
    assert rejected.details.name == "Okänd AB"
    assert "card 2, line 11" in str(rejected.problem)
    assert "unknown country" in str(rejected.problem)
    assert [entry.details.name for entry in preview.entries] == ["God AB"]
    apply_vcard_import(db, preview)
    assert [(c.name, c.address("billing").country) for c in _all(db)] == [("God AB", "SE")]


def test_region_country_name_and_postcode_survive_export_and_import(db, tmp_path):
    create_customer(
        db,
        CustomerDetails(
            name="Acme Inc",
            language="en",
            addresses=(
                AddressDetails(
                    street="1 Main Street",
                    city="Springfield",
                    region="IL",
                    postcode="62701",
                    country="US",
                ),
            ),
        ),
    )
    create_customer(
        db,
        CustomerDetails(
            name="Svensk AB",
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )
    path = tmp_path / "out.vcf"
    export_vcards(db, path)
    text = path.read_text(encoding="utf-8").replace("\n ", "")  # unfolded
    assert ";Springfield;IL;62701;United States" in text
    assert ";Örebro;;702 10;Sverige" in text
    before = {c.name: c.address("billing") for c in _all(db)}
    apply_vcard_import(db, preview_vcard_import(db, path))
    after = {c.name: c.address("billing") for c in _all(db)}
    assert after == before
    assert after["Acme Inc"].region == "IL"


TODAY = dt.date(2026, 11, 23)


def _buyer_lines(db, company, address: AddressDetails, language: str = "sv") -> list[str]:
    customer = create_customer(
        db, CustomerDetails(name="Mottagaren", language=language, addresses=(address,))
    )
    draft = replace(
        new_draft(db, customer.id, TODAY),
        lines=(LineDetails(description="Arbete", unit_price=D(100)),),
    )
    invoice = issue_invoice(db, save_draft(db, draft).id, TODAY)
    (page,) = [p.extract_text() for p in PdfReader(io.BytesIO(invoice_pdf(db, invoice.id))).pages]
    lines = page.splitlines()
    start = lines.index("Mottagaren")
    return lines[start + 1 : start + 5]


@pytest.mark.parametrize(
    ("address", "expected"),
    [
        (
            AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),
            ["Storgatan 1", "702 10 Örebro"],
        ),
        (
            AddressDetails(
                street="1 Main Street", city="New York", region="NY", postcode="10001", country="US"
            ),
            ["1 Main Street", "New York, NY 10001", "USA"],
        ),
        (
            AddressDetails(
                street="221B Baker Street", city="London", postcode="nw16xe", country="GB"
            ),
            ["221B Baker Street", "London", "NW1 6XE", "STORBRITANNIEN"],
        ),
        (
            AddressDetails(street="Hauptstraße 5", city="Berlin", postcode="10115", country="DE"),
            ["Hauptstraße 5", "10115 Berlin", "TYSKLAND"],
        ),
    ],
    ids=["SE", "US", "GB", "DE"],
)
def test_the_invoice_prints_the_address_in_the_countrys_order(db, company, address, expected):
    lines = _buyer_lines(db, company, address)
    assert lines[: len(expected)] == expected


def test_an_address_in_an_unknown_country_is_refused_not_saved_as_sweden(db):
    with pytest.raises(KundbokError, match="Unknown country 'XX'"):
        create_customer(
            db,
            CustomerDetails(name="Någon", addresses=(AddressDetails(city="Ort", country="XX"),)),
        )
    assert _all(db) == []
