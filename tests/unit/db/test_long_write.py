"""Another user's import (a long write) and the other writes: the window's thread is refused at
once, a background task waits and can be cancelled, and nothing is written half-way."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator

import pytest

from kundbok.db.migrate import open_database
from kundbok.db.session import (
    long_write_marker,
    refuse_to_wait_on_this_thread,
    sqlite_path,
    waiting_on_this_thread,
)
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import CancelledError, RegisterBusyError
from kundbok.services.customers import create_customer
from kundbok.services.search import customer_counts


def count_customers(db) -> int:
    """Every customer, active or not."""
    return sum(customer_counts(db))


class _Import:
    """anna's import, holding the register until `finish()`."""

    def __init__(self, any_db) -> None:
        url = any_db.engine.url.render_as_string(hide_password=False)
        self.db = open_database(url, user="anna")
        self._started, self._finish = threading.Event(), threading.Event()
        self._thread = threading.Thread(target=self._hold)
        self._thread.start()
        assert self._started.wait(10)

    def _hold(self) -> None:
        with self.db.long_write(), self.db.unit_of_work() as session:
            session.connection()  # holds the write lock, as an import does
            self._started.set()
            self._finish.wait(30)
            session.commit()

    def finish(self) -> None:
        self._finish.set()
        self._thread.join(30)
        self.db.dispose()


@pytest.fixture
def importing(any_db) -> Iterator[_Import]:
    running = _Import(any_db)
    yield running
    running.finish()


@pytest.fixture
def refusing() -> Iterator[None]:
    """This thread behaves as the window's: it does not wait for an import."""
    refuse_to_wait_on_this_thread()
    yield
    refuse_to_wait_on_this_thread(False)


def test_the_window_thread_is_refused_at_once_and_told_whose_import(any_db, importing, refusing):
    before = count_customers(any_db)
    began = time.monotonic()
    with pytest.raises(RegisterBusyError) as raised:
        create_customer(any_db, CustomerDetails(name="Väntar inte AB"))
    assert time.monotonic() - began < 1.0  # not the busy timeout, not the import's length
    assert raised.value.user == "anna"
    assert str(raised.value) == (
        "The register is busy with an import by anna; try again when it has finished."
    )
    assert raised.value.still_busy()
    importing.finish()
    assert not raised.value.still_busy()
    assert count_customers(any_db) == before


def test_a_waiting_write_says_whose_import_and_can_be_cancelled(any_db, importing):
    before = count_customers(any_db)
    told: list[str] = []
    cancel = threading.Event()

    def notice(user: str) -> None:
        told.append(user)
        threading.Timer(0.3, cancel.set).start()

    began = time.monotonic()
    with (
        waiting_on_this_thread(notice, cancel.is_set),
        pytest.raises(CancelledError),
    ):
        create_customer(any_db, CustomerDetails(name="Avbruten AB"))
    assert told == ["anna"]
    assert time.monotonic() - began < 2.0  # heard within a poll of the cancel
    importing.finish()
    assert count_customers(any_db) == before


def test_a_waiting_write_goes_ahead_once_the_import_has_finished(any_db, importing):
    told: list[str] = []
    threading.Timer(0.5, importing.finish).start()
    with waiting_on_this_thread(told.append, lambda: False):
        saved = create_customer(any_db, CustomerDetails(name="Efter importen AB"))
    assert told == ["anna"]
    assert saved.number is not None


def test_reading_is_not_held_up_by_an_import(any_db, importing, refusing):
    assert count_customers(any_db) >= 0


def test_a_killed_import_holds_nobody(db, refusing):
    path = sqlite_path(str(db.engine.url))
    marker = long_write_marker(path)
    dead = os.fork()
    if dead == 0:
        os._exit(0)
    os.waitpid(dead, 0)
    marker.write_text(f"{dead} anna\n", encoding="ascii")
    saved = create_customer(db, CustomerDetails(name="Efter en krasch AB"))
    assert saved.number is not None
