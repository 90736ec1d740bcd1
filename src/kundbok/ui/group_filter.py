"""The combo box beside the search field that limits the customer list to one customer group."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

if TYPE_CHECKING:
    from kundbok.db.session import Database


class GroupFilter(QComboBox):
    """ "All groups" or one group; hidden while the register has no groups."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("group_filter")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.addItem(self.tr("All groups"), None)
        self.hide()

    def group_id(self) -> int | None:
        """The chosen group's id; None for every customer."""
        data = self.currentData()
        return None if data is None else int(data)

    def reload(self, db: Database) -> None:
        """Read the groups again (one was added, renamed or deleted), keeping the choice if the
        group is still there; signals a change only when the choice changed."""
        from kundbok.services.customer_groups import list_groups

        chosen = self.group_id()
        groups = list_groups(db)
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("All groups"), None)
        for group in groups:
            self.addItem(group.name, group.id)
        index = self.findData(chosen) if chosen is not None else 0
        self.setCurrentIndex(max(0, index))
        self.blockSignals(False)
        self.setVisible(bool(groups))
        if chosen is not None and index < 0:
            self.currentIndexChanged.emit(0)  # the chosen group is gone: show everyone
