"""The same payment in two bank files, suggestions that need more than a digit or a letter, and
files that are no bank files: `import-payments` books what it surely may and no more."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from decimal import Decimal as D

import pytest
from tests.helpers.shortcuts import new_draft
from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Giro, Sent, bgmax, camt054

from kundbok.cli import main
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import RefusedError
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.payments.bank_files import apply_payment_import, preview_payment_import
from kundbok.services.payments.booking import invoice_payments

DAY = dt.date(2026, 2, 20)
LINES = (LineDetails(description="Arbete", quantity=D(2), unit_price=D(500), vat_rate=D(25)),)


def register_with_invoices(path, names=("Anna Andersson", "Anna Andersson")):
    """A register at `path` with one issued invoice of 1250.00 to each name."""
    db = open_database(str(path))
    create_demo_company(db)
    issued = []
    for name in names:
        customer = create_customer(db, CustomerDetails(name=name))
        draft = save_draft(db, replace(new_draft(db, customer.id, DAY), lines=LINES))
        issued.append(issue_invoice(db, draft.id, DAY))
    return db, issued


def _paid(db, issued):
    return [[(p.amount, p.transaction_id) for p in invoice_payments(db, i.id)] for i in issued]


def test_a_payment_in_bgmax_and_then_in_camt_is_booked_once(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db, issued = register_with_invoices(path)
    first, second = issued
    giro = tmp_path / "bgmax.txt"
    giro.write_bytes(
        bgmax(
            [
                Giro(125000, first.ocr, serial="000000000011"),
                Giro(50000, second.ocr, serial="000000000012"),  # part of the second
            ]
        )
    )
    camt = tmp_path / "camt.xml"
    camt.write_bytes(
        camt054(
            CAMT_08,
            [
                [Sent("1250.00", ocr=first.ocr, bank_ref="NDEA-1")],  # the same two payments
                [Sent("500.00", ocr=second.ocr, bank_ref="NDEA-2")],
                [Sent("750.00", ocr=second.ocr, bank_ref="NDEA-3")],  # the rest: new
            ],
        )
    )
    args = ["--database", str(path), "import-payments"]
    assert main([*args, str(giro)]) == 0
    capsys.readouterr()
    assert main([*args, str(camt)]) == 0
    out = capsys.readouterr().out
    assert "matched: 1\n" in out and "likely duplicates: 2\n" in out
    assert f"1250.00 SEK Anna Andersson -> invoice {first.number} (likely_duplicate" in out
    assert "booked 1 payments, 750.00" in out
    assert "2 likely duplicates not booked (--accept-duplicates books them)" in out
    assert _paid(db, issued) == [
        [(D("1250.00"), "000000000011")],
        [(D("500.00"), "000000000012"), (D("750.00"), "NDEA-3")],
    ]
    # The user says they are payments of their own: then they are booked.
    assert main([*args, str(camt), "--accept-duplicates"]) == 0
    assert "booked 2 payments, 1750.00" in capsys.readouterr().out
    assert [len(payments) for payments in _paid(db, issued)] == [2, 3]
    db.dispose()


def test_accepting_suggestions_books_no_row_number_and_no_single_letter(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db, issued = register_with_invoices(path, ("Anna Andersson", "Bo Berg AB"))
    camt = tmp_path / "camt.xml"
    camt.write_bytes(
        camt054(
            CAMT_08,
            [
                # "rad 1" names invoice 1 by a whole word, but not for what it owes.
                [Sent("300.00", text=f"Medlemsavgift rad {issued[0].number}", bank_ref="A")],
                [Sent("1250.00", payer="a", bank_ref="B")],  # a letter of both names
                [Sent("1250.00", payer="BO BERG", bank_ref="C")],  # the whole name
            ],
        )
    )
    args = ["--database", str(path), "import-payments", str(camt), "--accept-suggestions"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "suggested: 1\n" in out and "unmatched: 2\n" in out
    assert "booked 1 payments, 1250.00" in out
    assert _paid(db, issued) == [[], [(D("1250.00"), "C")]]
    db.dispose()


def test_a_file_changed_after_its_preview_books_nothing(tmp_path):
    db, issued = register_with_invoices(tmp_path / "kundbok.sqlite3")
    camt = tmp_path / "camt.xml"
    camt.write_bytes(camt054(CAMT_08, [[Sent("1250.00", ocr=issued[0].ocr, bank_ref="A")]]))
    preview = preview_payment_import(db, camt)
    camt.write_bytes(camt054(CAMT_08, [[Sent("1250.00", ocr=issued[1].ocr, bank_ref="B")]]))
    with pytest.raises(RefusedError, match="changed since it was read"):
        apply_payment_import(db, camt, {"A"}, preview.digest)
    assert _paid(db, issued) == [[], []]
    db.dispose()


def test_a_fifo_or_a_device_is_refused_at_once(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db, _ = register_with_invoices(path)
    db.dispose()
    fifo = tmp_path / "camt.xml"
    os.mkfifo(fifo)  # no writer: reading it would wait for ever
    for source in (fifo, "/dev/zero"):
        assert main(["--database", str(path), "import-payments", str(source)]) == 2
        assert capsys.readouterr().err == f"kundbok: {source} is not a file and cannot be read.\n"


def test_likely_duplicates_booked_or_not_are_not_counted_as_unmatched(tmp_path):
    db, issued = register_with_invoices(tmp_path / "kundbok.sqlite3")
    apply_payment_import(
        db, bgmax([Giro(125000, i.ocr, serial=f"{n}") for n, i in enumerate(issued)])
    )
    camt = camt054(
        CAMT_08,
        [
            [Sent("1250.00", ocr=issued[0].ocr, bank_ref="A")],
            [Sent("1250.00", ocr=issued[1].ocr, bank_ref="B")],
        ],
    )
    result = apply_payment_import(db, camt, {"A"})
    assert (result.booked, result.left_unmatched, result.skipped_duplicates) == (1, 0, 0)
    db.dispose()


def test_a_file_larger_than_a_bank_file_may_be_is_refused_before_it_is_read(tmp_path, capsys):
    path = tmp_path / "kundbok.sqlite3"
    db, _ = register_with_invoices(path)
    db.dispose()
    huge = tmp_path / "camt.xml"
    with huge.open("wb") as out:  # sparse: its size is all there is of it
        out.truncate(100 * 1024 * 1024 + 1)
    assert main(["--database", str(path), "import-payments", str(huge)]) == 2
    assert capsys.readouterr().err == (
        "kundbok: The file is larger than a bank file may be (100 MB) and was not read.\n"
    )
