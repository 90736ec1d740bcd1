"""Opening a database of an older version says so while it is brought up to date."""

from __future__ import annotations

from kundbok.app import create_main_window
from kundbok.db.revision import SchemaState, probe
from kundbok.ui.upgrade_notice import show_upgrade_notice


def test_the_notice_says_a_backup_is_made(qtbot):
    notice = show_upgrade_notice()
    qtbot.addWidget(notice)
    assert notice.isVisible()
    assert "backup copy" in notice.message()
    notice.close()


def test_an_older_database_is_upgraded_with_a_backup(qtbot, tmp_path, database_of_revision):
    path = tmp_path / "old.sqlite3"
    database_of_revision(path, "0001").dispose()
    assert probe(path) == (SchemaState.OLDER, "0001")
    window = create_main_window(str(path))
    qtbot.addWidget(window)
    assert probe(path)[0] is SchemaState.CURRENT
    assert len(list(tmp_path.glob("old.backup-*"))) == 1


def test_a_current_new_or_foreign_file_is_not_taken_for_an_older_one(tmp_path, database_path):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"shopping list\n" * 100)
    assert probe(database_path)[0] is SchemaState.CURRENT
    assert probe(tmp_path / "new.sqlite3")[0] is SchemaState.UNKNOWN
    assert probe(foreign)[0] is SchemaState.UNKNOWN
    assert not (tmp_path / "new.sqlite3").exists()
