"""The main window's actions on prices, articles and statements: Fakturering → Prislistor…,
Arkiv → Importera artiklar… and Exportera artiklar…, and Skicka kontoutdrag for the customers
selected in the list (also in its right-click menu). The window offers them; this module
makes them and opens what they open."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kundbok import APP_NAME

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.services.listing import CustomerRow


class CustomerListWindow(Protocol):
    """What the actions need of the window: its register and the customers selected."""

    @property
    def db(self) -> Database: ...

    def selected_rows(self) -> list[CustomerRow]: ...


class BillingActions(QObject):
    """`action_price_lists`, `action_import_articles`, `action_export_articles` and
    `action_send_statements`, children of the window like its other actions."""

    def __init__(self, window: QWidget, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("billing_actions")
        self._window = window
        self._list = cast(CustomerListWindow, window)
        self.last_opened: QWidget | None = None  # the dialog opened last (tests reach it here)
        self.price_lists = self._action(
            "action_price_lists", self.tr("Price lists…"), self.open_price_lists
        )
        self.import_articles = self._action(
            "action_import_articles", self.tr("Import articles…"), self.import_article_table
        )
        self.export_articles = self._action(
            "action_export_articles", self.tr("Export articles…"), self.export_article_table
        )
        self.send_statements = self._action(
            "action_send_statements", self.tr("Send statement of account…"), self.open_statements
        )

    def _action(self, name: str, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())
        self._window.addAction(action)
        return action

    def update(self, is_open: bool, rows: Sequence[CustomerRow]) -> None:
        """Offer what needs the register once it is open; statements for selected customers."""
        for action in (self.price_lists, self.import_articles, self.export_articles):
            action.setEnabled(is_open)
        self.send_statements.setEnabled(is_open and bool(rows))

    def _keep(self, dialog: QWidget | None) -> QWidget | None:
        if dialog is not None:
            self.last_opened = dialog
        return dialog

    def open_price_lists(self) -> QWidget | None:
        """Fakturering → Prislistor…: the price lists and their prices."""
        from kundbok.ui.price_lists_dialog import open_price_lists

        return self._keep(open_price_lists(self._list.db, self._window))

    def import_article_table(self) -> QWidget | None:
        """Arkiv → Importera artiklar…: articles from a CSV or Excel file, after a preview."""
        from kundbok.ui.article_tables import import_article_table

        settings = QSettings(APP_NAME, APP_NAME)
        return self._keep(import_article_table(self._window, self._list.db, settings, _nothing))

    def export_article_table(self) -> int | None:
        """Arkiv → Exportera artiklar…: the article register to a CSV or Excel file."""
        from kundbok.ui.article_tables import export_article_table

        return export_article_table(self._window, self._list.db)

    def open_statements(self) -> QWidget | None:
        """Skicka kontoutdrag for the customers selected in the list."""
        from kundbok.ui.statement_dialog import open_statement_dialog

        rows = self._list.selected_rows()
        names = [f"{row.number} {row.name}" for row in rows]
        dialog = open_statement_dialog(self._window, self._list.db, [r.id for r in rows], names)
        return self._keep(dialog)


def _nothing() -> None:
    """Nothing in the main window shows articles: an import changes nothing on screen."""
