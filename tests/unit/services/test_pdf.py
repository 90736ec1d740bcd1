"""The invoice PDF holds everything the law and the customer expect, in their language."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from tests.helpers.shortcuts import new_draft

from kundbok.domain import limits
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.pdf import invoice_pdf, render_invoice_pdf, save_invoice_pdf
from kundbok.services.settings import get_company

TODAY = dt.date(2026, 11, 23)


def _text(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def _issue(db, customer, lines, **changes):
    draft = replace(new_draft(db, customer.id, TODAY), lines=lines, **changes)
    return issue_invoice(db, save_draft(db, draft).id, TODAY)


def test_domestic_invoice(db, company):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            org_number="202100-5489",
            reference="Märta Öberg",
            addresses=(
                AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),
                AddressDetails(kind="delivery", street="Lagret 2", postcode="70211", city="Örebro"),
            ),
        ),
    )
    invoice = _issue(
        db,
        customer,
        (
            LineDetails(
                description="Byte av blandare", quantity=D(3), unit="tim", unit_price=D(650)
            ),
            LineDetails(description="Bok om rör", unit_price=D("99.90"), vat_rate=D(6)),
        ),
        our_reference="Sven",
        delivery_date=dt.date(2026, 11, 20),
    )
    (page,) = _text(invoice_pdf(db, invoice.id))
    # The date of the invoice once, beside its number in the header, not again in the box.
    assert page.count("Fakturadatum") == 1
    assert "Fakturadatum: 2026-11-23" in page
    for expected in (
        "Faktura",
        "Fakturanummer: 1",
        "Fakturadatum",
        "2026-11-23",
        "Förfallodatum",
        "2026-12-23",
        "Leveransdatum",
        "2026-11-20",
        "Kundnummer",
        "Er referens",
        "Märta Öberg",
        "Vår referens",
        "Sven",
        "Åkessons Rör AB",
        "Storgatan 1",
        "702 10 Örebro",
        "Leveransadress",
        "Lagret 2",
        "Byte av blandare",
        "Moms 25 % på 1 950,00",
        "487,50",
        "Moms 6 % på 99,90",
        "5,99",
        "Öresutjämning",
        "-0,39",
        "Att betala",
        "2 543,00 SEK",
        "Bankgiro",
        "5050-1055",
        "OCR-nummer",
        "133",
        "Org.nr 556036-0793",
        "Momsreg.nr SE556036079301",
        "Godkänd för F-skatt",
        "Rörmokarn i Umeå AB",
        "IBAN SE45 5000 0000 0583 9825 7466",
        "BIC ESSESESS",
        "Sida 1 av 1",
    ):
        assert expected in page.replace("\u00a0", " "), expected


def test_eu_reverse_charge_invoice_in_english(db, company):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Müller Sanitär GmbH",
            country="DE",
            vat_number="DE136695976",
            language="en",
            currency="EUR",
            addresses=(
                AddressDetails(
                    street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE"
                ),
            ),
        ),
    )
    invoice = _issue(
        db,
        customer,
        (
            LineDetails(
                description="Consulting", quantity=D(2), unit="h", unit_price=D(120), vat_rate=D(0)
            ),
        ),
        exchange_rate=D("11.4350"),
    )
    (page,) = _text(invoice_pdf(db, invoice.id))
    for expected in (
        "VAT in Swedish kronor: 0.00 SEK (1 EUR = 11.435 SEK)",
        "Invoice",
        "Invoice number: 1",
        "Buyer's VAT no.: DE136695976",
        "Reverse charge",
        "Article 196",
        "Amount due",
        "240.00 EUR",
        "VAT 0 %",
        "Page 1 of 1",
        "Hauptstraße 5",
    ):
        assert expected in page, expected
    assert "Rounding" not in page  # öresutjämning only in SEK


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("sv", "Momsen i svenska kronor: 2\u00a0729,53 SEK (1 EUR = 11,435 SEK)"),
        ("en", "VAT in Swedish kronor: 2,729.53 SEK (1 EUR = 11.435 SEK)"),
    ],
)
def test_an_invoice_in_euro_prints_its_vat_in_kronor_with_the_rate(db, company, language, expected):
    customer = create_customer(
        db, CustomerDetails(name="Nordljus Oy", country="FI", currency="EUR", language=language)
    )
    lines = (
        LineDetails(description="Consulting", quantity=D(10), unit_price=D(95)),
        LineDetails(description="Book", unit_price=D(20), vat_rate=D(6)),
    )
    invoice = _issue(db, customer, lines, exchange_rate=D("11.4350"))
    (page,) = _text(invoice_pdf(db, invoice.id))
    assert expected.replace("\u00a0", " ") in page.replace("\u00a0", " ")
    (credit,) = _text(invoice_pdf(db, create_credit_note(db, invoice.id, TODAY).id))
    assert expected.replace("2", "-2", 1).replace("\u00a0", " ") in credit.replace("\u00a0", " ")


def test_rot_invoice(db, company):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Anna Lindqvist",
            kind="private",
            personal_number="19811218-9876",
            rot_rut_property="Umeå Ön 1:23",
            addresses=(AddressDetails(street="Ängsvägen 3", postcode="90326", city="Umeå"),),
        ),
    )
    invoice = _issue(
        db,
        customer,
        (
            LineDetails(
                description="Rörarbete",
                quantity=D(10),
                unit="tim",
                unit_price=D(800),
                kind="labour",
            ),
            LineDetails(description="Blandare", unit_price=D(4000), kind="material"),
        ),
        rot_rut="rot",
    )
    (page,) = _text(invoice_pdf(db, invoice.id))
    for expected in (
        "ROT-avdrag",
        "Personnummer",
        "19811218-9876",
        "Fastighetsbeteckning",
        "Umeå Ön 1:23",
        "Arbetskostnad inkl. moms",
        "10 000,00",
        "Material och övrigt",
        "5 000,00",
        "Skattereduktion som begärs",
        "3 000,00",
        "Summa inkl. moms",
        "15 000,00",
        "12 000,00 SEK",
    ):
        assert expected in page.replace("\u00a0", " "), expected


def test_credit_note_refers_to_the_original(db, company):
    customer = create_customer(db, CustomerDetails(name="Kreditkund AB"))
    invoice = _issue(db, customer, (LineDetails(description="Fel", unit_price=D(100)),))
    credit = create_credit_note(db, invoice.id, TODAY)
    (page,) = _text(invoice_pdf(db, credit.id))
    for expected in (
        "Kreditfaktura",
        "Kreditfakturanummer: 2",
        "Krediterar faktura 1",
        "-125,00",
        "Att återbetala",
    ):
        assert expected in page, expected


def test_sixty_lines_flow_onto_more_pages_with_the_header_repeated(db, company):
    customer = create_customer(db, CustomerDetails(name="Storkund AB"))
    lines = tuple(
        LineDetails(description=f"Rad {n:02d}: material och arbete", unit_price=D(10))
        for n in range(1, 61)
    )
    pages = _text(invoice_pdf(db, _issue(db, customer, lines).id))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert "Fakturanummer: 1" in page  # the header on every page
        assert "Benämning" in page or number == len(pages)  # the table's head repeats
    text = "\n".join(pages)
    assert all(f"Rad {n:02d}" in text for n in range(1, 61))
    assert text.index("Rad 60") < text.index("Att betala")


def test_a_draft_is_marked_and_a_full_disk_leaves_no_file(db, company, tmp_path, monkeypatch):
    customer = create_customer(db, CustomerDetails(name="Utkast AB"))
    draft = save_draft(
        db, replace(new_draft(db, customer.id, TODAY), lines=(LineDetails(description="X"),))
    )
    assert "UTKAST" in _text(invoice_pdf(db, draft.id))[0]
    issued = issue_invoice(db, draft.id, TODAY)
    target = tmp_path / "faktura.pdf"
    save_invoice_pdf(db, issued.number, target)
    assert target.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr("os.fsync", lambda _fd: (_ for _ in ()).throw(OSError(28, "Disk full")))
    other = tmp_path / "other.pdf"
    with pytest.raises(KundbokError):
        save_invoice_pdf(db, issued.number, other)
    assert not other.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".pdf"] == ["faktura.pdf"]


def _words(prefix: str, count: int) -> str:
    return " ".join(f"{prefix}{n:04d}" for n in range(count))


def _squeezed(pages: list[str]) -> str:
    """The text of every page without white space: a word broken over lines reads whole."""
    return "".join("".join(pages).split())


def test_hostile_texts_wrap_and_split_over_pages(db, company):
    # Stored before the input limits existed, or by another program: still printable.
    customer = create_customer(db, CustomerDetails(name="Lång AB"))
    invoice = _issue(db, customer, (LineDetails(description="Kort", unit_price=D(10)),))
    issued = get_invoice(db, invoice.id)
    description = _words("ord", 312)  # 2,495 characters
    hostile = replace(
        issued,
        buyer_name="Ж" * 400,
        buyer_billing_address=f"{'Щ' * 500}\n702 10 Örebro",
        buyer_delivery_address="\n".join(_words("rad", 80).split()),
        their_reference="Ю" * 300,
        lines=(
            replace(issued.lines[0], description=description, article_number="Я" * 60),
            *issued.lines,
        ),
        text=_words("text", 800),
    )
    pages = _text(render_invoice_pdf(hostile, get_company(db)))
    assert len(pages) >= 2
    text = _squeezed(pages)
    # Every character of the long words is printed (broken over lines, but there).
    assert [text.count(c) for c in "ЖЩЮЯ"] == [400, 500, 300, 60]
    words = set(" ".join(pages).split())
    assert set(description.split()) <= words
    assert set(_words("text", 800).split()) <= words
    assert set(_words("rad", 80).split()) <= words
    for n, page in enumerate(pages, start=1):
        assert f"Sida {n} av {len(pages)}" in page
    assert text.index("ord0311") < text.index("Attbetala")


def test_texts_at_their_limits_print(db, company):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Ж" * limits.NAME,
            addresses=(AddressDetails(street="Щ" * limits.ADDRESS_LINE, city="Ю" * limits.CITY),),
        ),
    )
    invoice = _issue(
        db,
        customer,
        (
            LineDetails(
                description="Я" * limits.LINE_DESCRIPTION, unit="ф" * limits.UNIT, unit_price=D(1)
            ),
        ),
        text="Ц" * limits.INVOICE_TEXT,
    )
    text = _squeezed(_text(invoice_pdf(db, invoice.id)))
    assert [text.count(c) for c in "ЖЩЮЯфЦ"] == [
        limits.NAME,
        limits.ADDRESS_LINE,
        limits.CITY,
        limits.LINE_DESCRIPTION,
        limits.UNIT,
        limits.INVOICE_TEXT,
    ]
