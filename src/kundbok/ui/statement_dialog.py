"""Skicka kontoutdrag: the statement of account of one customer (the card's Fakturor tab) or of
the customers selected in the list, for a period: previewed, printed, saved as PDF or e-mailed.

The statements are read and drawn, or e-mailed, on a worker thread (as the editor's preview
pane builds its PDF), with progress and a way to stop; the results come back to the window.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text
from kundbok.services.files import write_atomically
from kundbok.services.mail.statements import StatementOutcome
from kundbok.services.pdf.statement_labels import statement_labels_for
from kundbok.services.statements import CustomerStatement, default_period
from kundbok.ui.accessibility import name_controls
from kundbok.ui.errors import attempt
from kundbok.ui.print_jobs import preview, print_with_dialog
from kundbok.ui.send_invoice_dialog import with_mail_password
from kundbok.ui.worker_call import Progress, WorkerCall

Drawn = list[tuple[CustomerStatement, bytes]]


def _draw(
    db: Database, customer_ids: Sequence[int], period: tuple[dt.date, dt.date], go_on: Progress
) -> Drawn:
    """Each customer's statement and its PDF (on the worker; reportlab loads there)."""
    from kundbok.services.pdf.statement import render_statement_pdf
    from kundbok.services.settings import get_company
    from kundbok.services.statements import statement_of

    company = get_company(db)
    drawn: Drawn = []
    for customer_id in customer_ids:
        account = statement_of(db, customer_id, *period)
        drawn.append((account, render_statement_pdf(account, company)))
        if not go_on(len(drawn), len(customer_ids)):
            break
    return drawn


def file_name(account: CustomerStatement) -> str:
    """ "Kontoutdrag 1023.pdf" (in the customer's language)."""
    label = statement_labels_for(account.language)["attachment"]
    return label.format(number=account.customer_number)


class StatementDialog(QDialog):
    """`statement_dialog`: `statement_customers`, `statement_from`, `statement_to`,
    `button_preview_statement`, `button_print_statement`, `button_save_statement`,
    `button_mail_statement`, `statement_progress` and `button_stop_statements`."""

    made = Signal(str)  # what was done: "preview", "print", "save" or "mail"

    def __init__(
        self, db: Database, customer_ids: Sequence[int], names: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statement_dialog")
        self.setWindowTitle(self.tr("Statement of account"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._ids = list(customer_ids)
        self._action = ""
        self.worker = WorkerCall(self)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.outcome: object = None  # the last job's: the statements drawn, or sent
        first, last = default_period()
        self.statement_customers = QLabel(names, self)
        self.statement_customers.setObjectName("statement_customers")
        self.statement_customers.setWordWrap(True)
        self.statement_from = self._date("statement_from", first)
        self.statement_to = self._date("statement_to", last)
        form = QFormLayout()
        form.addRow(self.tr("Customers"), self.statement_customers)
        form.addRow(self.tr("From"), self.statement_from)
        form.addRow(self.tr("To"), self.statement_to)
        self.statement_progress = QProgressBar(self)
        self.statement_progress.setObjectName("statement_progress")
        self.statement_progress.hide()
        self.button_stop_statements = self._button("button_stop_statements", self.tr("Stop"))
        self.button_stop_statements.clicked.connect(self.worker.stop)
        self.button_stop_statements.hide()
        self._actions = {
            "preview": self._button("button_preview_statement", self.tr("Preview")),
            "print": self._button("button_print_statement", self.tr("Print…")),
            "save": self._button("button_save_statement", self.tr("Save as PDF…")),
            "mail": self._button("button_mail_statement", self.tr("Send by e-mail")),
        }
        for action, button in self._actions.items():
            button.clicked.connect(lambda _checked=False, action=action: self.start(action))
        close = self._button("button_close", self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (*self._actions.values(), close):
            buttons.addWidget(button)
        progress = QHBoxLayout()
        progress.addWidget(self.statement_progress, 1)
        progress.addWidget(self.button_stop_statements)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(progress)
        layout.addLayout(buttons)
        name_controls(self)

    def _date(self, name: str, value: dt.date) -> QDateEdit:
        edit = QDateEdit(QDate(value.year, value.month, value.day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def period(self) -> tuple[dt.date, dt.date]:
        """The period chosen."""
        first, last = self.statement_from.date(), self.statement_to.date()
        return (
            dt.date(first.year(), first.month(), first.day()),
            dt.date(last.year(), last.month(), last.day()),
        )

    def start(self, action: str) -> bool:
        """Make the statements for `action` on the worker; False when it does not start."""
        first, last = self.period()
        if last < first:
            QMessageBox.warning(
                self, self.windowTitle(), self.tr("The period ends before it begins.")
            )
            return False
        if action == "mail":
            with_mail_password(self, self._db, lambda password: self._run(action, password))
        else:
            self._run(action, None)
        return True

    def _run(self, action: str, password: str | None) -> None:
        first, last = self.period()
        self._working(True)
        self._action = action
        db, ids = self._db, self._ids
        if action == "mail":
            from kundbok.services.mail.statements import send_statements

            self.worker.start(lambda go_on: send_statements(db, ids, first, last, password, go_on))
        else:
            self.worker.start(lambda go_on: _draw(db, ids, (first, last), go_on))

    def _working(self, working: bool) -> None:
        for button in self._actions.values():
            button.setEnabled(not working)
        self.statement_progress.setVisible(working)
        self.button_stop_statements.setVisible(working)
        self.statement_progress.setRange(0, max(1, len(self._ids)))
        self.statement_progress.setValue(0)

    def _progressed(self, done: int, total: int) -> None:
        self.statement_progress.setRange(0, total)
        self.statement_progress.setValue(done)

    def _failed(self, error: KundbokError | None) -> None:
        self._working(False)
        QMessageBox.warning(
            self,
            self.windowTitle(),
            error_text(error)
            if error is not None
            else self.tr("The statements could not be made; the details are in the log."),
        )

    def _finished(self, result: object) -> None:
        self._working(False)
        action = self._action
        self.outcome = result
        if action == "mail":
            self._tell_sent(result)  # type: ignore[arg-type]
        else:
            drawn: Drawn = result  # type: ignore[assignment]
            pdfs = [pdf for _, pdf in drawn]
            if action == "preview":
                preview(self, lambda _control: pdfs)
            elif action == "print":
                print_with_dialog(self, lambda _control: pdfs)
            else:
                self._save(drawn)
        self.made.emit(action)

    def _save(self, drawn: Drawn) -> None:
        title = self.tr("Save statement")
        if len(drawn) == 1:
            account, pdf = drawn[0]
            path, _ = QFileDialog.getSaveFileName(
                self, title, file_name(account), self.tr("PDF files (*.pdf)")
            )
            if path:
                attempt(self, title, lambda: write_atomically(Path(path), pdf))
            return
        folder = QFileDialog.getExistingDirectory(self, title)
        if not folder:
            return

        def write_all() -> int:
            for account, pdf in drawn:
                write_atomically(Path(folder) / file_name(account), pdf)
            return len(drawn)

        if attempt(self, title, write_all) is None:
            return
        QMessageBox.information(
            self,
            title,
            self.tr("{count} statements saved in {folder}.").format(
                count=len(drawn), folder=folder
            ),
        )

    def _tell_sent(self, outcomes: list[StatementOutcome]) -> None:
        sent = [outcome for outcome in outcomes if outcome.sent]
        lines = [
            self.tr("{name}: {reason}").format(name=o.name, reason=error_text(o.error))
            for o in outcomes
            if o.error is not None
        ]
        summary = self.tr("{sent} of {total} statements sent.").format(
            sent=len(sent), total=len(outcomes)
        )
        if lines:
            QMessageBox.warning(self, self.windowTitle(), "\n".join([summary, *lines]))
        else:
            QMessageBox.information(self, self.windowTitle(), summary)


def open_statement_dialog(
    parent: QWidget | None, db: Database, customer_ids: Sequence[int], names: Sequence[str]
) -> StatementDialog | None:
    """The statement dialog for the customers (non-modal); None when none is chosen."""
    if not customer_ids:
        return None
    shown = ", ".join(names[:5]) + (f" … (+{len(names) - 5})" if len(names) > 5 else "")
    dialog = StatementDialog(db, customer_ids, shown, parent)
    dialog.show()
    return dialog
