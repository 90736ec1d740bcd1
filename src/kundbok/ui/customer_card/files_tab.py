"""The card's files: documents kept on the customer, added by button or by dropping them."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.customer_files import (
    CustomerFileInfo,
    add_files,
    list_files,
    open_copy,
    remove_file,
    rename_file,
)
from kundbok.ui.customer_card.lazy_tab import LazyTab
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_date

FILE_ID = Qt.ItemDataRole.UserRole


def display_size(size: int) -> str:
    """A file size as people read it, in the locale's format ("1,5 MB" in Swedish)."""
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def _local_paths(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The files a drag carries; empty when it carries anything that is not a local file."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    if len(paths) != len(urls) or not all(path.is_file() for path in paths):
        return []
    return paths


def _removed(db: Database, file_id: int) -> bool:
    remove_file(db, file_id)
    return True  # `attempt` tells a refusal by None


class FilesTab(LazyTab):
    """Filer: contracts, photos and signed quotes kept on the customer. A change is kept at
    once, like a payment on an invoice: it needs no Save."""

    def __init__(self, db: Database, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_files")
        self.setAcceptDrops(True)
        self._db = db
        self.hint = QLabel(self)
        self.hint.setObjectName("files_hint")
        self.hint.setWordWrap(True)
        self.files_table = QTreeWidget(self)
        self.files_table.setObjectName("files_table")
        self.files_table.setRootIsDecorated(False)
        self.files_table.setHeaderLabels(
            [self.tr("Name"), self.tr("Size"), self.tr("Added"), self.tr("By")]
        )
        self.files_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files_table.itemDoubleClicked.connect(lambda _item, _column: self.open_file())
        self.files_table.itemSelectionChanged.connect(self._update_buttons)
        self.button_add = self._button("button_add_file", self.tr("Add files…"), self.choose_files)
        self.button_open = self._button("button_open_file", self.tr("Open"), self.open_file)
        self.button_rename = self._button(
            "button_rename_file", self.tr("Rename…"), self.rename_file
        )
        self.button_remove = self._button(
            "button_remove_file", self.tr("Remove…"), self.remove_files
        )
        buttons = QHBoxLayout()
        for button in (self.button_add, self.button_open, self.button_rename, self.button_remove):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.files_table)
        layout.addLayout(buttons)
        self._files: list[CustomerFileInfo] = []

    def _button(self, name: str, text: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- showing -----------------------------------------------------------------------------

    def read(self, customer_id: int | None) -> None:
        """List the customer's files (a customer not yet saved has none, and takes none)."""
        saved = customer_id is not None
        self.hint.setText(
            self.tr(
                "Drop files here or choose Add files…; each is kept at once (at most 20 MB). "
                "Open shows a copy: changes to it are not kept."
            )
            if saved
            else self.tr("Save the new customer first; then files can be kept on it.")
        )
        self._files = list_files(self._db, customer_id) if customer_id is not None else []
        self.files_table.clear()
        for info in self._files:
            item = QTreeWidgetItem(
                [info.name, display_size(info.size), display_date(info.added_at), info.added_by]
            )
            item.setData(0, FILE_ID, info.id)
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.files_table.addTopLevelItem(item)
        for column in range(self.files_table.columnCount()):
            self.files_table.resizeColumnToContents(column)
        self.files_table.setEnabled(saved)
        self.button_add.setEnabled(saved)
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = len(self.selected_ids())
        self.button_open.setEnabled(chosen == 1)
        self.button_rename.setEnabled(chosen == 1)
        self.button_remove.setEnabled(chosen > 0)

    def selected_ids(self) -> list[int]:
        """The ids of the files selected in the list."""
        return [int(item.data(0, FILE_ID)) for item in self.files_table.selectedItems()]

    # --- actions -----------------------------------------------------------------------------

    def add(self, paths: list[Path]) -> bool:
        """Keep the files on the customer, all or none; a refusal (too large, unreadable) is
        shown. Returns whether they were added."""
        customer_id = self._customer_id
        if customer_id is None or not paths:
            return False
        added = attempt(
            self, self.tr("Files not added"), lambda: add_files(self._db, customer_id, paths)
        )
        self.read(customer_id)
        return added is not None

    def choose_files(self) -> bool:
        """Ask for files and add them."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files to the customer"))
        return self.add([Path(name) for name in names])

    def open_file(self) -> Path | None:
        """Open a copy of the selected file with the program the system uses for its kind."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return None
        copy = attempt(self, self.tr("File not opened"), lambda: open_copy(self._db, ids[0]))
        if copy is None:
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy))):
            QMessageBox.warning(
                self,
                self.tr("File not opened"),
                self.tr("No program on this computer opens {name}.").format(name=copy.name),
            )
        return copy

    def rename_file(self) -> bool:
        """Ask for a new name for the selected file."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return False
        current = next(info.name for info in self._files if info.id == ids[0])
        name, accepted = QInputDialog.getText(
            self, self.tr("Rename file"), self.tr("New name:"), text=current
        )
        if not accepted or name == current:
            return False
        renamed = attempt(
            self, self.tr("File not renamed"), lambda: rename_file(self._db, ids[0], name)
        )
        self.read(self._customer_id)
        return renamed is not None

    def remove_files(self) -> bool:
        """Remove the selected files, after asking."""
        ids = self.selected_ids()
        if not ids:
            return False
        names = [info.name for info in self._files if info.id in ids]
        answer = QMessageBox.question(
            self,
            self.tr("Remove files"),
            self.tr("Remove {names} from the customer? The history keeps the names.").format(
                names=", ".join(names)
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        title = self.tr("File not removed")
        for file_id in ids:
            if attempt(self, title, partial(_removed, self._db, file_id)) is None:
                break  # the message is shown once, not for every file
        self.read(self._customer_id)
        return True

    # --- drag and drop -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._customer_id is not None and _local_paths(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _local_paths(event)
        if self._customer_id is None or not paths:
            event.ignore()
            return
        event.acceptProposedAction()
        self.add(paths)
