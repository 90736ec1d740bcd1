"""A tab that reads from the database only when it is on screen."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent

from kundbok.domain.customer import CustomerDetails
from kundbok.ui.customer_card.tab import CardTab


class LazyTab(CardTab):
    """A read-only tab (history, invoices) read when shown, not on every open and save:
    a customer of many years has a long history."""

    _customer_id: int | None = None
    _stale = True

    def read(self, customer_id: int | None) -> None:
        """Read and show what the tab lists for the customer."""
        raise NotImplementedError

    def show_details(self, details: CustomerDetails) -> None:
        """Note the customer; read now if the tab is on screen, else when it is shown."""
        self._customer_id = details.id
        self._stale = True
        if self.isVisible():
            self._read_now()

    def _read_now(self) -> None:
        self._stale = False
        self.read(self._customer_id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._read_now()
