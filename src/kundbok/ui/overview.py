"""*Översikt*, the first tab: what needs doing today, each a link to the list that shows it,
invoiced and paid per month for a year, and this year's best customers.

The figures are read off the window's thread (`services/overview.day_overview`) whenever the
tab is shown or the data change (the window calls `refresh`); a reading overtaken by a newer
one is dropped. Links are named by what they show ("overdue", "drafts", "unsent", "unpaid",
"customer:ID"); the window opens the list. New kinds of work (quotes expiring, contracts and
time entries due for invoicing) add a line in `_to_do_lines` and a link the window follows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from kundbok.ui.charts import colour_chart, localized_chart
from kundbok.ui.formatting import display_count, display_date, display_money
from kundbok.ui.palette import CHART_INVOICED, CHART_PAID

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.services.overview import Overview


def _link(target: str, text: str) -> str:
    return f'<a href="{target}">{text}</a>'


class OverviewTab(QWidget):
    """The overview; `link_activated` names the list a line links to."""

    link_activated = Signal(str)
    refreshed = Signal()  # new figures are shown

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overview")
        self._db: Database | None = None
        self._generation = 0
        self.figures: Overview | None = None
        self.to_do = QLabel(self.tr("Opening the customer register…"), self)
        self.to_do.setObjectName("overview_to_do")
        self.to_do.setTextFormat(Qt.TextFormat.RichText)
        self.to_do.setWordWrap(True)
        self.to_do.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.to_do.linkActivated.connect(self.link_activated)
        self.top_customers = QLabel(self)
        self.top_customers.setObjectName("overview_top_customers")
        self.top_customers.setTextFormat(Qt.TextFormat.RichText)
        self.top_customers.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.top_customers.linkActivated.connect(self.link_activated)
        self.chart = self._make_chart()
        to_do_box = QGroupBox(self.tr("To do today"), self)
        QVBoxLayout(to_do_box).addWidget(self.to_do)
        top_box = QGroupBox(self.tr("Best customers this year"), self)
        QVBoxLayout(top_box).addWidget(self.top_customers)
        layout = QGridLayout(self)
        layout.addWidget(to_do_box, 0, 0)
        layout.addWidget(top_box, 1, 0)
        layout.addWidget(self.chart, 0, 1, 2, 1)
        layout.setColumnStretch(1, 2)

    def _make_chart(self) -> QChartView:
        view = QChartView(self)
        view.setObjectName("overview_chart")
        view.setAccessibleName(self.tr("Invoiced and paid per month"))
        view.viewport().setAccessibleName(view.accessibleName())
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(360, 240)
        self.invoiced = QBarSet(self.tr("Invoiced"))
        self.paid = QBarSet(self.tr("Paid"))
        self.series = QBarSeries()
        self.series.append(self.invoiced)
        self.series.append(self.paid)
        self.months = QBarCategoryAxis()
        self.amounts = QValueAxis()
        self.amounts.setLabelFormat("%.0f")
        chart = localized_chart(self.tr("Invoiced and paid per month (kr)"))
        chart.addSeries(self.series)
        chart.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.amounts, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.months)
        self.series.attachAxis(self.amounts)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        view.setChart(chart)
        colour_chart(view, {self.invoiced: CHART_INVOICED, self.paid: CHART_PAID})
        return view

    # --- reading ------------------------------------------------------------------------------

    def open(self, db: Database) -> None:
        """The register is open: read the figures."""
        self._db = db
        self.refresh()

    def refresh(self) -> None:
        """Read the figures again off the window's thread; an older reading still under way is
        dropped when it ends."""
        if self._db is None:
            return
        from kundbok.services.overview import day_overview
        from kundbok.ui.background import run_task  # with the data layer, after start-up

        self._generation += 1
        generation, db = self._generation, self._db

        def read(figures: Overview) -> None:
            if generation == self._generation:
                self.show_figures(figures)

        run_task(
            self,
            lambda _control: day_overview(db),
            read,
            title=self.tr("Overview"),
            text="",
            quiet=True,  # read for the tab, not asked for: the window stays free
        )

    # --- showing ------------------------------------------------------------------------------

    def show_figures(self, figures: Overview) -> None:
        """Show `figures`."""
        self.figures = figures
        self.to_do.setText("<br>".join(self._to_do_lines(figures)))
        self.top_customers.setText(
            "<br>".join(
                _link(
                    f"customer:{top.customer_id}",
                    f"{top.name} ({top.number})",
                )
                + f" — {display_money(top.sales)} kr"
                for top in figures.top_customers
            )
            or self.tr("No sales yet this year.")
        )
        self._show_months(figures)
        self.refreshed.emit()

    def _to_do_lines(self, figures: Overview) -> list[str]:
        lines = []
        for owed in figures.owed:
            if owed.overdue_count:
                lines.append(
                    _link(
                        "overdue",
                        self.tr("{count} overdue invoices, {amount} {currency}").format(
                            count=display_count(owed.overdue_count),
                            amount=display_money(owed.overdue_amount),
                            currency=owed.currency,
                        ),
                    )
                    + " "
                    + self.tr("(the oldest due {date})").format(date=display_date(owed.oldest_due))
                )
        if not figures.overdue_count:
            lines.append(self.tr("No overdue invoices."))
        for owed in figures.owed:
            lines.append(
                _link(
                    "unpaid",
                    self.tr("Unpaid in all: {amount} {currency}").format(
                        amount=display_money(owed.unpaid_amount), currency=owed.currency
                    ),
                )
            )
        counted = (
            ("drafts", figures.drafts, self.tr("{count} drafts not issued")),
            ("unsent", figures.unsent, self.tr("{count} invoices not sent")),
            (
                "quotes",
                figures.quotes_expiring,
                self.tr("{count} quotes run out within a week unanswered"),
            ),
            (
                "contracts",
                figures.contract_periods_due,
                self.tr("{count} contract periods to invoice"),
            ),
        )
        for target, count, text in counted:
            if count:
                lines.append(_link(target, text.format(count=display_count(count))))
        if figures.unbilled_entries:
            lines.append(
                _link(
                    "unbilled",
                    self.tr("{entries} entries of {customers} customers to invoice").format(
                        entries=display_count(figures.unbilled_entries),
                        customers=display_count(figures.unbilled_customers),
                    ),
                )
            )
        return lines

    def _show_months(self, figures: Overview) -> None:
        # The chart only draws (the lists show exact amounts): whole kronor as floats.
        invoiced = [float(round(month.invoiced)) for month in figures.months]
        paid = [float(round(month.paid)) for month in figures.months]
        for bar_set, heights in ((self.invoiced, invoiced), (self.paid, paid)):
            bar_set.remove(0, bar_set.count())
            bar_set.append(heights)
        locale = QLocale()
        self.months.clear()
        self.months.append(
            [
                locale.monthName(month.first_day.month, QLocale.FormatType.ShortFormat)
                for month in figures.months
            ]
        )
        self.amounts.setRange(0.0, max(1.0, *invoiced, *paid) * 1.1)
        self.amounts.applyNiceNumbers()
