"""The SMTP password: keyring first, then this session, then KUNDBOK_SMTP_PASSWORD."""

from __future__ import annotations

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

from kundbok.services.mail import secrets
from kundbok.services.mail.secrets import (
    PASSWORD_VARIABLE,
    SERVICE,
    delete_smtp_password,
    save_smtp_password,
    smtp_password,
)


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
        if self.entries.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def no_password_around(monkeypatch):
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(secrets, "_session_passwords", {})
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring():
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    return backend


@pytest.fixture
def no_keyring():
    keyring.set_keyring(fail.Keyring())


def test_password_round_trip_through_the_keyring(memory_keyring):
    assert smtp_password("smtp.example.se", "faktura") is None
    assert save_smtp_password("smtp.example.se", "faktura", "hemligt å")
    assert smtp_password("smtp.example.se", "faktura") == "hemligt å"
    assert list(memory_keyring.entries) == [(SERVICE, "smtp:faktura@smtp.example.se")]
    assert smtp_password("smtp.other.se", "faktura") is None
    delete_smtp_password("smtp.example.se", "faktura")
    assert smtp_password("smtp.example.se", "faktura") is None
    delete_smtp_password("smtp.example.se", "faktura")  # nothing left: no error


def test_keyring_wins_over_the_environment(memory_keyring, monkeypatch):
    monkeypatch.setenv(PASSWORD_VARIABLE, "från miljön")
    assert smtp_password("smtp.example.se", "faktura") == "från miljön"
    save_smtp_password("smtp.example.se", "faktura", "från nyckelringen")
    assert smtp_password("smtp.example.se", "faktura") == "från nyckelringen"


def test_without_keyring_the_password_lasts_the_session(no_keyring):
    assert not save_smtp_password("smtp.example.se", "faktura", "hemligt")
    assert smtp_password("smtp.example.se", "faktura") == "hemligt"
    delete_smtp_password("smtp.example.se", "faktura")
    assert smtp_password("smtp.example.se", "faktura") is None


def test_without_keyring_the_environment_gives_it(no_keyring, monkeypatch):
    monkeypatch.setenv(PASSWORD_VARIABLE, "från miljön")
    assert smtp_password("smtp.example.se", "faktura") == "från miljön"
    monkeypatch.setenv(PASSWORD_VARIABLE, "")
    assert smtp_password("smtp.example.se", "faktura") is None
