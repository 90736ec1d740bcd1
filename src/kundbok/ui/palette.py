"""The app's own colours, each with a light and a dark value, and how widgets follow a change of
the colour scheme.

Everything the UI colours by hand takes its colour from here: `colour(OVERDUE)` is the value for
the scheme in use now (dark when the application palette's window is dark). Each foreground is
readable (WCAG 2 contrast at least 4.5:1) on the window and base colours of its scheme, and the
palette's text on each background; `tests/unit/ui/test_palette.py` checks it. Colour is never
the only signal: what is coloured also says it in words (an overdue invoice's status reads
"Förfallen", a field in error shows its message).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class SchemeColour:
    """One of the app's colours, as "#rrggbb" for the light and for the dark scheme."""

    light: str
    dark: str


# Text and lines, drawn on the window or on a table's base.
OVERDUE = SchemeColour("#b3001b", "#ff8a8a")  # overdue invoices, expired quotes, over the limit
ERROR = SchemeColour("#b3261e", "#ff9b8f")  # what is wrong with a field, a row or a case
NOTICE_TEXT = SchemeColour("#6b4500", "#ffd58a")  # an alert text shown in an editor
FROM_GROUP = SchemeColour("#595959", "#b4b4b4")  # a card's field filled in from its group
CHART_INVOICED = SchemeColour("#2f6f9f", "#7fb6e0")
CHART_PAID = SchemeColour("#276b33", "#85c98f")
FOREGROUNDS = (OVERDUE, ERROR, NOTICE_TEXT, FROM_GROUP, CHART_INVOICED, CHART_PAID)

# Backgrounds, with the palette's text (or NOTICE_TEXT, ERROR) drawn on them.
NOTICE = SchemeColour("#fff4d6", "#3d3214")  # an alert, a card changed by someone else
INVALID_FIELD = SchemeColour("#fdecea", "#4a1f1c")  # a field whose text is not accepted
ERROR_ROW = SchemeColour("#fde2e2", "#4f2020")  # a row of an import that cannot be imported
DUPLICATE_ROW = SchemeColour("#fff3cd", "#40371a")  # a row that matches an existing one
BACKGROUNDS = (NOTICE, INVALID_FIELD, ERROR_ROW, DUPLICATE_ROW)


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the colour scheme in use (the application palette's window) is dark."""
    palette = palette if palette is not None else QGuiApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    return window.lightness() < 128


def colour(scheme_colour: SchemeColour) -> QColor:
    """The colour for the scheme in use now."""
    return QColor(scheme_colour.dark if is_dark() else scheme_colour.light)


def css(scheme_colour: SchemeColour) -> str:
    """The colour for the scheme in use now, for a style sheet."""
    return scheme_colour.dark if is_dark() else scheme_colour.light


class _SchemeFollower(QObject):
    """Lives as long as its widget, so that the connection ends with it. (Qt tells a change of
    the application palette to the windows, but a child widget with a style sheet of its own
    hears nothing of it.)"""

    def __init__(self, widget: QWidget, restyle: Callable[[], None]) -> None:
        super().__init__(widget)
        self._restyle = restyle
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.paletteChanged.connect(self.restyle)

    def restyle(self) -> None:
        self._restyle()


def follow_scheme(widget: QWidget, restyle: Callable[[], None]) -> None:
    """Call `restyle` now and again whenever the colour scheme (the application's palette)
    changes, as long as `widget` lives."""
    restyle()
    _SchemeFollower(widget, restyle)


def style_sheet_following_scheme(widget: QWidget, sheet: Callable[[], str]) -> None:
    """Give `widget` the style sheet `sheet()` makes, made again for each colour scheme."""

    def restyle() -> None:
        text = sheet()
        if widget.styleSheet() != text:
            widget.setStyleSheet(text)

    follow_scheme(widget, restyle)


def notice_style() -> str:
    """The style sheet of an alert shown in an editor (the customer's alert text)."""
    return f"color: {css(NOTICE_TEXT)}; background: {css(NOTICE)}; padding: 4px;"
