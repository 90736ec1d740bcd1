"""An invoice's status as one invoice reads it ("Obetald", not the list filter's "Obetalda")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kundbok.domain.invoice import InvoiceStatus
from kundbok.services.invoice_queries import InvoiceRow
from kundbok.ui.formatting import display_money


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


def status_description(row: InvoiceRow) -> str:
    """The status with what a user asks next: how many days late, how much is still open after
    part payments, or how much was paid too much."""
    open_amount = display_money(row.open_amount)
    if row.status == InvoiceStatus.OVERDUE:
        late = (
            QCoreApplication.translate("invoice_status", "Overdue 1 day")
            if row.days_overdue == 1
            else QCoreApplication.translate("invoice_status", "Overdue {days} days").format(
                days=row.days_overdue
            )
        )
        if row.paid > 0:
            return QCoreApplication.translate("invoice_status", "{status}, {amount} open").format(
                status=late, amount=open_amount
            )
        return late
    if row.status == InvoiceStatus.PARTLY_PAID:
        return QCoreApplication.translate("invoice_status", "Partly paid, {amount} open").format(
            amount=open_amount
        )
    if row.status == InvoiceStatus.REFUND_DUE:
        return QCoreApplication.translate("invoice_status", "Refund due, {amount}").format(
            amount=display_money(-row.open_amount)
        )
    if row.status == InvoiceStatus.OVERPAID:
        return QCoreApplication.translate("invoice_status", "Overpaid by {amount}").format(
            amount=display_money(-row.open_amount)
        )
    return status_text(row.status)
