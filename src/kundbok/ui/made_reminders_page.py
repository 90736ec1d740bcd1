"""Skickade påminnelser: the reminders already made, to print, save or e-mail one again.

A copy is the stored reminder as it was made (its date, fee, interest and invoices): sending
it again raises no reminder level and charges no second fee. An e-mail sent again is recorded
in the customer's history like the first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.files import write_atomically
from kundbok.services.mail.reminders import reminder_recipient, send_reminders
from kundbok.services.pdf.reminder import reminder_pdf
from kundbok.services.pdf.reminder_labels import reminder_labels_for
from kundbok.services.reminders.delivery import mark_reminders_printed
from kundbok.services.reminders.history import MadeReminderRow, made_reminders
from kundbok.services.reminders.overdue import get_reminder
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date
from kundbok.ui.printing import preview_pdfs
from kundbok.ui.read_only_table import fill_table, read_only_table
from kundbok.ui.send_invoice_dialog import mail_password


class MadeRemindersPage(QWidget):
    """The list of reminders made, newest first, with what can be done with one again."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("made_reminders_page")
        self._db = db
        self.rows: list[MadeReminderRow] = []
        self.table = read_only_table(
            self,
            "made_reminders_table",
            [
                self.tr("Reminder"),
                self.tr("Date"),
                self.tr("Customer"),
                self.tr("Invoices"),
                self.tr("Total"),
                self.tr("Currency"),
                self.tr("Sent"),
            ],
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.button_print = self._button("button_print_made_reminder", self.tr("Print…"))
        self.button_print.clicked.connect(self.print_selected)
        self.button_pdf = self._button("button_save_made_reminder", self.tr("Save PDF…"))
        self.button_pdf.clicked.connect(self.save_selected)
        self.button_mail = self._button("button_mail_made_reminder", self.tr("E-mail again…"))
        self.button_mail.clicked.connect(self.mail_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.button_print, self.button_pdf, self.button_mail):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def refresh(self) -> None:
        """Read the reminders made again."""
        self.rows = attempt(self, self.tr("Reminders"), lambda: made_reminders(self._db)) or []
        fill_table(
            self.table,
            [
                (
                    reminder.reminder_id,
                    display_date(reminder.reminder_date),
                    f"{reminder.customer_number} {reminder.customer_name}",
                    ", ".join(str(number) for number in reminder.invoice_numbers),
                    reminder.total,
                    reminder.currency,
                    self._delivery(reminder),
                )
                for reminder in self.rows
            ],
        )

    def _delivery(self, reminder: MadeReminderRow) -> str:
        """When and how the reminder went: e-mailed to whom, printed, or not yet."""
        if reminder.sent_at:
            return f"{display_date(reminder.sent_at)} {reminder.sent_to or ''}".strip()
        if reminder.printed_at:
            return self.tr("{date} printed").format(date=display_date(reminder.printed_at))
        return self.tr("Not yet sent")

    def selected(self) -> MadeReminderRow | None:
        """The reminder selected, after saying to select one when none is."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            return self.rows[rows[0].row()]
        QMessageBox.information(self, self.tr("Reminders"), self.tr("Select a reminder."))
        return None

    def print_selected(self) -> None:
        """Show the selected reminder's pages as they print, to print from there."""
        chosen = self.selected()
        if chosen is None:
            return
        title = self.tr("Reminders")
        pdf = attempt(self, title, lambda: reminder_pdf(self._db, chosen.reminder_id))
        preview = None if pdf is None else attempt(self, title, lambda: preview_pdfs(self, [pdf]))
        if preview is not None:  # printed: a reminder not sent before counts from now
            preview.accepted.connect(lambda: self._printed([chosen.reminder_id]))

    def _printed(self, reminder_ids: list[int]) -> None:
        attempt(self, self.tr("Reminders"), lambda: mark_reminders_printed(self._db, reminder_ids))
        self.refresh()

    def save_selected(self) -> Path | None:
        """Write the selected reminder's PDF to a file the user names."""
        chosen = self.selected()
        if chosen is None:
            return None
        language = get_reminder(self._db, chosen.reminder_id).language
        name = reminder_labels_for(language)["attachment"].format(number=chosen.reminder_id)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save reminder as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None

        def write() -> Path:
            write_atomically(Path(path), reminder_pdf(self._db, chosen.reminder_id))
            mark_reminders_printed(self._db, [chosen.reminder_id])  # saved is printed
            return Path(path)

        saved = attempt(self, self.tr("Reminders"), write)
        self.refresh()
        return saved

    def mail_selected(self) -> bool:
        """E-mail the selected reminder again, to an address the user may change."""
        chosen = self.selected()
        if chosen is None:
            return False
        title = self.tr("Reminders")
        address, accepted = QInputDialog.getText(
            self,
            self.tr("E-mail reminder again"),
            self.tr("Send reminder {number} again to:").format(number=chosen.reminder_id),
            QLineEdit.EchoMode.Normal,
            chosen.sent_to or reminder_recipient(self._db, chosen.reminder_id),
        )
        if not accepted:
            return False
        go_on, password = mail_password(self, self._db)
        if not go_on:
            return False
        ids = {chosen.reminder_id: address.strip()}
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            outcomes = attempt(
                self, title, lambda: send_reminders(self._db, list(ids), password, recipients=ids)
            )
        finally:
            QApplication.restoreOverrideCursor()
        if not outcomes:
            return False
        self.refresh()
        [outcome] = outcomes
        if outcome.error is not None:
            QMessageBox.warning(self, title, error_text(outcome.error))
            return False
        QMessageBox.information(
            self, title, self.tr("Sent to {address}.").format(address=outcome.recipient)
        )
        return True
