"""What a window did, said in the main window's status bar.

An editor or a card says there that it saved, issued or sent, as text: a screen reader reads
the status bar, and a user who has moved to the main window sees it there too.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QWidget

NOTE_MS = 8000  # as long as the status bar shows a note


def tell_main_window(widget: QWidget, text: str) -> None:
    """Show `text` in the status bar of the main window that `widget` was opened from
    (through its parents); nothing when there is none."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QMainWindow):
        parent = parent.parentWidget()
    if parent is not None:
        parent.statusBar().showMessage(text, NOTE_MS)
