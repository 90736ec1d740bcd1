"""The editor's buttons for what may happen to the invoice next, enabled by its life cycle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from kundbok.domain.invoice import (
    InvoiceDetails,
    can_credit,
    can_delete,
    can_edit,
    can_issue,
    can_mark_paid,
    can_refund,
    can_register_payment,
)
from kundbok.services.invoice_queries import InvoiceRow
from kundbok.ui.invoice_status import status_description, status_text

Slot = Callable[[], object]
OUTPUT_BUTTONS = (
    "button_save_pdf",
    "button_print",
    "button_preview",
    "button_send_email",
    "button_export_einvoice",
)


class ActionBar(QWidget):
    """Save, issue, PDF, print, credit, mark paid, delete draft, and the invoice's status."""

    def __init__(self, parent: QWidget, slots: dict[str, Slot]) -> None:
        super().__init__(parent)
        texts = {
            "button_save": self.tr("Save draft"),
            "button_issue": self.tr("Issue invoice"),
            "button_credit": self.tr("Credit…"),
            "button_mark_paid": self.tr("Mark paid"),
            "button_payment": self.tr("Payment…"),
            "button_delete_draft": self.tr("Delete draft"),
            "button_save_pdf": self.tr("Save as PDF…"),
            "button_print": self.tr("Print…"),
            "button_preview": self.tr("Preview"),
            "button_send_email": self.tr("Send by e-mail…"),
            "button_export_einvoice": self.tr("Export e-invoice…"),
        }
        # Two rows, the invoice's life cycle above and its ways out below: one row of ten
        # buttons would make the form too wide to leave the preview pane room.
        life_cycle, output = QHBoxLayout(), QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(life_cycle)
        layout.addLayout(output)
        self.buttons: dict[str, QPushButton] = {}
        for name, text in texts.items():
            self.buttons[name] = button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slots[name]: slot())
            (output if name in OUTPUT_BUTTONS else life_cycle).addWidget(button)
        life_cycle.addStretch()
        output.addStretch()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("invoice_state")
        life_cycle.addWidget(self.state_label)

    def update_for(self, invoice: InvoiceDetails | None, row: InvoiceRow | None = None) -> None:
        """Offer only what the life cycle allows for `invoice` (None: no customer chosen yet);
        the status from `row`, the invoice as the list reads it with its payments, when given."""
        enabled = {name: False for name in self.buttons}
        if invoice is not None:
            enabled.update(
                button_save=can_edit(invoice),
                button_issue=can_issue(invoice),
                button_save_pdf=True,
                button_print=True,
                button_preview=True,
                button_credit=can_credit(invoice),
                button_mark_paid=can_mark_paid(invoice),
                # A credit note takes no payments, but pays back what the customer is owed.
                button_payment=can_register_payment(invoice) or can_refund(invoice),
                button_delete_draft=invoice.id is not None and can_delete(invoice),
                button_send_email=invoice.number is not None,
                button_export_einvoice=invoice.number is not None,
            )
        for name, button in self.buttons.items():
            button.setEnabled(enabled[name])
        credit_note = invoice is not None and invoice.kind == "credit_note"
        self.buttons["button_mark_paid"].setText(
            self.tr("Mark refunded") if credit_note else self.tr("Mark paid")
        )
        self.buttons["button_payment"].setText(
            self.tr("Refund…") if credit_note else self.tr("Payment…")
        )
        if invoice is None:
            self.state_label.setText("")
            return
        text = (
            status_description(row)
            if row is not None
            else status_text(invoice.status(dt.date.today()))
        )
        if invoice.reminder_level and invoice.reminded_on is not None:
            text += " · " + self.tr("reminder {level} sent {date}").format(
                level=invoice.reminder_level, date=invoice.reminded_on.isoformat()
            )
        self.state_label.setText(text)


def window_title(invoice: InvoiceDetails | None, unsaved: bool) -> str:
    """The editor's title: "Invoice 12", "New invoice (draft)", marked * with unsaved edits."""
    if invoice is None:
        title = QCoreApplication.translate("InvoiceEditor", "New invoice")
    elif invoice.number is None:
        title = QCoreApplication.translate("InvoiceEditor", "New invoice (draft)")
    else:
        kind = (
            QCoreApplication.translate("InvoiceEditor", "Credit note")
            if invoice.kind == "credit_note"
            else QCoreApplication.translate("InvoiceEditor", "Invoice")
        )
        title = f"{kind} {invoice.number}"
    return title + (" *" if unsaved else "")
