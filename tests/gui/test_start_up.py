"""Start-up: the list is on screen before the data layer has loaded, and then the rest loads."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget

from kundbok.app import create_main_window, run
from kundbok.db.lazy import LazyDatabase
from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.invoice_queries import list_invoices
from kundbok.services.search import (
    CustomerQuery,
    count_customers,
    customer_counts,
    search_customers,
)
from kundbok.services.start_page import read_start_page
from kundbok.ui import customer_list
from kundbok.ui.customer_list import CustomerTableModel, make_customer_table

# In a fresh interpreter, since this one has long loaded SQLAlchemy for the fixtures.
FRESH_START = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from kundbok.app import create_main_window
window = create_main_window({path!r})
assert window.model.row(0) is not None
loaded_before_paint = "sqlalchemy" in sys.modules
window.show()
while not window.database.is_open:
    app.processEvents()
print(loaded_before_paint, "sqlalchemy" in sys.modules, "kundbok.ui.customer_card" in sys.modules)
"""


def test_the_first_page_shows_before_the_database_is_opened(qtbot, database_path):
    window = create_main_window(str(database_path))
    qtbot.addWidget(window)
    assert not window.database.is_open
    db = open_database(database_path)
    assert [window.model.row(r) for r in range(3)] == search_customers(db, CustomerQuery(), 0, 3)
    active, _passive = customer_counts(db)
    akessons = count_customers(db, CustomerQuery("åkesson"))
    db.dispose()
    assert window.model.rowCount() == active
    assert f"{active} customers" in window.status.text().replace("\u00a0", " ")
    window.show()  # drawn; then the data layer loads and the database opens
    qtbot.waitUntil(lambda: window.database.is_open, timeout=10_000)
    window.search_field.setText("åkesson")
    window.apply_search()
    assert window.model.rowCount() == akessons >= 1


def test_sqlalchemy_loads_only_after_the_window_is_drawn(tmp_path, database_path):
    code = textwrap.dedent(FRESH_START.format(path=str(database_path)))
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True"]


def test_a_saved_sort_order_is_honoured_at_start(qtbot, window, database_path, monkeypatch):
    window.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    highest = window.model.row(0).number
    window.close()
    reads: list[CustomerQuery] = []

    def counted(path, query, limit):
        reads.append(query)
        return read_start_page(path, query, limit)

    monkeypatch.setattr(customer_list, "read_start_page", counted)
    again = create_main_window(str(database_path))
    assert [query.sort for query in reads] == ["number"]  # the first page is read once
    qtbot.addWidget(again)
    assert not again.database.is_open
    assert again.model.query.sort == "number" and again.model.query.descending
    assert again.model.row(0).number == highest


def test_the_list_is_not_sorted_by_a_column_nobody_chose(qtbot, database_path):
    model = CustomerTableModel(LazyDatabase(database_path))
    sorts: list[str] = []
    model.query_changed.connect(lambda: sorts.append(model.query.sort))
    table = make_customer_table(model)  # switching sorting on sorts by the header's indicator
    qtbot.addWidget(table)
    assert sorts == []  # nothing is read before the window asks for its first page
    assert model.query.sort == "name"


def test_a_new_file_is_created_and_migrated_before_the_window(qtbot, tmp_path):
    window = create_main_window(str(tmp_path / "new" / "kundbok.sqlite3"))
    qtbot.addWidget(window)
    assert window.database.is_open
    assert window.model.rowCount() == 0


def test_a_file_that_is_not_a_database_is_told_and_left_alone(qtbot, tmp_path, no_dialogs):
    _answers, asked = no_dialogs
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list\n" * 200)
    assert run(str(path)) == 2
    assert asked and asked[0][0] == "critical"
    assert str(path) in asked[0][1]
    assert path.read_bytes() == b"shopping list\n" * 200


def test_the_invoices_tab_is_read_when_first_opened(qtbot, database_path):
    db = open_database(database_path)
    create_demo_invoices(db, 7)
    invoices = len(list_invoices(db))  # a credit note among them
    db.dispose()
    window = create_main_window(str(database_path))
    qtbot.addWidget(window)
    assert window.findChild(QTableWidget, "invoice_table") is None  # not built at start
    window.tabs.setCurrentIndex(1)
    table = window.findChild(QTableWidget, "invoice_table")
    assert table is not None and table.isVisibleTo(window)
    assert table.rowCount() == invoices >= 7
