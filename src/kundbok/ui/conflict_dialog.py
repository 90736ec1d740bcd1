"""What to do when someone else saved a record while it was open here.

A customer card asks field by field (`ConflictDialog`): keep your value or take theirs, or reload
everything. Drafts, articles and settings say what happened and show what is saved now
(`attempt_save`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, replace
from enum import IntEnum
from typing import TypeVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.domain.customer import CustomerDetails
from kundbok.i18n import error_text
from kundbok.services.conflicts import ConflictError, when_text
from kundbok.ui.accessibility import name_controls
from kundbok.ui.errors import attempt
from kundbok.ui.screen_fit import resize_to_fit

T = TypeVar("T")

# Field names as the card labels them; a field missing here is shown by its name.
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ConflictDialog", "Name"),
    "kind": QT_TRANSLATE_NOOP("ConflictDialog", "Kind"),
    "reference": QT_TRANSLATE_NOOP("ConflictDialog", "Reference"),
    "org_number": QT_TRANSLATE_NOOP("ConflictDialog", "Organisation number"),
    "personal_number": QT_TRANSLATE_NOOP("ConflictDialog", "Personal identity number"),
    "vat_number": QT_TRANSLATE_NOOP("ConflictDialog", "VAT number"),
    "phone": QT_TRANSLATE_NOOP("ConflictDialog", "Phone"),
    "mobile": QT_TRANSLATE_NOOP("ConflictDialog", "Mobile"),
    "email": QT_TRANSLATE_NOOP("ConflictDialog", "E-mail"),
    "website": QT_TRANSLATE_NOOP("ConflictDialog", "Website"),
    "country": QT_TRANSLATE_NOOP("ConflictDialog", "Country"),
    "payment_terms_days": QT_TRANSLATE_NOOP("ConflictDialog", "Payment terms"),
    "discount_percent": QT_TRANSLATE_NOOP("ConflictDialog", "Discount"),
    "active": QT_TRANSLATE_NOOP("ConflictDialog", "Active"),
    "blocked": QT_TRANSLATE_NOOP("ConflictDialog", "Blocked"),
    "alert_text": QT_TRANSLATE_NOOP("ConflictDialog", "Alert"),
    "notes": QT_TRANSLATE_NOOP("ConflictDialog", "Notes"),
    "addresses": QT_TRANSLATE_NOOP("ConflictDialog", "Addresses"),
    "contacts": QT_TRANSLATE_NOOP("ConflictDialog", "Contacts"),
}
TAKE_THEIRS, FIELD, THEIRS, YOURS = range(4)


class Resolution(IntEnum):
    """How the user answered a conflict on the customer card."""

    CANCEL = 0
    SAVE = 1  # save again with the values chosen field by field
    RELOAD = 2  # drop the card's changes and show what is saved


def value_text(value: object) -> str:
    """A field value as one line of text (addresses and contacts summarised)."""
    if value in (None, ""):
        return "–"
    if isinstance(value, list | tuple):
        parts = []
        for item in value:
            shown = item.values() if isinstance(item, Mapping) else vars(item).values()
            parts.append(", ".join(str(v) for v in shown if v not in (None, "", True, False)))
        return "; ".join(parts) or "–"
    return str(value)


class ConflictDialog(QDialog):
    """Someone else saved the customer since the card read it: per field, keep or take theirs."""

    def __init__(
        self,
        error: ConflictError,
        base: CustomerDetails | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.resolution = Resolution.CANCEL
        self._error = error
        self._fields = list(error.differences)
        intro = QLabel(
            self.tr(
                "{user} saved this customer at {when}, after you opened it. Choose for each "
                "field whether to keep your value or take theirs, then save again."
            ).format(user=error.changed_by or "?", when=when_text(error.changed_at)),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self._fields), 4, self)
        self.table.setObjectName("conflict_fields")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Take theirs"),
                self.tr("Field"),
                self.tr("Their value"),
                self.tr("Your value"),
            ]
        )
        for row, name in enumerate(self._fields):
            theirs, yours = error.differences[name]
            untouched_here = base is not None and _base_value(base, name) == yours
            # A field only they changed is taken by default; one you changed is kept.
            choice = QTableWidgetItem()
            choice.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            choice.setCheckState(
                Qt.CheckState.Checked if untouched_here else Qt.CheckState.Unchecked
            )
            self.table.setItem(row, TAKE_THEIRS, choice)
            label = FIELD_LABELS.get(name)
            shown = QCoreApplication.translate("ConflictDialog", str(label)) if label else name
            self.table.setItem(row, FIELD, QTableWidgetItem(shown))
            self.table.setItem(row, THEIRS, QTableWidgetItem(value_text(theirs)))
            self.table.setItem(row, YOURS, QTableWidgetItem(value_text(yours)))
        self.table.resizeColumnsToContents()

        buttons = QDialogButtonBox(self)
        save = buttons.addButton(
            self.tr("Save with these values"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        save.setObjectName("button_save_resolved")
        reload_all = buttons.addButton(
            self.tr("Reload theirs (drop my changes)"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        reload_all.setObjectName("button_reload")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        save.clicked.connect(lambda: self._finish(Resolution.SAVE))
        reload_all.clicked.connect(lambda: self._finish(Resolution.RELOAD))
        cancel.clicked.connect(lambda: self._finish(Resolution.CANCEL))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        resize_to_fit(self, 760, 360)
        name_controls(self)

    def _finish(self, resolution: Resolution) -> None:
        self.resolution = resolution
        self.done(int(resolution))

    def taken(self) -> list[str]:
        """The fields whose value is taken from the other user's save."""
        items = [self.table.item(row, TAKE_THEIRS) for row in range(len(self._fields))]
        return [
            name
            for name, item in zip(self._fields, items, strict=True)
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def resolved(self, yours: CustomerDetails) -> CustomerDetails:
        """Your details with the chosen fields taken from theirs, at their (the stored) version."""
        current = self._error.current
        assert isinstance(current, CustomerDetails)
        return replace(
            yours,
            **{name: getattr(current, name) for name in self.taken()},
            version=current.version,
        )


def _base_value(base: CustomerDetails, name: str) -> object:
    """A field of the details the card read, as the conflict compares it."""
    value = getattr(base, name)
    if name in ("addresses", "contacts"):
        return [asdict(item) for item in value]
    return value


def attempt_save(
    parent: QWidget,
    title: str,
    call: Callable[[], T],
    reload: Callable[[object], None],
    what_now: str,
) -> T | None:
    """Run a save; when someone else saved meanwhile, say so, show what is saved now (`reload`
    gets the stored record) and return None. Other refusals are shown as `attempt` does."""

    def save() -> T | None:
        try:
            return call()
        except ConflictError as error:
            QMessageBox.warning(parent, title, f"{error_text(error)}\n\n{what_now}")
            if error.current is not None:
                reload(error.current)
            return None

    return attempt(parent, title, save)
