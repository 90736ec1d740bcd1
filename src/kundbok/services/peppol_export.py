"""Exporting issued invoices as Peppol BIS Billing 3.0 e-invoices (UBL 2.1), one file each.

The user uploads the files to their Peppol access point provider; sending is not done here.
Every document is gathered and checked before the first file is written: a refused invoice
leaves no files behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select

from kundbok.db.models import Invoice
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError
from kundbok.domain.invoice import InvoiceKind
from kundbok.domain.peppol.document import Address, Buyer, EInvoice, Seller, check_sendable
from kundbok.domain.peppol.ubl import ubl_document
from kundbok.services.files import write_atomically
from kundbok.services.invoice_outputs import record_einvoice_written
from kundbok.services.invoice_queries import find_invoice_id, invoice_details, load_invoice
from kundbok.services.pdf import render_invoice_pdf
from kundbok.services.settings import CompanySettings, get_company


def einvoice_file_name(number: int | None, kind: str) -> str:
    """ "faktura-12.xml", "kreditfaktura-13.xml": the name an exported document is given."""
    stem = "kreditfaktura" if kind == InvoiceKind.CREDIT_NOTE else "faktura"
    return f"{stem}-{number}.xml"


def _seller(company: CompanySettings) -> Seller:
    return Seller(
        name=company.name,
        org_number=company.org_number,
        vat_number=company.vat_number,
        f_tax=company.f_tax,
        address=Address(
            company.country or "SE", company.street, postcode=company.postcode, city=company.city
        ),
        phone=company.phone,
        email=company.email,
        bankgiro=company.bankgiro,
        plusgiro=company.plusgiro,
        iban=company.iban,
        bic=company.bic,
    )


def _gather(db: Database, invoice_id: int, company: CompanySettings) -> EInvoice:
    """The invoice, its buyer's Peppol address and what it credits, read in one go."""
    with db.unit_of_work(write=False) as session:
        row = load_invoice(session, invoice_id)
        invoice = invoice_details(row)
        customer = row.customer
        buyer = Buyer(
            peppol_scheme=customer.peppol_scheme,
            peppol_id=customer.peppol_id,
            # The invoice's reference as issued; one issued before the card had a reference
            # takes the card's.
            buyer_reference=invoice.buyer_reference or customer.buyer_reference,
        )
        credited = (
            session.execute(
                select(Invoice.number, Invoice.invoice_date).where(
                    Invoice.id == row.credited_invoice_id
                )
            ).one()
            if row.credited_invoice_id
            else None
        )
        return EInvoice(
            invoice=invoice,
            seller=_seller(company),
            buyer=buyer,
            rot_rut_deduction=row.rot_rut_deduction,
            credited_number=credited[0] if credited else None,
            credited_date=credited[1] if credited else None,
        )


def peppol_documents(db: Database, invoice_ids: Sequence[int]) -> list[tuple[str, bytes]]:
    """File name and UBL document of each invoice, all checked before any is rendered: the
    first one Peppol would refuse raises, naming what is missing."""
    company = get_company(db)
    gathered = [_gather(db, invoice_id, company) for invoice_id in invoice_ids]
    for document in gathered:
        check_sendable(document)
    documents = []
    for document in gathered:
        invoice = document.invoice
        pdf = render_invoice_pdf(invoice, company, document.credited_number)
        name = einvoice_file_name(invoice.number, invoice.kind)
        attached = replace(document, pdf=pdf, pdf_name=name.removesuffix(".xml") + ".pdf")
        documents.append((name, ubl_document(attached)))
    return documents


def peppol_xml(db: Database, invoice_id: int) -> bytes:
    """One issued invoice or credit note as a Peppol UBL document."""
    ((_name, data),) = peppol_documents(db, [invoice_id])
    return data


def save_peppol_invoice(db: Database, invoice_id: int, path: Path) -> Path:
    """Write one e-invoice to `path`, whole or not at all."""
    write_atomically(Path(path), peppol_xml(db, invoice_id))
    record_einvoice_written(db, [invoice_id])
    return Path(path)


def _existing_folder(folder: Path) -> Path:
    folder = Path(folder)
    if not folder.is_dir():
        raise NotFoundError(
            QT_TRANSLATE_NOOP("messages", "There is no folder {folder}."), folder=str(folder)
        )
    return folder


def export_peppol_invoices(db: Database, invoice_ids: Sequence[int], folder: Path) -> list[Path]:
    """Write each invoice as an e-invoice into `folder` (one file each, named by its number);
    nothing is written when one of them is refused."""
    folder = _existing_folder(folder)
    if not invoice_ids:
        raise RefusedError(QT_TRANSLATE_NOOP("messages", "Choose the invoices to export."))
    written = []
    for name, data in peppol_documents(db, invoice_ids):
        write_atomically(folder / name, data)
        written.append(folder / name)
    record_einvoice_written(db, invoice_ids)
    return written


def export_peppol(db: Database, numbers: Sequence[int], folder: Path) -> list[Path]:
    """`export_peppol_invoices` for invoice numbers; a draft's id or an unknown number is
    refused before anything is written."""
    folder = _existing_folder(folder)
    return export_peppol_invoices(db, [find_invoice_id(db, number) for number in numbers], folder)
