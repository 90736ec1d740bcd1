"""Words a customer can be found by, and the words of a query, in one case-folded form.

Search is by word prefix: "and" finds "Andersson", "åke" finds "Åkesson", "0701" finds
"070-123 45 67". Words are case-folded (so Å and å are one letter) and numbers are compared by
their digits alone, whatever dashes and spaces they were written with.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+", re.UNICODE)
_NUMBER_LIKE = re.compile(r"^[\d\s\-+./()]+$")
_NOT_DIGIT = re.compile(r"[^0-9]")
MAX_TERM_LENGTH = 200


def _digits(text: str) -> str:
    return _NOT_DIGIT.sub("", text)


def text_terms(text: str) -> set[str]:
    """The words of free text (names, cities, references), case-folded."""
    folded = text.casefold()
    return {word[:MAX_TERM_LENGTH] for word in _WORD.findall(folded)}


def number_terms(text: str) -> set[str]:
    """A phone, org or personal number as its digits, also without a leading +46 or century."""
    digits = _digits(text)
    if not digits:
        return set()
    terms = {digits}
    if text.strip().startswith("+46") or digits.startswith("0046"):
        terms.add("0" + digits.removeprefix("00").removeprefix("46"))
    if len(digits) == 12 and digits[:2] in ("18", "19", "20"):
        terms.add(digits[2:])  # personal number typed without the century
    return terms


def email_terms(email: str) -> set[str]:
    """An e-mail address whole and by its parts ("anna", "byggab"), but for the top-level domain
    ("se", "com"), which would match nearly everyone."""
    folded = email.strip().casefold()
    if not folded:
        return set()
    top_level = folded.rsplit(".", 1)[-1] if "." in folded.rpartition("@")[2] else ""
    return ({folded[:MAX_TERM_LENGTH]} | text_terms(folded)) - {top_level}


def customer_terms(
    *,
    number: int,
    texts: Iterable[str],
    numbers: Iterable[str],
    emails: Iterable[str],
) -> set[str]:
    """Every term of one customer: its number, words of texts, digits of numbers, e-mails."""
    terms = {str(number)}
    for text in texts:
        terms |= text_terms(text)
    for value in numbers:
        terms |= number_terms(value)
    for email in emails:
        terms |= email_terms(email)
    terms.discard("")
    return terms


def query_words(query: str) -> list[str]:
    """The words of a search box query; a query of only digits and separators is one number."""
    query = query.strip()
    if not query:
        return []
    if _NUMBER_LIKE.match(query) and _digits(query):
        return [_digits(query)]
    words: list[str] = []
    for part in query.split():
        if _NUMBER_LIKE.match(part) and _digits(part):
            words.append(_digits(part))
        elif "@" in part:
            words.append(part.casefold())
        else:
            words.extend(_WORD.findall(part.casefold()))
    # A word that is a prefix of another adds nothing: "an anna" is "anna".
    unique = list(dict.fromkeys(words))
    return [w for w in unique if not any(o != w and o.startswith(w) for o in unique)]


def prefix_bounds(word: str) -> tuple[str, str]:
    """The half-open range [low, high) holding every string that starts with `word`."""
    return word, word[:-1] + chr(ord(word[-1]) + 1)
