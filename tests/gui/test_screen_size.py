"""Every window and dialog fits a small laptop's screen (1366 × 768 less a taskbar) and shows
its buttons and labels whole."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget
from tests.helpers.cut_off import texts_cut_off
from tests.helpers.every_window import WINDOWS, open_window

from kundbok.app import create_main_window
from kundbok.ui import screen_fit

SMALL_SCREEN = QSize(1366, 728)


@pytest.fixture
def small_screen(monkeypatch):
    """The free area of a 1366 × 768 screen with a taskbar, whatever the test's screen is."""
    monkeypatch.setattr(screen_fit, "available_size", lambda _widget: SMALL_SCREEN)


def _fits(size: QSize, screen: QSize = SMALL_SCREEN) -> bool:
    return size.width() <= screen.width() and size.height() <= screen.height()


def _smallest(widget: QWidget) -> QSize:
    """The smallest size the window can be given: its own minimum, else its layout's."""
    return widget.minimumSize().expandedTo(widget.minimumSizeHint())


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_window_fits_a_small_screen(window, qtbot, no_dialogs, swedish, small_screen, name):
    shown = open_window(window, name)
    qtbot.waitExposed(shown)
    assert _fits(_smallest(shown)), (name, _smallest(shown))
    if name != "MainWindow":  # opened by the fixture on the test's own screen; see below
        assert _fits(shown.frameGeometry().size()), (name, shown.frameGeometry().size())
    assert texts_cut_off(shown, name) == []


def test_the_main_window_opens_within_a_small_screen_on_first_start(
    qtbot, database_path, small_screen
):
    main = create_main_window(str(database_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    assert _fits(main.frameGeometry().size())
    assert main.width() >= 1000 and main.height() >= 600  # and uses most of it
    main.close()


def test_a_wide_window_is_shrunk_to_the_screen_it_opens_on(window, qtbot, no_dialogs):
    editor = open_window(window, "InvoiceEditor")
    screen = editor.screen().availableGeometry().size()
    assert _fits(editor.frameGeometry().size(), screen)
    assert editor.width() < 1500  # it asks for 1500 px, more than the test's screen has
