"""The main window's status line: how many customers or invoices the shown tab lists."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QAbstractItemView, QLabel

from kundbok.ui.formatting import display_count

if TYPE_CHECKING:
    from kundbok.ui.main_window import MainWindow


class StatusLine(QLabel):
    """Counts what the main window's shown tab lists; the register's totals are counted once
    and again only after `forget_counts()`, not on every keystroke."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("status_line")
        self._window = window
        self._counts: tuple[int, int] | None = None  # (active, passive)

    def forget_counts(self) -> None:
        """Customers were added, (de)activated or changed by another user: count again."""
        self._counts = None

    def refresh(self) -> None:
        """Show the count for the tab on screen (nothing before the register is open)."""
        window = self._window
        if not window.is_open:
            self.setText("")
        elif window.on_invoices():
            self.setText(self._invoice_status())
        else:
            self.setText(self._customer_status())

    def _invoice_status(self) -> str:
        from kundbok.ui.invoice_list import SHOWN  # loaded with the list this counts

        table = self._window.findChild(QAbstractItemView, "invoice_table")
        model = table.model() if table is not None else None
        shown = model.rowCount() if model is not None else 0
        if shown >= SHOWN:
            return self.tr("The newest {count} invoices").format(count=display_count(shown))
        return self.tr("{count} invoices").format(count=display_count(shown))

    def _customer_status(self) -> str:
        from kundbok.services.search import customer_counts

        window = self._window
        if self._counts is None:
            self._counts = customer_counts(window.db)
        active, passive = self._counts
        shown = window.model.rowCount()
        if window.search_field.text().strip():
            text = self.tr("{shown} of {total} customers").format(
                shown=display_count(shown), total=display_count(active + passive)
            )
        else:
            text = self.tr("{count} customers").format(count=display_count(active))
        if passive and not window.show_inactive.isChecked():
            text += " · " + self.tr("{count} passive hidden").format(count=display_count(passive))
        return text
