"""What every tab of the card is: a page that shows a customer and applies its edits."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from kundbok.domain.customer import CustomerDetails


class CardTab(QWidget):
    """A tab of the customer card. The card walks its tabs: `show_details` on load and after a
    save, `apply` to build what is saved (each tab sets the fields it edits)."""

    edited = Signal()  # a change that no widget signal reports (a contact row added, removed)

    def show_details(self, details: CustomerDetails) -> None:
        """Fill the tab from `details` (a new customer's are the defaults)."""

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with this tab's fields as the user left them."""
        return details
