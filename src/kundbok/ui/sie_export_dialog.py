"""Arkiv → Exportera SIE-fil…: the period's vouchers to an SIE 4I file for the bookkeeping,
made and written off the window's thread (20,000 invoices take seconds)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import TaskControl, run_task


def _date_edit(parent: QWidget, name: str, day: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(day.year, day.month, day.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def default_file_name(first_day: dt.date, last_day: dt.date) -> str:
    """ "kundbok 2026.se" for a calendar year, else "kundbok 2026-01-01–2026-03-31.se"."""
    if (first_day.month, first_day.day, last_day.month, last_day.day) == (1, 1, 12, 31) and (
        first_day.year == last_day.year
    ):
        return f"kundbok {first_day.year}.se"
    return f"kundbok {first_day.isoformat()}–{last_day.isoformat()}.se"


class SieExportDialog(QDialog):
    """The period to export: the first and last day (this year so far, at first)."""

    def __init__(self, today: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sie_export_dialog")
        self.setWindowTitle(self.tr("Export SIE file"))
        explanation = QLabel(
            self.tr(
                "The invoices, credit notes, payments and ROT/RUT decisions of the period, "
                "one voucher each, as SIE 4I for the bookkeeping program."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.field_from = _date_edit(self, "field_sie_from", today.replace(month=1, day=1))
        self.field_to = _date_edit(self, "field_sie_to", today)
        self.field_to.setMinimumDate(self.field_from.date())
        self.field_from.dateChanged.connect(self.field_to.setMinimumDate)
        form = QFormLayout()
        form.addRow(self.tr("From"), self.field_from)
        form.addRow(self.tr("To"), self.field_to)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)
        name_controls(self)

    @property
    def period(self) -> tuple[dt.date, dt.date]:
        """The first and last day chosen."""
        first, last = self.field_from.date(), self.field_to.date()
        return (
            dt.date(first.year(), first.month(), first.day()),
            dt.date(last.year(), last.month(), last.day()),
        )


def export_sie_file(parent: QWidget, db: Database) -> SieExportDialog:
    """Ask for the period, then where, and write the SIE file off the window's thread; the
    period dialog is returned (open)."""
    dialog = SieExportDialog(dt.date.today(), parent)
    dialog.accepted.connect(lambda: _write(parent, db, *dialog.period))
    dialog.open()
    return dialog


def _write(parent: QWidget, db: Database, first_day: dt.date, last_day: dt.date) -> None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("SieExportDialog", "Save SIE file"),
        default_file_name(first_day, last_day),
        QCoreApplication.translate("SieExportDialog", "SIE files (*.se *.si *.sie);;All files (*)"),
    )
    if not name:
        return
    path = Path(name)

    def work(control: TaskControl) -> int:
        from kundbok.services.sie_export import export_sie

        return export_sie(db, first_day, last_day, path, stopped=lambda: control.cancelled)

    def written(count: int) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("SieExportDialog", "Export SIE file"),
            QCoreApplication.translate(
                "SieExportDialog", "{count} vouchers written to {file}."
            ).format(count=count, file=path.name),
        )

    run_task(
        parent,
        work,
        written,
        title=QCoreApplication.translate("SieExportDialog", "Export SIE file"),
        text=QCoreApplication.translate(
            "SieExportDialog", "Making the vouchers of {first}–{last}…"
        ).format(first=first_day.isoformat(), last=last_day.isoformat()),
    )
