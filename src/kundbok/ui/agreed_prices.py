"""The agreed prices of one price list or one customer, added, changed and removed at once (no
Save needed, as with payments): the price lists dialog and the card's Konton tab show it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.articles import list_articles
from kundbok.services.price_lists import (
    AgreedPriceDetails,
    PriceOwner,
    list_prices,
    remove_price,
    save_price,
)
from kundbok.ui.errors import attempt
from kundbok.ui.price_form import PriceForm, number_text
from kundbok.ui.read_only_table import fill_table, read_only_table


class AgreedPrices(QWidget):
    """`agreed_prices`: the table `prices_table` and `button_add_price`,
    `button_change_price`, `button_remove_price`."""

    prices_changed = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreed_prices")
        self._db = db
        self._owner: PriceOwner | None = None
        self._prices: list[AgreedPriceDetails] = []
        self.prices_table = read_only_table(
            self,
            "prices_table",
            [
                self.tr("Article"),
                self.tr("Description"),
                self.tr("From quantity"),
                self.tr("Price"),
                self.tr("Valid from"),
                self.tr("Valid to"),
                self.tr("Article's price"),
            ],
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.prices_table.doubleClicked.connect(lambda _index: self.change_price())
        self.prices_table.itemSelectionChanged.connect(self._update_buttons)
        self.button_add_price = self._button("button_add_price", self.tr("Add price…"))
        self.button_change_price = self._button("button_change_price", self.tr("Change…"))
        self.button_remove_price = self._button("button_remove_price", self.tr("Remove"))
        self.button_add_price.clicked.connect(self.add_price)
        self.button_change_price.clicked.connect(self.change_price)
        self.button_remove_price.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        for button in (self.button_add_price, self.button_change_price, self.button_remove_price):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.prices_table)
        layout.addLayout(buttons)
        self.show_owner(None)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def show_owner(self, owner: PriceOwner | None) -> None:
        """Show the prices of a list or a customer; None: nothing to show (a new customer)."""
        self._owner = owner
        self._prices = list_prices(self._db, owner) if owner is not None else []
        fill_table(
            self.prices_table,
            [
                [
                    price.article_number,
                    price.article_description,
                    number_text(price.from_quantity) if price.from_quantity else "",
                    price.unit_price,
                    price.valid_from.isoformat() if price.valid_from else "",
                    price.valid_to.isoformat() if price.valid_to else "",
                    price.article_price,
                ]
                for price in self._prices
            ],
        )
        self._update_buttons()

    def _selected(self) -> AgreedPriceDetails | None:
        rows = self.prices_table.selectionModel().selectedRows()
        return self._prices[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.button_add_price.setEnabled(self._owner is not None)
        chosen = self._selected() is not None
        self.button_change_price.setEnabled(chosen)
        self.button_remove_price.setEnabled(chosen)

    def add_price(self) -> None:
        """Ask for a new price and save it."""
        self._edit(None)

    def change_price(self) -> None:
        """Change the selected price."""
        price = self._selected()
        if price is not None:
            self._edit(price)

    def _edit(self, price: AgreedPriceDetails | None) -> None:
        owner = self._owner
        if owner is None:
            return
        form = PriceForm(list_articles(self._db), price, self)
        while form.exec():
            typed = form.result_price
            assert typed is not None
            saved = attempt(
                self,
                form.windowTitle(),
                lambda typed=typed: save_price(self._db, owner, typed),  # type: ignore[misc]
            )
            if saved is not None:
                break
            self.show_owner(owner)  # someone else's change is shown; the form stays
        self.show_owner(owner)
        self.prices_changed.emit()

    def remove_selected(self) -> None:
        """Remove the selected price, after asking."""
        price = self._selected()
        if price is None or price.id is None or self._owner is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove price"),
            self.tr("Remove the price {price} of article {article}?").format(
                price=number_text(price.unit_price), article=price.article_number
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        remove_price(self._db, price.id)
        self.show_owner(self._owner)
        self.prices_changed.emit()
