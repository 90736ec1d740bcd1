"""Texts a person cannot read whole: buttons, check boxes and one-line labels narrower or lower
than their text needs (the screen-size and scaling tests, and tests/tools/screenshots.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget


def texts_cut_off(window: QWidget, name: str) -> list[str]:
    """One line ("window: object: text") per visible control of `window` whose text is cut."""
    found = []
    for control in [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]:
        if not control.isVisibleTo(window) or not control.text():
            continue
        if isinstance(control, QLabel) and control.wordWrap():
            continue
        wanted = control.minimumSizeHint()
        if control.width() < wanted.width() or control.height() < wanted.height():
            what = control.objectName() or type(control).__name__
            found.append(f"{name}: {what}: {control.text()}")
    return found
