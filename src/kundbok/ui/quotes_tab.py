"""The main window's Offerter tab: it loads the quote list (and with it the data layer) the
first time it is shown, so that start-up stays quick."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.ui.quote_list import QuoteList


class QuotesTab(QWidget):
    """The main window's Offerter tab: builds its list the first time it is shown (the
    register is open by then) and reads it again each time it is shown."""

    def __init__(self, database: Callable[[], Database | None], parent: QWidget) -> None:
        super().__init__(parent)
        self._database = database
        self.quote_list: QuoteList | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def refresh(self) -> None:
        """Read the list again if it was built."""
        if self.quote_list is not None:
            self.quote_list.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        db = self._database()
        if db is None:
            return
        if self.quote_list is None:
            from kundbok.ui.quote_list import QuoteList

            self.quote_list = QuoteList(db, self)
            self._layout.addWidget(self.quote_list)
        self.quote_list.refresh()
