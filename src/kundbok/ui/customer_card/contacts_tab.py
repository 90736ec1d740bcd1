"""The card's tab of addresses (billing, delivery, visiting) and contact people."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.domain.customer import ContactDetails, CustomerDetails
from kundbok.ui.customer_card.fields import ADDRESS_PARTS, AddressBox
from kundbok.ui.customer_card.tab import CardTab

TEXT_COLUMNS = ("name", "role", "phone", "mobile", "email")  # then the main-contact tick
MAIN_COLUMN = len(TEXT_COLUMNS)


class ContactsTab(CardTab):
    """Kontakter & adresser: three address boxes and the table of contact people."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_contacts")
        self.billing = AddressBox("billing", self.tr("Billing address"), self)
        self.delivery = AddressBox("delivery", self.tr("Delivery address"), self)
        self.visiting = AddressBox("visiting", self.tr("Visiting address"), self)
        self.field_delivery_same = QCheckBox(self.tr("Same as billing address"), self.delivery)
        self.field_delivery_same.setObjectName("field_delivery_same")
        self.delivery.grid.addWidget(self.field_delivery_same, len(ADDRESS_PARTS), 1)
        # Made after the visiting address, it would be reached after it: Tab takes it after
        # the delivery address's fields, under which it stands.
        QWidget.setTabOrder(self.delivery.country, self.field_delivery_same)
        QWidget.setTabOrder(self.field_delivery_same, self.visiting.street)
        self.field_delivery_same.toggled.connect(
            lambda same: self.delivery.set_fields_enabled(not same)
        )
        addresses = QHBoxLayout()
        for box in (self.billing, self.delivery, self.visiting):
            addresses.addWidget(box)

        headers = [
            self.tr("Name"),
            self.tr("Role"),
            self.tr("Phone"),
            self.tr("Mobile"),
            self.tr("E-mail"),
            self.tr("Main contact"),
        ]
        self.field_contacts = QTableWidget(0, len(headers), self)
        self.field_contacts.setObjectName("field_contacts")
        self.field_contacts.setHorizontalHeaderLabels(headers)
        self.field_contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.field_contacts.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("Add contact"), self)
        add.setObjectName("button_add_contact")
        add.clicked.connect(self._add_empty_contact)
        remove = QPushButton(self.tr("Remove contact"), self)
        remove.setObjectName("button_remove_contact")
        remove.clicked.connect(self._remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addLayout(addresses)
        layout.addWidget(QLabel(self.tr("Contacts"), self))
        layout.addWidget(self.field_contacts)
        layout.addLayout(buttons)

    def _add_contact(self, contact: ContactDetails) -> None:
        row = self.field_contacts.rowCount()
        self.field_contacts.insertRow(row)
        for column, name in enumerate(TEXT_COLUMNS):
            self.field_contacts.setItem(row, column, QTableWidgetItem(getattr(contact, name)))
        main = QTableWidgetItem()
        main.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        main.setCheckState(Qt.CheckState.Checked if contact.is_main else Qt.CheckState.Unchecked)
        self.field_contacts.setItem(row, MAIN_COLUMN, main)

    def _add_empty_contact(self) -> None:
        self._add_contact(ContactDetails(name=""))
        self.edited.emit()

    def _remove_contact(self) -> None:
        selected = {index.row() for index in self.field_contacts.selectedIndexes()}
        for row in sorted(selected, reverse=True):
            self.field_contacts.removeRow(row)
        if selected:
            self.edited.emit()

    def _cell(self, row: int, column: int) -> str:
        item = self.field_contacts.item(row, column)
        return item.text().strip() if item is not None else ""

    def _contacts(self) -> tuple[ContactDetails, ...]:
        contacts = []
        for row in range(self.field_contacts.rowCount()):
            name, role, phone, mobile, email = (
                self._cell(row, column) for column in range(len(TEXT_COLUMNS))
            )
            main = self.field_contacts.item(row, MAIN_COLUMN)
            is_main = main is not None and main.checkState() == Qt.CheckState.Checked
            contacts.append(ContactDetails(name, role, phone, mobile, email, is_main))
        return tuple(contacts)

    def show_details(self, details: CustomerDetails) -> None:
        """Fill the addresses and contacts from `details`."""
        for box in (self.billing, self.delivery, self.visiting):
            box.show_address(details.address(box.kind))
        # A saved customer without a delivery address has it the same as the billing one.
        self.field_delivery_same.setChecked(
            details.id is not None and details.address("delivery") is None
        )
        self.field_contacts.setRowCount(0)
        for contact in details.contacts:
            self._add_contact(contact)

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the addresses and contacts as typed."""
        boxes = [self.billing, self.visiting]
        if not self.field_delivery_same.isChecked():
            boxes.insert(1, self.delivery)
        addresses = tuple(box.address() for box in boxes)
        return replace(details, addresses=addresses, contacts=self._contacts())
