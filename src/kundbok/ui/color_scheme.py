"""Light or dark: the app follows the system's colour scheme unless the user chose one
(*Inställningar* › *Program* › *Utseende*: System, Ljust, Mörkt), kept in QSettings as the
window's layout is, applied at start and at once when changed.

The choice goes to Qt (`QStyleHints.setColorScheme`, Qt 6.8+), which turns a platform that
supports it (Windows 11, macOS, GNOME, KDE) light or dark. Where the platform keeps its palette
(the offscreen and minimal platforms, older desktops) the application palette is set by hand:
Fusion's own colours, dark ones for Mörkt. The invoice and quote PDFs never read the palette.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from kundbok.ui.palette import is_dark

COLOR_SCHEME_KEY = "appearance/color_scheme"
SCHEMES = {
    "system": Qt.ColorScheme.Unknown,
    "light": Qt.ColorScheme.Light,
    "dark": Qt.ColorScheme.Dark,
}

# The hand-made palettes: (role, colour) for every colour group, then the disabled group's own.
_DARK = {
    QPalette.ColorRole.Window: "#2b2b2b",
    QPalette.ColorRole.WindowText: "#e8e8e8",
    QPalette.ColorRole.Base: "#1f1f1f",
    QPalette.ColorRole.AlternateBase: "#282828",
    QPalette.ColorRole.ToolTipBase: "#3a3a3a",
    QPalette.ColorRole.ToolTipText: "#e8e8e8",
    QPalette.ColorRole.PlaceholderText: "#9e9e9e",
    QPalette.ColorRole.Text: "#e8e8e8",
    QPalette.ColorRole.Button: "#363636",
    QPalette.ColorRole.ButtonText: "#e8e8e8",
    QPalette.ColorRole.BrightText: "#ff8a8a",
    QPalette.ColorRole.Light: "#4a4a4a",
    QPalette.ColorRole.Midlight: "#3e3e3e",
    QPalette.ColorRole.Mid: "#5a5a5a",
    QPalette.ColorRole.Dark: "#1a1a1a",
    QPalette.ColorRole.Shadow: "#0a0a0a",
    QPalette.ColorRole.Highlight: "#2f6f9f",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#8cc4ff",
    QPalette.ColorRole.LinkVisited: "#d0a6ff",
}
_DARK_DISABLED = {
    QPalette.ColorRole.WindowText: "#8a8a8a",
    QPalette.ColorRole.Text: "#8a8a8a",
    QPalette.ColorRole.ButtonText: "#8a8a8a",
    QPalette.ColorRole.Base: "#2b2b2b",
    QPalette.ColorRole.Highlight: "#4a4a4a",
}
_LIGHT_BUTTON = "#efefef"  # Fusion's light window and button colour


def chosen_scheme(settings: QSettings) -> str:
    """The user's choice: "system", "light" or "dark"."""
    chosen = str(settings.value(COLOR_SCHEME_KEY, "system"))
    return chosen if chosen in SCHEMES else "system"


def dark_palette() -> QPalette:
    """The application palette of Mörkt where the platform has none of its own."""
    palette = QPalette()
    for role, value in _DARK.items():
        palette.setColor(role, QColor(value))
    for role, value in _DARK_DISABLED.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(value))
    return palette


def light_palette() -> QPalette:
    """The application palette of Ljust where the platform's own is dark."""
    palette = QPalette(QColor(_LIGHT_BUTTON))
    palette.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    return palette


def apply_color_scheme(choice: str) -> None:
    """Turn the application light, dark, or as the system is (`choice` as `chosen_scheme`)."""
    app = QGuiApplication.instance()
    if not isinstance(app, QGuiApplication):
        return
    hints = app.styleHints()
    hints.setColorScheme(SCHEMES.get(choice, Qt.ColorScheme.Unknown))
    app.setPalette(QPalette())  # the platform's and the style's own palette again
    if choice == "system":
        return
    wanted_dark = choice == "dark"
    if is_dark(app.palette()) != wanted_dark:
        app.setPalette(dark_palette() if wanted_dark else light_palette())


def apply_chosen_scheme(settings: QSettings) -> None:
    """Apply the colour scheme the user chose (at start)."""
    apply_color_scheme(chosen_scheme(settings))
