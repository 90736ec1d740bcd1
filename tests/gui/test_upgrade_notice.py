"""Opening a database of an older version says so while it is brought up to date."""

from __future__ import annotations

from kundbok.app import create_main_window
from kundbok.db.revision import HEAD_REVISION
from kundbok.services.start_page import schema_revision
from kundbok.ui.upgrade_notice import show_upgrade_notice


def test_an_older_database_shows_the_notice_until_it_is_upgraded(
    qtbot, tmp_path, database_of_revision
):
    path = tmp_path / "old.sqlite3"
    database_of_revision(path, "0001").dispose()
    notice = show_upgrade_notice(str(path))
    assert notice is not None
    qtbot.addWidget(notice)
    assert notice.isVisible()
    assert "backup copy" in notice.message()
    window = create_main_window(str(path))  # upgrades, with a backup first
    qtbot.addWidget(window)
    notice.close()
    assert schema_revision(path) == HEAD_REVISION
    assert len(list(tmp_path.glob("old.backup-*"))) == 1


def test_no_notice_for_a_current_new_or_foreign_file(tmp_path, database_path):
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"shopping list\n" * 100)
    assert show_upgrade_notice(str(database_path)) is None
    assert show_upgrade_notice(str(tmp_path / "new.sqlite3")) is None
    assert show_upgrade_notice(str(foreign)) is None
