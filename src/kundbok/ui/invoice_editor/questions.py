"""What the invoice editor asks before it does something that cannot be taken back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

Button = QMessageBox.StandardButton


def confirm_issue(parent: QWidget) -> bool:
    """Issuing draws a number and freezes the invoice."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Issue invoice"),
        QCoreApplication.translate(
            "InvoiceEditor",
            "Issue the invoice? It gets the next number and can then only be corrected "
            "with a credit note.",
        ),
    )
    return answer == Button.Yes


def confirm_credit(parent: QWidget, number: int | None) -> bool:
    """A credit note cancels the whole invoice."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Credit invoice"),
        QCoreApplication.translate(
            "InvoiceEditor", "Make a credit note for the whole of invoice {number}?"
        ).format(number=number),
    )
    return answer == Button.Yes


def confirm_delete_draft(parent: QWidget) -> bool:
    """A deleted draft is gone (it has no number, so no gap is left)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Delete draft"),
        QCoreApplication.translate(
            "InvoiceEditor", "Delete this draft invoice? This cannot be undone."
        ),
    )
    return answer == Button.Yes


def confirm_passive_customer(parent: QWidget, name: str) -> bool:
    """A passive customer is invoiced only when the user says so."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Passive customer"),
        QCoreApplication.translate(
            "InvoiceEditor", "{name} is passive. Invoice the customer anyway?"
        ).format(name=name),
    )
    return answer == Button.Yes


def ask_save_changes(parent: QWidget) -> Button:
    """Save, Discard or Cancel for a draft with unsaved changes."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("InvoiceEditor", "Unsaved changes"),
        QCoreApplication.translate(
            "InvoiceEditor", "The invoice has changes that are not saved. Save the draft?"
        ),
        Button.Save | Button.Discard | Button.Cancel,
        Button.Save,
    )
