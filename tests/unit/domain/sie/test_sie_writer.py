"""SIE 4I: a header the bookkeeping accepts, CP437, quoted texts, balanced vouchers only."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from strict_sie_reader import read_sie, tokens

from kundbok.domain.sie.vouchers import BAS_ACCOUNT_NAMES
from kundbok.domain.sie.writer import (
    Company,
    Transaction,
    UnbalancedVoucherError,
    Voucher,
    quoted,
    write_sie4i,
)

DAY = dt.date(2026, 3, 2)
COMPANY = Company('Åkes "Bästa" Bygg AB', "556036-0793")


def voucher(*lines: tuple[str, str], text: str = "Faktura 1001") -> Voucher:
    return Voucher(
        "A", 1, DAY, text, tuple(Transaction(acc, Decimal(amount)) for acc, amount in lines)
    )


def test_header_accounts_and_vouchers():
    data = write_sie4i(
        [
            voucher(("1510", "1250"), ("3001", "-1000"), ("2611", "-250")),
            Voucher(
                "B",
                None,
                DAY,
                "Inbetalning",
                (
                    Transaction("1930", Decimal("1250.00"), ((1, "10"),), "Bank ö"),
                    Transaction("1510", Decimal("-1250.00")),
                ),
            ),
        ],
        COMPANY,
        BAS_ACCOUNT_NAMES,
        generated=DAY,
        program_version="0.1.0",
    )
    sie = read_sie(data)
    assert sie.header["#FLAGGA"] == ["0"]
    assert sie.header["#FORMAT"] == ["PC8"]
    assert sie.header["#SIETYP"] == ["4"]
    assert sie.header["#PROGRAM"] == ["Kundbok", "0.1.0"]
    assert sie.header["#GEN"] == ["20260302"]
    assert sie.header["#FNAMN"] == ['Åkes "Bästa" Bygg AB']
    assert sie.header["#ORGNR"] == ["556036-0793"]
    assert sie.header["#KPTYP"] == ["BAS2014"]
    assert sie.accounts == {
        "1510": "Kundfordringar",
        "1930": "Företagskonto/checkkonto/affärskonto",
        "2611": "Utgående moms på försäljning inom Sverige, 25 %",
        "3001": "Försäljning inom Sverige, 25 % moms",
    }
    assert sie.vouchers[0][0] == ["A", "1", "20260302", "Faktura 1001"]
    assert sie.vouchers[1][0] == ["B", "", "20260302", "Inbetalning"]
    assert sie.vouchers[1][1][0] == ("1930", '{1 "10"}', Decimal("1250.00"), ["", "Bank ö"])
    assert b"#TRANS 1510 {} 1250.00\r\n" in data
    assert "Åkes".encode("cp437") in data  # CP437, not Latin-1 or UTF-8
    assert "Åkes".encode() not in data


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("plain", '"plain"'),
        ('say "hi"', '"say \\"hi\\""'),
        ("back\\slash", '"back\\\\slash"'),
        ("tab\tand\nnewline", '"tabandnewline"'),
    ],
)
def test_texts_are_quoted_and_escaped(text, written):
    assert quoted(text) == written
    assert tokens(written) == [text.replace("\t", "").replace("\n", "")]


def test_characters_outside_cp437_become_question_marks():
    data = write_sie4i(
        [voucher(("1510", "1"), ("3001", "-1"), text="Ελ € ok")], COMPANY, {}, generated=DAY
    )
    assert read_sie(data).vouchers[0][0][3] == "?? ? ok"
    assert read_sie(data).accounts["1510"] == "Konto 1510"


def test_dashes_and_curly_quotes_are_written_plain_not_as_question_marks():
    names = {"1513": "Kundfordringar – delad faktura"}
    text = "O’Brien’s Café — “Bygg” … klart"
    data = write_sie4i(
        [voucher(("1513", "1"), ("3001", "-1"), text=text)], COMPANY, names, generated=DAY
    )
    sie = read_sie(data)
    assert sie.accounts["1513"] == "Kundfordringar - delad faktura"
    assert sie.vouchers[0][0][3] == "O'Brien's Café - \"Bygg\" ... klart"
    assert b"?" not in data


@pytest.mark.parametrize(
    "lines",
    [
        (("1510", "100.00"), ("3001", "-99.99")),
        (("1510", "0.001"), ("3001", "0")),
        (("1510", "0.005"), ("3001", "-0.005")),
        (),
    ],
)
def test_an_unbalanced_voucher_is_refused_and_nothing_written(lines):
    with pytest.raises(UnbalancedVoucherError, match="does not balance"):
        write_sie4i([voucher(*lines)], COMPANY, BAS_ACCOUNT_NAMES, generated=DAY)


def test_an_account_that_is_no_number_is_refused():
    with pytest.raises(Exception, match="not an account number"):
        write_sie4i(
            [voucher(("15 10", "1"), ("3001", "-1"))], COMPANY, BAS_ACCOUNT_NAMES, generated=DAY
        )


def test_a_file_of_many_vouchers_is_whole_across_the_slices_it_is_encoded_in():
    vouchers = [
        Voucher(
            "A",
            number,
            DAY,
            f"Faktura {number} Åkesson",
            (Transaction("1510", Decimal("125.00")), Transaction("3001", Decimal("-125.00"))),
        )
        for number in range(1, 2_001)  # 10,000 lines: several slices
    ]
    data = write_sie4i(vouchers, COMPANY, BAS_ACCOUNT_NAMES, generated=DAY)
    assert data.endswith(b"}\r\n") and b"\r\n\r\n" not in data
    sie = read_sie(data)
    assert len(sie.vouchers) == 2_000
    assert data.decode("cp437").count("Åkesson") == 2_000
