"""The settings dialog's e-mail page: the account to the database, the password to the keyring."""

from __future__ import annotations

import threading

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from helpers.smtp_server import MailboxHandler, running_smtp_server
from kundbok.services.mail import secrets
from kundbok.services.mail.settings import get_smtp_account, save_smtp_account
from kundbok.services.mail.smtp import Security, SmtpAccount
from kundbok.ui.mail_settings_page import MailSettingsPage
from kundbok.ui.settings_dialog import SettingsDialog


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring(monkeypatch):
    monkeypatch.delenv(secrets.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(secrets, "_session_passwords", {})
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def dialog(qtbot, db, tmp_path):
    settings = QSettings(str(tmp_path / "kundbok.ini"), QSettings.Format.IniFormat)
    shown = SettingsDialog(db, settings)
    qtbot.addWidget(shown)
    return shown


def test_the_account_is_saved_and_the_password_goes_to_the_keyring(
    dialog, db, memory_keyring, tmp_path, wait_for_tasks
):
    page = dialog.mail_page
    page.field_host.setText("smtp.example.se")
    page.field_security.setCurrentIndex(page.field_security.findData("tls"))
    assert page.field_port.value() == 465
    page.field_user.setText("faktura@example.se")
    page.field_password.setText("hemligt lösen")
    page.field_sender_address.setText("faktura@example.se")
    page.field_copy.setChecked(True)
    dialog.save()
    wait_for_tasks()
    account = get_smtp_account(db)
    assert (account.host, account.security, account.port) == ("smtp.example.se", Security.TLS, 465)
    assert account.copy_to_sender
    assert list(memory_keyring.entries.values()) == ["hemligt lösen"]
    dialog._settings.sync()
    # Neither the database nor the program settings hold the password.
    assert all(b"hemligt" not in path.read_bytes() for path in tmp_path.iterdir() if path.is_file())


def _log_in(page, password: str) -> bool:
    """Fill in an account with this password and save the page."""
    page.field_host.setText("smtp.example.se")
    page.field_user.setText("faktura")
    page.field_password.setText(password)
    page.field_sender_address.setText("faktura@example.se")
    return page.save()


def test_a_changed_login_forgets_the_old_password(dialog, db, memory_keyring, wait_for_tasks):
    page = dialog.mail_page
    assert _log_in(page, "gammalt")
    wait_for_tasks()
    page.field_password.clear()
    page.field_host.setText("smtp.annan.se")
    assert page.save()
    wait_for_tasks()
    assert memory_keyring.entries == {}
    page.field_password.setText("nytt")
    assert page.save()
    wait_for_tasks()
    assert list(memory_keyring.entries.values()) == ["nytt"]


def test_without_a_keyring_the_page_says_the_password_lasts_the_session(
    dialog, monkeypatch, no_dialogs, wait_for_tasks
):
    from keyring.backends import fail

    monkeypatch.delenv(secrets.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(secrets, "_session_passwords", {})
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert _log_in(dialog.mail_page, "hemligt")
        wait_for_tasks()
    finally:
        keyring.set_keyring(previous)
    _answers, asked = no_dialogs
    assert [kind for kind, _text in asked] == ["information"]
    assert "no keyring" in asked[0][1]
    assert secrets.smtp_password("smtp.example.se", "faktura") == "hemligt"


def test_a_bad_sender_is_told_and_the_dialog_stays(dialog, db, monkeypatch, memory_keyring):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args, **kw: warnings.append(args[2]))
    dialog.mail_page.field_sender_address.setText("faktura")
    dialog.save()
    assert warnings and "not an e-mail address" in warnings[0]
    assert dialog.result() == 0


def test_test_connection_reaches_the_server(dialog, monkeypatch, memory_keyring, wait_for_tasks):
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args, **kw: told.append(args[2]))
    page = dialog.mail_page
    with running_smtp_server(MailboxHandler()) as server:
        page.field_host.setText("127.0.0.1")
        page.field_security.setCurrentIndex(page.field_security.findData("none"))
        page.field_port.setValue(server.port)
        page.field_sender_address.setText("faktura@example.se")
        page.test_connection()
        wait_for_tasks()
    assert told == ["The connection to 127.0.0.1 works."]


def test_the_keyring_is_read_off_the_window_thread(qtbot, db, memory_keyring, wait_for_tasks):
    save_smtp_account(db, SmtpAccount(host="smtp.example.se", user="faktura@example.se"))
    memory_keyring.set_password("Kundbok", "smtp:faktura@example.se@smtp.example.se", "lösen")
    readers: list[threading.Thread] = []
    get_password = memory_keyring.get_password

    def reading(service, username):
        readers.append(threading.current_thread())
        return get_password(service, username)

    memory_keyring.get_password = reading
    page = MailSettingsPage(db)
    qtbot.addWidget(page)
    assert page.field_password.placeholderText() == ""  # the page is up before the keyring
    wait_for_tasks()
    assert page.field_password.placeholderText() == "Saved; type to change"
    assert readers and threading.main_thread() not in readers
