"""The main window's status line: how many customers or invoices the shown tab lists.

It is told what to count (`show_customers`, `show_invoices`, `show_nothing`); the register's
totals it reads itself, once, and again only after `forget_counts()`, not on every keystroke.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from kundbok.ui.formatting import display_count

if TYPE_CHECKING:
    from kundbok.db.session import Database


class StatusLine(QLabel):
    """Counts what the main window's shown tab lists."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status_line")
        self._counts: tuple[int, int] | None = None  # (active, passive)

    def forget_counts(self) -> None:
        """Customers were added, (de)activated or changed by another user: count again."""
        self._counts = None

    def show_nothing(self) -> None:
        """Nothing to count yet: the register is not open."""
        self.setText("")

    def show_invoices(self, shown: int, more: bool) -> None:
        """The invoice list shows `shown` invoices, the newest of `more` when scrolling on
        reads further."""
        if more:
            self.setText(self.tr("The newest {count} invoices").format(count=display_count(shown)))
        else:
            self.setText(self.tr("{count} invoices").format(count=display_count(shown)))

    def show_customers(
        self, db: Database, shown: int, searching: bool, passive_shown: bool
    ) -> None:
        """The customer list shows `shown` customers: of all when `searching`, else the active
        ones, with a note of the passive ones hidden."""
        if self._counts is None:
            from kundbok.services.search import customer_counts

            self._counts = customer_counts(db)
        active, passive = self._counts
        if searching:
            text = self.tr("{shown} of {total} customers").format(
                shown=display_count(shown), total=display_count(active + passive)
            )
        else:
            text = self.tr("{count} customers").format(count=display_count(active))
        if passive and not passive_shown:
            text += " · " + self.tr("{count} passive hidden").format(count=display_count(passive))
        self.setText(text)
