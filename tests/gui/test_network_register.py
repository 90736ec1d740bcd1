"""A register on a network drive: the app asks before opening it (the mount table is faked)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox

from kundbok import app
from kundbok.db import network_drive
from kundbok.ui.network_register import ask_open_on_network_drive


@pytest.fixture
def share(tmp_path, monkeypatch):
    """A folder the (fake) mount table says is an NFS share."""
    folder = tmp_path / "kontor"
    folder.mkdir()
    mountinfo = tmp_path / "mountinfo"
    mountinfo.write_text(
        "22 1 8:2 / / rw - ext4 /dev/sda2 rw\n"
        f"61 22 0:53 / {folder.resolve()} rw - nfs4 nas:/export/kontor rw\n"
    )
    monkeypatch.setattr(network_drive, "MOUNTINFO", mountinfo)
    return folder


def _answer(monkeypatch, button: str, remember: bool = False) -> list[str]:
    """Answer the question with the button of this object name; records the texts asked."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text() + " " + box.informativeText())
        box.findChild(QCheckBox, "field_do_not_ask_again").setChecked(remember)
        chosen = next(b for b in box.buttons() if b.objectName() == button)
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


def test_the_app_asks_and_quitting_opens_nothing(qapp, share, monkeypatch):
    asked = _answer(monkeypatch, "button_quit")
    database = share / "kundbok.sqlite3"
    assert app.run(str(database)) == app.CANNOT_OPEN
    assert "network drive (nfs4)" in asked[0] and "PostgreSQL" in asked[0]
    assert not database.exists()  # nothing was made or opened


def test_open_anyway_once_or_from_then_on(qapp, share, tmp_path, monkeypatch):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    path = str(share / "kundbok.sqlite3")
    asked = _answer(monkeypatch, "button_open_anyway")
    assert ask_open_on_network_drive(path, "nfs4", settings)
    assert ask_open_on_network_drive(path, "nfs4", settings)
    assert len(asked) == 2  # opened anyway, but asked each time
    asked = _answer(monkeypatch, "button_open_anyway", remember=True)
    assert ask_open_on_network_drive(path, "nfs4", settings)
    assert ask_open_on_network_drive(path, "nfs4", settings)
    assert len(asked) == 1  # the user said not to ask again for this file
    _answer(monkeypatch, "button_quit")
    assert not ask_open_on_network_drive(str(share / "other.sqlite3"), "nfs4", settings)
