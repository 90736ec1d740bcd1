"""Fakturering → Fakturera avtal…: the periods due on a date, ticked; *Skapa fakturor* makes
them as drafts or issued, off the window's thread with progress and *Avbryt* (a cancelled run
stops between two invoices, each made one complete with its period's record). Issued invoices
are then handed on: e-mail for customers invoiced by e-mail, the print dialog for the rest,
Peppol files for e-invoice buyers."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.i18n import error_text
from kundbok.services.contract_run import (
    Delivery,
    DuePeriod,
    RunOutcome,
    deliveries,
    due_periods,
    run_contracts,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import BackgroundTask, TaskControl, run_task
from kundbok.ui.contracts.contract_editor import date_field, from_qdate
from kundbok.ui.contracts.run_table import RunTable
from kundbok.ui.screen_fit import resize_to_fit


class ContractRunDialog(QDialog):
    """The run: the date, the periods due with a tick each, drafts or issued, *Skapa fakturor*."""

    invoices_made = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contract_run_dialog")
        self.setWindowTitle(self.tr("Invoice contracts"))
        self._db = db
        self.task: BackgroundTask[Any] | None = None
        self.outcome: RunOutcome | None = None
        self.routes: dict[Delivery, list[int]] = {}
        self._listing = 0  # a list read for an earlier date than the one shown is dropped
        self.run_date = date_field(self, "run_date", dt.date.today())
        self.run_date.dateChanged.connect(lambda _d: self.list_due())
        self.table = RunTable(self)
        self.run_as_drafts = QRadioButton(self.tr("As drafts"), self)
        self.run_as_drafts.setObjectName("run_as_drafts")
        self.run_issue = QRadioButton(self.tr("Issued"), self)
        self.run_issue.setObjectName("run_issue")
        self.run_as_drafts.setChecked(True)
        self.button_create_invoices = QPushButton(self.tr("Create invoices"), self)
        self.button_create_invoices.setObjectName("button_create_invoices")
        self.button_create_invoices.clicked.connect(lambda _c=False: self.create_invoices())
        self.summary = QLabel(self)
        self.summary.setObjectName("run_summary")
        self.summary.setWordWrap(True)
        self.button_send_email = self._hand_on("button_send_email", self.send_email)
        self.button_print_invoices = self._hand_on("button_print_invoices", self.print_invoices)
        self.button_export_peppol = self._hand_on("button_export_peppol", self.export_peppol)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Invoice periods due on"), self))
        top.addWidget(self.run_date)
        top.addStretch()
        make = QHBoxLayout()
        make.addWidget(self.run_as_drafts)
        make.addWidget(self.run_issue)
        make.addStretch()
        make.addWidget(self.button_create_invoices)
        hand_on = QHBoxLayout()
        for button in (
            self.button_send_email,
            self.button_print_invoices,
            self.button_export_peppol,
        ):
            hand_on.addWidget(button)
        hand_on.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(make)
        layout.addWidget(self.summary)
        layout.addLayout(hand_on)
        resize_to_fit(self, 900, 560)
        self.list_due()
        name_controls(self)

    def _hand_on(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(lambda _c=False: slot())
        button.hide()
        return button

    @property
    def day(self) -> dt.date:
        """The run's date: the invoices' date, and what is due by it."""
        return from_qdate(self.run_date.date())

    def list_due(self) -> BackgroundTask[Any]:
        """List the periods due on the run's date (off the window's thread)."""
        day, db = self.day, self._db
        self._listing += 1
        listing = self._listing
        self.button_create_invoices.setEnabled(False)
        self.task = run_task(
            self,
            lambda _control: due_periods(db, day),
            lambda due: self._listed(due) if listing == self._listing else None,
            title=self.windowTitle(),
            text=self.tr("Reading the contracts…"),
        )
        return self.task

    def _listed(self, due: Sequence[DuePeriod]) -> None:
        """Show the periods read; a list older than the date now shown never gets here."""
        self.table.show_due(due)
        self.button_create_invoices.setEnabled(bool(self.table.ticked()))
        if not due:
            self.summary.setText(self.tr("No contract periods are due on this date."))
        else:
            self.summary.setText(self.tr("%n periods due.", "", len(due)))

    def create_invoices(self) -> BackgroundTask[Any] | None:
        """Make the ticked periods' invoices, drafts or issued, with progress and *Avbryt*."""
        chosen = self.table.ticked()
        if not chosen:
            return None
        day, db, issue = self.day, self._db, self.run_issue.isChecked()

        def work(control: TaskControl) -> RunOutcome:
            return run_contracts(db, chosen, day, issue, control.report)

        self.button_create_invoices.setEnabled(False)
        self.task = run_task(
            self,
            work,
            self._made,
            title=self.windowTitle(),
            text=self.tr("Creating invoices…"),
        )
        return self.task

    def _made(self, outcome: RunOutcome) -> None:
        self.outcome = outcome
        self.invoices_made.emit()
        lines = [self.tr("%n invoices made.", "", len(outcome.made))]
        if outcome.stopped:
            lines.append(self.tr("Stopped: the periods not reached are still due."))
        for due, error in outcome.refused:
            lines.append(f"{due.contract_number}: {error_text(error)}")
        issued = [made.invoice_id for made in outcome.made if made.number is not None]
        self.routes = deliveries(self._db, issued) if issued else {}
        counts = {route: len(self.routes.get(route, [])) for route in Delivery}
        self.button_send_email.setText(self.tr("Send %n by e-mail…", "", counts[Delivery.EMAIL]))
        self.button_print_invoices.setText(self.tr("Print %n…", "", counts[Delivery.PRINT]))
        self.button_export_peppol.setText(
            self.tr("Save %n e-invoices…", "", counts[Delivery.PEPPOL])
        )
        self.button_send_email.setVisible(bool(counts[Delivery.EMAIL]))
        self.button_print_invoices.setVisible(bool(counts[Delivery.PRINT]))
        self.button_export_peppol.setVisible(bool(counts[Delivery.PEPPOL]))
        self.summary.setText("\n".join(lines))
        self.list_due()

    def send_email(self) -> None:
        """E-mail the issued invoices of customers invoiced by e-mail."""
        from kundbok.ui.send_invoice_dialog import send_many

        send_many(self, self._db, self.routes.get(Delivery.EMAIL, []), lambda _outcomes: None)

    def print_invoices(self) -> None:
        """The print dialog for the issued invoices that go by post, their PDFs made first."""
        from kundbok.services.pdf import invoice_pdf
        from kundbok.ui.print_jobs import print_with_dialog

        ids, db = self.routes.get(Delivery.PRINT, []), self._db

        def work(control: TaskControl) -> list[bytes]:
            pdfs = []
            for done, invoice_id in enumerate(ids):
                control.step(done, len(ids))  # Avbryt: nothing is printed
                pdfs.append(invoice_pdf(db, invoice_id))
            return pdfs

        print_with_dialog(self, work)

    def export_peppol(self) -> None:
        """Save the e-invoice buyers' invoices as Peppol files in a chosen folder."""
        from kundbok.ui.einvoice_export import export_einvoices

        export_einvoices(self, self._db, self.routes.get(Delivery.PEPPOL, []))
