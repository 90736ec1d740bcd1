"""Every window and dialog, walked through Qt's accessibility interface as a screen reader
does: each control a person can reach by Tab has a name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QLabel, QLineEdit, QTabWidget, QWidget
from tests.helpers.every_window import WINDOWS, open_window, window_classes


def test_every_window_class_is_listed():
    assert window_classes() == set(WINDOWS)


ITEMS = (QAccessible.Role.Cell, QAccessible.Role.ListItem, QAccessible.Role.TreeItem)


ITEMS = (QAccessible.Role.Cell, QAccessible.Role.ListItem, QAccessible.Role.TreeItem)


def _unnamed(iface: QAccessibleInterface, path: str, found: list[str], depth: int = 0) -> None:
    state = iface.state()
    role = iface.role()
    name = iface.text(QAccessible.Text.Name).strip()
    thing = iface.object()
    where = f"{path}/{thing.objectName() or type(thing).__name__ if thing else ''}:{role.name}"
    reachable = state.focusable and not state.invisible and not state.disabled
    if reachable and not name and role not in ITEMS:
        found.append(where)
    if role in (QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree):
        return  # its cells speak their contents; the view itself was checked
    if depth > 40:
        return
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            _unnamed(child, where, found, depth + 1)


def _every_tab(shown: QWidget, qtbot) -> Iterator[int]:
    """Show each page of the window's tabs in turn (the hidden ones are not walked)."""
    yield 0
    for tabs in shown.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.isVisible() and tabs.isTabEnabled(index):
                tabs.setCurrentIndex(index)
                qtbot.wait(1)
                yield index


@pytest.mark.parametrize("name", sorted(WINDOWS))
def test_every_focusable_control_has_a_name(window, qtbot, no_dialogs, name):
    shown = open_window(window, name)
    qtbot.waitExposed(shown)
    found: list[str] = []
    for _page in _every_tab(shown, qtbot):
        _unnamed(QAccessible.queryAccessibleInterface(shown), "", found)
    assert sorted(set(found)) == []


def test_a_field_in_error_says_why_in_its_description(window, qtbot):
    card = open_window(window, "CustomerCard")
    field = card.findChild(QLineEdit, "field_org_number")
    field.setText("556036-0794")  # a wrong check digit
    message = card.findChild(QLabel, "error_org_number").text()
    assert message and field.accessibleDescription() == message
    field.setText("556036-0793")
    assert field.accessibleDescription() == ""
    card.form.dirty = False  # closed with the window, without asking to save
