"""The Swish QR code beside the bank one, read back from the rendered page by zbarimg: on SEK
invoices and reminders when the company has a Swish number, with every field as Swish's
prefilled-payment format has it; never on a euro invoice or a credit note."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from tests.helpers.shortcuts import new_draft

from helpers.qr_decoder import pdf_page_image, zbar_decode, zbar_decode_between
from kundbok.cli import main
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import create_credit_note, issue_invoice, save_draft
from kundbok.services.pdf import invoice_pdf
from kundbok.services.pdf.reminder import reminder_pdf
from kundbok.services.reminders.overdue import get_reminder, make_reminders
from kundbok.services.settings import get_company, save_company

TODAY = dt.date(2026, 11, 23)
LINES = (
    LineDetails(description="Byte av blandare", quantity=D(3), unit_price=D(650)),
    LineDetails(description="Bok om rör", unit_price=D("99.90"), vat_rate=D(6)),
)
# The codes sit side by side at the right of the slip: the bank's, then Swish's at the edge.
BANK_STRIP, SWISH_STRIP = (100.0, 156.0), (156.0, 210.0)


@pytest.fixture
def swish(db, company):
    return save_company(db, replace(get_company(db), swish="123 118 11 89"))


def _issue(db, today=TODAY, **customer_fields):
    customer = create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
            **customer_fields,
        ),
    )
    draft = replace(new_draft(db, customer.id, today), lines=LINES)
    rate = None if customer.currency == "SEK" else D("11.50")
    return issue_invoice(db, save_draft(db, draft).id, today, exchange_rate=rate)


def _page(pdf: bytes, folder: Path, name: str) -> Path:
    path = folder / f"{name}.pdf"
    path.write_bytes(pdf)
    return pdf_page_image(path, folder, dpi=200)


def _text(pdf: bytes, folder: Path) -> str:
    path = folder / "text.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def test_an_invoice_in_kronor_carries_both_codes_captioned(db, swish, tmp_path):
    invoice = _issue(db)
    pdf = invoice_pdf(db, invoice.id)
    page = _page(pdf, tmp_path, "invoice")

    payee, amount, message, mask = zbar_decode_between(page, *SWISH_STRIP).split(";")
    assert payee == "C1231181189"
    assert amount == "2543,00"  # 1 950 + 487,50 + 99,90 + 5,99, rounded to whole kronor
    assert D(amount.replace(",", ".")) == invoice.totals().to_pay
    assert message == invoice.ocr
    assert mask == "0"
    bank = json.loads(zbar_decode_between(page, *BANK_STRIP))
    assert (bank["pt"], bank["acc"], bank["iref"], bank["due"]) == ("BG", "50501055", message, 2543)
    text = _text(pdf, tmp_path)
    assert "Bankappen" in text and "Swish 123 118 11 89" in text
    assert "Betala med bankappen eller med Swish" in text


def test_a_reminder_in_kronor_carries_the_swish_code_of_its_invoice(db, swish, tmp_path):
    invoice = _issue(db, today=dt.date(2026, 1, 2), payment_terms_days=30)
    [made] = make_reminders(db, [invoice.customer_id], dt.date(2026, 3, 3))
    reminder = get_reminder(db, made.reminder_id)
    page = _page(reminder_pdf(db, made.reminder_id), tmp_path, "reminder")

    payee, amount, message, mask = zbar_decode_between(page, *SWISH_STRIP).split(";")
    assert (payee, message, mask) == ("C1231181189", invoice.ocr, "0")
    assert D(amount.replace(",", ".")) == reminder.open_total == D(2543)


def test_no_swish_code_on_a_euro_invoice(db, swish, tmp_path):
    invoice = _issue(db, country="DE", vat_number="DE136695976", language="en", currency="EUR")
    page = _page(invoice_pdf(db, invoice.id), tmp_path, "euro")
    assert zbar_decode(page).startswith("BCD\n")  # the EPC code alone


def test_no_code_at_all_on_a_credit_note(db, swish, tmp_path):
    invoice = _issue(db)
    credit = create_credit_note(db, invoice.id, TODAY)
    page = _page(invoice_pdf(db, credit.id), tmp_path, "credit")
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(page)],
        capture_output=True,
        check=False,
    )
    assert result.returncode == 4 and not result.stdout


def test_without_a_bank_account_the_swish_code_stands_alone(db, swish, tmp_path):
    invoice = _issue(db)
    save_company(db, replace(get_company(db), bankgiro=None, iban=None, bic=None))
    pdf = invoice_pdf(db, invoice.id)
    assert zbar_decode(_page(pdf, tmp_path, "alone")).startswith("C1231181189;2543,00;")
    assert "Skanna QR-koden i Swish-appen" in _text(pdf, tmp_path)


def test_the_swish_number_setting_is_checked(db, tmp_path, capsys):
    path = str(tmp_path / "test.sqlite3")
    assert main(["--database", path, "settings", "company.swish=123-118 11 89"]) == 0
    assert "company.swish=1231181189" in capsys.readouterr().out.splitlines()
    for bad in ("070-123 45 67", "123 118 11 8", "Swish"):
        assert main(["--database", path, "settings", f"company.swish={bad}"]) == 2
        assert "Swish number" in capsys.readouterr().err
    assert get_company(db).swish == "1231181189"
    assert main(["--database", path, "settings", "company.swish="]) == 0
    assert get_company(db).swish is None
