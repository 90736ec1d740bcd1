"""Sending invoices by e-mail from the GUI: one invoice to an address the user may edit, or
all unsent ones with a progress dialog. The password is asked once a session where no keyring
keeps it.

The keyring, the PDFs and the mail server are reached off the window's thread (`run_task`);
*Avbryt* stops a batch between two messages, and the messages the server already accepted stay
recorded as sent.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.mail.errors import SendingCancelledError
from kundbok.services.mail.invoices import InvoiceSendOutcome, invoice_recipient, send_invoices
from kundbok.services.mail.secrets import save_smtp_password, smtp_password
from kundbok.services.mail.settings import get_smtp_account
from kundbok.services.mail.smtp import SmtpAccount
from kundbok.ui.background import TaskControl, run_task


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


def with_mail_password(parent: QWidget, db: Database, then: Callable[[str | None], object]) -> None:
    """Call `then(password)` with the mail server's password: the saved one (read off the
    window's thread: a keyring may take a while, or ask to be unlocked), else asked once and
    kept for the session; None when the server needs none. Not called when the user cancels."""
    title = QApplication.translate("SendInvoices", "Send by e-mail")

    def read(_control: TaskControl) -> tuple[SmtpAccount, str | None]:
        account = get_smtp_account(db)
        return account, smtp_password(account.host, account.user) if account.user else None

    def found(read: tuple[SmtpAccount, str | None]) -> None:
        account, saved = read
        if not account.user or saved:
            then(saved)
            return
        typed, ok = QInputDialog.getText(
            parent,
            QApplication.translate("SendInvoices", "Mail server password"),
            QApplication.translate("SendInvoices", "Password for {user} on {host}:").format(
                user=account.user, host=account.host
            ),
            QLineEdit.EchoMode.Password,
        )
        if not ok:
            return
        run_task(
            parent,
            lambda _control: save_smtp_password(account.host, account.user, typed),
            lambda _kept: then(typed),
            title=title,
            text=QApplication.translate("SendInvoices", "Keeping the password…"),
            cancellable=False,
        )

    run_task(
        parent,
        read,
        found,
        title=title,
        text=QApplication.translate("SendInvoices", "Reading the mail settings…"),
    )


def send_one_invoice(
    parent: QWidget,
    db: Database,
    invoice_id: int,
    number: int | None,
    already_sent: bool,
    sent: Callable[[InvoiceSendOutcome], object],
) -> None:
    """Ask for the address (and, when it went before, whether to send again), then send off the
    window's thread; `sent(outcome)` once the server has answered."""
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
            return
    dialog = RecipientDialog(number, invoice_recipient(db, invoice_id), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    address = dialog.field_recipient.text().strip()

    def told(outcomes: list[InvoiceSendOutcome]) -> None:
        _tell(parent, title, outcomes)
        sent(outcomes[0])

    with_mail_password(
        parent,
        db,
        lambda password: run_task(
            parent,
            lambda _control: send_invoices(
                db, [invoice_id], password, recipients={invoice_id: address}
            ),
            told,
            title=title,
            text=QApplication.translate("SendInvoices", "Sending invoice {number}…").format(
                number=number
            ),
            cancellable=False,  # one message: it goes or it does not
        ),
    )


def send_many(
    parent: QWidget,
    db: Database,
    invoice_ids: Sequence[int],
    sent: Callable[[list[InvoiceSendOutcome]], object],
) -> None:
    """Send `invoice_ids` off the window's thread, with a progress dialog whose *Avbryt* stops
    the batch between two messages; report the outcome and call `sent(outcomes)`."""
    title = QApplication.translate("SendInvoices", "Send unsent invoices")
    if not invoice_ids:
        QMessageBox.information(
            parent, title, QApplication.translate("SendInvoices", "There are no unsent invoices.")
        )
        return
    ids = list(invoice_ids)

    def told(outcomes: list[InvoiceSendOutcome]) -> None:
        _tell(parent, title, outcomes)
        sent(outcomes)

    def send(password: str | None) -> None:
        task = run_task(
            parent,
            lambda control: send_invoices(db, ids, password, control.report),
            told,
            title=title,
            text=QApplication.translate("SendInvoices", "Sending {count} invoices…").format(
                count=len(ids)
            ),
        )
        task.progress.setObjectName("send_progress")

    with_mail_password(parent, db, send)


def _tell(parent: QWidget, title: str, outcomes: Sequence[InvoiceSendOutcome]) -> None:
    sent = [outcome for outcome in outcomes if outcome.sent]
    stopped = [o for o in outcomes if isinstance(o.error, SendingCancelledError)]
    lines = [
        QApplication.translate("SendInvoices", "Invoice {number}: {reason}").format(
            number=outcome.number, reason=error_text(outcome.error)
        )
        for outcome in outcomes
        if outcome.error is not None and outcome not in stopped
    ]
    summary = QApplication.translate("SendInvoices", "{sent} of {total} invoices sent.").format(
        sent=len(sent), total=len(outcomes)
    )
    if stopped:  # one line for the invoices the user stopped, not one each
        lines.insert(
            0,
            QApplication.translate(
                "SendInvoices", "Sending was stopped: {count} invoices were not sent."
            ).format(count=len(stopped)),
        )
    if lines:
        QMessageBox.warning(parent, title, "\n".join([summary, *lines]))
    else:
        QMessageBox.information(parent, title, summary)
