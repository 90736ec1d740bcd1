"""Kundreskontra: what each customer owes by age, with a chart, and sales per customer.

Two tabs read the reports of `services/reports.py`; the current tab exports to CSV (the same
files as `kundbok report`, written off the window's thread) and prints as an HTML table.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
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
from kundbok.domain.currency import SEK
from kundbok.domain.receivables import AgingReport
from kundbok.domain.sales_report import SalesReport
from kundbok.services.files import unwritable
from kundbok.services.reports import (
    receivables_report,
    sales_report,
    write_receivables_csv,
    write_sales_csv,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date, display_money
from kundbok.ui.receivables_chart import AgingChart
from kundbok.ui.report_printing import preview_report, print_report_dialog, report_html
from kundbok.ui.report_table_model import ReportRow, ReportTableModel
from kundbok.ui.screen_fit import resize_to_fit


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(edit: QDateEdit) -> dt.date:
    date = edit.date()
    return dt.date(date.year(), date.month(), date.day())


def _date_edit(name: str, day: dt.date, parent: QWidget) -> QDateEdit:
    edit = QDateEdit(_qdate(day), parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    return edit


def _table(name: str, model: ReportTableModel, parent: QWidget, names: int = 0) -> QTableView:
    """The report's table, its column of customer names (`names`) taking the room left."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(names, QHeaderView.ResizeMode.Stretch)
    return table


def _fit_columns(table: QTableView, model: ReportTableModel, names: int = 0) -> None:
    """Widen the columns but the names to their heading and their last total (the widest
    amount, or near it: a negative one may need a sign more), without measuring thousands of
    rows."""
    metrics = table.fontMetrics()
    for column in range(model.columnCount()):
        if column == names:
            continue
        texts = [
            model.headings[column],
            "-" + str(model.index(model.rowCount() - 1, column).data()),
        ]
        table.setColumnWidth(column, max(metrics.horizontalAdvance(t) for t in texts) + 24)


class ReceivablesView(QDialog):
    """Kundreskontra: open amounts per customer by age, and sales per customer in a period."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, today: dt.date | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("receivables_view")
        self.setWindowTitle(self.tr("Customer ledger"))
        resize_to_fit(self, 900, 680)
        self._db = db
        today = today or dt.date.today()
        self.aging: AgingReport | None = None
        self.sales: SalesReport | None = None
        self.bucket_labels = [
            self.tr("Not yet due"),
            self.tr("1–30 days"),
            self.tr("31–60 days"),
            self.tr("61–90 days"),
            self.tr("Over 90 days"),
        ]
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("receivables_tabs")
        self.tabs.addTab(self._aging_tab(today), self.tr("Receivables by age"))
        self.tabs.addTab(self._sales_tab(today), self.tr("Sales per customer"))
        self.export_button = QPushButton(self.tr("Export to CSV…"), self)
        self.export_button.setObjectName("receivables_export")
        self.export_button.clicked.connect(lambda: self.export_csv())
        self.preview_button = QPushButton(self.tr("Print preview…"), self)
        self.preview_button.setObjectName("receivables_preview")
        self.preview_button.clicked.connect(lambda: preview_report(self, self.report_html()))
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setObjectName("receivables_print")
        self.print_button.clicked.connect(lambda: print_report_dialog(self, self.report_html()))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.export_button, self.preview_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(buttons)
        name_controls(self)

    def _aging_tab(self, today: dt.date) -> QWidget:
        tab = QWidget(self)
        self.aging_date = _date_edit("receivables_date", today, tab)
        self.aging_date.dateChanged.connect(lambda _date: self.refresh_receivables())
        self.aging_model = ReportTableModel(
            [
                self.tr("Customer number"),
                self.tr("Customer"),
                self.tr("Currency"),
                *self.bucket_labels,
                self.tr("Total"),
            ],
            self,
        )
        self.aging_table = _table("receivables_table", self.aging_model, tab, names=1)
        self.chart = AgingChart(tab)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("Aged on"), tab))
        choice.addWidget(self.aging_date)
        choice.addStretch(1)
        # The totals row may be scrolled out of sight: the grand total stays in view here.
        self.total_label = QLabel(tab)
        self.total_label.setObjectName("receivables_total")
        choice.addWidget(self.total_label)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.aging_table)
        splitter.addWidget(self.chart)
        splitter.setSizes([380, 240])
        layout = QVBoxLayout(tab)
        layout.addLayout(choice)
        layout.addWidget(splitter)
        return tab

    def _sales_tab(self, today: dt.date) -> QWidget:
        tab = QWidget(self)
        self.sales_from = _date_edit("sales_from", today.replace(month=1, day=1), tab)
        self.sales_to = _date_edit("sales_to", today, tab)
        # The period cannot end before it starts.
        self.sales_to.setMinimumDate(self.sales_from.date())
        self.sales_from.dateChanged.connect(self.sales_to.setMinimumDate)
        for edit in (self.sales_from, self.sales_to):
            edit.dateChanged.connect(lambda _date: self.refresh_sales())
        self.sales_model = ReportTableModel(
            [
                self.tr("Customer"),
                self.tr("Invoices"),
                self.tr("Excl. VAT"),
                self.tr("VAT"),
                self.tr("Total"),
            ],
            self,
        )
        self.sales_table = _table("sales_table", self.sales_model, tab)
        choice = QHBoxLayout()
        choice.addWidget(QLabel(self.tr("From"), tab))
        choice.addWidget(self.sales_from)
        choice.addWidget(QLabel(self.tr("To"), tab))
        choice.addWidget(self.sales_to)
        choice.addStretch(1)
        layout = QVBoxLayout(tab)
        layout.addLayout(choice)
        layout.addWidget(self.sales_table)
        return tab

    def refresh(self) -> None:
        """Read both reports again."""
        self.refresh_receivables()
        self.refresh_sales()

    def refresh_receivables(self) -> None:
        """Age the open amounts on the chosen day and show them, their totals and the chart."""
        report = attempt(
            self,
            self.tr("Customer ledger"),
            lambda: receivables_report(self._db, _day(self.aging_date)),
        )
        if report is None:
            return
        self.aging = report
        totals: list[ReportRow] = [
            ("", self.tr("Total"), total.currency, *total.buckets, total.total)
            for total in report.currency_totals
        ] or [("", self.tr("Total"), SEK, *report.bucket_totals, report.total)]
        if report.in_several_currencies:
            totals.append(("", self.tr("Total in SEK"), SEK, *report.bucket_totals, report.total))
        self.aging_model.set_rows(
            [
                (str(c.customer_number or ""), c.customer_name, c.currency, *c.buckets, c.total)
                for c in report.customers
            ],
            *totals,
        )
        text = self.tr("Open in total: {amount} SEK").format(amount=display_money(report.total))
        if report.without_rate:
            text += " " + self.tr(
                "({count} invoices in other currencies without an exchange rate left out)"
            ).format(count=report.without_rate)
        self.total_label.setText(text)
        _fit_columns(self.aging_table, self.aging_model, names=1)
        self.chart.show_totals(self.bucket_labels, report.bucket_totals)

    def refresh_sales(self) -> None:
        """Sum the sales of the chosen period per customer and show them."""
        first, last = _day(self.sales_from), _day(self.sales_to)
        report = attempt(
            self, self.tr("Customer ledger"), lambda: sales_report(self._db, first, last)
        )
        if report is None:
            return
        self.sales = report
        count = sum(sales.invoices for sales in report.customers)
        self.sales_model.set_rows(
            [(s.customer_name, s.invoices, s.net, s.vat, s.total) for s in report.customers],
            (self.tr("Total"), count, report.net, report.vat, report.net + report.vat),
        )
        _fit_columns(self.sales_table, self.sales_model)

    def on_sales(self) -> bool:
        """Whether the sales tab is the one shown (export and print act on it)."""
        return self.tabs.currentIndex() == 1

    def report_html(self) -> str:
        """The shown report as HTML for printing, its day or period under the heading."""
        if self.on_sales():
            period = self.tr("{first} to {last}").format(
                first=display_date(_day(self.sales_from)),
                last=display_date(_day(self.sales_to)),
            )
            return report_html(self.tr("Sales per customer"), period, self.sales_model)
        day = self.tr("Aged on {day}").format(day=display_date(_day(self.aging_date)))
        return report_html(self.tr("Receivables by age"), day, self.aging_model)

    def export_csv(self, path: Path | None = None) -> None:
        """Write the shown report to a CSV file (asked for unless given), off the window's
        thread; nothing when the user cancels."""
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export to CSV"),
                "sales.csv" if self.on_sales() else "receivables.csv",
                self.tr("CSV files (*.csv)"),
            )
            if not name:
                return
            path = Path(name)
        target, sales, aging = path, self.sales if self.on_sales() else None, self.aging

        def write(_control: TaskControl) -> Path:
            try:
                if sales is not None:
                    write_sales_csv(target, sales)
                elif aging is not None:
                    write_receivables_csv(target, aging)
            except OSError as error:
                raise unwritable(target, error) from error
            return target

        run_task(
            self,
            write,
            lambda _path: None,
            title=self.tr("Export to CSV"),
            text=self.tr("Writing {file}…").format(file=target.name),
            cancellable=False,
        )


def open_receivables(db: Database, parent: QWidget | None = None) -> ReceivablesView:
    """Show the customer ledger (not modal), read as it opens."""
    view = ReceivablesView(db, parent)
    view.refresh()
    view.show()
    return view
