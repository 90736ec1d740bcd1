"""What a screen reader says of a window's controls: names from their labels, descriptions of
what is wrong with a field, and changes announced as they happen.

Qt names a control from a `QLabel` whose buddy it is, but only when the label is the control's
sibling; `name_controls()` gives the rest of a window's fields their label's text (a field in a
wrapper widget, a label beside its field in a row or grid that was never made its buddy, the
line edit inside an editable combo box).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QStackedWidget,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
)


def _spoken(text: str) -> str:
    """A label's text as spoken: no mnemonic ampersand, no trailing colon or required mark."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":*").strip()


def _reachable(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _control(widget: QWidget) -> QWidget | None:
    """The control a person reaches in `widget`: itself, its focus proxy or its first
    focusable child (a field wrapped with its error message)."""
    if _reachable(widget):
        return widget
    proxy = widget.focusProxy()
    if proxy is not None:
        return proxy
    return next((child for child in widget.findChildren(QWidget) if _reachable(child)), None)


def _name_from(label: QLabel, widget: QWidget) -> None:
    """Make `label` the label of `widget` (its mnemonic moves the focus there) and name the
    control inside it when Qt cannot read the name from the label itself."""
    if label.buddy() is None:
        label.setBuddy(widget)
    control = _control(widget)
    if control is None or control.accessibleName():
        return
    if control is widget and control.parentWidget() is label.parentWidget():
        return  # Qt reads a sibling's buddy label
    if text := _spoken(label.text()):
        control.setAccessibleName(text)


def _label_beside(layout: QLayout) -> list[tuple[QLabel, QWidget]]:
    """The labels of `layout` that stand just before a field (left of it in a grid, before it
    in a row or column), with that field."""
    pairs: list[tuple[QLabel, QWidget]] = []
    if isinstance(layout, QFormLayout):  # a row whose field is a row of its own: its first
        for row in range(layout.rowCount()):
            label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
            inner = field.layout() if field else None
            first = inner.itemAt(0) if inner is not None and inner.count() else None
            pairs += _pair(label.widget() if label else None, first.widget() if first else None)
    elif isinstance(layout, QGridLayout):
        for index in range(layout.count()):
            position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
            row, column = position[0], position[1]
            item, beside = layout.itemAt(index), layout.itemAtPosition(row, column + 1)
            pairs += _pair(item.widget() if item else None, beside.widget() if beside else None)
    elif isinstance(layout, QBoxLayout):
        for index in range(layout.count() - 1):
            item, after = layout.itemAt(index), layout.itemAt(index + 1)
            pairs += _pair(item.widget() if item else None, after.widget() if after else None)
    return pairs


def _pair(label: QWidget | None, field: QWidget | None) -> list[tuple[QLabel, QWidget]]:
    if not isinstance(label, QLabel) or field is None or isinstance(field, QLabel):
        return []
    if label.buddy() is not None or not label.text() or _control(field) is None:
        return []
    return [(label, field)]


def name_controls(root: QWidget) -> None:
    """Give the fields of `root` the names their labels show (call when the window is built)."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None:
            _name_from(label, buddy)
    for layout in root.findChildren(QLayout):
        for label, field in _label_beside(layout):
            _name_from(label, field)
    _name_views(root)
    give_mnemonics(root)
    for combo in root.findChildren(QComboBox):
        edit = combo.lineEdit()
        if edit is not None and not edit.accessibleName():
            edit.setAccessibleName(
                combo.accessibleName()
                or QAccessible.queryAccessibleInterface(combo).text(QAccessible.Text.Name)
            )


def _context(widget: QWidget) -> str:
    """What a table or view without a label shows, read from where it stands: the group box,
    the tab it is on, or its window."""
    child, parent = widget, widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QGroupBox) and parent.title():
            return _spoken(parent.title())
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            assert isinstance(tabs, QTabWidget)
            return _spoken(tabs.tabText(tabs.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return widget.window().windowTitle()


def _name_views(root: QWidget) -> None:
    """Tables, lists, charts and tab pages that have no label: named from where they stand;
    a view's scrolled area (which takes the focus in a chart) as the view."""
    for view in root.findChildren(QWidget):
        if not isinstance(view, (QAbstractScrollArea, QTabWidget)):
            continue
        if isinstance(view, (QPlainTextEdit, QTextEdit)) and not _reachable(view):
            continue
        if not view.accessibleName() and (text := _context(view)):
            view.setAccessibleName(text)
        scrolled = isinstance(view, QAbstractScrollArea) and not isinstance(view, QAbstractItemView)
        if (
            scrolled
            and isinstance(view, QAbstractScrollArea)
            and not view.viewport().accessibleName()
        ):
            view.viewport().setAccessibleName(view.accessibleName())


def _mnemonic(text: str) -> str | None:
    """The letter after a single ampersand, lower case; None when the text has none."""
    plain = text.replace("&&", "")
    index = plain.find("&")
    return plain[index + 1].lower() if 0 <= index < len(plain) - 1 else None


def _takes_mnemonic(widget: QWidget) -> bool:
    if isinstance(widget, QToolButton):
        return False  # a toolbar's buttons are its actions, reached from the menus
    if isinstance(widget, QAbstractButton):
        # A button with a shortcut of its own (Ctrl+S) keeps it: a mnemonic would replace it.
        own = widget.shortcut().toString()
        return not own or own.startswith("Alt+")
    if isinstance(widget, QLabel):
        return widget.buddy() is not None and widget.textFormat() != Qt.TextFormat.RichText
    return isinstance(widget, QGroupBox) and widget.isCheckable()


def _pages(widget: QWidget, root: QWidget) -> tuple[QWidget, ...]:
    """The tab pages (pages of stacked widgets) `widget` stands in, outermost first."""
    pages: list[QWidget] = []
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget):
            pages.append(child)
        child, parent = parent, parent.parentWidget()
    return tuple(reversed(pages))


def give_mnemonics(root: QWidget) -> None:
    """Underline a letter (Alt+letter) in each button, check box and field label of `root`
    that has none, never one that another control shown with it already uses: the first free
    letter of its text, as KDE's accelerator manager does. The pages of a tab widget are never
    shown together, so each page has the letters the controls around the tabs leave free (a
    card of twelve tabs would otherwise run out of letters before its first tab's fields)."""
    targets = [w for w in root.findChildren(QWidget) if _takes_mnemonic(w) and w.window() is root]
    placed = [(_pages(widget, root), widget) for widget in targets]
    placed.sort(key=lambda item: len(item[0]))  # around the tabs first, then each page
    used: dict[tuple[QWidget, ...], set[str]] = {}
    for bar in root.findChildren(QMenuBar):  # the menus' letters are the window's own
        used.setdefault((), set()).update(
            m for action in bar.actions() if (m := _mnemonic(action.text()))
        )
    for pages, widget in placed:
        if m := _mnemonic(_text(widget)):
            used.setdefault(pages, set()).add(m)
    for pages, widget in placed:
        text = _text(widget)
        if not text or "&" in text.replace("&&", ""):
            continue
        taken = set().union(*(used.get(pages[:depth], set()) for depth in range(len(pages) + 1)))
        for index, letter in enumerate(text):
            if letter.isalnum() and letter.lower() not in taken:
                used.setdefault(pages, set()).add(letter.lower())
                _set_text(widget, text[:index] + "&" + text[index:])
                break


def _text(widget: QWidget) -> str:
    if isinstance(widget, QGroupBox):
        return widget.title()
    return widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""


def _set_text(widget: QWidget, text: str) -> None:
    if isinstance(widget, QGroupBox):
        widget.setTitle(text)
    elif isinstance(widget, (QAbstractButton, QLabel)):
        widget.setText(text)


def name_print_preview(dialog: QPrintPreviewDialog) -> None:
    """Qt's print preview names its toolbar's buttons but not its page field, its zoom field
    or the pages themselves."""
    page = QCoreApplication.translate("Accessibility", "Page")
    zoom = QCoreApplication.translate("Accessibility", "Zoom")
    for combo in dialog.findChildren(QComboBox):
        combo.setAccessibleName(zoom)
    for edit in dialog.findChildren(QLineEdit):
        if not isinstance(edit.parentWidget(), QComboBox):
            edit.setAccessibleName(page)
    for pages in dialog.findChildren(QPrintPreviewWidget):
        pages.setAccessibleName(QCoreApplication.translate("Accessibility", "Pages"))
    name_controls(dialog)


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Name a control that has no label (a table, a chart, an icon-only button)."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def describe_problem(field: QWidget, problem: str | None) -> None:
    """Say what is wrong with `field` (None: nothing) in its description, and tell a screen
    reader at once, not only by the colour."""
    text = problem or ""
    if field.accessibleDescription() == text:
        return
    field.setAccessibleDescription(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(
            QAccessibleEvent(field, QAccessible.Event.DescriptionChanged)
        )
