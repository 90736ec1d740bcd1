"""BgMax: fixed-width records in ISO-8859-1, amounts in öre, the reference code decides."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from bank_file_samples import Giro, bgmax

from kundbok.domain.bank_files import BankFileError, BankFileFormat, read_bank_file
from kundbok.i18n import error_text, load_translator


def test_payments_take_date_and_currency_from_their_deposit():
    data = bgmax(
        [
            Giro(125000, "1000017", 2, "1", name="Åsa Öberg"),
            Giro(40000, "Faktura 1002", 4, "2", information="Delbetalning"),
            Giro(99, "99999999", 5, "3"),
            Giro(5000, "", 1, "4", name="Bo Berg"),
        ]
    )
    read = read_bank_file(data)
    assert read.source_format is BankFileFormat.BGMAX
    assert read.version == "01"
    assert [
        (p.amount, p.reference, p.unstructured, p.payer_name, p.transaction_id)
        for p in read.payments
    ] == [
        (Decimal("1250.00"), "1000017", "", "Åsa Öberg", "000000000001"),
        (Decimal("400.00"), None, "Faktura 1002 Delbetalning", "", "000000000002"),
        (Decimal("0.99"), None, "99999999", "", "000000000003"),
        (Decimal("50.00"), None, "", "Bo Berg", "000000000004"),
    ]
    assert {(p.booking_date, p.currency) for p in read.payments} == {(dt.date(2026, 3, 2), "SEK")}


def test_a_file_saved_again_as_utf8_reads_the_same():
    data = bgmax([Giro(100, "26", 2, name="Åsa Öberg")])
    again = data.decode("iso-8859-1").encode("utf-8")
    assert read_bank_file(again) == read_bank_file(data)


def test_leading_zeros_of_an_ocr_are_not_part_of_it():
    data = bgmax([Giro(100, "00000001000017", 2)])
    assert read_bank_file(data).payments[0].reference == "1000017"


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (bgmax([Giro(100, "26")], count=2), "number of payments"),
        (bgmax([Giro(100, "26")], date="20261399"), "payment date"),
        (
            bgmax([Giro(100, "26")]).replace(
                b"00001000000000000000100", b"00001000000000000000101"
            ),
            "deposit",
        ),
        (bgmax([Giro(100, "26")]).replace(b"000000000000000100", b"00000000000000010X"), "amount"),
        (bgmax([Giro(100, "26")]).rsplit(b"\r\n70", 1)[0], "end record"),
        (bgmax([Giro(100, "26")]).replace(b"\r\n15", b"\r\n99"), "unknown record"),
        (bgmax([Giro(100, "26")]).replace(b"\r\n05", b"\r\n06"), "unknown record"),
    ],
)
def test_a_damaged_file_says_where(data, says):
    with pytest.raises(BankFileError) as raised:
        read_bank_file(data)
    assert says in str(raised.value)
    assert "line" in str(raised.value)


def test_the_message_reaches_the_user_in_swedish():
    load_translator("sv")
    try:
        with pytest.raises(BankFileError) as raised:
            read_bank_file(bgmax([Giro(100, "26")], count=2))
        assert error_text(raised.value) == (
            "BgMax-filen är skadad på rad 5: antalet betalningar stämmer inte med slutposten."
        )
    finally:
        load_translator("en")


def test_a_deduction_lowers_the_deposit_but_is_no_payment():
    data = bgmax([Giro(100000, "1000017")]).decode("iso-8859-1")
    deduction = f"210000000000{'1000025':<25}{20000:018d}21{'000000000009':>12}0".ljust(80)
    data = data.replace("\r\n15", f"\r\n{deduction}\r\n15", 1).replace(
        f"{100000:018d}SEK", f"{80000:018d}SEK"
    )
    read = read_bank_file(data.encode("iso-8859-1"))
    assert [(p.amount, p.reference) for p in read.payments] == [(Decimal("1000.00"), "1000017")]


def test_an_amount_beyond_the_limit_is_refused_naming_its_line():
    data = bgmax([Giro(100, "26"), Giro(100_000_000_001, "26", serial="2")])
    with pytest.raises(BankFileError) as raised:
        read_bank_file(data)
    assert str(raised.value) == (
        "The BgMax file cannot be read: line 4 has the amount 1000000000.01, "
        "larger than the largest amount taken."
    )


def test_a_payment_of_nothing_names_its_line():
    data = bgmax([Giro(100, "26"), Giro(0, "26", serial="2")])
    with pytest.raises(BankFileError) as raised:
        read_bank_file(data)
    assert str(raised.value) == "The BgMax file cannot be read: line 4 has the amount 0.00."
