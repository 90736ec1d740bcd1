"""A choice of price list: none, or one of the register's lists (the card, the group form)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from kundbok.services.price_lists import PriceListDetails


class PriceListChoice(QComboBox):
    """`field_price_list`: "No price list" or one of the lists given to `set_lists`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("field_price_list")
        self.set_lists([])

    def set_lists(self, lists: list[PriceListDetails]) -> None:
        """The lists to choose from; the chosen one stays chosen while it is among them."""
        chosen = self.list_id()
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No price list"), None)
        for price_list in lists:
            self.addItem(price_list.name, price_list.id)
        self.blockSignals(False)
        self.show_list(chosen)

    def list_id(self) -> int | None:
        """The chosen list's id; None for none."""
        data = self.currentData()
        return None if data is None else int(data)

    def show_list(self, list_id: int | None) -> None:
        """Choose the list with `list_id` (none when it is no longer there)."""
        self.setCurrentIndex(max(0, self.findData(list_id)))
