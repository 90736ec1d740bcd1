"""Skriv ut prints the invoice's own pages through Qt's print dialog; Förhandsgranska shows them."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from tests.helpers.shortcuts import new_draft

from helpers.print_dialog import AcceptingPrintDialog
from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.invoice_queries import find_invoice_id
from kundbok.services.invoices import save_draft
from kundbok.services.pdf import invoice_pdf as invoice_pdf_by_id
from kundbok.ui import print_jobs
from kundbok.ui.printing import PdfPreviewDialog, print_pdfs


def _text(pdf: bytes) -> str:
    return "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def invoice_pdf(db, number: int) -> bytes:
    return invoice_pdf_by_id(db, find_invoice_id(db, number))


def test_print_goes_through_the_print_dialog_onto_the_printer(
    qtbot, window, no_dialogs, tmp_path, monkeypatch, wait_for_tasks
):
    create_demo_invoices(window.db, 1)
    editor = window.opener.open_invoice(1)
    AcceptingPrintDialog.target = str(tmp_path / "printed.pdf")
    monkeypatch.setattr(print_jobs, "QPrintDialog", AcceptingPrintDialog)
    editor.findChild(QPushButton, "button_print").click()
    wait_for_tasks()
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == 1
    assert printed.pages[0].images  # the invoice's page, drawn as an image of it
    assert not list(tmp_path.glob("faktura-*"))  # no temporary files left behind


def test_preview_shows_the_pages(qtbot, window, no_dialogs, wait_for_tasks):
    create_demo_invoices(window.db, 1)
    editor = window.opener.open_invoice(1)
    editor.findChild(QPushButton, "button_preview").click()
    wait_for_tasks()
    preview = editor.findChild(PdfPreviewDialog)
    assert preview is not None and preview.isVisible()
    preview.close()


@pytest.fixture
def listed_invoices(window):
    """Issued demo invoices and a draft on the Invoices tab, all of them selected."""
    create_demo_invoices(window.db, 3)
    draft = save_draft(window.db, new_draft(window.db, 1, dt.date.today()))
    invoices = window.invoice_list
    invoices.refresh()
    assert len([row for row in invoices._rows if row.number is None]) >= 1
    invoices.table.selectAll()
    return invoices, draft


def test_the_list_prints_the_selected_invoices_in_one_job(
    qtbot, window, no_dialogs, listed_invoices, tmp_path, monkeypatch, wait_for_tasks
):
    invoices, _draft = listed_invoices
    jobs = []

    def recording(printer, pdfs, progress):
        jobs.append(pdfs)
        return print_pdfs(printer, pdfs, progress)

    monkeypatch.setattr(print_jobs, "print_pdfs", recording)
    AcceptingPrintDialog.target = str(tmp_path / "printed.pdf")
    monkeypatch.setattr(print_jobs, "QPrintDialog", AcceptingPrintDialog)
    assert invoices.button_print_selected.isEnabled()
    invoices.button_print_selected.click()
    wait_for_tasks()
    assert len(jobs) == 1  # one dialog, one job
    numbers = sorted(row.number for row in invoices._rows if row.number)
    assert len(numbers) >= 3
    assert [_text(pdf) for pdf in jobs[0]] == [_text(invoice_pdf(window.db, n)) for n in numbers]
    printed = PdfReader(tmp_path / "printed.pdf")
    assert len(printed.pages) == len(numbers)  # drafts are left out
    assert all(page.images for page in printed.pages)


def test_the_list_previews_the_selected_invoices(
    qtbot, window, no_dialogs, listed_invoices, wait_for_tasks
):
    invoices, _draft = listed_invoices
    invoices.button_preview_selected.click()
    wait_for_tasks()
    preview = invoices.findChild(PdfPreviewDialog)
    assert preview is not None and preview.isVisible()
    assert len(preview._pdfs) == len([row for row in invoices._rows if row.number])
    preview.close()


def test_printing_needs_an_issued_invoice_selected(qtbot, window, no_dialogs, listed_invoices):
    invoices, draft = listed_invoices
    invoices.table.clearSelection()
    assert not invoices.button_print_selected.isEnabled()
    invoices.table.selectRow([row.id for row in invoices._rows].index(draft.id))
    assert not invoices.button_print_selected.isEnabled()
    assert not invoices.button_preview_selected.isEnabled()
