"""What every chart of the app shares: numbers in the user's locale ("101 644", not
"101644") on its axes and labels, no animation, and the colours of the scheme in use."""

from __future__ import annotations

from PySide6.QtCharts import QBarSet, QChart, QChartView
from PySide6.QtCore import QLocale
from PySide6.QtGui import QGuiApplication, QPalette

from kundbok.ui.palette import SchemeColour, colour, follow_scheme


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


def colour_chart(view: QChartView, bars: dict[QBarSet, SchemeColour]) -> None:
    """Draw the view's chart in the colours of the scheme in use, now and after each change:
    the palette's base behind it, its text for titles and labels, `bars` in the app's colours.
    (Qt's chart themes would also change the fonts and the series' colours.)"""

    def recolour() -> None:
        palette = QGuiApplication.palette()
        text = palette.color(QPalette.ColorRole.Text)
        chart = view.chart()
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setTitleBrush(text)
        chart.legend().setLabelColor(text)
        for axis in chart.axes():
            axis.setLabelsColor(text)
            axis.setLinePenColor(palette.color(QPalette.ColorRole.Mid))
            axis.setGridLineColor(palette.color(QPalette.ColorRole.Midlight))
        for bar_set, scheme_colour in bars.items():
            bar_set.setColor(colour(scheme_colour))
            bar_set.setLabelColor(text)  # drawn above the bar, on the background

    follow_scheme(view, recolour)
