"""`kundbok print-invoice`: issued invoices printed through Qt in one job, here into a PDF file."""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal as D

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinterInfo
from tests.helpers.shortcuts import new_draft

from kundbok.cli import main
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.pdf import issued_invoice_pdf

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def path(db, tmp_path):
    return str(tmp_path / "test.sqlite3")


@pytest.fixture
def invoices(db):
    """Issued invoices 1 (one page) and 2 (long: two pages), and a draft."""
    customer = create_customer(
        db,
        CustomerDetails(
            name="Märta Öberg",
            addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
        ),
    )
    numbers = []
    for count in (1, 45):
        lines = tuple(
            LineDetails(description=f"Arbete, dag {day + 1}", unit_price=D(650))
            for day in range(count)
        )
        draft = save_draft(db, replace(new_draft(db, customer.id, TODAY), lines=lines))
        numbers.append(issue_invoice(db, draft.id, TODAY).number)
    save_draft(db, new_draft(db, customer.id, TODAY))
    return numbers


def _pages(db, number: int) -> int:
    return len(PdfReader(io.BytesIO(issued_invoice_pdf(db, number))).pages)


def test_prints_into_a_file_in_one_job_from_a_fresh_process(path, db, invoices, tmp_path):
    output = tmp_path / "printed.pdf"
    command = ["--database", path, "print-invoice", "1", "2", "--output", str(output)]
    result = subprocess.run(
        [sys.executable, "-m", "kundbok", *command],
        capture_output=True,
        text=True,
        env={key: value for key, value in os.environ.items() if key != "QT_QPA_PLATFORM"},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    expected = _pages(db, 1) + _pages(db, 2)
    assert expected == 3
    assert result.stdout == f"2 invoices, {expected} pages printed to {output}\n"
    printed = PdfReader(output)
    assert len(printed.pages) == expected
    for page in printed.pages:  # each page is the invoice's page, drawn as images of it
        images = [
            xobject.get_object()
            for xobject in page["/Resources"]["/XObject"].values()
            if xobject.get_object()["/Subtype"] == "/Image"
        ]
        assert images  # in bands across the page
        assert all(image["/Width"] > 3000 for image in images)  # at the printer's resolution


def test_copies_print_every_page_again(qapp, path, db, invoices, tmp_path, capsys):
    output = tmp_path / "copies.pdf"
    arguments = ["--database", path, "print-invoice", "1", "--copies", "3", "--output"]
    assert main([*arguments, str(output)]) == 0
    assert len(PdfReader(output).pages) == 3 * _pages(db, 1)


@pytest.mark.parametrize(
    ("numbers", "message"),
    [
        (["1", "7"], "kundbok: There is no invoice number 7.\n"),
        (["3"], "kundbok: There is no invoice number 3.\n"),  # the draft has no number yet
    ],
)
def test_an_unknown_number_or_a_draft_prints_nothing(
    qapp, path, invoices, tmp_path, capsys, numbers, message
):
    output = tmp_path / "nothing.pdf"
    assert main(["--database", path, "print-invoice", *numbers, "--output", str(output)]) == 2
    assert capsys.readouterr().err == message
    assert not output.exists()


def test_no_printer_and_no_file_is_one_line(qapp, path, invoices, capsys, monkeypatch):
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: []))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: ""))
    assert main(["--database", path, "print-invoice", "1"]) == 2
    assert capsys.readouterr().err == (
        "kundbok: no printer available; print into a file with --output FILE.pdf\n"
    )


def test_an_unknown_printer_is_named(qapp, path, invoices, capsys, monkeypatch):
    monkeypatch.setattr(QPrinterInfo, "availablePrinterNames", staticmethod(lambda: ["Kontoret"]))
    monkeypatch.setattr(QPrinterInfo, "defaultPrinterName", staticmethod(lambda: "Kontoret"))
    assert main(["--database", path, "print-invoice", "1", "--printer", "Hemma"]) == 2
    assert capsys.readouterr().err == (
        "kundbok: no printer named 'Hemma'; the printers are Kontoret\n"
    )


@pytest.mark.parametrize("copies", ["0", "-1", "tre", "100"])
def test_bad_copies_are_one_line(path, invoices, capsys, copies):
    assert main(["--database", path, "print-invoice", "1", "--copies", copies]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_a_folder_that_is_not_there_is_one_line(qapp, path, invoices, tmp_path, capsys):
    output = tmp_path / "no such folder" / "printed.pdf"
    assert main(["--database", path, "print-invoice", "1", "--output", str(output)]) == 2
    assert capsys.readouterr().err == (
        f"kundbok: there is no folder {str(output.parent)!r} to print the file into\n"
    )
