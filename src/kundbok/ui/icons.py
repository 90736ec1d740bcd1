"""The app's icons, drawn as SVG files shipped in resources/icons."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtGui import QIcon


@cache
def icon(name: str) -> QIcon:
    """The icon `name` (file resources/icons/<name>.svg)."""
    return QIcon(str(resources.files("kundbok.resources") / "icons" / f"{name}.svg"))
