"""One translation mechanism for every layer: Qt's, with English source texts.

The GUI installs the translator on the application; the command line uses the same catalogue
without an application. Errors from the domain and the services carry English message ids in the
``messages`` context, translated here.
"""

from __future__ import annotations

import locale
import os
from importlib import resources

from PySide6.QtCore import QLocale, QTranslator

from kundbok.domain.errors import MESSAGE_CONTEXT, KundbokError

LANGUAGES = ("sv", "en")
LANGUAGE_KEY = "language"  # in the user's settings: "sv", "en" or "system"
_translator: QTranslator | None = None


def translations_folder() -> str:
    return str(resources.files("kundbok.resources") / "translations")


def system_language() -> str:
    """ "sv" or "en" from the environment or the system locale; Swedish users get Swedish."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(variable, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "sv" if value.lower().startswith("sv") else "en"
    name = QLocale.system().name() or (locale.getlocale()[0] or "")
    return "sv" if name.lower().startswith("sv") else "en"


def load_translator(language: str) -> QTranslator | None:
    """Make `language` the one used by `translate`; returns the translator to install on a
    QApplication (None for English, the source language)."""
    global _translator
    _translator = None
    if language == "en":
        return None
    translator = QTranslator()
    if translator.load(f"kundbok_{language}", translations_folder()):
        _translator = translator
    return _translator


def current_language() -> str:
    """The language the interface is shown in: "sv" or "en"."""
    return "en" if _translator is None else "sv"


def number_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale numbers, money and dates are shown in: the system's, except that Swedish
    chosen on a system of another language writes them the Swedish way too (45,00, not 45.00)."""
    system = system or QLocale.system()
    if language == "sv" and system.language() != QLocale.Language.Swedish:
        return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    return system


def translate(context: str, text: str) -> str:
    """`text` in the chosen language, or as it is when there is no translation."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def _value_text(value: object) -> object:
    if isinstance(value, KundbokError):
        return error_text(value)
    if isinstance(value, str):
        return translate(MESSAGE_CONTEXT, value)
    if isinstance(value, tuple) and all(isinstance(item, str) for item in value):
        return ", ".join(translate(MESSAGE_CONTEXT, item) for item in value)
    return value


def error_text(error: KundbokError) -> str:
    """The user's-language message of an error, with its values filled in: values that are
    message ids themselves (the name of an identifier) or errors are translated too, and a
    tuple of message ids becomes one list, each translated."""
    values = {name: _value_text(value) for name, value in error.values.items()}
    return translate(MESSAGE_CONTEXT, error.message).format(**values)
