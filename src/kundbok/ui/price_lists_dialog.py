"""Fakturering → Prislistor…: the named price lists on the left, the chosen list's prices on
the right. Prices are saved as they are added or changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.price_lists import (
    PriceListDetails,
    PriceOwner,
    create_price_list,
    delete_price_list,
    list_price_lists,
    rename_price_list,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.agreed_prices import AgreedPrices
from kundbok.ui.errors import attempt
from kundbok.ui.screen_fit import resize_to_fit


class PriceListsDialog(QDialog):
    """`price_lists_dialog`: `price_list_list`, `button_new_price_list`,
    `button_rename_price_list`, `button_delete_price_list`, and the list's `agreed_prices`."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("price_lists_dialog")
        self.setWindowTitle(self.tr("Price lists"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._lists: list[PriceListDetails] = []
        self.price_list_list = QListWidget(self)
        self.price_list_list.setObjectName("price_list_list")
        self.price_list_list.currentRowChanged.connect(self._show_current)
        self.button_new_price_list = self._button("button_new_price_list", self.tr("New list…"))
        self.button_rename_price_list = self._button("button_rename_price_list", self.tr("Rename…"))
        self.button_delete_price_list = self._button("button_delete_price_list", self.tr("Delete"))
        self.button_new_price_list.clicked.connect(self.new_list)
        self.button_rename_price_list.clicked.connect(self.rename_current)
        self.button_delete_price_list.clicked.connect(self.delete_current)
        self.prices = AgreedPrices(db, self)
        self.prices.prices_changed.connect(lambda: self.reload(self._current_id()))
        hint = QLabel(
            self.tr(
                "A customer's line takes its own price first, then its price list's, then its "
                "group's list's, then the article's. A price may hold from a quantity (volume "
                "price) and between two days. Give a customer or a group a list on the card or "
                "in Kunder → Kundgrupper."
            ),
            self,
        )
        hint.setWordWrap(True)
        left = QVBoxLayout()
        left.addWidget(self.price_list_list)
        row = QHBoxLayout()
        for button in (
            self.button_new_price_list,
            self.button_rename_price_list,
            self.button_delete_price_list,
        ):
            row.addWidget(button)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(hint)
        right.addWidget(self.prices)
        columns = QHBoxLayout(self)
        columns.addLayout(left, 1)
        columns.addLayout(right, 3)
        resize_to_fit(self, 1100, 520)
        self.reload()
        name_controls(self)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def reload(self, chosen: int | None = None) -> None:
        """Read the lists again and show `chosen` (else the first)."""
        self._lists = list_price_lists(self._db)
        self.price_list_list.blockSignals(True)
        self.price_list_list.clear()
        for price_list in self._lists:
            item = QListWidgetItem(
                self.tr("{name} ({prices} prices, {customers} customers, {groups} groups)").format(
                    name=price_list.name,
                    prices=price_list.price_count,
                    customers=price_list.customer_count,
                    groups=price_list.group_count,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, price_list.id)
            self.price_list_list.addItem(item)
        self.price_list_list.blockSignals(False)
        ids = [price_list.id for price_list in self._lists]
        row = ids.index(chosen) if chosen in ids else 0 if ids else -1
        self.price_list_list.setCurrentRow(row)
        self._show_current(row)

    def _current(self) -> PriceListDetails | None:
        row = self.price_list_list.currentRow()
        return self._lists[row] if 0 <= row < len(self._lists) else None

    def _current_id(self) -> int | None:
        current = self._current()
        return current.id if current else None

    def _show_current(self, _row: int) -> None:
        current = self._current()
        self.button_rename_price_list.setEnabled(current is not None)
        self.button_delete_price_list.setEnabled(current is not None)
        self.prices.show_owner(PriceOwner(price_list_id=current.id) if current else None)

    def new_list(self) -> None:
        """Ask for a name and make an empty list."""
        name, given = QInputDialog.getText(self, self.tr("New price list"), self.tr("Name"))
        if not given:
            return
        created = attempt(
            self, self.tr("New price list"), lambda: create_price_list(self._db, name)
        )
        if created is not None:
            self.reload(created.id)

    def rename_current(self) -> None:
        """Give the chosen list another name."""
        current = self._current()
        if current is None or current.id is None:
            return
        list_id = current.id
        name, given = QInputDialog.getText(
            self, self.tr("Rename price list"), self.tr("Name"), text=current.name
        )
        title = self.tr("Rename price list")
        if not given:
            return
        if attempt(self, title, lambda: rename_price_list(self._db, list_id, name)) is not None:
            self.reload(list_id)

    def delete_current(self) -> None:
        """Delete the chosen list and its prices, after asking; a list in use is refused."""
        current = self._current()
        if current is None or current.id is None:
            return
        list_id = current.id
        answer = QMessageBox.question(
            self,
            self.tr("Delete price list"),
            self.tr("Delete the price list {name} and its {count} prices?").format(
                name=current.name, count=current.price_count
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        title = self.tr("Delete price list")
        if attempt(self, title, lambda: delete_price_list(self._db, list_id)) is not None:
            self.reload()


def open_price_lists(db: Database, parent: QWidget | None) -> PriceListsDialog:
    """Show the price lists dialog (non-modal)."""
    dialog = PriceListsDialog(db, parent)
    dialog.show()
    return dialog
