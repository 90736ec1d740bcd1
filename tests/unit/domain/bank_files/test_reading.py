"""Any bytes at all give a bank file or a message the user can read, never a traceback."""

from __future__ import annotations

import contextlib

import pytest
from bank_file_samples import CAMT_08, Giro, Sent, bgmax, camt054
from hypothesis import given, settings
from hypothesis import strategies as st

from kundbok.domain.bank_files import BankFileError, BankFileFormat, read_bank_file
from kundbok.domain.errors import KundbokError


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"Datum;Belopp\n2026-03-02;100\n", "neither"),
        (b"\x00\x01\x02", "neither"),
    ],
)
def test_what_is_not_a_bank_file_is_refused(data, says):
    with pytest.raises(BankFileError, match=says):
        read_bank_file(data)


def test_the_format_is_told_by_the_content():
    xml = camt054(CAMT_08, [[Sent("1.00")]])
    assert read_bank_file(b"\xef\xbb\xbf" + xml).source_format is BankFileFormat.CAMT054
    utf16 = xml.decode().replace('encoding="UTF-8"', 'encoding="UTF-16"').encode("utf-16")
    assert read_bank_file(utf16).source_format is BankFileFormat.CAMT054
    assert read_bank_file(bgmax([Giro(1, "26")])).source_format is BankFileFormat.BGMAX


def _read_or_refuse(data: bytes) -> None:
    with contextlib.suppress(KundbokError):
        read_bank_file(data)


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_a_file_or_a_refusal(data):
    _read_or_refuse(data)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 2000), st.binary(min_size=1, max_size=3))
def test_damaged_real_files_give_a_file_or_a_refusal(at, junk):
    for whole in (camt054(CAMT_08, [[Sent("1.00", ocr="26")]]), bgmax([Giro(100, "26")])):
        position = at % len(whole)
        _read_or_refuse(whole[:position] + junk + whole[position + len(junk) :])
        _read_or_refuse(whole[:position])
