"""Two users on one register: the second save asks instead of overwriting; lists and clean cards
follow the other user's commits, in place."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox, QTableWidget
from tests.helpers.shortcuts import new_draft

from kundbok.db.session import Database
from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import find_customer_id, get_customer, update_customer
from kundbok.services.invoices import save_draft
from kundbok.ui.background import run_task, running_tasks
from kundbok.ui.conflict_dialog import FIELD_LABELS, ConflictDialog, Resolution


@pytest.fixture
def colleague(database_path) -> Iterator[Database]:
    """Another user's copy of the app on the same file."""
    database = Database.open(database_path, user="colleague", create=False)
    yield database
    database.dispose()


@pytest.fixture
def discard_on_close(no_dialogs):
    """A card left with unsaved edits is closed without saving when the test ends."""
    answers, asked = no_dialogs
    answers["question"] = QMessageBox.StandardButton.Discard
    return asked


def _choose(monkeypatch, resolution: Resolution, take: dict[str, bool]) -> list[ConflictDialog]:
    """Answer the conflict dialog as a user would: per field, then a button."""
    shown: list[ConflictDialog] = []

    def answer(dialog: ConflictDialog) -> int:
        shown.append(dialog)
        table = dialog.findChild(QTableWidget, "conflict_fields")
        for name, theirs in take.items():
            label = FIELD_LABELS.get(name, name)
            row = next(r for r in range(table.rowCount()) if table.item(r, 1).text() == label)
            choice = Qt.CheckState.Checked if theirs else Qt.CheckState.Unchecked
            table.item(row, 0).setCheckState(choice)
        dialog.resolution = resolution
        return int(resolution)

    monkeypatch.setattr(ConflictDialog, "exec", answer)
    return shown


def _first_card(window):
    customer_id = find_customer_id(window.db, 1)
    return window.opener.open_card(customer_id), customer_id


def test_a_save_over_a_colleagues_change_asks_field_by_field(
    qtbot, window, colleague, monkeypatch, type_into
):
    card, customer_id = _first_card(window)
    window.change_follower.stop()  # the card must not reload here: its save meets the change
    theirs = get_customer(colleague, customer_id)
    update_customer(colleague, customer_id, replace(theirs, phone="08-999", email="ny@berg.se"))

    card.findChild(QLineEdit, "field_phone").setText("")
    type_into(card.findChild(QLineEdit, "field_phone"), "070-111")
    shown = _choose(monkeypatch, Resolution.SAVE, {"email": True})
    assert card.save()

    dialog = shown[0]
    assert set(dialog.taken()) == {"email"}
    stored = get_customer(window.db, customer_id)
    assert (stored.phone, stored.email) == ("070-111", "ny@berg.se")  # mine, and theirs
    assert card.customer_id == customer_id and not card.has_unsaved_changes


def test_reload_drops_my_edits_and_shows_theirs(
    qtbot, window, colleague, monkeypatch, type_into, discard_on_close
):
    card, customer_id = _first_card(window)
    window.change_follower.stop()
    theirs = get_customer(colleague, customer_id)
    update_customer(colleague, customer_id, replace(theirs, phone="08-999"))
    type_into(card.findChild(QLineEdit, "field_website"), "berg.se")
    _choose(monkeypatch, Resolution.RELOAD, {})

    assert not card.save()
    assert card.findChild(QLineEdit, "field_phone").text() == "08-999"
    assert card.findChild(QLineEdit, "field_website").text() == ""
    assert get_customer(window.db, customer_id).website == ""
    assert not card.has_unsaved_changes


def test_cancel_leaves_everything_as_it_was(
    qtbot, window, colleague, monkeypatch, type_into, discard_on_close
):
    card, customer_id = _first_card(window)
    window.change_follower.stop()
    update_customer(colleague, customer_id, replace(get_customer(colleague, customer_id), fax="1"))
    type_into(card.findChild(QLineEdit, "field_website"), "berg.se")
    _choose(monkeypatch, Resolution.CANCEL, {})
    assert not card.save()
    assert card.has_unsaved_changes
    assert get_customer(window.db, customer_id).website == ""


def test_the_list_follows_a_colleagues_change_keeping_the_selection(qtbot, window, colleague):
    customer_id = find_customer_id(window.db, 2)
    window.customers.select_customer(customer_id)
    assert window.customers.selected_ids() == [customer_id]
    scroll_bar = window.customers.table.verticalScrollBar()
    scroll_bar.setValue(scroll_bar.maximum())
    scrolled = scroll_bar.value()
    assert scrolled > 0
    theirs = get_customer(colleague, customer_id)
    update_customer(colleague, customer_id, replace(theirs, name="Anna Lindqvist-Berg"))

    def shows_new_name() -> bool:
        return any(
            (row := window.customers.model.row(n)) is not None and row.name == "Anna Lindqvist-Berg"
            for n in range(window.customers.model.rowCount())
        )

    qtbot.waitUntil(shows_new_name, timeout=3000)
    assert window.customers.selected_ids() == [customer_id]
    assert scroll_bar.value() == scrolled


def test_no_list_is_read_again_while_a_task_runs_the_change_is_followed_after(
    qtbot, window, colleague
):
    follower = window.change_follower
    follower._timer.stop()  # ticked by hand here
    followed: list[bool] = []
    follower.changed.connect(lambda: followed.append(True))
    release = threading.Event()
    run_task(window, lambda _control: release.wait(10), print, title="t", text="x")
    customer_id = find_customer_id(window.db, 2)
    theirs = get_customer(colleague, customer_id)
    update_customer(colleague, customer_id, replace(theirs, name="Anna Lindqvist-Berg"))
    follower._tick()
    assert followed == []  # a task's own commits would look like this, once a second
    release.set()
    qtbot.waitUntil(lambda: running_tasks() == 0)
    follower._tick()
    assert followed == [True]


def test_the_invoice_list_follows_a_colleagues_new_draft(qtbot, window, colleague):
    invoices = window.invoice_list
    before = len(invoices._rows)
    save_draft(colleague, new_draft(colleague, find_customer_id(colleague, 1)))
    qtbot.waitUntil(lambda: len(invoices._rows) == before + 1, timeout=3000)


def test_an_open_clean_card_reloads_a_dirty_one_says_so(
    qtbot, window, colleague, type_into, discard_on_close
):
    clean, clean_id = _first_card(window)
    dirty = window.opener.open_card(find_customer_id(window.db, 2))
    dirty_id = dirty.customer_id
    type_into(dirty.findChild(QLineEdit, "field_website"), "lindqvist.se")

    update_customer(colleague, clean_id, replace(get_customer(colleague, clean_id), fax="08-1"))
    update_customer(colleague, dirty_id, replace(get_customer(colleague, dirty_id), fax="08-2"))

    qtbot.waitUntil(lambda: clean.findChild(QLineEdit, "field_fax").text() == "08-1", timeout=3000)
    qtbot.waitUntil(lambda: dirty.changed_elsewhere.isVisible(), timeout=3000)
    assert not clean.changed_elsewhere.isVisible()
    assert dirty.findChild(QLineEdit, "field_fax").text() == ""  # the user's edits are kept
    assert dirty.findChild(QLineEdit, "field_website").text() == "lindqvist.se"


def test_a_draft_saved_by_a_colleague_is_reloaded_with_a_message(
    qtbot, window, colleague, no_dialogs
):
    _answers, asked = no_dialogs
    draft = save_draft(window.db, new_draft(window.db, find_customer_id(window.db, 1)))
    editor = window.opener.open_invoice(draft.id)
    save_draft(colleague, replace(draft, their_reference="Bertil"))
    assert not editor.save()
    assert any("colleague" in text for kind, text in asked if kind == "warning")
    assert editor.invoice.their_reference == "Bertil"
    assert editor.save()  # from the reloaded version


def test_the_dialog_takes_only_their_untouched_fields_by_default(qtbot):
    from kundbok.services.conflicts import ConflictError

    base = CustomerDetails(name="Berg", phone="1", email="", version=1)
    theirs = replace(base, phone="2", email="x@y.se", version=2)
    error = ConflictError("colleague", None, {"phone": ("2", "3"), "email": ("x@y.se", "")}, theirs)
    dialog = ConflictDialog(error, base)
    qtbot.addWidget(dialog)
    assert dialog.taken() == ["email"]  # I changed the phone, not the e-mail
    mine = replace(base, phone="3")
    assert dialog.resolved(mine) == replace(mine, email="x@y.se", version=2)
    assert QDialog.DialogCode.Rejected == 0
