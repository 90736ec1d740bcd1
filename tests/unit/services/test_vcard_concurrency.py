"""An import longer than the busy timeout: another user's save waits for it instead of failing."""

from __future__ import annotations

import threading
import time

import pytest

from kundbok.db import session as db_session
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.services.customers import create_customer
from kundbok.services.vcard.transfer import apply_vcard_import, preview_vcard_import

BUSY_TIMEOUT_MS = 300
HELD_SECONDS = 1.5  # five busy timeouts


@pytest.fixture
def two_users(tmp_path, monkeypatch):
    """Two connections to one SQLite file, with a short busy timeout."""
    monkeypatch.setattr(db_session, "BUSY_TIMEOUT_MS", BUSY_TIMEOUT_MS)
    path = tmp_path / "delad.sqlite3"
    importer, other = open_database(path, user="anna"), open_database(path, user="bertil")
    yield importer, other
    importer.dispose()
    other.dispose()


def _slow_import(db, path, started: threading.Event, outcome: list) -> None:
    def progress(_done: int, _total: int) -> None:
        started.set()
        time.sleep(HELD_SECONDS)  # the import holds the write lock meanwhile

    try:
        outcome.append(apply_vcard_import(db, preview_vcard_import(db, path), progress=progress))
    except Exception as error:  # reported to the test
        outcome.append(error)


def test_a_save_waits_for_an_import_longer_than_the_busy_timeout(two_users, tmp_path):
    importer, other = two_users
    told: list[str] = []
    path = tmp_path / "k.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Importerad AB\r\nEND:VCARD\r\n", newline="")
    started, outcome = threading.Event(), []
    thread = threading.Thread(target=_slow_import, args=(importer, path, started, outcome))
    thread.start()
    assert started.wait(10)
    began = time.monotonic()
    with db_session.waiting_on_this_thread(told.append, lambda: False):
        saved = create_customer(other, CustomerDetails(name="Sparad under importen AB"))
    waited = time.monotonic() - began
    thread.join(30)
    assert outcome and outcome[0].created == 1
    assert saved.number == 2  # after the import's customer: it waited, then saved
    assert waited > BUSY_TIMEOUT_MS / 1000
    assert told == ["anna"]  # the user was told why the save waits, and for whom


def test_without_an_import_the_busy_timeout_still_applies(two_users):
    holder, other = two_users
    with holder.unit_of_work() as session:  # a plain write transaction, held open
        session.connection().exec_driver_sql("UPDATE company SET name = 'x'")
        with pytest.raises(KundbokError) as raised:
            create_customer(other, CustomerDetails(name="Väntar inte AB"))
    assert "locked" in str(raised.value)
