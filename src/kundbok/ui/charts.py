"""What every chart of the app shares: numbers in the user's locale ("101 644", not
"101644") on its axes and labels, and no animation."""

from __future__ import annotations

from PySide6.QtCharts import QChart
from PySide6.QtCore import QLocale


def localized_chart(title: str) -> QChart:
    """An empty chart titled `title` whose axes and labels write numbers as the locale does."""
    chart = QChart()
    chart.setTitle(title)
    # Qt formats the axes' and the labels' numbers through QLocale only when asked to: then
    # with the locale's group separator and decimal mark.
    chart.setLocalizeNumbers(True)
    chart.setLocale(QLocale())
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    return chart
