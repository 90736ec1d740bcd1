"""Countries as ISO 3166 alpha-2 codes, named from CLDR (through Babel); postal addresses
are laid out in kundbok.domain.postal_address.

Babel rather than pycountry: CLDR's names are the ones people write and read ("USA",
"Storbritannien", "Tjeckien"), in every language an imported file may use, while the
iso-codes names pycountry carries are formal ("Förenade kungariket") and match little of what
other programs export.
"""

from __future__ import annotations

import re
from functools import cache

from babel import Locale
from babel.core import get_global

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

HOME_COUNTRY = "SE"
# Languages whose country names are looked for in imported data: ours first, then those of
# the neighbours and trading partners whose programs a register may come from.
NAME_LANGUAGES = ("sv", "en", "nb", "nn", "da", "fi", "de", "nl", "fr", "es", "it", "pl")
# CLDR's codes for "unknown region" and groupings that are not countries.
_NOT_COUNTRIES = frozenset({"ZZ", "EU", "EZ", "UN", "QO"})
_PUNCTUATION = re.compile(r"[\s.\-_'’()]+")


def _key(text: str) -> str:
    return _PUNCTUATION.sub("", text.casefold())


@cache
def _codes() -> frozenset[str]:
    # Territories CLDR knows languages for are the countries and dependent territories.
    known = get_global("territory_languages")
    return frozenset(
        code for code in known if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )


@cache
def _index() -> dict[str, str]:
    codes = _codes()
    index: dict[str, str] = {}
    for code in codes:
        index[_key(code)] = code
    for old, new in get_global("territory_aliases").items():
        # "UK" is GB; an alias that split into several countries cannot be resolved.
        if len(old) == 2 and old.isalpha() and len(new) == 1 and new[0] in codes:
            index.setdefault(_key(old), new[0])
    for language in NAME_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in codes:
                index.setdefault(_key(name), code)
    return index


def country_code(text: str, default: str = HOME_COUNTRY) -> str:
    """The alpha-2 code of a country written as a code or a name in a common language
    ("USA", "Deutschland", "Tyskland", "uk"); blank gives `default`; unknown raises."""
    cleaned = (text or "").strip()
    if not cleaned:
        return default
    code = _index().get(_key(cleaned))
    if code is None:
        raise ValidationError(
            "country",
            QT_TRANSLATE_NOOP("messages", "Unknown country '{country}'."),
            country=cleaned,
        )
    return code


def is_country_code(code: str) -> bool:
    """True for an alpha-2 code of a country or territory."""
    return code in _codes()


def country_name(code: str, language: str = "sv") -> str:
    """The country's name in Swedish or English ("Tyskland", "Germany"); an unknown code as
    it is."""
    name: str = Locale.parse(language if language in ("sv", "en") else "en").territories.get(
        code.upper(), code
    )
    return name


def country_names(language: str = "sv") -> list[tuple[str, str]]:
    """Every (code, name) pair sorted by name, for a country chooser."""
    territories = Locale.parse(language if language in ("sv", "en") else "en").territories
    pairs = [(code, territories.get(code, code)) for code in _codes()]
    return sorted(pairs, key=lambda pair: pair[1].casefold())
