"""The first step of a table import: which field each column of the file holds, suggested from
the headers, with the first values beside each header (customers and articles alike).

The mapping the user confirms is remembered per set of column headers in the user's settings
(QSettings, like the window's layout): it describes the files this user gets, not the register,
and a file with the same headers opens with it next time.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.services.tables import Table, header_key
from kundbok.services.tables.customer_field import CustomerField

SAMPLES = 3  # values of the first rows shown beside each header


def mapping_key(header: tuple[str, ...]) -> str:
    """The settings key of a set of headers (their order and spelling do not matter)."""
    keys = sorted({header_key(title) for title in header if title.strip()})
    return hashlib.sha1("\n".join(keys).encode()).hexdigest()[:16]


def saved_mapping(
    settings: QSettings, group: str, header: tuple[str, ...], fields: Sequence[str]
) -> dict[str, str | None]:
    """The mapping the user confirmed for files with these headers, {} when none."""
    text = settings.value(f"{group}/{mapping_key(header)}", "")
    try:
        saved = json.loads(str(text)) if text else {}
    except ValueError:
        return {}
    return {
        str(title): (field if field in fields else None)
        for title, field in saved.items()
        if title in header
    }


def save_mapping(
    settings: QSettings, group: str, header: tuple[str, ...], mapping: dict[str, str | None]
) -> None:
    """Remember the mapping for files with these headers."""
    settings.setValue(f"{group}/{mapping_key(header)}", json.dumps(mapping))


class ColumnMapping(QWidget):
    """`mapping_table`: each column of the file, its first values and a combo
    `field_column_<n>` of the fields it may hold ("Do not import" first)."""

    def __init__(
        self,
        table: Table,
        fields: Sequence[CustomerField],
        mapping: Mapping[int, str],
        texts: tuple[str, str],
        parent: QWidget,
    ) -> None:
        """`texts`: the intro above the table and the heading of the field column."""
        super().__init__(parent)
        self._table = table
        self._labels = {field.key: field.label for field in fields}
        intro = QLabel(texts[0], self)
        intro.setWordWrap(True)
        header = table.header
        self.mapping_table = QTableWidget(len(header), 3, self)
        self.mapping_table.setObjectName("mapping_table")
        self.mapping_table.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), texts[1]]
        )
        self.mapping_table.verticalHeader().setVisible(False)
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.field_combos: list[QComboBox] = []
        for column, title in enumerate(header):
            samples = [row[column] for row in table.rows[:SAMPLES] if row[column]]
            self.mapping_table.setItem(column, 0, QTableWidgetItem(title))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(" | ".join(samples)))
            combo = QComboBox(self.mapping_table)
            combo.setObjectName(f"field_column_{column}")
            combo.addItem(self.tr("Do not import"), None)
            for field in fields:
                combo.addItem(QCoreApplication.translate("fields", field.label), field.key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column)), 0))
            self.mapping_table.setCellWidget(column, 2, combo)
            self.field_combos.append(combo)
        self.mapping_table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch
        )
        self.mapping_table.resizeColumnToContents(0)
        self.mapping_table.setColumnWidth(2, 300)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.mapping_table)

    def chosen_mapping(self) -> dict[str, str | None]:
        """{header: field key or None} as the combo boxes say."""
        return {
            title: combo.currentData()
            for title, combo in zip(self._table.header, self.field_combos, strict=True)
            if title.strip()
        }

    def twice_chosen(self) -> str | None:
        """The name (translated) of a field two columns are set to hold, if any."""
        seen: set[str] = set()
        for field in self.chosen_mapping().values():
            if field is not None and field in seen:
                return QCoreApplication.translate("fields", self._labels[field])
            if field is not None:
                seen.add(field)
        return None
