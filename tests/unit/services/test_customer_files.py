"""Files kept on a customer: added whole or not at all, at most 20 MB, renamed and removed with
history, opened from a copy, carried by a backup, gone with their customer."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.errors import KundbokError, NotFoundError, ValidationError
from kundbok.domain.events import EventAction
from kundbok.services import customer_files
from kundbok.services.customer_files import (
    MAX_BYTES,
    add_files,
    file_content,
    file_name_as_kept,
    list_files,
    open_copy,
    remove_file,
    rename_file,
)
from kundbok.services.customers import create_customer, delete_customer
from kundbok.services.history import customer_history
from kundbok.services.maintenance import backup_database

CONTRACT = "Avtal 2026 – Åkessons.pdf"


@pytest.fixture
def customer(any_db):
    return create_customer(any_db, CustomerDetails(name="Åkessons Rör AB"))


def _file(tmp_path, name=CONTRACT, data=b"%PDF-1.4 avtal"):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _file_events(db, customer_id):
    return [
        (event.action, event.changes["file"])
        for event in reversed(customer_history(db, customer_id))
        if str(event.action).startswith("file")
    ]


def test_added_files_are_listed_without_their_bytes_and_read_back_whole(any_db, customer, tmp_path):
    photo = bytes(range(256)) * 100
    added = add_files(
        any_db, customer.id, [_file(tmp_path), _file(tmp_path, "kök före.jpg", photo)]
    )
    assert sorted(info.name for info in added) == sorted([CONTRACT, "kök före.jpg"])
    listed = {info.name: info for info in list_files(any_db, customer.id)}
    assert listed["kök före.jpg"].size == len(photo)
    assert listed["kök före.jpg"].media_type == "image/jpeg"
    assert listed[CONTRACT].media_type == "application/pdf"
    assert listed[CONTRACT].added_by == any_db.user
    assert file_content(any_db, listed["kök före.jpg"].id) == ("kök före.jpg", photo)


def test_twenty_mb_is_kept_one_byte_more_refuses_every_file(any_db, customer, tmp_path):
    exactly = _file(tmp_path, "exakt.bin", b"x" * MAX_BYTES)
    assert MAX_BYTES == 20 * 1024 * 1024
    small = _file(tmp_path, "liten.txt", b"hej")
    too_big = _file(tmp_path, "stor film.mov", b"x" * (MAX_BYTES + 1))
    with pytest.raises(ValidationError) as refused:
        add_files(any_db, customer.id, [small, too_big])
    assert str(refused.value) == (
        "stor film.mov is 20,1 MB; a file kept on a customer may be at most 20 MB. "
        "Nothing was added."
    )
    assert list_files(any_db, customer.id) == []
    [kept] = add_files(any_db, customer.id, [exactly])
    assert kept.size == MAX_BYTES
    assert hashlib.sha256(file_content(any_db, kept.id)[1]).digest() == (
        hashlib.sha256(b"x" * MAX_BYTES).digest()
    )


def test_a_missing_file_is_a_clear_error(any_db, customer, tmp_path):
    with pytest.raises(KundbokError, match="could not be read"):
        add_files(any_db, customer.id, [tmp_path / "borta.pdf"])


def test_rename_keeps_the_extension_and_history_records_each_change(any_db, customer, tmp_path):
    [added] = add_files(any_db, customer.id, [_file(tmp_path)])
    renamed = rename_file(any_db, added.id, "  Signerat   avtal ")
    assert renamed.name == "Signerat avtal.pdf"
    assert rename_file(any_db, added.id, "Avtal.txt").name == "Avtal.txt"
    with pytest.raises(ValidationError):
        rename_file(any_db, added.id, "../etc/passwd")
    with pytest.raises(ValidationError):
        rename_file(any_db, added.id, "   ")
    remove_file(any_db, added.id)
    assert list_files(any_db, customer.id) == []
    assert _file_events(any_db, customer.id) == [
        (EventAction.FILE_ADDED, [None, CONTRACT]),
        (EventAction.FILE_RENAMED, [CONTRACT, "Signerat avtal.pdf"]),
        (EventAction.FILE_RENAMED, ["Signerat avtal.pdf", "Avtal.txt"]),
        (EventAction.FILE_REMOVED, ["Avtal.txt", None]),
    ]
    with pytest.raises(NotFoundError):
        remove_file(any_db, added.id)


def test_opening_writes_a_copy_under_the_files_name(any_db, customer, tmp_path):
    [added] = add_files(any_db, customer.id, [_file(tmp_path)])
    copy = open_copy(any_db, added.id, tmp_path)
    assert copy.name == CONTRACT
    assert copy.read_bytes() == b"%PDF-1.4 avtal"
    assert open_copy(any_db, added.id, tmp_path) != copy  # a second opening its own copy


def test_a_backup_carries_the_files(db, tmp_path):
    customer = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    add_files(db, customer.id, [_file(tmp_path)])
    backup = backup_database(db, tmp_path / "backup.sqlite3")
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name, content FROM customer_file").fetchall() == [
            (CONTRACT, b"%PDF-1.4 avtal")
        ]


def test_files_go_with_their_customer(any_db, customer, tmp_path):
    [added] = add_files(any_db, customer.id, [_file(tmp_path)])
    delete_customer(any_db, customer.id)
    with pytest.raises(NotFoundError):
        file_content(any_db, added.id)
    with pytest.raises(NotFoundError):
        add_files(any_db, customer.id, [_file(tmp_path)])


def test_an_added_files_name_is_made_safe_rather_than_refused(any_db, customer, tmp_path):
    [added] = add_files(any_db, customer.id, [_file(tmp_path, "Möte 10:30 <utkast>.pdf")])
    assert added.name == "Möte 10_30 _utkast_.pdf"
    assert open_copy(any_db, added.id, tmp_path).name == "Möte 10_30 _utkast_.pdf"


def test_only_regular_files_are_read_and_nothing_hangs(any_db, customer, tmp_path):
    (tmp_path / "zero.pdf").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "folder.pdf").mkdir()
    for name in ("zero.pdf", "pipe.pdf", "folder.pdf"):
        refusals: list[str] = []

        def add(path: Path = tmp_path / name, refused: list[str] = refusals) -> None:
            with pytest.raises(ValidationError) as error:
                add_files(any_db, customer.id, [path])
            refused.append(str(error.value))

        reader = threading.Thread(target=add, daemon=True)
        reader.start()
        reader.join(timeout=10)
        assert not reader.is_alive(), f"reading {name} hangs"
        assert refusals[0].startswith(f"{name} is not a file")
    assert list_files(any_db, customer.id) == []


def test_the_size_counts_as_the_file_is_read(db, tmp_path, monkeypatch):
    customer = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
    growing = _file(tmp_path, "växer.log", b"x" * (MAX_BYTES + 10))
    measured = os.fstat

    def measured_small(descriptor):
        real = measured(descriptor)
        return os.stat_result((real.st_mode, *real[1:6], 10, *real[7:]))  # said 10 bytes

    monkeypatch.setattr(customer_files.os, "fstat", measured_small)
    with pytest.raises(ValidationError, match="may be at most 20 MB"):
        add_files(db, customer.id, [growing])
    assert list_files(db, customer.id) == []


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("rtl\u202etxt.exe", "rtltxt.exe"),
        ("\u2066faktura\u2069.pdf", "faktura.pdf"),
        ("noll\u200bbredd.txt", "nollbredd.txt"),
        ("\x1b[31mröd.txt", "[31mröd.txt"),
        ("CON", "CON_"),
        ("con.pdf", "con_.pdf"),
        ("LPT1.txt", "LPT1_.txt"),
        ("com².tar.gz", "com²_.tar.gz"),
        ("Aux .doc", "Aux_.doc"),
        ("console.pdf", "console.pdf"),
        ("rapport.pdf. ", "rapport.pdf"),
        ("...", "_"),
    ],
)
def test_names_are_made_safe_for_every_system(name, kept):
    assert file_name_as_kept(name) == kept


def test_a_long_name_is_shortened_to_what_a_file_system_takes_keeping_its_extension(
    any_db, customer, tmp_path
):
    name = "Å" * 126 + ".pdf"  # 256 bytes in UTF-8: one too many
    kept = file_name_as_kept(name)
    assert kept == "Å" * 125 + ".pdf"
    assert len(kept.encode()) == 254
    [added] = add_files(any_db, customer.id, [_file(tmp_path, "avtal.pdf")])
    renamed = rename_file(any_db, added.id, "Ö" * 200)
    assert renamed.name.endswith(".pdf") and len(renamed.name.encode()) <= 255
    assert open_copy(any_db, added.id).read_bytes() == b"%PDF-1.4 avtal"


def test_a_rename_is_made_safe_as_an_added_name_is(any_db, customer, tmp_path):
    [added] = add_files(any_db, customer.id, [_file(tmp_path)])
    assert rename_file(any_db, added.id, "CON").name == "CON_.pdf"
    assert rename_file(any_db, added.id, "avtal\u202efdp.exe").name == "avtalfdp.exe"


def test_opened_copies_are_removed_when_the_program_ends(tmp_path):
    database = tmp_path / "filer.sqlite3"
    script = f"""
from pathlib import Path
from kundbok.db.migrate import open_database
from kundbok.domain.customer import CustomerDetails
from kundbok.services.customer_files import add_files, open_copy
from kundbok.services.customers import create_customer

db = open_database({str(database)!r})
customer = create_customer(db, CustomerDetails(name="Åkessons Rör AB"))
source = Path({str(tmp_path / "avtal.pdf")!r})
source.write_bytes(b"%PDF-1.4 avtal")
[added] = add_files(db, customer.id, [source])
copy = open_copy(db, added.id)
assert copy.read_bytes() == b"%PDF-1.4 avtal"
print(copy)
"""
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    copy = Path(result.stdout.strip())
    assert copy.name == "avtal.pdf"
    assert not copy.exists()
    assert not copy.parent.parent.exists()  # the run's folder of copies
