"""The customer card: a non-modal tabbed dialog to see, create and change one customer."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.customer_group import CustomerGroupDetails, with_group_defaults
from kundbok.domain.errors import ValidationError
from kundbok.services.conflicts import ConflictError
from kundbok.services.customer_groups import list_groups
from kundbok.services.customers import (
    create_customer,
    customer_has_invoices,
    customer_version,
    delete_customer,
    get_customer,
    renumber_customer,
    update_customer,
)
from kundbok.ui.accessibility import name_controls
from kundbok.ui.conflict_dialog import ConflictDialog, Resolution
from kundbok.ui.customer_card.accounts_tab import AccountsTab
from kundbok.ui.customer_card.contacts_tab import ContactsTab
from kundbok.ui.customer_card.contracts_tab import ContractsTab
from kundbok.ui.customer_card.details_tab import DetailsTab
from kundbok.ui.customer_card.einvoice_tab import EInvoiceTab
from kundbok.ui.customer_card.entries_tab import EntriesTab
from kundbok.ui.customer_card.fields import ValidatedLineEdit, mirror
from kundbok.ui.customer_card.files_tab import FilesTab
from kundbok.ui.customer_card.history_tab import HistoryTab
from kundbok.ui.customer_card.invoices_tab import InvoicesTab
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.customer_card.notes_tab import NotesTab
from kundbok.ui.customer_card.quotes_tab import QuotesTab
from kundbok.ui.customer_card.rot_rut_tab import RotRutTab
from kundbok.ui.customer_card.tab import CardTab
from kundbok.ui.errors import attempt
from kundbok.ui.form_state import FormState
from kundbok.ui.palette import NOTICE, css, style_sheet_following_scheme
from kundbok.ui.screen_fit import resize_to_fit
from kundbok.ui.status_note import tell_main_window

LARGEST_NUMBER = 2_147_483_647  # what the database's integer column holds


class CustomerCard(QDialog):
    """Kundkort: details, contacts and addresses, notes, accounts, ROT/RUT, e-invoice, files,
    history, invoices."""

    saved = Signal(int)  # the customer's id, after every successful save (and a new number)
    deleted = Signal(int)  # the customer's id, after it was deleted (the card then closes)
    closed = Signal()  # the card is closing (it deletes itself right after)

    def __init__(self, db: Database, customer_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("customer_card")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._details = get_customer(db, customer_id) if customer_id is not None else None
        self.form = FormState()

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("customer_card_tabs")
        self.details_tab = DetailsTab(self)
        self.notes_tab = NotesTab(db.user, self)
        self.accounts_tab = AccountsTab(db, self)
        self.details_tab.field_group.set_groups(list_groups(db))
        self.details_tab.field_group.chosen.connect(self._group_chosen)
        contacts_tab = ContactsTab(self)
        mirror(self.details_tab.billing, contacts_tab.billing)  # one billing address, two tabs
        self._tabs: list[tuple[CardTab, str]] = [
            (self.details_tab, self.tr("Details")),
            (contacts_tab, self.tr("Contacts && addresses")),
            (self.notes_tab, self.tr("Notes")),
            (self.accounts_tab, self.tr("Accounts")),
            (RotRutTab(self), self.tr("ROT/RUT")),
            (EInvoiceTab(self), self.tr("E-invoice")),
            (FilesTab(db, self), self.tr("Files")),
            (HistoryTab(db, self), self.tr("History")),
            (InvoicesTab(db, self), self.tr("Invoices")),
            (QuotesTab(db, self), self.tr("Quotes")),
            (EntriesTab(db, self), self.tr("Entries")),
            (ContractsTab(db, self), self.tr("Contracts")),
        ]
        for tab, title in self._tabs:
            self.tabs.addTab(tab, title)
            tab.edited.connect(self._edited)

        buttons = QDialogButtonBox(self)
        self.button_save = self._button(buttons, "button_save", self.tr("Save"), "accept")
        self.button_save.setShortcut(QKeySequence.StandardKey.Save)
        self.button_cancel = self._button(buttons, "button_cancel", self.tr("Close"), "reject")
        self.button_delete = self._button(
            buttons, "button_delete_customer", self.tr("Delete customer…"), "action"
        )
        self.button_renumber = self._button(
            buttons, "button_renumber_customer", self.tr("Change customer number…"), "action"
        )
        self.button_save.clicked.connect(self.save)
        self.button_cancel.clicked.connect(self.close)
        self.button_delete.clicked.connect(self.delete)
        self.button_renumber.clicked.connect(self.renumber)

        self.changed_elsewhere = QLabel(
            self.tr(
                "Someone else changed this customer after you opened it. Saving shows what "
                "differs and lets you choose, field by field."
            ),
            self,
        )
        self.changed_elsewhere.setObjectName("changed_elsewhere")
        self.changed_elsewhere.setWordWrap(True)
        style_sheet_following_scheme(
            self.changed_elsewhere, lambda: f"QLabel {{ background: {css(NOTICE)}; padding: 4px; }}"
        )
        self.changed_elsewhere.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.changed_elsewhere)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        resize_to_fit(self, 880, 600)
        for field in self.findChildren(ValidatedLineEdit):
            field.checked.connect(self._update_save_button)
        self._show(self._details)
        self._watch_changes()
        name_controls(self)

    def _button(self, buttons: QDialogButtonBox, name: str, text: str, role: str) -> QPushButton:
        roles = {
            "accept": QDialogButtonBox.ButtonRole.AcceptRole,
            "reject": QDialogButtonBox.ButtonRole.RejectRole,
            "action": QDialogButtonBox.ButtonRole.ActionRole,
        }
        button = buttons.addButton(text, roles[role])
        button.setObjectName(name)
        return button

    # --- showing a customer --------------------------------------------------------------

    def _show(self, details: CustomerDetails | None) -> None:
        shown = details or CustomerDetails(name="")
        with self.form.loading():
            for tab, _title in self._tabs:
                tab.show_details(shown)
        saved = shown.id is not None
        self.button_renumber.setEnabled(saved)
        deletable = shown.id is not None and not customer_has_invoices(self._db, shown.id)
        self.button_delete.setEnabled(deletable)
        self.button_delete.setToolTip(
            ""
            if deletable or not saved
            else self.tr("A customer with invoices cannot be deleted; make it passive instead.")
        )
        self._update_save_button()
        self._update_title()

    def _watch_changes(self) -> None:
        """Every edit the user makes marks the card as changed (edits from code do not)."""
        for edit in self.findChildren(QLineEdit):
            edit.textChanged.connect(self._edited)
        for box in self.findChildren(QCheckBox):
            box.toggled.connect(self._edited)
        for combo in self.findChildren(QComboBox):
            combo.currentIndexChanged.connect(self._edited)
        for spin in self.findChildren(QSpinBox) + self.findChildren(QDoubleSpinBox):
            spin.valueChanged.connect(self._edited)
        for text in self.findChildren(QPlainTextEdit):
            text.textChanged.connect(self._edited)
        for table in self.findChildren(QTableWidget):
            table.itemChanged.connect(self._edited)

    def _edited(self, *_args: object) -> None:
        if self.form.edited():
            self._update_title()

    @property
    def has_unsaved_changes(self) -> bool:
        """Whether the user changed something since the card was loaded or saved."""
        return self.form.dirty

    @property
    def customer_id(self) -> int | None:
        """The customer's id; None until a new customer is saved."""
        return self._details.id if self._details else None

    def _update_title(self) -> None:
        if self._details:
            title = self.tr("Customer {number}: {name}").format(
                number=self._details.number, name=self._details.name
            )
        else:
            title = self.tr("New customer")
        self.setWindowTitle(f"{title} *" if self.form.dirty else title)

    def _invalid_fields(self) -> list[ValidatedLineEdit]:
        return [field for field in self.findChildren(ValidatedLineEdit) if field.error]

    def _update_save_button(self) -> None:
        # Save is off while anything is invalid: the message beside the field says why.
        self.button_save.setEnabled(not self._invalid_fields())

    def insert_timestamp(self) -> None:
        """Add a line with date, time and user to the notes, and show the notes."""
        self.notes_tab.insert_timestamp()
        self.tabs.setCurrentWidget(self.notes_tab)

    # --- saving ----------------------------------------------------------------------------

    def details(self) -> CustomerDetails:
        """What the card holds now, as the customer services take it."""
        details = self._details or CustomerDetails(name="")
        for tab, _title in self._tabs:
            details = tab.apply(details)
        return details

    def _group_chosen(
        self, previous: CustomerGroupDetails | None, group: CustomerGroupDetails | None
    ) -> None:
        """Fill the chosen group's defaults into the fields still at a new customer's default
        or the previous group's value; what the user set stays."""
        filled = with_group_defaults(self.details(), group, previous)
        self.details_tab.show_details(filled)
        self.accounts_tab.show_details(filled)

    def _focus_field(self, name: str) -> None:
        for field in self.findChildren(QLineEdit, f"field_{name}"):
            page = next((tab for tab, _title in self._tabs if tab.isAncestorOf(field)), None)
            if page is not None:
                self.tabs.setCurrentWidget(page)
            field.setFocus()

    def _write(self, details: CustomerDetails) -> CustomerDetails:
        existing = self._details.id if self._details is not None else None
        try:
            if existing is None:
                return create_customer(self._db, details)
            return update_customer(self._db, existing, details)
        except ValidationError as error:
            self._focus_field(error.field)
            raise

    def _write_resolving(self, details: CustomerDetails) -> CustomerDetails | None:
        """Save; when someone else saved meanwhile, ask field by field and save again, or
        reload. None when the user cancelled or reloaded."""
        while True:
            try:
                return self._write(details)
            except ConflictError as error:
                dialog = ConflictDialog(error, self._details, self)
                dialog.exec()
                if dialog.resolution is Resolution.SAVE:
                    details = dialog.resolved(details)
                    continue
                if dialog.resolution is Resolution.RELOAD:
                    self._reload(error.current)
                return None

    def _reload(self, current: object) -> None:
        """Show the customer as stored now, dropping the card's unsaved changes."""
        if not isinstance(current, CustomerDetails):
            return
        self._details = current
        self._show(current)
        self.form.dirty = False
        self.changed_elsewhere.hide()
        self._update_title()

    def save(self) -> bool:
        """Save the card; on a refusal the data stays as it was and the user is told why."""
        if self._invalid_fields():
            return False
        details = self.details()
        saved = attempt(self, self.tr("Not saved"), lambda: self._write_resolving(details))
        if saved is None or saved.id is None:
            return False
        self._details = saved
        self._show(saved)
        self.changed_elsewhere.hide()
        self.saved.emit(saved.id)
        tell_main_window(self, self.tr("Saved: {card}").format(card=self.windowTitle()))
        return True

    # --- following other users' changes ------------------------------------------------

    def follow_changes(self) -> None:
        """Someone may have changed the register: reload the customer if it changed and the
        card has no unsaved edits; with edits, say so (saving then asks field by field)."""
        if self._details is None or self._details.id is None:
            return
        stored = customer_version(self._db, self._details.id)
        if stored is None or stored == self._details.version:
            return  # deleted (saving will say so) or unchanged
        customer_id = self._details.id
        if not self.form.dirty:
            current = attempt(
                self, self.tr("Customer"), lambda: get_customer(self._db, customer_id)
            )
            if current is not None:
                self._reload(current)
            return
        self.changed_elsewhere.show()

    # --- deleting and renumbering ----------------------------------------------------------

    def delete(self) -> bool:
        """Delete a customer that has no invoices, after asking; the card then closes."""
        if self._details is None or self._details.id is None:
            return False
        customer_id = self._details.id
        answer = QMessageBox.question(
            self,
            self.tr("Delete customer"),
            self.tr(
                "Delete customer {number} ({name}) with its addresses, contacts and history? "
                "This cannot be undone."
            ).format(number=self._details.number, name=self._details.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False

        version = self._details.version

        def delete() -> bool:
            delete_customer(self._db, customer_id, version)
            return True

        if not attempt(self, self.tr("Not deleted"), delete):
            return False
        self.form.dirty = False  # nothing is left to save
        self.deleted.emit(customer_id)
        self.close()
        return True

    def renumber(self) -> bool:
        """Give the customer another, free number; a taken number is refused with the reason."""
        if self._details is None or self._details.id is None or self._details.number is None:
            return False
        customer_id, current = self._details.id, self._details.number
        number, ok = QInputDialog.getInt(
            self,
            self.tr("Change customer number"),
            self.tr("New number for {name} (now {number}):").format(
                name=self._details.name, number=current
            ),
            current,
            1,
            LARGEST_NUMBER,
        )
        if not ok or number == current:
            return False

        version = attempt(
            self,
            self.tr("Number not changed"),
            lambda: renumber_customer(self._db, customer_id, number),
        )
        if version is None:
            return False
        # Only the number changed: unsaved edits on the card stay as they are.
        self._details = replace(self._details, number=number, version=version)
        self.details_tab.field_number.setText(str(number))
        for tab, _title in self._tabs:
            if isinstance(tab, LazyTab):  # the history now has the renumbering
                tab.show_details(self._details)
        self._update_title()
        self.saved.emit(customer_id)
        return True

    # --- closing ---------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.form.dirty:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The customer has changes that are not saved. Save them?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Discard:
                self.form.dirty = False
            elif answer != QMessageBox.StandardButton.Save or not self.save():
                event.ignore()
                return
        event.accept()
        self.closed.emit()

    def reject(self) -> None:
        self.close()  # Escape asks about unsaved changes too
