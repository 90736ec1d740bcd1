"""Kundreskontra: what each customer owes by age on a chosen day, and sales per customer.

The figures come from `services.reports` (the same as `kundbok report`), the CSV files too; this
window shows them, charts the age buckets, prints and exports the tab shown.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.receivables import AgingReport
from kundbok.domain.sales_report import SalesReport
from kundbok.services.reports import (
    receivables_report,
    sales_report,
    write_receivables_csv,
    write_sales_csv,
)
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_money
from kundbok.ui.receivables import printing
from kundbok.ui.receivables.chart import AgingChart
from kundbok.ui.receivables.table_model import ReportRow, ReportTableModel

CURRENCY = "SEK"


def _date_edit(parent: QWidget, name: str, value: dt.date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _day(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


def _table(parent: QWidget, name: str, model: ReportTableModel) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class ReceivablesView(QDialog):
    """Kundreskontra: receivables by age (with a chart) and sales per customer, in two tabs."""

    customer_open_requested = Signal(int)  # a customer's id

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivables_view")
        self.setWindowTitle(self.tr("Accounts receivable"))
        self._db = db
        self.aging: AgingReport | None = None
        self.sales: SalesReport | None = None
        today = dt.date.today()
        self.bucket_headings = (
            self.tr("Not yet due"),
            self.tr("1–30 days"),
            self.tr("31–60 days"),
            self.tr("61–90 days"),
            self.tr("Over 90 days"),
        )
        self.aging_model = ReportTableModel(
            (self.tr("Customer"), *self.bucket_headings, self.tr("Total"))
        )
        self.sales_model = ReportTableModel(
            (
                self.tr("Customer"),
                self.tr("Invoices"),
                self.tr("Excl. VAT"),
                self.tr("VAT"),
                self.tr("Total"),
            )
        )
        self.aged_on = _date_edit(self, "receivables_date", today)
        self.sales_from = _date_edit(self, "sales_from", today.replace(month=1, day=1))
        self.sales_to = _date_edit(self, "sales_to", today)
        self.aging_table = _table(self, "receivables_table", self.aging_model)
        self.sales_table = _table(self, "sales_table", self.sales_model)
        self.chart = AgingChart(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("receivables_tabs")
        self.tabs.addTab(self._aging_tab(), self.tr("Receivables by age"))
        self.tabs.addTab(self._sales_tab(), self.tr("Sales per customer"))
        self.aged_on.dateChanged.connect(lambda _date: self.refresh_aging())
        self.sales_from.dateChanged.connect(lambda _date: self.refresh_sales())
        self.sales_to.dateChanged.connect(lambda _date: self.refresh_sales())
        for table, model in (
            (self.aging_table, self.aging_model),
            (self.sales_table, self.sales_model),
        ):
            table.doubleClicked.connect(lambda index, m=model: self._open_customer(m, index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        for name, text, slot in (
            ("button_print_report", self.tr("Print…"), self.print_report),
            ("button_preview_report", self.tr("Preview"), self.preview_report),
            ("button_export_csv", self.tr("Export CSV…"), self.export_csv),
        ):
            button = QPushButton(text, self)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.refresh_aging()
        self.refresh_sales()

    def _aging_tab(self) -> QWidget:
        tab = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Aged on"), tab))
        bar.addWidget(self.aged_on)
        bar.addStretch(1)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.aging_table)
        splitter.addWidget(self.chart)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(splitter)
        return tab

    def _sales_tab(self) -> QWidget:
        tab = QWidget(self)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("From"), tab))
        bar.addWidget(self.sales_from)
        bar.addWidget(QLabel(self.tr("To"), tab))
        bar.addWidget(self.sales_to)
        bar.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(bar)
        layout.addWidget(self.sales_table)
        return tab

    def refresh_aging(self) -> None:
        """Read the receivables again, aged on the chosen day, into the table and the chart."""
        on = _day(self.aged_on)
        report = attempt(
            self, self.tr("Accounts receivable"), lambda: receivables_report(self._db, on)
        )
        if report is None:
            return
        self.aging = report
        rows = [
            ReportRow(
                aging.customer_id,
                (
                    aging.customer_name,
                    *map(display_money, aging.buckets),
                    display_money(aging.total),
                ),
            )
            for aging in report.customers
        ]
        totals = (*map(display_money, report.bucket_totals), display_money(report.total))
        rows.append(ReportRow(None, (self.tr("Total"), *totals)))
        self.aging_model.set_rows(rows)
        self.aging_table.resizeColumnsToContents()
        self.aging_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart.show_totals(self.bucket_headings, report.bucket_totals, CURRENCY)

    def refresh_sales(self) -> None:
        """Read the sales of the chosen period again."""
        first = _day(self.sales_from)
        last = _day(self.sales_to)
        report = attempt(
            self, self.tr("Sales per customer"), lambda: sales_report(self._db, first, last)
        )
        if report is None:
            return
        self.sales = report
        rows = [
            ReportRow(
                sales.customer_id,
                (
                    sales.customer_name,
                    str(sales.invoices),
                    display_money(sales.net),
                    display_money(sales.vat),
                    display_money(sales.total),
                ),
            )
            for sales in report.customers
        ]
        count = str(sum(sales.invoices for sales in report.customers))
        net, vat = report.net, report.vat
        rows.append(
            ReportRow(
                None,
                (
                    self.tr("Total"),
                    count,
                    display_money(net),
                    display_money(vat),
                    display_money(net + vat),
                ),
            )
        )
        self.sales_model.set_rows(rows)
        self.sales_table.resizeColumnsToContents()
        self.sales_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _open_customer(self, model: ReportTableModel, row: int) -> None:
        customer_id = model.row_at(row).customer_id
        if customer_id is not None:
            self.customer_open_requested.emit(customer_id)

    def _showing_sales(self) -> bool:
        return self.tabs.currentIndex() == 1

    def report_html(self) -> str:
        """The tab shown as an HTML document for printing."""
        if self._showing_sales():
            first, last = _day(self.sales_from), _day(self.sales_to)
            title = self.tr("Sales per customer")
            subtitle = self.tr("{first} – {last}, amounts in {unit}").format(
                first=first.isoformat(), last=last.isoformat(), unit=CURRENCY
            )
            model = self.sales_model
        else:
            title = self.tr("Accounts receivable")
            subtitle = self.tr("Aged on {day}, amounts in {unit}").format(
                day=_day(self.aged_on).isoformat(), unit=CURRENCY
            )
            model = self.aging_model
        headings = [
            str(model.headerData(column, Qt.Orientation.Horizontal))
            for column in range(model.columnCount())
        ]
        rows = [model.row_at(row) for row in range(model.rowCount())]
        return printing.report_html(title, subtitle, headings, rows)

    def print_report(self) -> bool:
        """Print the tab shown through the print dialog."""
        return printing.print_with_dialog(self, self.report_html())

    def preview_report(self) -> QPrintPreviewDialog:
        """Show the print preview of the tab shown."""
        self.report_preview = printing.preview(self, self.report_html())
        return self.report_preview

    def export_csv(self, path: Path | None = None) -> Path | None:
        """Save the tab shown as a CSV file (asks where unless given); the path, or None."""
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export CSV"),
                "kundreskontra.csv" if not self._showing_sales() else "forsaljning.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return None
            path = Path(name)
        target = path

        def write() -> Path:
            if self._showing_sales():
                assert self.sales is not None
                write_sales_csv(target, self.sales)
            else:
                assert self.aging is not None
                write_receivables_csv(target, self.aging)
            return target

        return attempt(self, self.tr("Export CSV"), write)
