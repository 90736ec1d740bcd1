"""The invoice PDF's payment QR code, read back from the rendered page by zbarimg, says what the
invoice says: UsingQR for a Swedish bank app, EPC for euros to an IBAN, none for a credit note."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

from tests.helpers.shortcuts import new_draft

from helpers.qr_decoder import pdf_page_image, zbar_decode
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.pdf import invoice_pdf
from kundbok.services.settings import get_company, save_company

TODAY = dt.date(2026, 11, 23)


def _issue(db, lines, **customer_fields):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
            **customer_fields,
        ),
    )
    draft = replace(new_draft(db, customer.id, TODAY), lines=lines)
    if draft.currency != "SEK":
        draft = replace(draft, exchange_rate=D("11.4350"))  # issued with its rate to SEK
    return issue_invoice(db, save_draft(db, draft).id, TODAY)


def _page_image(db, invoice_id: int, folder: Path) -> Path:
    pdf = folder / f"invoice-{invoice_id}.pdf"
    pdf.write_bytes(invoice_pdf(db, invoice_id))
    return pdf_page_image(pdf, folder)


def test_swedish_invoice_carries_usingqr_with_every_field(db, company, tmp_path):
    invoice = _issue(
        db,
        (
            LineDetails(description="Byte av blandare", quantity=D(3), unit_price=D(650)),
            LineDetails(description="Bok om rör", unit_price=D("99.90"), vat_rate=D(6)),
        ),
    )
    decoded = json.loads(zbar_decode(_page_image(db, invoice.id, tmp_path)))

    assert invoice.ocr and invoice.invoice_date and invoice.due_date
    assert decoded == {
        "uqr": 1,
        "tp": 1,
        "nme": "Rörmokarn i Umeå AB",
        "cc": "SE",
        "cid": company.org_number,
        "iref": invoice.ocr,
        "idt": invoice.invoice_date.strftime("%Y%m%d"),
        "ddt": invoice.due_date.strftime("%Y%m%d"),
        "due": 2543.0,  # 1 950 + 487,50 + 99,90 + 5,99, rounded to whole kronor
        "cur": "SEK",
        "pt": "BG",
        "acc": "50501055",
        "vh": 487.5,
        "vl": 5.99,
    }
    assert D(str(decoded["due"])) == invoice.totals().to_pay


def test_euro_invoice_carries_the_epc_code(db, company, tmp_path):
    invoice = _issue(
        db,
        (LineDetails(description="Consulting", quantity=D(2), unit_price=D(120), vat_rate=D(0)),),
        country="DE",
        vat_number="DE136695976",
        language="en",
        currency="EUR",
    )
    decoded = zbar_decode(_page_image(db, invoice.id, tmp_path)).split("\n")

    assert decoded == [
        "BCD",
        "002",
        "1",
        "SCT",
        "ESSESESS",
        "Rörmokarn i Umeå AB",
        "SE4550000000058398257466",
        "EUR240.00",
        "",
        "",
        invoice.ocr,
    ]


def _no_code_on(image: Path) -> bool:
    zbarimg = shutil.which("zbarimg")
    assert zbarimg
    result = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 4 and not result.stdout  # 4: no symbol found


def test_credit_note_has_no_code(db, company, tmp_path):
    invoice = _issue(db, (LineDetails(description="Rörarbete", unit_price=D(800)),))
    assert not _no_code_on(_page_image(db, invoice.id, tmp_path))  # the test can see a code

    credit = create_credit_note(db, invoice.id, TODAY)

    assert _no_code_on(_page_image(db, credit.id, tmp_path))


def test_seller_without_an_account_gets_no_code(db, company, tmp_path):
    invoice = _issue(db, (LineDetails(description="Rörarbete", unit_price=D(800)),))
    # Issued while the seller had an account; the account removed since.
    save_company(db, replace(get_company(db), bankgiro=None, iban=None, bic=None))

    assert get_invoice(db, invoice.id).ocr
    assert _no_code_on(_page_image(db, invoice.id, tmp_path))
