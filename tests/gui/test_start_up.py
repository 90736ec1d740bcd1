"""Start-up: the window shows at once saying the register is opening, then one deferred step
opens the database and the list reads its first page through the search service."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QTableView
from tests.helpers.shortcuts import count_customers

from kundbok import app
from kundbok.app import create_main_window, run
from kundbok.cli import main
from kundbok.db import revision
from kundbok.db.migrate import open_database
from kundbok.db.revision import SchemaState
from kundbok.services import search
from kundbok.services.demo_data import create_demo_invoices
from kundbok.services.invoice_queries import list_invoices
from kundbok.services.search import CustomerQuery, search_customers
from kundbok.ui.customer_list import CustomerTableModel, make_customer_table
from kundbok.ui.main_window import MainWindow

# In a fresh interpreter, since this one has long loaded SQLAlchemy for the fixtures: the real
# run(), with the deferred step watched.
FRESH_START = """
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
qt = QApplication([])
from kundbok import app
seen = ["sqlalchemy" in sys.modules]
opened = app.open_register

def watched(window, database, state):
    seen.extend([window.isVisible(), window.customers.table.notice(), "sqlalchemy" in sys.modules])
    opened(window, database, state)
    seen.extend([window.customers.model.row(0) is not None, window.customers.table.notice()])
    QCoreApplication.exit(0)

app.open_register = watched
status = app.run({path!r})
print(repr((status, *seen)))
"""


@pytest.fixture
def newer_database(tmp_path) -> tuple[Path, bytes]:
    """A database file as a later Kundbok, with a schema revision unknown here, left it."""
    path = tmp_path / "later" / "kundbok.sqlite3"
    path.parent.mkdir()
    open_database(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_later'")
    connection.close()
    return path, path.read_bytes()


def test_the_window_says_the_register_is_opening_until_it_is_open(qtbot, database_path):
    window = MainWindow(QSettings())
    qtbot.addWidget(window)
    assert window.customers.table.notice() == "Opening the customer register…"
    assert window.customers.model.rowCount() == 0 and not window.is_open
    assert not window.main_actions.action("action_new_customer").isEnabled()
    assert not window.main_actions.action("action_new_invoice").isEnabled()
    assert not window.tabs.isTabEnabled(2)
    db = open_database(database_path)
    window.show_register(db)
    assert window.customers.table.notice() == ""
    assert [window.customers.model.row(r) for r in range(3)] == search_customers(
        db, CustomerQuery(), 0, 3
    )
    assert window.main_actions.action(
        "action_new_customer"
    ).isEnabled() and window.tabs.isTabEnabled(2)
    assert "customers" in window.status.text()
    db.dispose()


def test_a_search_typed_while_opening_is_answered_once_open(qtbot, database_path, type_into):
    window = MainWindow(QSettings())
    qtbot.addWidget(window)
    type_into(window.customers.search_field, "åkesson")
    qtbot.waitUntil(lambda: window.customers.model.query.text == "åkesson")
    assert window.customers.model.rowCount() == 0
    db = open_database(database_path)
    window.show_register(db)
    assert window.customers.model.rowCount() == count_customers(db, CustomerQuery("åkesson")) >= 1
    db.dispose()


def test_run_shows_the_window_before_the_data_layer_loads(tmp_path, database_path):
    code = textwrap.dedent(FRESH_START.format(path=str(database_path)))
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    # Not loaded at start; the window on screen, saying so, when the deferred step begins; then
    # the first page is there and the notice gone.
    assert result.stdout.strip() == repr(
        (0, False, True, "Opening the customer register…", False, True, "")
    )


def test_a_saved_sort_order_is_honoured_and_the_first_page_read_once(
    qtbot, window, database_path, monkeypatch
):
    window.customers.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    highest = window.customers.model.row(0).number
    window.close()
    reads: list[CustomerQuery] = []
    read = search.first_page

    def counted(db, query, limit):
        reads.append(query)
        return read(db, query, limit)

    monkeypatch.setattr(search, "first_page", counted)
    again = create_main_window(str(database_path))
    qtbot.addWidget(again)
    assert [(query.sort, query.descending) for query in reads] == [("number", True)]
    assert again.customers.model.row(0).number == highest


def test_the_list_is_not_sorted_by_a_column_nobody_chose(qtbot):
    model = CustomerTableModel()
    sorts: list[str] = []
    model.query_changed.connect(lambda: sorts.append(model.query.sort))
    table = make_customer_table(model)  # switching sorting on sorts by the header's indicator
    qtbot.addWidget(table)
    assert sorts == []  # nothing is read before the database is given
    assert model.query.sort == "name"


def test_only_an_older_database_is_opened_under_the_upgrade_notice(
    qtbot, database_path, monkeypatch
):
    shown: list[bool] = []

    class Notice:
        def close(self) -> None:
            shown.append(False)

    def notice() -> Notice:
        shown.append(True)
        return Notice()

    monkeypatch.setattr(app, "show_upgrade_notice", notice)
    window = MainWindow(QSettings())
    qtbot.addWidget(window)
    app.open_register(window, str(database_path), SchemaState.CURRENT)
    assert shown == []
    app.open_register(window, str(database_path), SchemaState.OLDER)
    assert shown == [True, False]


def test_the_file_is_probed_once(qtbot, database_path, monkeypatch):
    probes: list[Path] = []
    read = revision.file_revision

    def counted(path: Path) -> str | None:
        probes.append(path)
        return read(path)

    monkeypatch.setattr(revision, "file_revision", counted)
    window = create_main_window(str(database_path))
    qtbot.addWidget(window)
    assert probes == [database_path]


def test_a_new_file_is_created_and_migrated(qtbot, tmp_path):
    window = create_main_window(str(tmp_path / "kundbok.sqlite3"))
    qtbot.addWidget(window)
    assert window.is_open
    assert window.customers.model.rowCount() == 0


def test_once_open_the_window_waits_little_for_python_s_lock(qtbot, tmp_path):
    default = sys.getswitchinterval()
    sys.setswitchinterval(0.005)
    try:
        window = create_main_window(str(tmp_path / "kundbok.sqlite3"))
        qtbot.addWidget(window)
        assert sys.getswitchinterval() == pytest.approx(app.SWITCH_INTERVAL)
        assert app.SWITCH_INTERVAL < 0.005
    finally:
        sys.setswitchinterval(default)


def _longest_wait_beside(worker_work: Callable[[], object], seconds: float) -> float:
    """The longest this thread waits between ticks of 1 ms while a worker runs `worker_work`
    over and over."""
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            worker_work()

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        longest, last = 0.0, time.perf_counter()
        end = last + seconds
        while last < end:
            time.sleep(0.001)
            now = time.perf_counter()
            longest, last = max(longest, now - last), now
    finally:
        stop.set()
        thread.join()
    return longest


def test_the_window_s_thread_gets_python_s_lock_from_a_worker_that_lets_go_of_it_often():
    """A worker that lets go of the lock and takes it back every few tens of microseconds
    (each row SQLite steps through, each os.urandom) restarts the waiting thread's wait each
    time: at 0.0002 s the window waited 0.17–0.7 s here."""

    def letting_go_often() -> None:
        os.urandom(16)  # lets go of the lock for the system call
        for _ in range(3_000):  # then some Python, a few tens of microseconds
            pass

    default = sys.getswitchinterval()
    sys.setswitchinterval(app.SWITCH_INTERVAL)
    try:
        longest = _longest_wait_beside(letting_go_often, seconds=1.0)
    finally:
        sys.setswitchinterval(default)
    assert longest < 0.1, f"waited {longest * 1000:.0f} ms for the lock"


# The app's event loop runs and is ended here: in a fresh interpreter, since a QApplication
# whose loop has ended starts no more work off its thread, and the tests after these do.
ENDED_START = """
from PySide6.QtWidgets import QApplication, QMessageBox
qt = QApplication([])
from kundbok import app
asked = []
QMessageBox.critical = staticmethod(lambda *args, **kwargs: asked.append(str(args[2])))
status = app.run({path!r})
print(repr((status, asked)))
"""


def _ended_start(tmp_path: Path, path: Path) -> tuple[int, list[str]]:
    """The app's run on `path` in a fresh interpreter: its exit status and the critical
    messages it showed."""
    code = textwrap.dedent(ENDED_START.format(path=str(path)))
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path), "PATH": ""}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    status, asked = eval(result.stdout.strip().splitlines()[-1])
    return status, asked


def test_a_file_that_is_not_a_database_is_told_and_left_alone(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_bytes(b"shopping list\n" * 200)
    status, asked = _ended_start(tmp_path, path)
    assert status == 2
    assert len(asked) == 1 and str(path) in asked[0]
    assert path.read_bytes() == b"shopping list\n" * 200


def test_a_folder_that_cannot_be_made_is_told_and_the_app_ends(tmp_path):
    (tmp_path / "plain file").write_text("not a folder")
    status, asked = _ended_start(tmp_path, tmp_path / "plain file" / "kundbok.sqlite3")
    assert status == 2 and len(asked) == 1


def test_a_database_of_a_newer_version_is_refused_untouched(qtbot, newer_database, no_dialogs):
    _answers, asked = no_dialogs
    path, before = newer_database
    assert run(str(path)) == 2
    assert [kind for kind, _text in asked] == ["critical"]
    assert "0099_later" in asked[0][1] and str(path) in asked[0][1]
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no backup, no -wal
    assert main(["--database", str(path)]) == 2  # started from the command line alike
    assert [kind for kind, _text in asked] == ["critical", "critical"]
    assert path.read_bytes() == before


def test_the_invoices_tab_is_read_when_first_opened(qtbot, database_path):
    db = open_database(database_path)
    create_demo_invoices(db, 7)
    invoices = len(list_invoices(db))  # a credit note among them
    db.dispose()
    window = create_main_window(str(database_path))
    qtbot.addWidget(window)
    assert window.findChild(QTableView, "invoice_table") is None  # not built at start
    window.tabs.setCurrentIndex(2)  # Overview, Customers, Invoices
    table = window.findChild(QTableView, "invoice_table")
    assert table is not None and table.isVisibleTo(window)
    assert table.model().rowCount() == invoices >= 7
