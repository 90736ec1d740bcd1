"""Entries in the window: the quick-entry dialog made for the keyboard and its timer, the card's
Underlag tab, Att fakturera with Fakturera valda, and Importera underlag with its preview."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QToolBar, QTreeWidget

from kundbok.domain.customer import CustomerDetails
from kundbok.services.articles import ArticleDetails, save_article
from kundbok.services.customers import create_customer
from kundbok.services.entries import NewEntry, add_entry, entries_summed, list_entries
from kundbok.services.entry_invoicing import invoice_entries
from kundbok.ui.customer_card import CustomerCard
from kundbok.ui.entry_import_dialog import EntryImportDialog, import_entries
from kundbok.ui.time_entry_dialog import TimeEntryDialog
from kundbok.ui.unbilled_dialog import UnbilledDialog

DAY = dt.date(2026, 11, 2)


@pytest.fixture
def shop(db):
    save_article(
        db,
        ArticleDetails(
            number="EL",
            description="Elarbete",
            unit="tim",
            unit_price=D(650),
            rot_rut_kind="labour",
            work_type="El",
        ),
    )
    save_article(
        db, ArticleDetails(number="KABEL", description="Kabel", unit="m", unit_price=D(12))
    )
    first = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    second = create_customer(db, CustomerDetails(name="Berglunds El AB"))
    return db, first, second


def _choose_article(dialog: TimeEntryDialog, number: str) -> None:
    field = dialog.field_entry_article
    field.setCurrentIndex(field.findData(number))


def test_enter_saves_and_the_dialog_stays_ready_for_the_next(qtbot, shop):
    db, first, _ = shop
    dialog = TimeEntryDialog(db, first.id)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose_article(dialog, "EL")
    dialog.field_entry_quantity.setText("1:15")
    dialog.field_entry_text.setText("Byte av uttag")
    qtbot.keyClick(dialog.field_entry_text, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved_count == 1
    [entry] = list_entries(db, first.id)
    assert (entry.quantity, entry.text, entry.unit_price) == (D("1.25"), "Byte av uttag", D(650))
    assert dialog.field_entry_quantity.text() == "" and dialog.field_entry_text.text() == ""
    assert dialog.field_entry_article.currentData() == "EL"  # kept for the next entry
    dialog.field_entry_quantity.setText("0")
    qtbot.keyClick(dialog.field_entry_quantity, Qt.Key.Key_Return)
    assert "zero" in dialog.entry_message.text() and len(list_entries(db)) == 1


def test_the_customer_is_found_by_typing_its_number(qtbot, shop):
    db, _, second = shop
    dialog = TimeEntryDialog(db, None)
    qtbot.addWidget(dialog)
    _choose_article(dialog, "KABEL")
    dialog.field_entry_quantity.setText("12")
    assert not dialog.save_entry() and "customer" in dialog.entry_message.text().lower()
    dialog.field_entry_customer.setText(str(second.number))
    assert dialog.save_entry()
    assert [entry.customer_id for entry in list_entries(db)] == [second.id]


def test_the_timer_gives_its_time_rounded_up_to_the_step(qtbot, shop):
    db, first, _ = shop
    dialog = TimeEntryDialog(db, first.id)
    qtbot.addWidget(dialog)
    dialog.field_timer_step.setCurrentIndex(dialog.field_timer_step.findData(15))
    dialog.toggle_timer()
    assert dialog.button_entry_timer.text() == "Stop"
    dialog.stop_timer(16 * 60)
    assert dialog.field_entry_quantity.text() == "0.5"
    assert dialog.button_entry_timer.text() == "Start timer"


def test_the_card_lists_unbilled_and_billed_entries_and_keeps_the_choice(qtbot, shop):
    db, first, _ = shop
    add_entry(db, NewEntry(first.id, DAY, D(2), "EL"))
    invoice_entries(db, [first.id], DAY, today=DAY)
    add_entry(db, NewEntry(first.id, DAY, D(10), "KABEL"))
    card = CustomerCard(db, first.id)
    qtbot.addWidget(card)
    card.show()
    tab = card.findChild(QTreeWidget, "entries_table").parent()
    card.tabs.setCurrentWidget(tab)
    table = card.findChild(QTreeWidget, "entries_table")
    assert table.topLevelItemCount() == 2
    assert table.topLevelItem(0).text(6) == "Unbilled" and table.topLevelItem(1).text(6) == "Draft"
    assert "120.00" in card.findChild(QLabel, "entries_summary").text()
    card.findChild(QCheckBox, "field_entries_summed").click()
    assert entries_summed(db, first.id)
    table.topLevelItem(1).setSelected(True)
    assert not card.findChild(QPushButton, "button_remove_entry").isEnabled()
    table.clearSelection()
    table.topLevelItem(0).setSelected(True)
    card.findChild(QPushButton, "button_remove_entry").click()
    assert [entry.invoice_id is not None for entry in list_entries(db, first.id)] == [True]
    card.form.dirty = False


def test_to_invoice_lists_customers_and_invoices_the_selected(qtbot, shop, no_dialogs):
    db, first, second = shop
    add_entry(db, NewEntry(second.id, DAY - dt.timedelta(days=3), D(1), "EL"))
    add_entry(db, NewEntry(first.id, DAY, D(2), "EL"))
    dialog = UnbilledDialog(db)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: len(dialog.customers) == 2)
    assert [c.customer_id for c in dialog.customers] == [second.id, first.id]  # oldest first
    assert dialog.model.rows[0][3] == D(1)
    dialog.unbilled_table.selectionModel().select(
        dialog.model.index(1, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    with qtbot.waitSignal(dialog.invoices_made):
        dialog.button_invoice_selected.click()
    qtbot.waitUntil(lambda: len(dialog.customers) == 1)
    assert [e.invoice_id is not None for e in list_entries(db, first.id)] == [True]
    _, asked = no_dialogs
    assert asked[-1][0] == "information" and "1 invoice drafts" in asked[-1][1]


def test_import_shows_each_problem_and_imports_nothing_until_right(
    qtbot, shop, tmp_path, no_dialogs
):
    db, first, _ = shop
    parent = QDialog()
    qtbot.addWidget(parent)
    bad = tmp_path / "tid.csv"
    bad.write_text(
        f"Kundnummer;Datum;Artikel;Timmar\n{first.number};2026-11-02;EL;1,5\n999;2026-11-02;EL;1\n"
    )
    import_entries(db, parent, bad)
    qtbot.waitUntil(lambda: parent.findChild(EntryImportDialog) is not None)
    preview = parent.findChild(EntryImportDialog)
    assert not preview.button_import_entries.isEnabled()
    assert "no customer number 999" in preview.entry_import_table.topLevelItem(1).text(6)
    preview.reject()
    good = tmp_path / "tid2.csv"
    good.write_text(f"Kundnummer;Datum;Artikel;Timmar\n{first.number};2026-11-02;EL;1,5\n")
    import_entries(db, parent, good)

    def second() -> EntryImportDialog | None:
        shown = parent.findChildren(EntryImportDialog)
        return next((d for d in shown if d.plan.file_name == "tid2.csv"), None)

    qtbot.waitUntil(lambda: second() is not None)
    preview = second()
    preview.button_import_entries.click()
    qtbot.waitUntil(lambda: preview.imported == 1)
    assert [entry.quantity for entry in list_entries(db)] == [D("1.5")]


def test_the_window_offers_time_entry_on_ctrl_t_the_toolbar_and_the_right_click(window):
    actions = window.main_actions
    action = actions.action("action_time_entry")
    assert action.shortcut().toString() == "Ctrl+T"
    assert action in window.findChild(QToolBar, "quick_actions").actions()
    assert action in actions._in_context_menu
    assert actions.action("action_unbilled") and actions.action("action_import_entries")


def test_crediting_an_invoice_of_entries_asks_to_free_them(qtbot, shop, no_dialogs):
    from kundbok.ui.invoice_editor import open_invoice_editor

    db, first, _ = shop
    add_entry(db, NewEntry(first.id, DAY, D(2), "EL"))
    [made] = invoice_entries(db, [first.id], DAY, issue=True, today=DAY)
    parent = QDialog()
    qtbot.addWidget(parent)
    editor = open_invoice_editor(db, None, parent, made.invoice_id)
    editor.findChild(QPushButton, "button_credit").click()
    _, asked = no_dialogs
    assert "made from 1 entries" in asked[-1][1]
    assert [entry.invoice_id for entry in list_entries(db)] == [None]


def test_an_unbilled_entry_is_changed_in_the_entry_dialog(qtbot, shop):
    db, first, _ = shop
    entry = add_entry(db, NewEntry(first.id, DAY, D(2), "EL", text="Felsökning"))
    dialog = TimeEntryDialog(db, None, None, entry)
    qtbot.addWidget(dialog)
    assert dialog.field_entry_text.text() == "Felsökning"
    assert dialog.field_entry_article.currentData() == "EL"
    dialog.field_entry_quantity.setText("3:30")
    assert dialog.save_entry()
    [changed] = list_entries(db)
    assert (changed.id, changed.quantity, changed.unit_price) == (entry.id, D("3.5"), D(650))
    assert dialog.result() == QDialog.DialogCode.Accepted
