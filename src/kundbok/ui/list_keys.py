"""The keys of a searched list (customers, invoices): Down or Enter in the search field goes on
to the list, Enter on a row opens it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTableView, QWidget


def on_key(
    widget: QWidget, key: Qt.Key | QKeySequence.StandardKey, act: Callable[[], object]
) -> None:
    """Call `act` when `key` is pressed while `widget` has the focus."""
    shortcut = QShortcut(QKeySequence(key), widget, act)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)


def on_enter(widget: QWidget, act: Callable[[], object]) -> None:
    """Call `act` on Return or on the keypad's Enter while `widget` has the focus."""
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        on_key(widget, key, act)


def focus_list(table: QTableView) -> None:
    """On to the list from its search field, at its selected row or else its first."""
    if not table.model().rowCount():
        return
    if not table.selectionModel().hasSelection():
        table.selectRow(0)
    table.setFocus()
