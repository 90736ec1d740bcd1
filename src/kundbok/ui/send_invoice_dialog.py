"""Sending invoices by e-mail from the GUI: one invoice to an address the user may edit, or
all unsent ones with a progress dialog. The password is asked once a session where no keyring
keeps it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.mail.invoices import InvoiceSendOutcome, invoice_recipient, send_invoices
from kundbok.services.mail.secrets import save_smtp_password, smtp_password
from kundbok.services.mail.settings import get_smtp_account
from kundbok.ui.errors import attempt


class RecipientDialog(QDialog):
    """Skicka med e-post: the address, the customer's by default, editable before sending."""

    def __init__(self, number: int | None, address: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recipient_dialog")
        self.setWindowTitle(self.tr("Send invoice {number} by e-mail").format(number=number))
        self.field_recipient = QLineEdit(address, self)
        self.field_recipient.setObjectName("field_recipient")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("To"), self.field_recipient)
        form.addRow(buttons)


def mail_password(parent: QWidget, db: Database) -> tuple[bool, str | None]:
    """(go on, password): the saved one, or asked once and kept for the session."""
    account = get_smtp_account(db)
    if not account.user:
        return True, None
    saved = smtp_password(account.host, account.user)
    if saved:
        return True, saved
    typed, ok = QInputDialog.getText(
        parent,
        QApplication.translate("SendInvoices", "Mail server password"),
        QApplication.translate("SendInvoices", "Password for {user} on {host}:").format(
            user=account.user, host=account.host
        ),
        QLineEdit.EchoMode.Password,
    )
    if not ok:
        return False, None
    save_smtp_password(account.host, account.user, typed)
    return True, typed


def send_one_invoice(
    parent: QWidget, db: Database, invoice_id: int, number: int | None, already_sent: bool
) -> InvoiceSendOutcome | None:
    """Ask for the address (and, when it went before, whether to send again), then send."""
    title = QApplication.translate("SendInvoices", "Send by e-mail")
    if already_sent:
        again = QMessageBox.question(
            parent,
            title,
            QApplication.translate(
                "SendInvoices", "Invoice {number} has been sent already. Send it again?"
            ).format(number=number),
        )
        if again != QMessageBox.StandardButton.Yes:
            return None
    dialog = RecipientDialog(number, invoice_recipient(db, invoice_id), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    go_on, password = mail_password(parent, db)
    if not go_on:
        return None
    address = dialog.field_recipient.text().strip()
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        outcomes = attempt(
            parent,
            title,
            lambda: send_invoices(db, [invoice_id], password, recipients={invoice_id: address}),
        )
    finally:
        QApplication.restoreOverrideCursor()
    if not outcomes:
        return None
    _tell(parent, title, outcomes)
    return outcomes[0]


def send_many(
    parent: QWidget, db: Database, invoice_ids: Sequence[int]
) -> list[InvoiceSendOutcome]:
    """Send `invoice_ids` with a progress dialog that can stop the batch; report the outcome."""
    title = QApplication.translate("SendInvoices", "Send unsent invoices")
    if not invoice_ids:
        QMessageBox.information(
            parent, title, QApplication.translate("SendInvoices", "There are no unsent invoices.")
        )
        return []
    go_on, password = mail_password(parent, db)
    if not go_on:
        return []
    progress = QProgressDialog(
        QApplication.translate("SendInvoices", "Sending invoices…"),
        QApplication.translate("SendInvoices", "Stop"),
        0,
        len(invoice_ids),
        parent,
    )
    progress.setObjectName("send_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)

    def advance(done: int, total: int) -> bool:
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        outcomes = attempt(
            parent, title, lambda: send_invoices(db, list(invoice_ids), password, advance)
        )
    finally:
        progress.close()
    if outcomes:
        _tell(parent, title, outcomes)
    return outcomes or []


def _tell(parent: QWidget, title: str, outcomes: Sequence[InvoiceSendOutcome]) -> None:
    sent = [outcome for outcome in outcomes if outcome.sent]
    lines = [
        QApplication.translate("SendInvoices", "Invoice {number}: {reason}").format(
            number=outcome.number, reason=error_text(outcome.error)
        )
        for outcome in outcomes
        if outcome.error is not None
    ]
    summary = QApplication.translate("SendInvoices", "{sent} of {total} invoices sent.").format(
        sent=len(sent), total=len(outcomes)
    )
    if lines:
        QMessageBox.warning(parent, title, "\n".join([summary, *lines]))
    else:
        QMessageBox.information(parent, title, summary)
