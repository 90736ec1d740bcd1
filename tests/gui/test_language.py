"""The app speaks the user's language: the one chosen in the settings, else the system's."""

from __future__ import annotations

from kundbok import app
from kundbok.i18n import LANGUAGE_KEY
from kundbok.ui.main_window import MainWindow


def _labels(qtbot) -> tuple[str, str]:
    window = MainWindow(app.user_settings())
    qtbot.addWidget(window)
    return window.customers.show_inactive.text().replace("&", ""), window.tabs.tabText(
        1
    )  # after Översikt


def test_a_swedish_system_gets_swedish(qtbot, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "sv_SE.UTF-8")
    app._application()
    assert _labels(qtbot) == ("Visa passiva", "Kunder")


def test_english_again_in_the_next_test(qtbot):
    # Runs after the test above: the translator that test's start-up installed is gone.
    assert _labels(qtbot) == ("Show passive", "Customers")


def test_the_language_chosen_in_the_settings_wins(qtbot, monkeypatch):
    monkeypatch.setenv("LC_MESSAGES", "sv_SE.UTF-8")
    app.user_settings().setValue(LANGUAGE_KEY, "en")
    app._application()
    assert _labels(qtbot) == ("Show passive", "Customers")


def test_a_swedish_user_sees_the_window_in_swedish(swedish, window):
    assert window.customers.show_inactive.text().replace("&", "") == "Visa passiva"
    assert window.tabs.tabText(2) == "Fakturor"
    assert " kunder" in window.status.text()
