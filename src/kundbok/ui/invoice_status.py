"""An invoice's status as one invoice reads it ("Obetald", not the list filter's "Obetalda")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kundbok.domain.invoice import InvoiceStatus


def status_text(status: InvoiceStatus) -> str:
    """The status of one invoice or credit note, in the user's language."""

    texts = {
        InvoiceStatus.DRAFT: QCoreApplication.translate("invoice_status", "Draft"),
        InvoiceStatus.UNPAID: QCoreApplication.translate("invoice_status", "Unpaid"),
        InvoiceStatus.OVERDUE: QCoreApplication.translate("invoice_status", "Overdue"),
        InvoiceStatus.PARTLY_PAID: QCoreApplication.translate("invoice_status", "Partly paid"),
        InvoiceStatus.PAID: QCoreApplication.translate("invoice_status", "Paid"),
        InvoiceStatus.OVERPAID: QCoreApplication.translate("invoice_status", "Overpaid"),
        InvoiceStatus.CREDITED: QCoreApplication.translate("invoice_status", "Credited"),
        InvoiceStatus.SETTLED: QCoreApplication.translate("invoice_status", "Settled"),
        InvoiceStatus.REFUND_DUE: QCoreApplication.translate("invoice_status", "Refund due"),
    }
    return texts[status]
