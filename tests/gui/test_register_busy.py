"""A save while another user imports: the window keeps turning, says whose import it waits for,
saves when the import has finished, and can be told not to wait."""

from __future__ import annotations

import itertools
import threading
import time

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QLineEdit

from kundbok.db.migrate import open_database
from kundbok.services.customers import get_customer
from kundbok.ui.background import running_tasks


@pytest.fixture
def importing(database_path):
    """Another user (anna) runs an import on the register until told to finish."""
    other = open_database(database_path, user="anna")
    started, finish = threading.Event(), threading.Event()

    def hold() -> None:
        with other.long_write(), other.unit_of_work() as session:
            session.connection()  # the write lock, held as an import holds it
            started.set()
            finish.wait(30)
            session.commit()

    thread = threading.Thread(target=hold)
    thread.start()
    assert started.wait(10)
    yield finish
    finish.set()
    thread.join(30)
    other.dispose()


def _edited_card(window, type_into):
    window.customers.table.selectRow(0)
    card = window.edit_customer()
    field = card.findChild(QLineEdit, "field_name")
    field.clear()
    type_into(field, "Sparad efter importen AB")
    return card


def _notice(window):
    notices = [
        dialog
        for dialog in window.findChildren(QDialog, "register_busy_notice")
        if dialog.isVisible()
    ]
    return notices[0] if notices else None


def test_a_save_waits_for_the_import_with_a_notice_then_saves(window, importing, type_into, qtbot):
    card = _edited_card(window, type_into)
    customer_id = card._details.id
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(10)
    seen: list[str] = []

    def look_then_finish() -> None:
        notice = _notice(card)
        seen.append(notice.text.text() if notice else "")
        importing.set()

    QTimer.singleShot(400, look_then_finish)
    began = time.monotonic()
    assert card.save()
    timer.stop()
    assert seen == [
        "anna is importing into the register. What you saved is saved as soon as the import "
        "has finished."
    ]
    assert time.monotonic() - began >= 0.4
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.25  # kept turning
    assert get_customer(window.db, customer_id).name == "Sparad efter importen AB"
    assert running_tasks() == 0


def test_a_waiting_save_can_be_cancelled_and_saves_nothing(window, importing, type_into, qtbot):
    card = _edited_card(window, type_into)
    customer_id = card._details.id
    name = get_customer(window.db, customer_id).name

    def cancel() -> None:
        qtbot.mouseClick(_notice(card).button_cancel, Qt.MouseButton.LeftButton)

    QTimer.singleShot(300, cancel)
    assert not card.save()
    assert _notice(card) is None
    assert card.form.dirty  # the edits are still on the card, to save later
    importing.set()
    time.sleep(0.3)
    assert get_customer(window.db, customer_id).name == name
    card.form.dirty = False
