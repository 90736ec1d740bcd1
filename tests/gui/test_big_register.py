"""A register of 100,000 customers scrolls to the end without being loaded whole."""

from __future__ import annotations

import pytest

from kundbok.app import create_main_window
from kundbok.db.migrate import open_database
from kundbok.services.demo_data import create_demo_customers
from kundbok.ui.customer_list import PAGE_SIZE, PAGES_KEPT

CUSTOMERS = 100_000


@pytest.fixture(scope="module")
def big_register(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.sqlite3"
    db = open_database(path)
    create_demo_customers(db, CUSTOMERS)
    db.dispose()
    return path


def test_scrolling_to_the_end_loads_only_a_few_pages(qtbot, big_register):
    window = create_main_window(str(big_register))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.customers)  # the window opens on the overview
    model = window.customers.model
    assert model.rowCount() > 0.9 * CUSTOMERS  # every active customer is a row …
    assert model.loaded_pages() == 1  # … but only the first page is read
    window.customers.table.scrollToBottom()
    last = model.rowCount() - 1
    qtbot.waitUntil(lambda: model.row(last) is not None, timeout=5000)
    assert model.index(last, 1).data() == model.row(last).name
    window.customers.table.scrollToTop()
    qtbot.waitUntil(lambda: model.row(0) is not None, timeout=5000)
    assert model.loaded_pages() <= PAGES_KEPT
    assert model.loaded_pages() * PAGE_SIZE < model.rowCount() / 50
    window.close()
