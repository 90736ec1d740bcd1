"""The card's notes: free text, with a button that stamps date, time and user."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from kundbok.domain.customer import CustomerDetails
from kundbok.ui.customer_card.tab import CardTab


class NotesTab(CardTab):
    """Noteringar: what was said and agreed, stamped with who wrote it and when."""

    def __init__(self, user: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_notes")
        self._user = user
        self.field_notes = QPlainTextEdit(self)
        self.field_notes.setObjectName("field_notes")
        stamp = QPushButton(self.tr("Insert date and time"), self)
        stamp.setObjectName("button_insert_timestamp")
        stamp.clicked.connect(self.insert_timestamp)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field_notes)
        row = QHBoxLayout()
        row.addWidget(stamp)
        row.addStretch()
        layout.addLayout(row)

    def insert_timestamp(self) -> None:
        """Add a line with date, time and user to the notes, and put the cursor after it."""
        stamp = f"{dt.datetime.now():%Y-%m-%d %H:%M} {self._user}: "
        text = self.field_notes.toPlainText()
        if text and not text.endswith("\n"):
            text += "\n"
        self.field_notes.setPlainText(text + stamp)
        cursor = self.field_notes.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        self.field_notes.setTextCursor(cursor)
        self.field_notes.setFocus()

    def show_details(self, details: CustomerDetails) -> None:
        """Show the customer's notes."""
        self.field_notes.setPlainText(details.notes)

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the notes as written."""
        return replace(details, notes=self.field_notes.toPlainText())
