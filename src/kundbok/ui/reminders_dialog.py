"""Förfallna fakturor: the customers to remind with what a reminder would contain, and the
invoices paid late that a räntefaktura may be made for.

Skickade påminnelser lists the reminders made, to print, save or e-mail one again as it was.
Skicka påminnelse makes the reminders of the selected customers and sends each like an invoice:
by e-mail to a customer invoiced by e-mail, else to the print preview. Spara PDF makes them and
writes their PDFs to a folder. Skapa räntefaktura issues the selected invoices' räntefakturor.
Making, sending, rendering and writing run off the window's thread (`run_task`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.domain.invoice import InvoiceDetails
from kundbok.i18n import error_text
from kundbok.services.files import write_atomically
from kundbok.services.mail.reminders import SentReminder, send_new_reminders
from kundbok.services.pdf.reminder import reminder_pdf
from kundbok.services.pdf.reminder_labels import reminder_labels_for
from kundbok.services.reminders.delivery import mark_reminders_printed
from kundbok.services.reminders.interest import (
    LatePayment,
    create_interest_invoice,
    late_payments,
)
from kundbok.services.reminders.overdue import CustomerReminder, make_reminders
from kundbok.services.reminders.overdue import overdue_customers as list_overdue
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.errors import attempt, show_refusal
from kundbok.ui.formatting import display_money
from kundbok.ui.made_reminders_page import MadeRemindersPage
from kundbok.ui.print_jobs import print_on
from kundbok.ui.printing import PreviewPage, open_preview, preview_pages
from kundbok.ui.read_only_table import fill_table, read_only_table
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.send_invoice_dialog import with_mail_password


class RemindersDialog(QDialog):
    """The overdue list and the late payments, with what can be done about them."""

    invoices_changed = Signal()  # a räntefaktura was issued

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminders_dialog")
        self.setWindowTitle(self.tr("Overdue invoices"))
        resize_to_fit(self, 960, 480)
        self._db = db
        self.reminders: list[CustomerReminder] = []
        self.late: list[LatePayment] = []

        self.field_date = QDateEdit(QDate.currentDate(), self)
        self.field_date.setObjectName("field_reminder_date")
        self.field_date.setCalendarPopup(True)
        self.field_date.setDisplayFormat("yyyy-MM-dd")
        self.field_date.dateChanged.connect(lambda _date: self.refresh())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Reminder date"), self))
        top.addWidget(self.field_date)
        top.addStretch(1)

        self.overdue_table = read_only_table(
            self,
            "overdue_table",
            [
                self.tr("Customer no."),
                self.tr("Customer"),
                self.tr("Invoices"),
                self.tr("Reminder"),
                self.tr("Days late"),
                self.tr("Overdue"),
                self.tr("Fee"),
                self.tr("Compensation"),
                self.tr("Interest"),
                self.tr("Total"),
                self.tr("Sent by"),
            ],
        )
        self.button_send = QPushButton(self.tr("Send reminder"), self)
        self.button_send.setObjectName("button_send_reminders")
        self.button_send.clicked.connect(self.send_selected)
        self.button_save_pdf = QPushButton(self.tr("Save PDF…"), self)
        self.button_save_pdf.setObjectName("button_save_reminder_pdf")
        self.button_save_pdf.clicked.connect(self.save_selected)
        overdue_page = self._page(self.overdue_table, self.button_send, self.button_save_pdf)

        self.late_table = read_only_table(
            self,
            "late_table",
            [
                self.tr("Invoice"),
                self.tr("Customer"),
                self.tr("Due"),
                self.tr("Paid"),
                self.tr("Days late"),
                self.tr("Interest"),
                self.tr("Reminder fees"),
                self.tr("Compensation"),
                self.tr("Total"),
            ],
        )
        self.button_interest = QPushButton(self.tr("Create interest invoice"), self)
        self.button_interest.setObjectName("button_create_interest_invoice")
        self.button_interest.clicked.connect(self.create_interest_invoices)
        late_page = self._page(self.late_table, self.button_interest)

        self.made_page = MadeRemindersPage(db, self)

        self.tabs = QTabWidget(self)
        self.tabs.addTab(overdue_page, self.tr("To remind"))
        self.tabs.addTab(late_page, self.tr("Paid late"))
        self.tabs.addTab(self.made_page, self.tr("Reminders made"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(close)
        self.refresh()
        name_controls(self)

    def _page(self, table: QTableWidget, *buttons: QPushButton) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        layout.addLayout(row)
        return page

    @property
    def day(self) -> dt.date:
        """The reminder date chosen."""
        chosen = self.field_date.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def refresh(self) -> None:
        """Read the lists again for the chosen date."""
        self.made_page.refresh()
        reminders = attempt(self, self.windowTitle(), lambda: list_overdue(self._db, self.day))
        late = attempt(self, self.windowTitle(), lambda: late_payments(self._db))
        self.reminders, self.late = reminders or [], late or []
        by_email, on_paper = self.tr("E-mail"), self.tr("Paper")
        fill_table(
            self.overdue_table,
            [
                (
                    r.customer_number,
                    # A customer owing in two currencies has a reminder in each.
                    r.customer_name
                    if r.content.currency == "SEK"
                    else f"{r.customer_name} ({r.content.currency})",
                    ", ".join(str(line.receivable.number) for line in r.content.lines),
                    r.content.level,
                    max(line.days_late for line in r.content.lines),
                    r.content.open_total,
                    r.content.fee,
                    r.content.compensation_total,
                    r.content.interest_total,
                    r.content.total,
                    by_email if r.by_email else on_paper,
                )
                for r in self.reminders
            ],
        )
        for row, reminder in enumerate(self.reminders):
            item = self.overdue_table.item(row, 2)
            if item is not None:
                item.setToolTip(self._invoice_lines(reminder))
        fill_table(
            self.late_table,
            [
                (
                    p.number,
                    p.customer_name,
                    p.due_date.isoformat(),
                    p.paid_on.isoformat(),
                    p.days_late,
                    p.interest,
                    p.fees,
                    p.compensation,
                    p.total,
                )
                for p in self.late
            ],
        )

    def _invoice_lines(self, reminder: CustomerReminder) -> str:
        """Each invoice of a reminder: open amount, days late, interest, compensation."""
        return "\n".join(
            self.tr(
                "Invoice {number}: {open} open, {days} days late, interest {interest}, "
                "compensation {compensation}"
            ).format(
                number=line.receivable.number,
                open=display_money(line.open_amount),
                days=line.days_late,
                interest=display_money(line.interest),
                compensation=display_money(line.compensation),
            )
            for line in reminder.content.lines
        )

    def _selected(self, table: QTableWidget) -> list[int]:
        return sorted({index.row() for index in table.selectionModel().selectedRows()})

    def _chosen(self) -> list[CustomerReminder]:
        chosen = [self.reminders[row] for row in self._selected(self.overdue_table)]
        if not chosen:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select the customers to remind.")
            )
        return chosen

    def send_selected(self) -> None:
        """Make the selected customers' reminders and e-mail those invoiced by e-mail (a
        reminder the server refuses is taken back); the others go to the print preview."""
        chosen = self._chosen()
        mailed = [r.customer_id for r in chosen if r.by_email]
        paper = [r.customer_id for r in chosen if not r.by_email]
        db, day, title = self._db, self.day, self.windowTitle()

        def then_paper(summary: str) -> None:
            if paper:
                self._preview_paper(paper, lambda: self._finish(summary))
            else:
                self._finish(summary)

        def send(password: str | None) -> None:
            run_task(
                self,
                lambda control: send_new_reminders(db, mailed, day, password, control.report),
                lambda results: then_paper(self._sent_summary(results)),
                title=title,
                text=self.tr("Sending {count} reminders…").format(count=len(mailed)),
                failed=self._refused(lambda: then_paper("")),
                cancelled=lambda: then_paper(""),
            )

        if mailed:
            with_mail_password(self, db, send)
        elif paper:
            then_paper("")

    def _preview_paper(self, customer_ids: list[int], finished: Callable[[], None]) -> None:
        """Make the paper reminders and open their print preview; then `finished()`."""
        db, day = self._db, self.day

        def work(control: TaskControl) -> tuple[list[int], list[bytes], list[PreviewPage]]:
            ids = [m.reminder_id for m in make_reminders(db, customer_ids, day)]
            pdfs = [reminder_pdf(db, reminder_id) for reminder_id in ids]
            return ids, pdfs, preview_pages(pdfs, control.report)

        def printed(printer: QPrinter, ids: list[int], pdfs: list[bytes]) -> None:
            print_on(self, printer, pdfs)
            self._printed(ids)  # printed: the reminders count from now

        def show(made: tuple[list[int], list[bytes], list[PreviewPage]]) -> None:
            ids, pdfs, pages = made
            if pdfs:
                open_preview(self, pdfs, pages, lambda printer: printed(printer, ids, pdfs))
            finished()

        run_task(
            self,
            work,
            show,
            title=self.windowTitle(),
            text=self.tr("Making the reminders…"),
            failed=self._refused(finished),
            cancellable=False,  # once made, a reminder is kept: it is printed from the list
        )

    def _refused(self, then: Callable[[], None]) -> Callable[[KundbokError], None]:
        """Show a refusal, then go on with `then()` (the lists are read again, and so on)."""

        def failed(error: KundbokError) -> None:
            show_refusal(self, self.windowTitle(), error)
            then()

        return failed

    def _finish(self, summary: str) -> None:
        self.refresh()
        if summary:
            QMessageBox.information(self, self.windowTitle(), summary)

    def _printed(self, reminder_ids: list[int]) -> None:
        attempt(self, self.windowTitle(), lambda: mark_reminders_printed(self._db, reminder_ids))
        self.refresh()

    def _sent_summary(self, results: Sequence[SentReminder]) -> str:
        sent = sum(result.outcome.sent for result in results)
        lines = [
            self.tr("{sent} of {total} reminders sent by e-mail.").format(
                sent=sent, total=len(results)
            )
        ]
        lines += [
            self.tr("{customer}: {reason}").format(
                customer=result.made.reminder.customer_name, reason=error_text(result.outcome.error)
            )
            for result in results
            if result.outcome.error is not None
        ]
        return "\n".join(lines)

    def save_selected(self) -> None:
        """Make the selected customers' reminders and write their PDFs to a chosen folder."""
        chosen = self._chosen()
        if not chosen:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save reminders as PDF"))
        if not folder:
            return
        db, day, ids = self._db, self.day, [reminder.customer_id for reminder in chosen]

        def write(_control: TaskControl) -> list[Path]:
            paths = []
            for item in make_reminders(db, ids, day):
                name = reminder_labels_for(item.reminder.language)["attachment"]
                path = Path(folder) / name.format(number=item.reminder_id)
                write_atomically(path, reminder_pdf(db, item.reminder_id))
                mark_reminders_printed(db, [item.reminder_id])  # saved is printed
                paths.append(path)
            return paths

        def written(paths: list[Path]) -> None:
            self.refresh()
            if paths:
                QMessageBox.information(
                    self,
                    self.windowTitle(),
                    self.tr("Saved:\n{files}").format(files="\n".join(str(p) for p in paths)),
                )

        run_task(
            self,
            write,
            written,
            title=self.windowTitle(),
            text=self.tr("Saving the reminders…"),
            failed=self._refused(self.refresh),
            cancellable=False,  # the reminders are made in one go; their files follow
        )

    def create_interest_invoices(self) -> None:
        """Issue a räntefaktura for each selected late payment."""
        chosen = [self.late[row] for row in self._selected(self.late_table)]
        if not chosen:
            QMessageBox.information(
                self, self.windowTitle(), self.tr("Select the invoices paid late.")
            )
            return
        numbers = []
        for late in chosen:
            invoice_id = late.invoice_id

            def create(invoice_id: int = invoice_id) -> InvoiceDetails:
                return create_interest_invoice(self._db, invoice_id, self.day)

            issued = attempt(self, self.windowTitle(), create)
            if issued is not None:
                numbers.append(str(issued.number))
        self.refresh()
        if numbers:
            self.invoices_changed.emit()
            QMessageBox.information(
                self,
                self.windowTitle(),
                self.tr("Interest invoices issued: {numbers}").format(numbers=", ".join(numbers)),
            )


def open_reminders(parent: QWidget, db: Database) -> RemindersDialog:
    """Show the overdue list (not blocking); it deletes itself when closed."""
    dialog = RemindersDialog(db, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
