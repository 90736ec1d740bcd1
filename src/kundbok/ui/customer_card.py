"""The customer card: a non-modal tabbed dialog to see, create and change one customer."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.customer import (
    CURRENCIES,
    AddressDetails,
    ContactDetails,
    CustomerDetails,
    check_field,
)
from kundbok.domain.errors import KundbokError, ValidationError
from kundbok.domain.identifiers import format_postcode
from kundbok.i18n import error_text
from kundbok.services.customers import create_customer, get_customer, update_customer
from kundbok.services.history import customer_history
from kundbok.services.invoice_queries import customer_balance
from kundbok.ui.formatting import display_date, display_identifier, display_money
from kundbok.ui.invoice_list import InvoiceList

INVALID_STYLE = "QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"
VAT_CHOICES = (None, Decimal(25), Decimal(12), Decimal(6), Decimal(0))
CONTACT_COLUMNS = (
    QT_TRANSLATE_NOOP("CustomerCard", "Name"),
    QT_TRANSLATE_NOOP("CustomerCard", "Role"),
    QT_TRANSLATE_NOOP("CustomerCard", "Phone"),
    QT_TRANSLATE_NOOP("CustomerCard", "Mobile"),
    QT_TRANSLATE_NOOP("CustomerCard", "E-mail"),
    QT_TRANSLATE_NOOP("CustomerCard", "Main contact"),
)
ADDRESS_PARTS = ("street", "street2", "postcode", "city", "country")


def _shown(value: object) -> str:
    return "–" if value in (None, "") else str(value)


def _line(name: str, parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setObjectName(f"field_{name}")
    return edit


class CustomerCard(QDialog):
    """Kundkort: details, contacts and addresses, notes, accounts, ROT/RUT and history."""

    saved = Signal(int)  # the customer's id, after every successful save
    closed = Signal()  # the card is closing (it deletes itself right after)

    def __init__(self, db: Database, customer_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customer_card")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._details = get_customer(db, customer_id) if customer_id else None
        self._errors: dict[str, str] = {}
        self._fields: dict[str, QLineEdit] = {}
        self._error_labels: dict[str, QLabel] = {}
        self._loading = False
        self._dirty = False

        buttons = QDialogButtonBox(self)
        self.button_save = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.button_save.setObjectName("button_save")
        self.button_save.setShortcut(QKeySequence.StandardKey.Save)
        self.button_cancel = buttons.addButton(
            self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.button_cancel.setObjectName("button_cancel")
        self.button_save.clicked.connect(self.save)
        self.button_cancel.clicked.connect(self.close)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customer_card_tabs")
        self.tabs.addTab(self._details_tab(), self.tr("Details"))
        self.tabs.addTab(self._contacts_tab(), self.tr("Contacts && addresses"))
        self.tabs.addTab(self._notes_tab(), self.tr("Notes"))
        self.tabs.addTab(self._accounts_tab(), self.tr("Accounts"))
        self.tabs.addTab(self._rot_rut_tab(), self.tr("ROT/RUT"))
        self._history_page = self._history_tab()
        self._invoices_page = self._invoices_tab()
        self.tabs.addTab(self._history_page, self.tr("History"))
        self.tabs.addTab(self._invoices_page, self.tr("Invoices"))
        # History and invoices are read when their tab is shown, not on every open and save:
        # a customer of many years has a long history.
        self._unread_tabs: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _index: self._read_tab(self.tabs.currentWidget()))

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(880, 600)
        self._show(self._details)
        self._watch_changes()
        self._update_title()

    # --- tabs ------------------------------------------------------------------------------

    def _validated(self, name: str, parent: QWidget) -> QWidget:
        """A line edit checked as the user types, with its message beside it."""
        edit = _line(name, parent)
        self._fields[name] = edit
        message = QLabel(parent)
        message.setObjectName(f"error_{name}")
        message.setStyleSheet("color: #c0392b;")
        message.setWordWrap(True)
        message.hide()
        self._error_labels[name] = message
        edit.textChanged.connect(lambda _text, name=name: self._check(name))
        box = QWidget(parent)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(edit)
        column.addWidget(message)
        return box

    def _details_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_details")
        left, right = QFormLayout(), QFormLayout()
        self.field_number = QLabel(tab)
        self.field_number.setObjectName("field_number")
        self.field_kind = QComboBox(tab)
        self.field_kind.setObjectName("field_kind")
        self.field_kind.addItem(self.tr("Company"), "company")
        self.field_kind.addItem(self.tr("Private person"), "private")
        self.field_kind.currentIndexChanged.connect(self._kind_changed)
        self.org_number_label = QLabel(self.tr("Organisation number"), tab)
        left.addRow(self.tr("Customer number"), self.field_number)
        left.addRow(self.tr("Kind"), self.field_kind)
        left.addRow(self.tr("Name *"), self._validated("name", tab))
        left.addRow(self.org_number_label, self._validated("org_number", tab))
        left.addRow(self.tr("VAT number"), self._validated("vat_number", tab))
        self.field_reference = _line("reference", tab)
        left.addRow(self.tr("Their reference"), self.field_reference)
        self.field_phone, self.field_mobile = _line("phone", tab), _line("mobile", tab)
        self.field_fax, self.field_website = _line("fax", tab), _line("website", tab)
        left.addRow(self.tr("Phone"), self.field_phone)
        left.addRow(self.tr("Mobile"), self.field_mobile)
        left.addRow(self.tr("Fax"), self.field_fax)
        left.addRow(self.tr("E-mail"), self._validated("email", tab))
        left.addRow(self.tr("Website"), self.field_website)

        self.field_payment_terms = QSpinBox(tab)
        self.field_payment_terms.setObjectName("field_payment_terms")
        self.field_payment_terms.setRange(-1, 365)
        self.field_payment_terms.setSpecialValueText(self.tr("Company default"))
        self.field_payment_terms.setSuffix(self.tr(" days"))
        self.field_vat_rate = QComboBox(tab)
        self.field_vat_rate.setObjectName("field_vat_rate")
        self.field_vat_rate.addItem(self.tr("Standard (company default)"), None)
        for rate in VAT_CHOICES[1:]:
            self.field_vat_rate.addItem(f"{rate} %", str(rate))
        self.field_currency = QComboBox(tab)
        self.field_currency.setObjectName("field_currency")
        self.field_currency.addItems(list(CURRENCIES))
        self.field_language = QComboBox(tab)
        self.field_language.setObjectName("field_language")
        self.field_language.addItem(self.tr("Swedish"), "sv")
        self.field_language.addItem(self.tr("English"), "en")
        self.field_country = _line("country", tab)
        self.field_country.setMaxLength(2)
        self.field_country.setPlaceholderText("SE")
        self.field_discount_percent = QDoubleSpinBox(tab)
        self.field_discount_percent.setObjectName("field_discount_percent")
        self.field_discount_percent.setRange(0, 100)
        self.field_discount_percent.setDecimals(2)
        self.field_discount_percent.setSuffix(" %")
        self.field_invoice_by_email = QCheckBox(self.tr("Send invoices by e-mail"), tab)
        self.field_invoice_by_email.setObjectName("field_invoice_by_email")
        self.field_active = QCheckBox(self.tr("Active (untick to make the customer passive)"), tab)
        self.field_active.setObjectName("field_active")
        self.field_blocked = QCheckBox(self.tr("Blocked: no new invoices"), tab)
        self.field_blocked.setObjectName("field_blocked")
        self.field_alert_text = _line("alert_text", tab)
        self.field_alert_text.setPlaceholderText(self.tr("Shown when an invoice is made"))
        right.addRow(self.tr("Payment terms"), self.field_payment_terms)
        right.addRow(self.tr("Specific VAT"), self.field_vat_rate)
        right.addRow(self.tr("Currency"), self.field_currency)
        right.addRow(self.tr("Invoice language"), self.field_language)
        right.addRow(self.tr("Country"), self.field_country)
        right.addRow(self.tr("General discount"), self.field_discount_percent)
        right.addRow(self.tr("Alert text"), self.field_alert_text)
        right.addRow("", self.field_invoice_by_email)
        right.addRow("", self.field_active)
        right.addRow("", self.field_blocked)
        columns = QHBoxLayout(tab)
        columns.addLayout(left, 1)
        columns.addSpacing(16)
        columns.addLayout(right, 1)
        return tab

    def _address_box(self, kind: str, title: str, parent: QWidget) -> QGroupBox:
        box = QGroupBox(title, parent)
        grid = QGridLayout(box)
        labels = (
            self.tr("Street"),
            self.tr("Street, line 2"),
            self.tr("Postcode"),
            self.tr("City"),
            self.tr("Country"),
        )
        for row, (part, label) in enumerate(zip(ADDRESS_PARTS, labels, strict=True)):
            grid.addWidget(QLabel(label, box), row, 0)
            if part == "postcode":
                grid.addWidget(self._validated(f"{kind}_postcode", box), row, 1)
            else:
                edit = _line(f"{kind}_{part}", box)
                setattr(self, f"field_{kind}_{part}", edit)
                grid.addWidget(edit, row, 1)
        self._fields[f"{kind}_postcode"].setMaxLength(10)
        getattr(self, f"field_{kind}_country").setPlaceholderText("SE")
        getattr(self, f"field_{kind}_country").setMaxLength(2)
        return box

    def _contacts_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_contacts")
        addresses = QHBoxLayout()
        addresses.addWidget(self._address_box("billing", self.tr("Billing address"), tab))
        delivery = self._address_box("delivery", self.tr("Delivery address"), tab)
        self.field_delivery_same = QCheckBox(self.tr("Same as billing address"), delivery)
        self.field_delivery_same.setObjectName("field_delivery_same")
        self.field_delivery_same.toggled.connect(self._delivery_same_toggled)
        delivery.layout().addWidget(self.field_delivery_same, len(ADDRESS_PARTS), 1)
        addresses.addWidget(delivery)
        addresses.addWidget(self._address_box("visiting", self.tr("Visiting address"), tab))

        self.field_contacts = QTableWidget(0, len(CONTACT_COLUMNS), tab)
        self.field_contacts.setObjectName("field_contacts")
        self.field_contacts.setHorizontalHeaderLabels([self.tr(c) for c in CONTACT_COLUMNS])
        self.field_contacts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.field_contacts.verticalHeader().setVisible(False)
        add = QPushButton(self.tr("Add contact"), tab)
        add.setObjectName("button_add_contact")
        add.clicked.connect(lambda: self._add_contact(ContactDetails(name="")))
        remove = QPushButton(self.tr("Remove contact"), tab)
        remove.setObjectName("button_remove_contact")
        remove.clicked.connect(self._remove_contact)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch()
        layout = QVBoxLayout(tab)
        layout.addLayout(addresses)
        layout.addWidget(QLabel(self.tr("Contacts"), tab))
        layout.addWidget(self.field_contacts)
        layout.addLayout(buttons)
        return tab

    def _notes_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_notes")
        self.field_notes = QPlainTextEdit(tab)
        self.field_notes.setObjectName("field_notes")
        stamp = QPushButton(self.tr("Insert date and time"), tab)
        stamp.setObjectName("button_insert_timestamp")
        stamp.clicked.connect(self.insert_timestamp)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.field_notes)
        row = QHBoxLayout()
        row.addWidget(stamp)
        row.addStretch()
        layout.addLayout(row)
        return tab

    def _accounts_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_accounts")
        form = QFormLayout(tab)
        form.addRow(
            QLabel(self.tr("Leave empty to use the accounts of the company settings."), tab)
        )
        form.addRow(self.tr("Sales account"), self._validated("sales_account", tab))
        form.addRow(self.tr("Receivables account"), self._validated("receivables_account", tab))
        self._fields["sales_account"].setPlaceholderText("3001")
        self._fields["receivables_account"].setPlaceholderText("1510")
        return tab

    def _rot_rut_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_rot_rut")
        form = QFormLayout(tab)
        form.addRow(
            QLabel(
                self.tr(
                    "For ROT and RUT work: the buyer's personal number, and the property "
                    "designation, or for a housing co-operative its organisation number and the "
                    "apartment number."
                ),
                tab,
            )
        )
        form.itemAt(0).widget().setWordWrap(True)
        form.addRow(self.tr("Personal number"), self._validated("rot_rut_personal_number", tab))
        self.field_rot_rut_property = _line("rot_rut_property", tab)
        form.addRow(self.tr("Property designation"), self.field_rot_rut_property)
        form.addRow(
            self.tr("Housing co-operative org. no."),
            self._validated("rot_rut_housing_org_number", tab),
        )
        self.field_rot_rut_apartment_number = _line("rot_rut_apartment_number", tab)
        form.addRow(self.tr("Apartment number"), self.field_rot_rut_apartment_number)
        return tab

    def _history_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_history")
        self.history_table = QTableWidget(0, 4, tab)
        self.history_table.setObjectName("history_table")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        )
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.history_table)
        return tab

    def _invoices_tab(self) -> QWidget:
        tab = QWidget(self)
        tab.setObjectName("tab_invoices")
        self.balance = QLabel(tab)
        self.balance.setObjectName("customer_balance")
        self.invoices = InvoiceList(self._db, tab)
        self.invoices.status_filter.setCurrentIndex(0)
        layout = QVBoxLayout(tab)
        layout.addWidget(self.balance)
        layout.addWidget(self.invoices)
        return tab

    def _show_invoices(self) -> None:
        if self._details is None:
            self.balance.setText(self.tr("No invoices yet."))
            self.invoices.setEnabled(False)
            return
        self.invoices.setEnabled(True)
        self.invoices.show_customer(self._details.id)
        owed = customer_balance(self._db, self._details.id)
        self.balance.setText(
            self.tr("Balance (unpaid invoices): {amount} kr").format(amount=display_money(owed))
        )

    # --- showing a customer --------------------------------------------------------------

    def _show(self, details: CustomerDetails | None) -> None:
        self._loading = True
        shown = details or CustomerDetails(name="")
        self.field_number.setText(str(shown.number) if shown.number else self.tr("(given on save)"))
        self.field_kind.setCurrentIndex(max(0, self.field_kind.findData(shown.kind)))
        self._fields["name"].setText(shown.name)
        identifier = shown.personal_number if shown.kind == "private" else shown.org_number
        self._fields["org_number"].setText(display_identifier(identifier))
        self._fields["vat_number"].setText(shown.vat_number or "")
        self._fields["email"].setText(shown.email)
        self.field_reference.setText(shown.reference)
        self.field_phone.setText(shown.phone)
        self.field_mobile.setText(shown.mobile)
        self.field_fax.setText(shown.fax)
        self.field_website.setText(shown.website)
        self.field_payment_terms.setValue(
            -1 if shown.payment_terms_days is None else shown.payment_terms_days
        )
        rate = None if shown.vat_rate is None else str(shown.vat_rate.normalize())
        self.field_vat_rate.setCurrentIndex(max(0, self.field_vat_rate.findData(rate)))
        self.field_currency.setCurrentText(shown.currency)
        self.field_language.setCurrentIndex(max(0, self.field_language.findData(shown.language)))
        self.field_country.setText("" if shown.country == "SE" else shown.country)
        self.field_discount_percent.setValue(float(shown.discount_percent))
        self.field_invoice_by_email.setChecked(shown.invoice_by_email)
        self.field_active.setChecked(shown.active)
        self.field_blocked.setChecked(shown.blocked)
        self.field_alert_text.setText(shown.alert_text)
        self.field_notes.setPlainText(shown.notes)
        self._fields["sales_account"].setText(shown.sales_account or "")
        self._fields["receivables_account"].setText(shown.receivables_account or "")
        self._fields["rot_rut_personal_number"].setText(
            display_identifier(shown.rot_rut_personal_number)
        )
        self.field_rot_rut_property.setText(shown.rot_rut_property)
        self._fields["rot_rut_housing_org_number"].setText(
            display_identifier(shown.rot_rut_housing_org_number)
        )
        self.field_rot_rut_apartment_number.setText(shown.rot_rut_apartment_number)
        for kind in ("billing", "delivery", "visiting"):
            address = shown.address(kind) or AddressDetails(kind=kind, country="")
            for part in ADDRESS_PARTS:
                value = getattr(address, part)
                if part == "country" and value == "SE":
                    value = ""
                if part == "postcode":
                    value = format_postcode(value, address.country or "SE")
                self._address_field(kind, part).setText(value)
        self.field_delivery_same.setChecked(
            details is not None and shown.address("delivery") is None
        )
        self.field_contacts.setRowCount(0)
        for contact in shown.contacts:
            self._add_contact(contact)
        self._unread_tabs = {self._history_page, self._invoices_page}
        self._read_tab(self.tabs.currentWidget())
        self._kind_changed()
        self._loading = False
        self._dirty = False
        for name in self._fields:
            self._check(name)

    def _read_tab(self, tab: QWidget) -> None:
        if tab not in self._unread_tabs:
            return
        self._unread_tabs.discard(tab)
        if tab is self._history_page:
            self._show_history()
        else:
            self._show_invoices()

    def _show_history(self) -> None:
        events = customer_history(self._db, self._details.id) if self._details else []
        actions = {
            "created": self.tr("Created"),
            "updated": self.tr("Changed"),
            "deactivated": self.tr("Made passive"),
            "reactivated": self.tr("Made active"),
            "renumbered": self.tr("Renumbered"),
        }
        self.history_table.setRowCount(len(events))
        for row, event in enumerate(events):
            changes = "; ".join(
                f"{field}: {_shown(old)} → {_shown(new)}"
                for field, (old, new) in event.changes.items()
                if field not in ("addresses", "contacts")
            )
            if any(field in event.changes for field in ("addresses", "contacts")):
                changes = "; ".join(filter(None, [changes, self.tr("addresses or contacts")]))
            values = (
                display_date(event.at),
                event.by,
                actions.get(event.action, event.action),
                changes,
            )
            for column, value in enumerate(values):
                self.history_table.setItem(row, column, QTableWidgetItem(value))
        self.history_table.resizeColumnsToContents()

    def _address_field(self, kind: str, part: str) -> QLineEdit:
        return (
            self._fields[f"{kind}_postcode"]
            if part == "postcode"
            else getattr(self, f"field_{kind}_{part}")
        )

    def _add_contact(self, contact: ContactDetails) -> None:
        row = self.field_contacts.rowCount()
        self.field_contacts.insertRow(row)
        for column, value in enumerate(
            (contact.name, contact.role, contact.phone, contact.mobile, contact.email)
        ):
            self.field_contacts.setItem(row, column, QTableWidgetItem(value))
        main = QTableWidgetItem()
        main.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        main.setCheckState(Qt.CheckState.Checked if contact.is_main else Qt.CheckState.Unchecked)
        self.field_contacts.setItem(row, 5, main)
        self._mark_dirty()

    def _remove_contact(self) -> None:
        rows = sorted(
            {index.row() for index in self.field_contacts.selectedIndexes()}, reverse=True
        )
        for row in rows:
            self.field_contacts.removeRow(row)
        if rows:
            self._mark_dirty()

    # --- reacting to the user ------------------------------------------------------------

    def _watch_changes(self) -> None:
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._mark_dirty)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._mark_dirty)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._mark_dirty)
        for spin in self.findChildren(QSpinBox) + self.findChildren(QDoubleSpinBox):
            spin.valueChanged.connect(self._mark_dirty)
        self.field_notes.textChanged.connect(self._mark_dirty)
        self.field_contacts.itemChanged.connect(self._mark_dirty)

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._update_title()

    @property
    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def _update_title(self) -> None:
        if self._details:
            title = self.tr("Customer {number}: {name}").format(
                number=self._details.number, name=self._details.name
            )
        else:
            title = self.tr("New customer")
        self.setWindowTitle(f"{title} *" if self._dirty else title)

    def _kind_changed(self) -> None:
        private = self.field_kind.currentData() == "private"
        self.org_number_label.setText(
            self.tr("Personal number") if private else self.tr("Organisation number")
        )
        self._fields["org_number"].setPlaceholderText("YYYYMMDD-NNNN" if private else "NNNNNN-NNNN")
        self._check("org_number")

    def _delivery_same_toggled(self, same: bool) -> None:
        for part in ADDRESS_PARTS:
            self._address_field("delivery", part).setEnabled(not same)

    def _check(self, name: str) -> None:
        """Validate one field as the user types; Save is off while anything is invalid."""
        text = self._fields[name].text()
        kind = self.field_kind.currentData() or "company"
        country = self.field_country.text().strip().upper() or "SE"
        try:
            if name.endswith("_postcode"):
                check_field(
                    "postcode",
                    text,
                    kind,
                    self._address_field(name.removesuffix("_postcode"), "country")
                    .text()
                    .strip()
                    .upper()
                    or "SE",
                )
            else:
                check_field(name, text, kind, country)
        except ValidationError as error:
            # A new card does not scold about the missing name before anything is typed.
            message = "" if name == "name" and self._loading else error_text(error)
            self._errors[name] = error_text(error)
        else:
            message = ""
            self._errors.pop(name, None)
        self._fields[name].setStyleSheet(INVALID_STYLE if message else "")
        self._error_labels[name].setText(message)
        self._error_labels[name].setVisible(bool(message))
        self.button_save.setEnabled(not self._errors)

    def insert_timestamp(self) -> None:
        """Add a line with date, time and user to the notes, and put the cursor after it."""
        stamp = f"{dt.datetime.now():%Y-%m-%d %H:%M} {self._db.user}: "
        text = self.field_notes.toPlainText()
        if text and not text.endswith("\n"):
            text += "\n"
        self.field_notes.setPlainText(text + stamp)
        cursor = self.field_notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.field_notes.setTextCursor(cursor)
        self.field_notes.setFocus()
        self.tabs.setCurrentWidget(self.findChild(QWidget, "tab_notes"))

    # --- saving ----------------------------------------------------------------------------

    def details(self) -> CustomerDetails:
        """What the card holds now, as the customer services take it."""
        kind = self.field_kind.currentData()
        identifier = self._fields["org_number"].text().strip() or None
        addresses = []
        for address_kind in ("billing", "delivery", "visiting"):
            if address_kind == "delivery" and self.field_delivery_same.isChecked():
                continue
            values = {
                part: self._address_field(address_kind, part).text().strip()
                for part in ADDRESS_PARTS
            }
            values["country"] = values["country"].upper() or "SE"
            addresses.append(AddressDetails(kind=address_kind, **values))
        contacts = []
        for row in range(self.field_contacts.rowCount()):
            cells = [
                (
                    self.field_contacts.item(row, column).text().strip()
                    if self.field_contacts.item(row, column)
                    else ""
                )
                for column in range(5)
            ]
            main = self.field_contacts.item(row, 5)
            contacts.append(
                ContactDetails(
                    name=cells[0],
                    role=cells[1],
                    phone=cells[2],
                    mobile=cells[3],
                    email=cells[4],
                    is_main=main is not None and main.checkState() == Qt.CheckState.Checked,
                )
            )
        terms = self.field_payment_terms.value()
        rate = self.field_vat_rate.currentData()
        base = self._details or CustomerDetails(name="")
        return replace(
            base,
            name=self._fields["name"].text().strip(),
            kind=kind,
            org_number=identifier if kind == "company" else None,
            personal_number=identifier if kind == "private" else None,
            vat_number=self._fields["vat_number"].text().strip() or None,
            reference=self.field_reference.text().strip(),
            phone=self.field_phone.text().strip(),
            mobile=self.field_mobile.text().strip(),
            fax=self.field_fax.text().strip(),
            email=self._fields["email"].text().strip(),
            website=self.field_website.text().strip(),
            country=self.field_country.text().strip().upper() or "SE",
            language=self.field_language.currentData(),
            currency=self.field_currency.currentText(),
            payment_terms_days=None if terms < 0 else terms,
            vat_rate=None if rate is None else Decimal(rate),
            discount_percent=Decimal(str(self.field_discount_percent.value())).quantize(
                Decimal("0.01")
            ),
            invoice_by_email=self.field_invoice_by_email.isChecked(),
            active=self.field_active.isChecked(),
            blocked=self.field_blocked.isChecked(),
            alert_text=self.field_alert_text.text().strip(),
            notes=self.field_notes.toPlainText(),
            sales_account=self._fields["sales_account"].text().strip() or None,
            receivables_account=self._fields["receivables_account"].text().strip() or None,
            rot_rut_personal_number=self._fields["rot_rut_personal_number"].text().strip() or None,
            rot_rut_property=self.field_rot_rut_property.text().strip(),
            rot_rut_housing_org_number=(
                self._fields["rot_rut_housing_org_number"].text().strip() or None
            ),
            rot_rut_apartment_number=self.field_rot_rut_apartment_number.text().strip(),
            addresses=tuple(addresses),
            contacts=tuple(contacts),
        )

    def save(self) -> bool:
        """Save the card; on a refusal the data stays as it was and the user is told why."""
        if self._errors:
            return False
        try:
            if self._details is None:
                saved = create_customer(self._db, self.details())
            else:
                saved = update_customer(self._db, self._details.id, self.details())
        except ValidationError as error:
            if error.field in self._fields:
                self._fields[error.field].setFocus()
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return False
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return False
        self._details = saved
        self._show(saved)
        self._update_title()
        self.saved.emit(saved.id)
        return True

    @property
    def customer_id(self) -> int | None:
        return self._details.id if self._details else None

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._dirty:
            event.accept()
            self.closed.emit()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("The customer has changes that are not saved. Save them?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save and self.save():
            event.accept()
        elif answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            event.accept()
        else:
            event.ignore()
            return
        self.closed.emit()

    def reject(self) -> None:
        self.close()  # Escape asks about unsaved changes too
