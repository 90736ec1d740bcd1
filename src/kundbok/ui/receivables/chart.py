"""The bar chart of the open amount in each age bucket."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget


class AgingChart(QChartView):
    """One bar per age bucket, labelled with its sum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivables_chart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(260)

    def show_totals(self, categories: Sequence[str], totals: Sequence[Decimal], unit: str) -> None:
        """Draw the bucket totals (the chart only draws: its floats never feed a sum)."""
        bars = QBarSet(self.tr("Open amount"))
        bars.setColor(QColor("#3a6ea5"))
        bars.setLabelColor(QColor("black"))
        bars.append([float(total) for total in totals])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPrecision(12)  # whole kronor, never 1.2e+05
        series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart = QChart()
        chart.addSeries(series)
        chart.setTitle(self.tr("Open amount by age ({unit})").format(unit=unit))
        chart.legend().setVisible(False)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        axis_x = QBarCategoryAxis()
        axis_x.append(list(categories))
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)
        axis_y = QValueAxis()
        axis_y.setLabelFormat("%.0f")
        highest = max((float(total) for total in totals), default=0.0)
        axis_y.setRange(min(0.0, *(float(t) for t in totals)), max(highest * 1.15, 1.0))
        axis_y.applyNiceNumbers()
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
