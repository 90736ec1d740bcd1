"""Exportera e-faktura…: issued invoices saved as Peppol e-invoices (UBL 2.1 files), from the
invoice editor (one file the user names) and the invoice list (one file each, into a folder).
The files (each with the invoice's PDF inside) are made and written off the window's thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from kundbok.ui.background import TaskControl, run_task


def export_einvoice(parent: QWidget, db: Database, invoice: InvoiceDetails | None) -> None:
    """Save one issued invoice as an e-invoice file the user names (nothing when cancelled;
    a refusal is shown)."""
    if invoice is None or invoice.id is None or invoice.number is None:
        return
    invoice_id = invoice.id
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("EInvoiceExport", "Export e-invoice"),
        einvoice_file_name(invoice.number, invoice.kind),
        QCoreApplication.translate("EInvoiceExport", "Peppol e-invoices (*.xml)"),
    )
    if not path:
        return
    run_task(
        parent,
        lambda _control: save_peppol_invoice(db, invoice_id, Path(path)),
        lambda _path: None,
        title=QCoreApplication.translate("EInvoiceExport", "E-invoice not exported"),
        text=QCoreApplication.translate("EInvoiceExport", "Writing {file}…").format(
            file=Path(path).name
        ),
        cancellable=False,
    )


def export_einvoices(
    parent: QWidget,
    db: Database,
    invoice_ids: Sequence[int],
    written: Callable[[list[Path]], object] = lambda _paths: None,
) -> None:
    """Write each issued invoice as an e-invoice into a folder the user chooses, off the
    window's thread, and say how many were written; nothing is written when one of them is
    refused. `written(paths)` afterwards."""
    if not invoice_ids:
        return
    folder = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("EInvoiceExport", "Export e-invoices to folder")
    )
    if not folder:
        return
    ids = list(invoice_ids)

    def write(_control: TaskControl) -> list[Path]:
        return export_peppol_invoices(db, ids, Path(folder))

    def tell(paths: list[Path]) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("EInvoiceExport", "Export e-invoice"),
            QCoreApplication.translate(
                "EInvoiceExport",
                "{count} e-invoices written to {folder}. Upload them to your Peppol access point.",
            ).format(count=len(paths), folder=folder),
        )
        written(paths)

    run_task(
        parent,
        write,
        tell,
        title=QCoreApplication.translate("EInvoiceExport", "E-invoices not exported"),
        text=QCoreApplication.translate("EInvoiceExport", "Writing {count} e-invoices…").format(
            count=len(ids)
        ),
        cancellable=False,  # all are checked before any is written
    )
