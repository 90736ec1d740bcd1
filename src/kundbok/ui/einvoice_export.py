"""Exportera e-faktura…: issued invoices saved as Peppol e-invoices (UBL 2.1 files), from the
invoice editor (one file the user names) and the invoice list (one file each, into a folder)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails
from kundbok.services.peppol_export import (
    einvoice_file_name,
    export_peppol_invoices,
    save_peppol_invoice,
)
from kundbok.ui.errors import attempt


def export_einvoice(parent: QWidget, db: Database, invoice: InvoiceDetails | None) -> Path | None:
    """Save one issued invoice as an e-invoice file the user names; None when cancelled or
    refused (the reason is shown)."""
    if invoice is None or invoice.id is None or invoice.number is None:
        return None
    invoice_id = invoice.id
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EInvoiceExport", "Export e-invoice"),
        einvoice_file_name(invoice.number, invoice.kind),
        QCoreApplication.translate("EInvoiceExport", "Peppol e-invoices (*.xml)"),
    )
    if not path:
        return None
    return attempt(
        parent,
        QCoreApplication.translate("EInvoiceExport", "E-invoice not exported"),
        lambda: save_peppol_invoice(db, invoice_id, Path(path)),
    )


def export_einvoices(parent: QWidget, db: Database, invoice_ids: Sequence[int]) -> list[Path]:
    """Write each issued invoice as an e-invoice into a folder the user chooses, and say how
    many were written; nothing is written when one of them is refused."""
    if not invoice_ids:
        return []
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("EInvoiceExport", "Export e-invoices to folder")
    )
    if not folder:
        return []
    written = attempt(
        parent,
        QCoreApplication.translate("EInvoiceExport", "E-invoices not exported"),
        lambda: export_peppol_invoices(db, invoice_ids, Path(folder)),
    )
    if not written:
        return []
    QMessageBox.information(
        parent,
        QCoreApplication.translate("EInvoiceExport", "Export e-invoice"),
        QCoreApplication.translate(
            "EInvoiceExport",
            "{count} e-invoices written to {folder}. Upload them to your Peppol access point.",
        ).format(count=len(written), folder=folder),
    )
    return written
