"""The card's customer group: a combo box, and "from the group" beside the fields it filled."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails, fields_from_group
from kundbok.ui.palette import FROM_GROUP, css, style_sheet_following_scheme


class GroupField(QComboBox):
    """Kundgrupp: none or one of the register's groups (`field_group`). Choosing one (the
    user, not code showing a customer) says so with the group before and after; the card then
    fills the group's defaults. Each field given to `mark` gets a `from_group_<field>` label,
    shown while the field holds the group's value."""

    chosen = Signal(object, object)  # the group before and the group chosen (None: no group)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("field_group")
        self._groups: dict[int, CustomerGroupDetails] = {}
        self._shown: CustomerGroupDetails | None = None
        self._marks: dict[str, QLabel] = {}
        self.set_groups([])
        self.currentIndexChanged.connect(self._changed)

    def set_groups(self, groups: list[CustomerGroupDetails]) -> None:
        """The groups to choose from."""
        self._groups = {group.id: group for group in groups if group.id is not None}
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No group"), None)
        for group in groups:
            self.addItem(group.name, group.id)
        self.blockSignals(False)

    def group(self) -> CustomerGroupDetails | None:
        """The chosen group with its defaults."""
        data = self.currentData()
        return None if data is None else self._groups.get(int(data))

    def group_id(self) -> int | None:
        data = self.currentData()
        return None if data is None else int(data)

    def show_group(self, group_id: int | None) -> None:
        """Show a customer's group, without filling anything."""
        self.blockSignals(True)
        self.setCurrentIndex(max(0, self.findData(group_id)))
        self.blockSignals(False)
        self._shown = self.group()

    def _changed(self) -> None:
        previous, self._shown = self._shown, self.group()
        self.chosen.emit(previous, self._shown)

    def mark(self, name: str, field: QWidget) -> QWidget:
        """`field` with a "from the group" label after it, for a form row."""
        row = QWidget(field.parentWidget())
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field, 1)
        label = QLabel(self.tr("from the group"), row)
        label.setObjectName(f"from_group_{name}")
        style_sheet_following_scheme(
            label, lambda: f"QLabel {{ color: {css(FROM_GROUP)}; font-style: italic; }}"
        )
        label.hide()
        layout.addWidget(label)
        self._marks[name] = label
        return row

    def update_marks(self, details: CustomerDetails) -> None:
        """Show the label of each marked field whose value is the chosen group's default."""
        from_group = fields_from_group(details, self.group())
        for name, label in self._marks.items():
            label.setVisible(name in from_group)
