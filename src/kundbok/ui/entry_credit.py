"""After an invoice made from entries is credited: ask whether its entries are freed for a new
invoice (else they stay on the credited invoice, billed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kundbok.db.session import Database
from kundbok.services.entry_invoicing import entries_on, free_credited_entries
from kundbok.ui.errors import attempt


def offer_to_free_entries(
    parent: QWidget, db: Database, invoice_id: int, number: int | None
) -> int:
    """Ask, when the credited invoice has entries, whether to free them; returns how many were
    freed."""
    count = entries_on(db, invoice_id)
    if not count:
        return 0
    title = QCoreApplication.translate("EntryCredit", "Free the entries")
    answer = QMessageBox.question(
        parent,
        title,
        QCoreApplication.translate(
            "EntryCredit",
            "Invoice {number} was made from {count} entries. Free them, so that they can be "
            "invoiced again (corrected, if need be)? Otherwise they stay on the credited invoice.",
        ).format(number=number, count=count),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return 0
    return attempt(parent, title, lambda: free_credited_entries(db, invoice_id)) or 0
