"""The SMTP password: in the system keyring, never in the database, the settings or the log.

Where the machine has no keyring, the GUI asks once and the password is kept in memory for the
session; the command line reads it from KUNDBOK_SMTP_PASSWORD.
"""

from __future__ import annotations

import contextlib
import os

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

SERVICE = "Kundbok"
PASSWORD_VARIABLE = "KUNDBOK_SMTP_PASSWORD"

# Passwords given this session where the keyring could not keep them, by keyring user name.
_session_passwords: dict[str, str] = {}


def _key(host: str, user: str) -> str:
    # One entry per server and user: a company may change its mail provider.
    return f"smtp:{user}@{host}"


def smtp_password(host: str, user: str) -> str | None:
    """The SMTP password of `user` on `host`: keyring, then this session, then the environment."""
    try:
        saved = keyring.get_password(SERVICE, _key(host, user))
    except KeyringError:
        saved = None
    if saved:
        return saved
    return _session_passwords.get(_key(host, user)) or os.environ.get(PASSWORD_VARIABLE) or None


def save_smtp_password(host: str, user: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is none (then for this session only)."""
    try:
        keyring.set_password(SERVICE, _key(host, user), password)
    except KeyringError:
        _session_passwords[_key(host, user)] = password
        return False
    _session_passwords.pop(_key(host, user), None)
    return True


def delete_smtp_password(host: str, user: str) -> None:
    """Forget the password, in the keyring and in this session; no error when there is none."""
    _session_passwords.pop(_key(host, user), None)
    with contextlib.suppress(PasswordDeleteError, KeyringError):
        keyring.delete_password(SERVICE, _key(host, user))
