"""Bank-file import: OCR matches booked, suggestions left to the user, a file read twice changes
nothing, a bad file changes nothing; `kundbok import-payments`."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal as D

import pytest
from stdnum import luhn
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.bank_files.bank_file_samples import (
    CAMT_02,
    CAMT_08,
    Giro,
    Sent,
    bgmax,
    camt054,
)

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.bank_files import BankFileError
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import InvoiceStatus, LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoice_queries import customer_balance, list_invoices
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.bank_files import apply_payment_import, preview_payment_import
from kundbok.services.payments.booking import invoice_payments

DAY = dt.date(2026, 2, 20)
LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)
UNKNOWN_OCR = "12345" + luhn.calc_check_digit("12345")


@pytest.fixture
def invoices(db):
    """Four issued invoices of 1250.00 each to "Anna Andersson"."""
    create_demo_company(db)  # no invoice is issued without a complete seller
    customer = create_customer(db, CustomerDetails(name="Anna Andersson"))
    issued = []
    for _ in range(4):
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
        issued.append(issue_invoice(db, draft.id, DAY))
    return customer, issued


def _sample(version, issued):
    first, second, third, fourth = issued
    return camt054(
        version,
        [
            [Sent("1250.00", ocr=first.ocr, bank_ref="T1")],
            [
                Sent("400.00", referred_document=second.ocr, bank_ref="T2"),  # part payment
                Sent("1300.00", text=f"OCR {third.ocr}", bank_ref="T3"),  # overpaid, in free text
            ],
            [Sent("99.00", ocr=UNKNOWN_OCR, payer="Okänd Betalare", bank_ref="T4")],
            [Sent("1250.00", text=f"Faktura {fourth.number}", bank_ref="T5")],
        ],
    )


def _statuses(db):
    return {row.number: row.status for row in list_invoices(db, today=dt.date(2026, 3, 2))}


@pytest.mark.parametrize("version", [CAMT_02, CAMT_08])
def test_a_camt_file_is_previewed_then_booked_once(db, invoices, version):
    customer, issued = invoices
    data = _sample(version, issued)
    preview = preview_payment_import(db, data)
    assert [m.payment.transaction_id for m in preview.matched] == ["T1", "T2", "T3"]
    assert [m.payment.transaction_id for m in preview.suggested] == ["T5"]
    assert [m.payment.transaction_id for m in preview.unmatched] == ["T4"]
    assert preview.invoice_numbers[preview.suggested[0].invoice_id] == issued[3].number
    assert all(not invoice_payments(db, i.id) for i in issued)  # the preview booked nothing

    result = apply_payment_import(db, data)
    assert (result.booked, result.amount, result.left_unmatched) == (3, D("2950.00"), 2)
    statuses = _statuses(db)
    assert [statuses[i.number] for i in issued] == [
        InvoiceStatus.PAID,
        InvoiceStatus.PARTLY_PAID,
        InvoiceStatus.OVERPAID,
        InvoiceStatus.UNPAID,
    ]
    assert customer_balance(db, customer.id) == D("850.00") + D("-50.00") + D("1250.00")

    again = apply_payment_import(db, data)
    assert (again.booked, again.skipped_duplicates) == (0, 3)
    assert customer_balance(db, customer.id) == D("2050.00")
    assert len(preview_payment_import(db, data).duplicates) == 3


def test_an_accepted_suggestion_is_booked(db, invoices):
    _, issued = invoices
    data = _sample(CAMT_08, issued)
    result = apply_payment_import(db, data, accepted={"T5"})
    assert result.booked == 4
    assert _statuses(db)[issued[3].number] == InvoiceStatus.PAID


def test_a_bgmax_file_is_booked(db, invoices):
    _, issued = invoices
    data = bgmax(
        [
            Giro(125000, issued[0].ocr, serial="000000000011"),
            Giro(50000, issued[1].ocr, serial="000000000012"),
            Giro(1000, "felaktig", code=5, serial="000000000013"),
        ]
    )
    preview = preview_payment_import(db, data)
    assert (len(preview.matched), len(preview.unmatched)) == (2, 1)
    assert apply_payment_import(db, data).booked == 2
    assert [p.method for p in invoice_payments(db, issued[0].id)] == ["bankgiro"]
    assert apply_payment_import(db, data).booked == 0


def test_a_bad_file_changes_nothing(db, invoices):
    _, issued = invoices
    with pytest.raises(BankFileError):
        apply_payment_import(db, b"<Document><broken")
    assert all(not invoice_payments(db, i.id) for i in issued)


def test_kundbok_import_payments(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db = open_database(str(path))
    create_demo_company(db)  # no invoice is issued without a complete seller
    customer = create_customer(db, CustomerDetails(name="Anna Andersson"))
    issued = []
    for _ in range(4):
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
        issued.append(issue_invoice(db, draft.id, DAY))
    db.dispose()
    bank_file = tmp_path / "camt054.xml"
    bank_file.write_bytes(_sample(CAMT_08, issued))
    args = ["--database", str(path), "import-payments", str(bank_file)]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "matched: 3" in out and "suggested: 1" in out and "unmatched: 1" in out
    assert "nothing booked" in out
    assert main(args) == 0
    assert "booked 3 payments, 2950.00" in capsys.readouterr().out
    assert main(args) == 0
    assert "seen before: 3" in capsys.readouterr().out

    bad = tmp_path / "bad.xml"
    bad.write_bytes(b"not a bank file at all")
    assert main(["--database", str(path), "import-payments", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
