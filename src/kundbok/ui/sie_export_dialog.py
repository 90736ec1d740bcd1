"""*Arkiv → Exportera SIE…*: a period's vouchers as an SIE 4I file for the accountant, with
the checks and messages of `kundbok export-sie` (the same service writes it)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.ui.off_thread import run_off_thread, tell_failure


def _last_month(today: dt.date) -> tuple[dt.date, dt.date]:
    last_day = today.replace(day=1) - dt.timedelta(days=1)
    return last_day.replace(day=1), last_day


def _python_date(field: QDateEdit) -> dt.date:
    date = field.date()
    return dt.date(date.year(), date.month(), date.day())


class SieExportDialog(QDialog):
    """The period (last month offered) and then the file; written off the window's thread."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sie_export_dialog")
        self.setWindowTitle(self.tr("Export SIE"))
        self._db = db
        first, last = _last_month(dt.date.today())
        self.first_day = QDateEdit(QDate(first.year, first.month, first.day), self)
        self.first_day.setObjectName("sie_from")
        self.last_day = QDateEdit(QDate(last.year, last.month, last.day), self)
        self.last_day.setObjectName("sie_to")
        for field in (self.first_day, self.last_day):
            field.setCalendarPopup(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Export…"))
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("&From"), self.first_day)
        form.addRow(self.tr("&To"), self.last_day)
        form.addRow(buttons)
        self.written: int | None = None  # vouchers in the last file written

    def choose_file(self) -> None:
        """Ask where to save, then write."""
        first, last = _python_date(self.first_day), _python_date(self.last_day)
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save SIE file"),
            f"kundbok-{first.isoformat()}-{last.isoformat()}.se",
            self.tr("SIE files (*.se *.si)"),
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write the period's vouchers to `path` off the window's thread; say how it went."""
        from kundbok.services.sie_export import export_sie

        first, last = _python_date(self.first_day), _python_date(self.last_day)
        self.setEnabled(False)

        def written(count: int) -> None:
            self.written = count
            QMessageBox.information(
                self,
                self.tr("SIE exported"),
                self.tr("{count} vouchers written to {path}.").format(count=count, path=path),
            )
            self.accept()

        def refused(error: BaseException) -> None:
            self.setEnabled(True)
            tell_failure(self, self.tr("Not exported"), error)

        run_off_thread(
            self,
            lambda: export_sie(self._db, first, last, path),
            written,
            title=self.tr("Not exported"),
            failed=refused,
        )
