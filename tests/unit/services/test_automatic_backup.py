"""The daily backup: a verified copy in the chosen folder, the old ones thinned out, a missing
folder refused, and nobody else's files touched."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import NotFoundError
from kundbok.services.automatic_backup import backup_is_overdue, make_daily_backup
from kundbok.services.customers import create_customer


def _customers(path):
    with sqlite3.connect(path) as connection:
        return connection.execute("select name from customer").fetchall()


def test_a_month_of_closing_keeps_ten_copies_and_other_files(db, tmp_path):
    create_customer(db, CustomerDetails(name="Ödmans Bageri AB"))
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "semester.jpg").write_bytes(b"not ours")
    last = dt.date(2026, 12, 6)
    for n in reversed(range(30)):
        made = make_daily_backup(db, folder, last - dt.timedelta(days=n))
    assert made.name.endswith("-2026-12-06.sqlite3")
    assert _customers(made) == [("Ödmans Bageri AB",)]
    names = sorted(path.name for path in folder.iterdir())
    assert "semester.jpg" in names
    assert len([name for name in names if name.endswith(".sqlite3")]) == 10
    assert not [name for name in names if name.endswith(".partial")]


def test_a_folder_that_is_not_there_is_refused(db, tmp_path):
    with pytest.raises(NotFoundError, match="not there"):
        make_daily_backup(db, tmp_path / "unplugged")


def test_a_week_without_a_good_backup_is_overdue():
    now = dt.datetime(2026, 12, 7, 9)
    assert backup_is_overdue(None, now)
    assert backup_is_overdue(now - dt.timedelta(days=7), now)
    assert not backup_is_overdue(now - dt.timedelta(days=6, hours=23), now)
