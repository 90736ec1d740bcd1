"""Whatever a user types or a file holds, a validator gives a result or says what is wrong
(a KundbokError), never another exception."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from kundbok.domain import identifiers
from kundbok.domain.errors import KundbokError

VALIDATORS: dict[str, Callable[[str], str | None]] = {
    "org_number": identifiers.normalize_org_number,
    "personal_number": identifiers.normalize_personal_number,
    "org_or_personal (company)": lambda text: identifiers.normalize_org_or_personal(
        text, "company"
    ),
    "org_or_personal (private)": lambda text: identifiers.normalize_org_or_personal(
        text, "private"
    ),
    "vat_number": identifiers.normalize_vat_number,
    "vat_number (abroad)": lambda text: identifiers.normalize_vat_number(text, "DE"),
    "postcode": identifiers.normalize_postcode,
    "postcode (abroad)": lambda text: identifiers.normalize_postcode(text, "NO"),
    "bankgiro": identifiers.normalize_bankgiro,
    "plusgiro": identifiers.normalize_plusgiro,
    "iban": identifiers.normalize_iban,
    "bic": identifiers.normalize_bic,
    "gln": identifiers.normalize_gln,
    "email": identifiers.normalize_email,
}

# Text that looks like an identifier: digits of any script, separators, letters, signs.
IDENTIFIER_LIKE = st.text(
    alphabet=st.sampled_from("0123456789 -+./SEDKabcxyz@٣²①０９\u00a0\t\n"), max_size=30
)


def test_every_public_validator_is_covered():
    public = {
        name
        for name in dir(identifiers)
        if name.startswith(("normalize_", "check_")) and callable(getattr(identifiers, name))
    }
    covered = {f"normalize_{name.split(' ')[0]}" for name in VALIDATORS}
    assert public <= covered


@pytest.mark.parametrize("name", VALIDATORS)
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), IDENTIFIER_LIKE))
@example(text="٣٣٣٣٣٣-٣٣٣٣")
@example(text="5560360793²")
def test_arbitrary_text_gives_a_result_or_a_kundbok_error(name, text):
    try:
        result = VALIDATORS[name](text)
    except KundbokError:
        return
    assert result is None or isinstance(result, str)


@pytest.mark.parametrize("name", [name for name in VALIDATORS if name != "email"])
@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(), IDENTIFIER_LIKE))
def test_a_result_is_plain_ascii_without_control_characters(name, text):
    try:
        result = VALIDATORS[name](text)
    except KundbokError:
        return
    assert result is None or (result.isascii() and result.isprintable()), repr(result)
