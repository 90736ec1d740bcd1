"""Light or dark as the user chose in the settings: applied at once, kept for the next start,
and every colour the UI sets by hand follows it."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QComboBox, QLabel

from kundbok.services.listing import CustomerRow
from kundbok.ui.color_scheme import COLOR_SCHEME_KEY, apply_chosen_scheme, apply_color_scheme
from kundbok.ui.customer_list import COLUMNS, CustomerTableModel
from kundbok.ui.palette import NOTICE, OVERDUE, colour, is_dark
from kundbok.ui.settings_dialog import SettingsDialog


@pytest.fixture(autouse=True)
def system_scheme_after(qapp):
    """The application's palette is shared by every later test: back to the system's."""
    yield
    apply_color_scheme("system")


def _window_colour() -> QColor:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window)


def _choose(dialog: SettingsDialog, scheme: str) -> None:
    box = dialog.findChild(QComboBox, "settings_color_scheme")
    box.setCurrentIndex(box.findData(scheme))
    dialog.save()


def test_choosing_dark_turns_the_app_dark_at_once_and_is_kept(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "kundbok.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    box = dialog.findChild(QComboBox, "settings_color_scheme")
    assert [box.itemText(i) for i in range(box.count())] == ["As the system", "Light", "Dark"]
    assert box.currentData() == "system"
    _choose(dialog, "dark")
    assert _window_colour().lightness() < 80
    assert colour(OVERDUE) == QColor(OVERDUE.dark)
    assert settings.value(COLOR_SCHEME_KEY) == "dark"
    apply_color_scheme("system")
    assert not is_dark()
    apply_chosen_scheme(settings)  # as at the next start
    assert is_dark()


def test_light_and_system_bring_the_light_colours_back(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "kundbok.ini"), QSettings.Format.IniFormat)
    apply_color_scheme("dark")
    dialog = SettingsDialog(db, settings)
    qtbot.addWidget(dialog)
    _choose(dialog, "light")
    assert _window_colour().lightness() > 200
    assert colour(OVERDUE) == QColor(OVERDUE.light)
    assert QGuiApplication.styleHints().colorScheme() in (
        Qt.ColorScheme.Light,
        Qt.ColorScheme.Unknown,
    )


def test_open_windows_follow_a_change_of_scheme(window, qtbot):
    editor = window.opener.open_invoice_editor(None)
    alert = editor.findChild(QLabel, "customer_alert")
    assert NOTICE.light in alert.styleSheet()
    apply_color_scheme("dark")
    assert NOTICE.dark in alert.styleSheet()
    editor.close()


def test_a_customer_over_its_credit_limit_is_red_in_either_scheme_and_says_so(qapp):
    model = CustomerTableModel()
    row = CustomerRow(1, 1, "Berg AB", "company", None, None, "", None, "", "", True)
    model._pages[0] = [row._replace(open_amount=Decimal(1500), credit_limit=Decimal(1000))]
    model._count = 1
    owed = model.index(0, [key for key, _label in COLUMNS].index("open_amount"))
    assert owed.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE.light)
    assert "credit limit of 1" in owed.data(Qt.ItemDataRole.AccessibleTextRole)
    apply_color_scheme("dark")
    assert owed.data(Qt.ItemDataRole.ForegroundRole).color() == QColor(OVERDUE.dark)
