"""The card's Filer tab: add by button and by dropping files, open a copy, rename, remove; a
file over 20 MB is refused with a message; a new customer takes files once saved."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.events import EventAction
from kundbok.services.customer_files import MAX_BYTES, list_files
from kundbok.services.customers import create_customer
from kundbok.services.history import customer_history
from kundbok.ui.customer_card.files_tab import FilesTab, display_size


@pytest.fixture
def files_tab(qtbot, window) -> FilesTab:
    customer = create_customer(window.db, CustomerDetails(name="Filkund AB"))
    card = window.opener.open_card(customer.id)
    tab = card.findChild(FilesTab, "tab_files")
    card.tabs.setCurrentWidget(tab)
    return tab


def _names(tab: FilesTab) -> list[str]:
    table = tab.files_table
    return sorted(table.topLevelItem(i).text(0) for i in range(table.topLevelItemCount()))


def _drop(tab: FilesTab, paths: list[Path]) -> QDropEvent:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    tab.dropEvent(event)
    return event


def test_dropped_files_are_kept_on_the_customer(files_tab, tmp_path):
    contract = tmp_path / "Avtal.pdf"
    contract.write_bytes(b"%PDF avtal")
    photo = tmp_path / "Kök.jpg"
    photo.write_bytes(b"\xff\xd8 bild")
    event = _drop(files_tab, [contract, photo])
    assert event.isAccepted()
    assert _names(files_tab) == ["Avtal.pdf", "Kök.jpg"]
    table = files_tab.files_table
    sizes = {table.topLevelItem(i).text(1) for i in range(table.topLevelItemCount())}
    assert sizes == {display_size(10), display_size(7)}
    assert display_size(1_572_864) in ("1.5 MB", "1,5 MB")


def test_a_drop_of_something_that_is_not_a_file_is_refused(files_tab, tmp_path):
    event = _drop(files_tab, [tmp_path])  # a folder
    assert not event.isAccepted()
    assert _names(files_tab) == []


def test_add_button_and_a_file_over_the_limit(files_tab, tmp_path, monkeypatch):
    small = tmp_path / "offert.txt"
    small.write_text("Signerad offert")
    big = tmp_path / "film.mov"
    big.write_bytes(b"x" * (MAX_BYTES + 1))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(small), str(big)], "")
    )
    assert not files_tab.choose_files()
    assert warnings == [
        "film.mov is 20,1 MB; a file kept on a customer may be at most 20 MB. Nothing was added."
    ]
    assert _names(files_tab) == []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *args, **kwargs: ([str(small)], ""))
    assert files_tab.button_add.isEnabled()
    files_tab.button_add.click()
    assert _names(files_tab) == ["offert.txt"]


def test_open_rename_and_remove(files_tab, tmp_path, monkeypatch):
    quote = tmp_path / "offert.txt"
    quote.write_text("Signerad offert")
    files_tab.add([quote])
    files_tab.files_table.topLevelItem(0).setSelected(True)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    copy = files_tab.open_file()
    assert [Path(url.toLocalFile()) for url in opened] == [copy]
    assert copy.read_text() == "Signerad offert"

    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Offert mars", True))
    assert files_tab.rename_file()
    assert _names(files_tab) == ["Offert mars.txt"]

    files_tab.files_table.topLevelItem(0).setSelected(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.No)
    assert not files_tab.remove_files()
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    files_tab.button_remove.click()
    assert _names(files_tab) == []
    customer_id = files_tab._customer_id
    actions = [event.action for event in customer_history(files_tab._db, customer_id)]
    assert actions[:3] == [
        EventAction.FILE_REMOVED,
        EventAction.FILE_RENAMED,
        EventAction.FILE_ADDED,
    ]


def test_a_new_customer_takes_files_once_saved(qtbot, window, tmp_path):
    card = window.opener.open_card(None)
    tab = card.findChild(FilesTab, "tab_files")
    card.tabs.setCurrentWidget(tab)
    assert not tab.button_add.isEnabled()
    assert "Save the new customer first" in tab.hint.text()
    paper = tmp_path / "a.txt"
    paper.write_text("x")
    assert not _drop(tab, [paper]).isAccepted()
    card.findChild(QWidget, "field_name").setText("Ny Kund AB")
    with qtbot.waitSignal(card.saved) as saved:
        card.button_save.click()
    assert tab.button_add.isEnabled()
    assert _drop(tab, [paper]).isAccepted()
    assert [info.name for info in list_files(window.db, saved.args[0])] == ["a.txt"]
    assert not card.has_unsaved_changes  # a file is kept at once; the card has nothing to save
