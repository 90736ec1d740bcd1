"""The main window through the object names in docs/architecture.md: list, search, menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QLineEdit, QTableView, QToolBar

from kundbok.domain.customer import CustomerDetails
from kundbok.services import search
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.search import customer_counts
from kundbok.ui.customer_card import CustomerCard


def _find(window, kind, name):
    widget = window.findChild(kind, name)
    assert widget is not None, name
    return widget


def _names(window) -> list[str]:
    model = window.customers.model
    return [model.row(row).name for row in range(model.rowCount())]


def _search(qtbot, window, text):
    field = _find(window, QLineEdit, "search_field")
    field.clear()
    field.insert(text)  # as typed; QTest cannot type å ä ö
    qtbot.waitUntil(lambda: window.customers.model.query.text == text, timeout=2000)


def test_the_window_has_its_contracted_parts(window):
    assert window.objectName() == "main_window"
    toolbar = _find(window, QToolBar, "quick_actions")
    names = [action.objectName() for action in toolbar.actions()]
    assert names == [
        "action_new_customer",
        "action_new_invoice",
        "action_new_quote",
        "action_edit_customer",
        "action_export_vcard",
        "action_settings",
        "action_time_entry",
    ]
    for name in (
        "action_deactivate_customers",
        "action_reactivate_customers",
        "action_create_invoice",
        "action_import_vcard",
    ):
        _find(window, QAction, name)
    assert (
        window.customers.model.rowCount()
        == _find(window, QTableView, "customer_table").model().rowCount()
    )


def test_search_narrows_the_list_with_words_in_any_order(qtbot, window):
    everyone = window.customers.model.rowCount()
    _search(qtbot, window, "rör åkess")
    assert _names(window) == ["Åkessons Rör AB"]
    _search(qtbot, window, "ÖREBRO")
    assert "Åkessons Rör AB" in _names(window)
    _search(qtbot, window, "")
    assert window.customers.model.rowCount() == everyone


def test_personal_numbers_are_masked_in_the_list(qtbot, window):
    details = CustomerDetails(name="Maskad Person", kind="private", personal_number="811218-9876")
    create_customer(window.db, details)
    _search(qtbot, window, "maskad person")
    assert _names(window) == ["Maskad Person"]
    assert window.customers.model.index(0, 2).data() == "••••••••-9876"
    _search(qtbot, window, "åkessons rör")
    assert (
        window.customers.model.index(0, 2).data() == "556036-0793"
    )  # an organisation number in full


def test_deactivate_hides_unless_show_passive_and_reactivate(qtbot, window, no_dialogs):
    _answers, asked = no_dialogs
    passive_before = customer_counts(window.db)[1]
    _search(qtbot, window, "åkessons rör")
    window.customers.table.selectRow(0)
    action = _find(window, QAction, "action_deactivate_customers")
    assert action.isEnabled()
    action.trigger()
    assert asked and asked[0][0] == "question"
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 0)
    assert f"{passive_before + 1} passive hidden" in window.status.text()
    _find(window, QCheckBox, "show_inactive").setChecked(True)
    qtbot.waitUntil(lambda: window.customers.model.rowCount() == 1)
    window.customers.table.selectRow(0)
    assert not _find(window, QAction, "action_deactivate_customers").isEnabled()
    reactivate = _find(window, QAction, "action_reactivate_customers")
    assert reactivate.isEnabled()
    reactivate.trigger()
    _find(window, QCheckBox, "show_inactive").setChecked(False)
    qtbot.waitUntil(lambda: _names(window) == ["Åkessons Rör AB"])


def test_deactivation_is_asked_and_can_be_declined(qtbot, window, no_dialogs):
    answers, _asked = no_dialogs
    answers["question"] = 0  # "No"
    _search(qtbot, window, "åkessons rör")
    window.customers.table.selectRow(0)
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Delete)
    assert _names(window) == ["Åkessons Rör AB"]


def test_context_menu_actions_follow_the_selection(qtbot, window):
    edit = _find(window, QAction, "action_edit_customer")
    invoice = _find(window, QAction, "action_create_invoice")
    window.customers.table.clearSelection()
    assert not edit.isEnabled() and not invoice.isEnabled()
    window.customers.table.selectRow(0)
    assert edit.isEnabled() and invoice.isEnabled()
    window.customers.table.selectionModel().select(
        window.customers.model.index(1, 0),
        window.customers.table.selectionModel().SelectionFlag.Select
        | window.customers.table.selectionModel().SelectionFlag.Rows,
    )
    assert len(window.customers.selected_ids()) == 2
    assert not edit.isEnabled()  # one customer at a time
    assert _find(window, QAction, "action_deactivate_customers").isEnabled()
    table = window.customers.table
    table.customContextMenuRequested.emit(
        table.visualRect(window.customers.model.index(0, 1)).center()
    )
    names = [a.objectName() for a in window.main_actions.context_menu.actions()]
    assert names == [
        "action_edit_customer",
        "action_deactivate_customers",
        "action_create_invoice",
        "action_new_quote",
        "action_new_contract",
        "action_export_vcard",
        "action_export_customers",
        "action_send_statements",
        "action_time_entry",
    ]
    window.main_actions.context_menu.close()


def test_shortcuts(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    cards = window.findChildren(CustomerCard)
    assert len(cards) == 1 and cards[0].customer_id is None
    cards[0].close()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert _find(window, QLineEdit, "search_field").hasFocus()
    window.customers.table.setFocus()
    window.customers.table.selectRow(0)
    qtbot.keyClick(window.customers.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(c.customer_id for c in window.findChildren(CustomerCard)))


def test_status_bar_counts_customers(window):
    assert "customers" in window.status.text()
    assert str(window.customers.model.rowCount()) in window.status.text().replace("\u00a0", "")


def test_columns_can_be_hidden_and_the_layout_is_remembered(qtbot, window, database_path):
    from kundbok.app import create_main_window

    header = window.customers.table.horizontalHeader()
    header.customContextMenuRequested.emit(header.rect().center())
    phone = next(a for a in window.customers.column_menu.actions() if a.text() == "Phone")
    phone.setChecked(False)
    window.customers.column_menu.close()
    assert header.isSectionHidden(5)
    header.resizeSection(1, 333)
    header.moveSection(6, 2)
    window.close()
    again = create_main_window(str(database_path))
    qtbot.addWidget(again)
    restored = again.customers.table.horizontalHeader()
    assert restored.isSectionHidden(5)
    assert restored.sectionSize(1) == 333
    assert restored.visualIndex(6) == 2
    again.close()


def test_typing_searches_at_once_with_the_latest_text_only(qtbot, window, monkeypatch):
    reads: list[str] = []
    read = search.first_page

    def counted(db, query, limit):
        reads.append(query.text)
        return read(db, query, limit)

    monkeypatch.setattr(search, "first_page", counted)
    field = _find(window, QLineEdit, "search_field")
    for text in ("å", "åk", "åkess"):  # keys that arrived while the list was busy
        field.setText(text)
    assert reads == []
    QCoreApplication.processEvents()  # the next turn of the event loop, no pause waited for
    assert reads == ["åkess"]
    assert "Åkessons Rör AB" in _names(window)


def test_toolbar_and_status_bar_follow_the_tab(qtbot, window):
    create_demo_invoices(window.db, 3)
    customer_actions = [
        _find(window, QAction, name)
        for name in (
            "action_edit_customer",
            "action_deactivate_customers",
            "action_create_invoice",
            "action_new_quote",
            "action_export_vcard",
        )
    ]
    window.customers.table.selectRow(0)
    assert all(action.isEnabled() for action in customer_actions)
    window.tabs.setCurrentIndex(window.tabs.indexOf(window.invoice_list.parentWidget()))
    assert not any(action.isEnabled() for action in customer_actions)
    window.customers.table.selectRow(
        1
    )  # a selection left behind on the other tab offers nothing here
    assert not any(action.isEnabled() for action in customer_actions)
    assert _find(window, QAction, "action_new_invoice").isEnabled()
    invoices = window.findChild(QTableView, "invoice_table").model().rowCount()
    assert invoices >= 3
    assert window.status.text() == f"{invoices} invoices"
    window.tabs.setCurrentWidget(window.customers)
    assert all(action.isEnabled() for action in customer_actions)
    assert "customers" in window.status.text()
