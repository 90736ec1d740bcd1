"""Windows open at the size they were laid out for, or smaller on a small screen.

A window asks for the size that suits its work (the invoice editor with its preview wants a
wide screen); on a laptop of 1366 × 768 it opens no larger than the screen's free area (less
the taskbar, which `availableGeometry` leaves out) less its own title bar, so that nothing of it
is off screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QStyle, QWidget


def available_size(widget: QWidget) -> QSize:
    """The free area of the screen the widget opens on (its parent's, else the primary)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().size()


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    """Give a window its preferred size, shrunk to fit the free area of its screen."""
    # The window manager's title bar and frame are not known before the window is shown: room
    # is kept for a title bar of the style's height and a few pixels of frame.
    title_bar = widget.style().pixelMetric(QStyle.PixelMetric.PM_TitleBarHeight)
    room = available_size(widget) - QSize(16, title_bar + 8)
    widget.resize(QSize(width, height).boundedTo(room).expandedTo(widget.minimumSizeHint()))
