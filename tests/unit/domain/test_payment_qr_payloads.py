import json
from dataclasses import replace
from decimal import Decimal

import pytest

from helpers.payment_slips import BANKGIRO_SLIP as SHARED_BANKGIRO
from helpers.payment_slips import EURO_SLIP
from kundbok.domain.errors import ValidationError
from kundbok.domain.payment_qr import (
    PaymentMethod,
    epc_payload,
    payment_account,
    payment_qr_payload,
    usingqr_payload,
    vat_by_field,
)

# Whole kronor, and an IBAN and BIC as a user might type them: the payloads normalise both.
BANKGIRO_SLIP = replace(SHARED_BANKGIRO, amount_due=Decimal("12500"), vat_high=Decimal("2500"))
IBAN_SLIP = replace(
    EURO_SLIP,
    amount_due=Decimal("1234.5"),
    account="se45 5000 0000 0583 9825 7466",
    bic="eselsess",
)


@pytest.mark.parametrize(
    ("slip", "payload"),
    [
        (
            BANKGIRO_SLIP,
            '{"uqr":1,"tp":1,"nme":"Åkessons Måleri AB","cc":"SE","cid":"556677-8899",'
            '"iref":"1234567897","idt":"20260302","ddt":"20260401","due":12500.00,'
            '"cur":"SEK","pt":"BG","acc":"5050-1055","vh":2500.00}',
        ),
        (
            replace(
                BANKGIRO_SLIP,
                method=PaymentMethod.PLUSGIRO,
                account="4 77 28-1",
                amount_due=Decimal("1060.004"),
                vat_high=Decimal("100"),
                vat_middle=Decimal("12.00"),
                vat_low=Decimal("6.005"),
            ),
            '{"uqr":1,"tp":1,"nme":"Åkessons Måleri AB","cc":"SE","cid":"556677-8899",'
            '"iref":"1234567897","idt":"20260302","ddt":"20260401","due":1060.00,'
            '"cur":"SEK","pt":"PG","acc":"47728-1","vh":100.00,"vm":12.00,"vl":6.01}',
        ),
        (
            replace(IBAN_SLIP, currency="sek", seller_name='Citat "AB"'),
            '{"uqr":1,"tp":1,"nme":"Citat \\"AB\\"","cc":"SE","cid":"559012-3456",'
            '"iref":"40012","idt":"20261130","ddt":"20261230","due":1234.50,'
            '"cur":"SEK","pt":"IBAN","acc":"SE4550000000058398257466","bc":"ESELSESS"}',
        ),
    ],
    ids=["bankgiro-with-vat", "plusgiro-three-rates-rounded", "iref-with-quotes-iban"],
)
def test_usingqr_payload_is_exact(slip, payload):
    assert usingqr_payload(slip) == payload
    assert "\n" not in payload
    assert json.loads(payload)["uqr"] == 1


@pytest.mark.parametrize("amount", ["0", "0.004", "-125.00"])
def test_usingqr_refuses_nothing_to_pay(amount):
    with pytest.raises(ValidationError):
        usingqr_payload(replace(BANKGIRO_SLIP, amount_due=Decimal(amount)))


def test_usingqr_without_vat_has_no_vat_keys():
    decoded = json.loads(usingqr_payload(replace(BANKGIRO_SLIP, vat_high=None)))
    assert not {"vh", "vm", "vl"} & decoded.keys()


def test_usingqr_bankgiro_never_carries_a_bic():
    decoded = json.loads(usingqr_payload(replace(BANKGIRO_SLIP, bic="ESSESESS")))
    assert "bc" not in decoded


@pytest.mark.parametrize(
    ("slip", "payload"),
    [
        (
            IBAN_SLIP,
            "BCD\n002\n1\nSCT\nESELSESS\nNordljus Design AB\nSE4550000000058398257466\n"
            "EUR1234.50\n\n\n40012",
        ),
        (
            replace(IBAN_SLIP, bic="", amount_due=Decimal("0.014"), seller_name="Ö" * 80),
            "BCD\n002\n1\nSCT\n\n" + "Ö" * 70 + "\nSE4550000000058398257466\nEUR0.01\n\n\n40012",
        ),
    ],
    ids=["with-bic", "no-bic-long-name-cut"],
)
def test_epc_payload_is_exact(slip, payload):
    assert epc_payload(slip) == payload


@pytest.mark.parametrize(
    "slip",
    [
        replace(IBAN_SLIP, currency="SEK"),
        replace(BANKGIRO_SLIP, currency="EUR"),
        replace(IBAN_SLIP, amount_due=Decimal("0")),
        replace(IBAN_SLIP, amount_due=Decimal("1000000000")),
    ],
    ids=["not-euros", "not-iban", "zero", "too-large"],
)
def test_epc_refuses_what_it_cannot_carry(slip):
    with pytest.raises(ValidationError):
        epc_payload(slip)


def test_epc_refuses_a_payload_over_331_bytes():
    with pytest.raises(ValidationError):
        epc_payload(replace(IBAN_SLIP, seller_name="Å" * 70, reference="Ö" * 140))


def test_payment_qr_payload_picks_epc_for_euros_to_an_iban():
    assert payment_qr_payload(IBAN_SLIP).startswith("BCD\n")
    assert payment_qr_payload(BANKGIRO_SLIP).startswith('{"uqr":1')
    assert payment_qr_payload(replace(IBAN_SLIP, currency="SEK")).startswith('{"uqr":1')


@pytest.mark.parametrize(
    ("vat_by_rate", "fields"),
    [
        ({Decimal(25): Decimal("250.00")}, (Decimal("250.00"), None, None)),
        (
            {Decimal(25): Decimal(1), Decimal(12): Decimal(2), Decimal(6): Decimal(3)},
            (Decimal(1), Decimal(2), Decimal(3)),
        ),
        ({Decimal(0): Decimal(0), Decimal(6): Decimal("6.00")}, (None, None, Decimal("6.00"))),
        ({}, (None, None, None)),
    ],
)
def test_vat_by_field(vat_by_rate, fields):
    assert vat_by_field(vat_by_rate) == fields


@pytest.mark.parametrize(
    ("currency", "accounts", "expected"),
    [
        ("SEK", ("5050-1055", "4772-81", "SE45"), (PaymentMethod.BANKGIRO, "5050-1055")),
        ("SEK", ("", "4772-81", "SE45"), (PaymentMethod.PLUSGIRO, "4772-81")),
        ("SEK", ("", "", " SE45 "), (PaymentMethod.IBAN, "SE45")),
        ("EUR", ("5050-1055", "", "SE45"), (PaymentMethod.IBAN, "SE45")),
        ("EUR", ("5050-1055", "", ""), (PaymentMethod.BANKGIRO, "5050-1055")),
        ("SEK", ("", " ", ""), None),
    ],
)
def test_payment_account(currency, accounts, expected):
    assert payment_account(currency, *accounts) == expected
