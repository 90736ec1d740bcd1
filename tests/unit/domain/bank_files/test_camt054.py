"""camt.054 notifications of both versions: credits only, references where banks put them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from bank_file_samples import CAMT_02, CAMT_08, Sent, camt054

from kundbok.domain.bank_files import BankFileError, BankFileFormat, read_bank_file


@pytest.fixture(params=[CAMT_02, CAMT_08], ids=["001.02", "001.08"])
def version(request) -> str:
    return request.param


def test_a_notification_gives_one_payment_per_transaction_and_skips_debits(version):
    data = camt054(
        version,
        [
            [Sent("1250.00", ocr="1000017", bank_ref="T1")],
            [
                Sent("400.00", ocr="1000025", payer="Bo Berg AB", bank_ref="T2"),
                Sent("99.50", text="Faktura 1003 tack", payer="Cilla", bank_ref="T3"),
                Sent("10.00", referred_document="1000041", bank_ref="T4"),
            ],
        ],
        debit=True,
    )
    read = read_bank_file(data)
    assert read.source_format is BankFileFormat.CAMT054
    assert read.version == version.rsplit(".", 2)[-2] + "." + version.rsplit(".", 1)[-1]
    assert read.message_id == "MSG-20260301-1"
    assert [
        (p.amount, p.reference, p.unstructured, p.payer_name, p.transaction_id)
        for p in read.payments
    ] == [
        (Decimal("1250.00"), "1000017", "", "Anna Andersson", "T1"),
        (Decimal("400.00"), "1000025", "", "Bo Berg AB", "T2"),
        (Decimal("99.50"), None, "Faktura 1003 tack", "Cilla", "T3"),
        (Decimal("10.00"), "1000041", "", "Anna Andersson", "T4"),
    ]
    assert {p.booking_date for p in read.payments} == {dt.date(2026, 3, 2)}
    assert {p.currency for p in read.payments} == {"SEK"}


def test_a_transaction_without_bank_reference_gets_a_stable_id(version):
    data = camt054(version, [[Sent("5.00", ocr="26", bank_ref="")]])
    first = read_bank_file(data).payments[0].transaction_id
    assert first and first == read_bank_file(data).payments[0].transaction_id


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"<Document xmlns='urn:other'/>", "not an ISO 20022 camt.054"),
        (
            f"<Document xmlns='{CAMT_08}'><unclosed></Document>".encode(),
            "not well-formed",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>'
            b"<d>&b;</d>",
            "not well-formed",
        ),
        (
            camt054(CAMT_02, [[Sent("1.00")]]).replace(b"2026-03-02</Dt>", b"yesterday</Dt>"),
            "booking date",
        ),
        (camt054(CAMT_08, [[Sent("1.00")]]).replace(b">1.00<", b">one<"), "amount"),
        (camt054(CAMT_08, [[Sent("1.00")]]).replace(b"MSG-20260301-1", b""), "no id"),
    ],
)
def test_a_bad_file_is_refused_with_a_reason(data, says):
    with pytest.raises(BankFileError) as raised:
        read_bank_file(data)
    assert says in str(raised.value)


def test_a_batch_without_amounts_per_transaction_is_refused():
    data = camt054(CAMT_02, [[Sent("1.00", bank_ref="a"), Sent("2.00", bank_ref="b")]])
    data = data.replace(b'<AmtDtls><TxAmt><Amt Ccy="SEK">1.00</Amt></TxAmt></AmtDtls>', b"")
    with pytest.raises(BankFileError, match="batched transaction has no amount"):
        read_bank_file(data)


@pytest.mark.parametrize("amount", ["1E+30", "99999999999999999999.99", "1000000000.01"])
def test_an_amount_beyond_the_limit_is_refused_naming_its_entry(version, amount):
    data = camt054(version, [[Sent("1.00", bank_ref="a")], [Sent("2.00", bank_ref="b")]])
    data = data.replace(b">2.00<", f">{amount}<".encode())
    with pytest.raises(BankFileError) as raised:
        read_bank_file(data)
    assert str(raised.value) == (
        f"The camt.054 file cannot be read: entry 2 has the amount {amount}, "
        "larger than the largest amount taken."
    )


def test_the_largest_amount_taken_is_read():
    data = camt054(CAMT_08, [[Sent("1000000000.00")]])
    assert read_bank_file(data).payments[0].amount == Decimal("1000000000.00")


def test_an_entry_of_nothing_names_its_entry(version):
    data = camt054(version, [[Sent("1.00", bank_ref="a")], [Sent("0.00", bank_ref="b")]])
    with pytest.raises(BankFileError) as raised:
        read_bank_file(data)
    assert str(raised.value) == "The camt.054 file cannot be read: entry 2 has the amount 0.00."
