"""The bar chart of the receivables: how much is open in each age bucket."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QWidget

from kundbok.ui.charts import colour_chart, localized_chart
from kundbok.ui.palette import CHART_INVOICED


class AgingChart(QChartView):
    """One bar per age bucket, its amount written on it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivables_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.bar_set = QBarSet(self.tr("Open amount"))
        self.series = QBarSeries()
        self.series.append(self.bar_set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setLabelsFormat("@value")
        self.series.setLabelsPrecision(12)  # whole kronor in full, never 1.2e+06
        self.categories = QBarCategoryAxis()
        self.values = QValueAxis()
        self.values.setLabelFormat("%.0f")
        chart = localized_chart(self.tr("Open amount by age (kr)"))
        chart.addSeries(self.series)
        chart.addAxis(self.categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values)
        chart.legend().setVisible(False)
        self.setChart(chart)
        colour_chart(self, {self.bar_set: CHART_INVOICED})

    def show_totals(self, labels: Sequence[str], totals: Sequence[Decimal]) -> None:
        """Draw one bar per bucket: `labels` below, `totals` as heights and on the bars."""
        # The chart only draws (the table shows the exact amounts): whole kronor as floats.
        heights = [float(round(amount)) for amount in totals]
        self.bar_set.remove(0, self.bar_set.count())
        self.bar_set.append(heights)
        self.categories.clear()
        self.categories.append(list(labels))
        self.values.setRange(min(0.0, *heights), max(1.0, *heights) * 1.15)
        self.values.applyNiceNumbers()
