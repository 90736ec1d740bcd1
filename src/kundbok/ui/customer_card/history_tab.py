"""The card's history: every event of the customer and its invoices, as a table."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.events import EventAction
from kundbok.services.history import EventRow, customer_history
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.formatting import display_date

ACTION_CONTEXT = "EventAction"
ACTION_TEXTS = {
    EventAction.CREATED: QT_TRANSLATE_NOOP("EventAction", "Created"),
    EventAction.UPDATED: QT_TRANSLATE_NOOP("EventAction", "Changed"),
    EventAction.DEACTIVATED: QT_TRANSLATE_NOOP("EventAction", "Made passive"),
    EventAction.REACTIVATED: QT_TRANSLATE_NOOP("EventAction", "Made active"),
    EventAction.RENUMBERED: QT_TRANSLATE_NOOP("EventAction", "Renumbered"),
    EventAction.DRAFT_CREATED: QT_TRANSLATE_NOOP("EventAction", "Invoice draft created"),
    EventAction.DRAFT_CHANGED: QT_TRANSLATE_NOOP("EventAction", "Invoice draft changed"),
    EventAction.ISSUED: QT_TRANSLATE_NOOP("EventAction", "Invoice issued"),
    EventAction.CREDIT_NOTE_ISSUED: QT_TRANSLATE_NOOP("EventAction", "Credit note issued"),
    EventAction.CREDITED: QT_TRANSLATE_NOOP("EventAction", "Invoice credited"),
    EventAction.PAID: QT_TRANSLATE_NOOP("EventAction", "Invoice paid"),
    EventAction.PAYMENT_REGISTERED: QT_TRANSLATE_NOOP("EventAction", "Payment registered"),
    EventAction.PAYMENT_REVERSED: QT_TRANSLATE_NOOP("EventAction", "Payment reversed"),
    EventAction.REFUNDED: QT_TRANSLATE_NOOP("EventAction", "Refund paid"),
    EventAction.SENT: QT_TRANSLATE_NOOP("EventAction", "Invoice sent by e-mail"),
    EventAction.REMINDED: QT_TRANSLATE_NOOP("EventAction", "Reminder printed"),
    EventAction.REMINDER_SENT: QT_TRANSLATE_NOOP("EventAction", "Reminder sent by e-mail"),
    EventAction.INTEREST_INVOICED: QT_TRANSLATE_NOOP("EventAction", "Interest invoice issued"),
    EventAction.ROT_RUT_CLAIMED: QT_TRANSLATE_NOOP("EventAction", "ROT/RUT claimed"),
    EventAction.ROT_RUT_DECIDED: QT_TRANSLATE_NOOP("EventAction", "ROT/RUT decision entered"),
    EventAction.FILE_ADDED: QT_TRANSLATE_NOOP("EventAction", "File added"),
    EventAction.FILE_RENAMED: QT_TRANSLATE_NOOP("EventAction", "File renamed"),
    EventAction.FILE_REMOVED: QT_TRANSLATE_NOOP("EventAction", "File removed"),
    EventAction.EXCHANGE_RATE_RECORDED: QT_TRANSLATE_NOOP("EventAction", "Exchange rate recorded"),
}
# Addresses and contacts are lists: their old and new values are too long for one cell.
LIST_FIELDS = ("addresses", "contacts")


def _shown(value: object) -> str:
    return "–" if value in (None, "") else str(value)


def describe_event(event: EventRow) -> tuple[str, str, str, str]:
    """The history table's cells of an event: when, who, what (in the user's language) and
    the changed fields with their old and new values."""
    text = ACTION_TEXTS.get(event.action) if isinstance(event.action, EventAction) else None
    # An action recorded by a newer version shows as it is stored rather than not at all.
    what = QCoreApplication.translate(ACTION_CONTEXT, str(text)) if text else str(event.action)
    changes = [
        f"{field}: {_shown(old)} → {_shown(new)}"
        for field, (old, new) in event.changes.items()
        if field not in LIST_FIELDS
    ]
    if any(field in event.changes for field in LIST_FIELDS):
        changes.append(QCoreApplication.translate("HistoryTab", "addresses or contacts"))
    return display_date(event.at), event.by, what, "; ".join(changes)


class HistoryTab(LazyTab):
    """Historik: who changed what and when, newest first; read when the tab is shown."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_history")
        self._db = db
        self.history_table = QTableWidget(0, 4, self)
        self.history_table.setObjectName("history_table")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes")]
        )
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.verticalHeader().setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.history_table)

    def read(self, customer_id: int | None) -> None:
        """Show the customer's events (none for a customer not yet saved)."""
        events = customer_history(self._db, customer_id) if customer_id is not None else []
        self.history_table.setRowCount(len(events))
        for row, event in enumerate(events):
            for column, text in enumerate(describe_event(event)):
                self.history_table.setItem(row, column, QTableWidgetItem(text))
        self.history_table.resizeColumnsToContents()
