"""One catalogue for every layer: the UI's texts and the services' messages in Swedish."""

from __future__ import annotations

import pytest

from kundbok.domain.errors import ValidationError
from kundbok.domain.identifiers import normalize_org_number
from kundbok.i18n import error_text, load_translator, system_language, translate


def test_messages_from_the_services_in_swedish(swedish):
    with pytest.raises(ValidationError) as raised:
        normalize_org_number("556036-0794")
    assert error_text(raised.value) == (
        "Fel kontrollsiffra i organisationsnumret: en siffra är felskriven."
    )


def test_english_is_the_source_text():
    load_translator("en")
    with pytest.raises(ValidationError) as raised:
        normalize_org_number("556036-079")
    assert error_text(raised.value) == "The organisation number has the wrong number of digits."


def test_ui_texts_in_swedish(swedish):
    assert translate("CustomerBrowser", "Show passive") == "Visa passiva"
    assert translate("MainActions", "Deactivate selected customers") == "Inaktivera valda kunder"


@pytest.mark.parametrize(("lang", "expected"), [("sv_SE.UTF-8", "sv"), ("en_GB.UTF-8", "en")])
def test_language_follows_the_environment(monkeypatch, lang, expected):
    for variable in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)
    assert system_language() == expected


def test_swedish_chosen_on_an_english_system_writes_numbers_the_swedish_way():
    from PySide6.QtCore import QLocale

    from kundbok.i18n import number_locale

    english = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    assert number_locale("sv", english).toString(45.5, "f", 2) == "45,50"
    assert number_locale("en", english).toString(45.5, "f", 2) == "45.50"
    swedish = QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)
    assert number_locale("en", swedish) == swedish  # the system's format is kept
