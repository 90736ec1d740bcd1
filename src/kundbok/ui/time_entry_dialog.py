"""*Registrera tid/material*: a small dialog for the keyboard that notes hours and material on
a customer. Enter saves and keeps the dialog open for the next entry (customer, date and article
stay); a timer on the entry runs until stopped and gives its time rounded up to a step."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QDate, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.entries import EntryDetails, parse_quantity, timed_hours
from kundbok.domain.errors import KundbokError
from kundbok.domain.money import parse_amount
from kundbok.i18n import error_text
from kundbok.services.articles import list_articles
from kundbok.services.customers import get_customer
from kundbok.services.entries import NewEntry, add_entry, change_entry
from kundbok.services.listing import CustomerQuery
from kundbok.services.search import search_customers
from kundbok.ui.accessibility import name_controls
from kundbok.ui.formatting import display_money, display_number

TIMER_STEPS = (1, 5, 6, 10, 15, 30)  # minutes a timer is rounded up to


class TimeEntryDialog(QDialog):
    """Notes entries one after another; says which customer each was saved for."""

    entry_saved = Signal(int)  # the customer's id

    def __init__(
        self,
        db: Database,
        customer_id: int | None,
        parent: QWidget | None = None,
        entry: EntryDetails | None = None,
    ):
        super().__init__(parent)
        self.entry = entry  # the unbilled entry being changed (None: new entries)
        self.setObjectName("time_entry_dialog")
        self.setWindowTitle(self.tr("Register time/material"))
        self._db = db
        self._customer_ids: dict[str, int] = {}
        self.customer_id: int | None = None
        self.saved_count = 0
        self.field_entry_customer = QLineEdit(self)
        self.field_entry_customer.setObjectName("field_entry_customer")
        self.field_entry_customer.setPlaceholderText(self.tr("Type to find the customer…"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._pick_customer)
        self.field_entry_customer.setCompleter(completer)
        self.field_entry_customer.textEdited.connect(self._suggest_customers)
        self.field_entry_date = QDateEdit(QDate.currentDate(), self)
        self.field_entry_date.setObjectName("field_entry_date")
        self.field_entry_date.setCalendarPopup(True)
        self.field_entry_article = QComboBox(self)
        self.field_entry_article.setObjectName("field_entry_article")
        self.field_entry_article.addItem(self.tr("Free text (no article)"), "")
        for article in list_articles(db):
            label = f"{article.number} – {article.description}"
            self.field_entry_article.addItem(label, article.number)
        self.field_entry_quantity = QLineEdit(self)
        self.field_entry_quantity.setObjectName("field_entry_quantity")
        self.field_entry_quantity.setPlaceholderText(self.tr("1,25 or 1:15"))
        self.field_entry_price = QLineEdit(self)
        self.field_entry_price.setObjectName("field_entry_price")
        self.field_entry_price.setPlaceholderText(self.tr("The article's price"))
        self.field_entry_text = QLineEdit(self)
        self.field_entry_text.setObjectName("field_entry_text")
        self.entry_message = QLabel(self)
        self.entry_message.setObjectName("entry_message")
        self.entry_message.setWordWrap(True)
        self._build_timer()

        buttons = QDialogButtonBox(self)
        self.button_save_entry = buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.button_save_entry.setObjectName("button_save_entry")
        self.button_save_entry.setDefault(True)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("button_close")
        buttons.accepted.connect(self.save_entry)
        buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.field_entry_customer)
        form.addRow(self.tr("Date"), self.field_entry_date)
        form.addRow(self.tr("Article"), self.field_entry_article)
        quantity = QHBoxLayout()
        quantity.addWidget(self.field_entry_quantity)
        quantity.addWidget(self.button_entry_timer)
        quantity.addWidget(self.field_timer_step)
        quantity.addWidget(self.entry_timer_elapsed)
        form.addRow(self.tr("Quantity"), quantity)
        form.addRow(self.tr("Price (excl. VAT)"), self.field_entry_price)
        form.addRow(self.tr("Text"), self.field_entry_text)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.entry_message)
        layout.addWidget(buttons)
        if entry is not None:
            self._show_entry(entry)
            customer_id = entry.customer_id
        if customer_id is not None:
            customer = get_customer(db, customer_id)
            self._set_customer(customer_id, f"{customer.name} ({customer.number})")
            self.field_entry_article.setFocus()
        else:
            self.field_entry_customer.setFocus()
        name_controls(self)

    def _show_entry(self, entry: EntryDetails) -> None:
        """Fill the fields from an entry to be changed."""
        self.setWindowTitle(self.tr("Change entry"))
        day = entry.entry_date
        self.field_entry_date.setDate(QDate(day.year, day.month, day.day))
        self.field_entry_article.setCurrentIndex(
            max(0, self.field_entry_article.findData(entry.article_number))
        )
        self.field_entry_quantity.setText(display_number(entry.quantity))
        self.field_entry_price.setText(display_number(entry.unit_price))
        self.field_entry_text.setText(entry.text)

    def _build_timer(self) -> None:
        self.button_entry_timer = QPushButton(self.tr("Start timer"), self)
        self.button_entry_timer.setObjectName("button_entry_timer")
        self.button_entry_timer.setAutoDefault(False)
        self.button_entry_timer.clicked.connect(self.toggle_timer)
        self.field_timer_step = QComboBox(self)
        self.field_timer_step.setObjectName("field_timer_step")
        for minutes in TIMER_STEPS:
            self.field_timer_step.addItem(
                self.tr("up to {minutes} min").format(minutes=minutes), minutes
            )
        self.field_timer_step.setCurrentIndex(TIMER_STEPS.index(15))
        self.entry_timer_elapsed = QLabel(self)
        self.entry_timer_elapsed.setObjectName("entry_timer_elapsed")
        self._started: float | None = None
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_elapsed)

    # --- the customer ------------------------------------------------------------------------

    def _suggest_customers(self, text: str) -> None:
        self.customer_id = None
        if len(text.strip()) < 2:
            return
        rows = search_customers(self._db, CustomerQuery(text), 0, 20)
        self._customer_ids = {f"{row.name} ({row.number})": row.id for row in rows}
        self._completions.setStringList(list(self._customer_ids))

    def _pick_customer(self, text: str) -> None:
        customer_id = self._customer_ids.get(text)
        if customer_id is not None:
            self._set_customer(customer_id, text)

    def _set_customer(self, customer_id: int, text: str) -> None:
        self.customer_id = customer_id
        self.field_entry_customer.setText(text)

    def _chosen_customer(self) -> int | None:
        """The customer picked, or the one whose name or number was typed in full."""
        if self.customer_id is not None:
            return self.customer_id
        text = self.field_entry_customer.text().strip()
        if text in self._customer_ids:
            return self._customer_ids[text]
        rows = search_customers(self._db, CustomerQuery(text), 0, 2) if text else []
        exact = [row for row in rows if text in (str(row.number), row.name)]
        if len(exact) == 1 or len(rows) == 1:
            row = (exact or rows)[0]
            self._set_customer(row.id, f"{row.name} ({row.number})")
            return row.id
        return None

    # --- the timer ---------------------------------------------------------------------------

    def toggle_timer(self) -> None:
        """Start the timer, or stop it and put its time, rounded up, in the quantity."""
        if self._started is None:
            self._started = time.monotonic()
            self._tick.start()
            self.button_entry_timer.setText(self.tr("Stop"))
            self._show_elapsed()
            return
        self.stop_timer(time.monotonic() - self._started)

    def stop_timer(self, seconds: float) -> None:
        """Stop the timer as if it had run `seconds`: the quantity is its hours rounded up."""
        self._started = None
        self._tick.stop()
        self.button_entry_timer.setText(self.tr("Start timer"))
        hours = timed_hours(seconds, int(self.field_timer_step.currentData()))
        self.field_entry_quantity.setText(display_number(hours))
        self.entry_timer_elapsed.setText("")
        self.field_entry_quantity.setFocus()

    def _show_elapsed(self) -> None:
        if self._started is not None:
            seconds = int(time.monotonic() - self._started)
            self.entry_timer_elapsed.setText(
                f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
            )

    # --- saving ------------------------------------------------------------------------------

    def save_entry(self) -> bool:
        """Save what is typed as an entry and be ready for the next; a problem is said below
        the fields and nothing is saved."""
        try:
            customer_id = self._chosen_customer()
            if customer_id is None:
                self._say(self.tr("Choose a customer: type part of its name or number."))
                self.field_entry_customer.setFocus()
                return False
            price = self.field_entry_price.text().strip()
            day = self.field_entry_date.date()
            new = NewEntry(
                customer_id=customer_id,
                entry_date=dt.date(day.year(), day.month(), day.day()),
                quantity=parse_quantity(self.field_entry_quantity.text()),
                article_number=str(self.field_entry_article.currentData() or ""),
                text=self.field_entry_text.text(),
                unit_price=parse_amount(price, "unit_price") if price else None,
            )
            if self.entry is not None and self.entry.id is not None:
                entry = change_entry(self._db, self.entry.id, new, self.entry.version)
            else:
                entry = add_entry(self._db, new)
        except KundbokError as error:
            self._say(error_text(error))
            return False
        self.saved_count += 1
        self._say(
            self.tr("Saved: {quantity} {unit} {what}, {amount} kr.").format(
                quantity=display_number(entry.quantity),
                unit=entry.unit,
                what=entry.text or entry.description,
                amount=display_money(entry.amount),
            )
        )
        for field in (self.field_entry_quantity, self.field_entry_price, self.field_entry_text):
            field.clear()
        self.field_entry_quantity.setFocus()
        self.entry_saved.emit(customer_id)
        if self.entry is not None:
            super().accept()  # a changed entry is done
        return True

    def _say(self, text: str) -> None:
        self.entry_message.setText(text)

    def accept(self) -> None:
        """Enter saves and keeps the dialog open."""
        self.save_entry()


def open_time_entry(
    db: Database, customer_id: int | None, parent: QWidget, entry: EntryDetails | None = None
) -> TimeEntryDialog:
    """Show the dialog (non-modal), for the customer given, if any, or to change `entry`."""
    dialog = TimeEntryDialog(db, customer_id, parent, entry)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
