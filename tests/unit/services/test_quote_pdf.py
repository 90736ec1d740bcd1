"""The quote PDF: "Offert" or "Quotation" in the customer's language, valid-until, totals with
VAT per rate, a preliminary ROT/RUT deduction, and no payment slip, OCR or QR."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from pypdf import PdfReader
from tests.helpers.rot_rut_invoices import ROT_LINES, personnummer

from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer
from kundbok.services.pdf.quote import quote_pdf, save_quote_pdf
from kundbok.services.quotes import save_quote, start_quote

TODAY = dt.date(2026, 3, 2)


def _text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def _quote(db, language="sv", rot_rut="rot"):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Anna Berg",
            kind="private",
            language=language,
            personal_number=personnummer(dt.date(1970, 5, 17), 12),
            rot_rut_property="Umeå Haga 1:1",
        ),
    )
    start = start_quote(db, customer.id, TODAY)
    body = replace(start.quote.body, lines=ROT_LINES, rot_rut=rot_rut, text="Pris enligt ritning.")
    return save_quote(db, replace(start.quote, body=body))


def test_a_rot_quote_in_swedish_shows_the_preliminary_deduction_and_no_slip(db, company):
    quote = _quote(db)
    text = _text(quote_pdf(db, quote.id))
    totals = quote.totals()
    assert "Offert" in text and "Offertnummer: 1" in text
    assert f"Giltig till\n{(TODAY + dt.timedelta(days=30)).isoformat()}" in text
    assert "Preliminärt ROT-avdrag" in text and "Skatteverket beslutar" in text
    assert f"{totals.deduction:,.2f}".replace(",", " ").replace(".", ",") in text
    assert "Moms 25 %" in text and "Pris enligt ritning." in text
    for absent in ("OCR", "Faktura", "Förfallodatum", "Skanna QR"):
        assert absent not in text


def test_an_english_quote_is_a_quotation(db, company, tmp_path):
    quote = _quote(db, language="en", rot_rut="")
    path = save_quote_pdf(db, quote.number, tmp_path / "q.pdf")
    text = _text(path.read_bytes())
    assert "Quotation" in text and "Valid until" in text and "Total" in text
    assert "deduction" not in text
