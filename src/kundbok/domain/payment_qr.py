"""What the payment QR code of an invoice says: UsingQR for bank apps in Sweden, EPC for euros.

UsingQR (Visma's open format, read by Swedish bank apps) is a JSON object on one line with short
keys; amounts are JSON numbers. The EPC QR code (EPC069-12, "BCD", version 002) is the European
credit transfer code read by bank apps across the SEPA area; a EUR invoice paid to an IBAN
carries it instead of UsingQR.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.money import round_ore

# EPC069-12: at most 331 bytes, amounts from 0.01 to 999 999 999.99 EUR, and these field lengths.
EPC_MAX_BYTES = 331
EPC_MAX_AMOUNT = Decimal("999999999.99")
EPC_NAME_LENGTH = 70
EPC_TEXT_LENGTH = 140


class PaymentMethod(StrEnum):
    """How the buyer pays, as UsingQR's `pt` names it."""

    BANKGIRO = "BG"
    PLUSGIRO = "PG"
    IBAN = "IBAN"


@dataclass(frozen=True)
class PaymentSlip:
    """What a bank app needs to pay one invoice, in plain values.

    `vat_high`, `vat_middle` and `vat_low` are the VAT amounts at 25 %, 12 % and 6 %; None where
    the invoice has no VAT at that rate.
    """

    seller_name: str
    seller_org_number: str
    invoice_date: dt.date
    due_date: dt.date
    amount_due: Decimal
    currency: str
    reference: str  # the OCR number
    method: PaymentMethod
    account: str  # bankgiro, plusgiro or IBAN number as the seller writes it
    bic: str = ""
    country: str = "SE"
    vat_high: Decimal | None = None
    vat_middle: Decimal | None = None
    vat_low: Decimal | None = None


# UsingQR's three VAT fields by Swedish rate: high (25 %), middle (12 %), low (6 %).
VAT_FIELD_RATES = (Decimal(25), Decimal(12), Decimal(6))


def vat_by_field(
    vat_by_rate: Mapping[Decimal, Decimal],
) -> tuple[Decimal | None, Decimal | None, Decimal | None]:
    """(vat_high, vat_middle, vat_low) from an invoice's VAT per rate; None where it has none.

    Other rates (0 %, a foreign rate) have no UsingQR field and are left out.
    """
    high, middle, low = (vat_by_rate.get(rate) for rate in VAT_FIELD_RATES)
    return high, middle, low


def payment_account(
    currency: str, bankgiro: str = "", plusgiro: str = "", iban: str = ""
) -> tuple[PaymentMethod, str] | None:
    """How the customer pays, from the seller's accounts: euros to the IBAN when there is one
    (the EPC code), otherwise bankgiro, plusgiro, IBAN in that order; None when there is none."""
    if currency.upper() == "EUR" and iban.strip():
        return PaymentMethod.IBAN, iban.strip()
    for method, account in (
        (PaymentMethod.BANKGIRO, bankgiro),
        (PaymentMethod.PLUSGIRO, plusgiro),
        (PaymentMethod.IBAN, iban),
    ):
        if account.strip():
            return method, account.strip()
    return None


def _json_amount(amount: Decimal) -> str:
    """An amount as a JSON number with two decimals (never through float)."""
    return f"{round_ore(amount):.2f}"


def _compact_account(slip: PaymentSlip) -> str:
    """The account without spaces; an IBAN in capitals, as banks print and read it."""
    account = "".join(slip.account.split())
    return account.upper() if slip.method is PaymentMethod.IBAN else account


def usingqr_payload(slip: PaymentSlip) -> str:
    """The UsingQR JSON of `slip`, on one line, keys in the order of the specification.

    Only an amount to pay gets a code: a credit note or a settled invoice has nothing to scan.
    """
    if round_ore(slip.amount_due) <= 0:
        raise ValidationError(
            "amount_due",
            QT_TRANSLATE_NOOP("messages", "A payment code needs an amount to pay."),
        )
    text_fields: list[tuple[str, str]] = [
        ("nme", slip.seller_name.strip()),
        ("cc", slip.country.upper()),
        ("cid", slip.seller_org_number.strip()),
        ("iref", slip.reference.strip()),
        ("idt", slip.invoice_date.strftime("%Y%m%d")),
        ("ddt", slip.due_date.strftime("%Y%m%d")),
    ]
    parts = ['"uqr":1', '"tp":1']
    parts += [
        f"{json.dumps(key)}:{json.dumps(value, ensure_ascii=False)}" for key, value in text_fields
    ]
    parts.append(f'"due":{_json_amount(slip.amount_due)}')
    parts.append(f'"cur":{json.dumps(slip.currency.upper())}')
    parts.append(f'"pt":{json.dumps(slip.method.value)}')
    parts.append(f'"acc":{json.dumps(_compact_account(slip))}')
    if slip.method is PaymentMethod.IBAN and slip.bic.strip():
        parts.append(f'"bc":{json.dumps(slip.bic.strip().upper())}')
    for key, vat in (("vh", slip.vat_high), ("vm", slip.vat_middle), ("vl", slip.vat_low)):
        if vat is not None:
            parts.append(f'"{key}":{_json_amount(vat)}')
    return "{" + ",".join(parts) + "}"


def epc_applies(slip: PaymentSlip) -> bool:
    """True when the invoice is in euros and paid to an IBAN: it gets the EPC code."""
    return slip.currency.upper() == "EUR" and slip.method is PaymentMethod.IBAN


def epc_payload(slip: PaymentSlip) -> str:
    """The EPC QR text (BCD, version 002, UTF-8, SEPA credit transfer) of a EUR invoice.

    Our OCR number is no ISO 11649 creditor reference, so it travels as the unstructured
    remittance text, which bank apps put in the payment's message.
    """
    if not epc_applies(slip):
        raise ValidationError(
            "currency",
            QT_TRANSLATE_NOOP(
                "messages", "A European payment code needs an invoice in euros paid to an IBAN."
            ),
        )
    amount = round_ore(slip.amount_due)
    if not Decimal("0.01") <= amount <= EPC_MAX_AMOUNT:
        raise ValidationError(
            "amount_due",
            QT_TRANSLATE_NOOP(
                "messages",
                "A European payment code needs an amount between 0.01 and 999 999 999.99 euros.",
            ),
        )
    lines = [
        "BCD",
        "002",
        "1",  # UTF-8
        "SCT",
        slip.bic.strip().upper(),
        slip.seller_name.strip()[:EPC_NAME_LENGTH],
        _compact_account(slip),
        f"EUR{amount:.2f}",
        "",  # purpose code
        "",  # structured (ISO 11649) reference
        slip.reference.strip()[:EPC_TEXT_LENGTH],
    ]
    payload = "\n".join(lines)
    if len(payload.encode("utf-8")) > EPC_MAX_BYTES:
        raise ValidationError(
            "seller_name",
            QT_TRANSLATE_NOOP("messages", "The European payment code would be too long."),
        )
    return payload


def payment_qr_payload(slip: PaymentSlip) -> str:
    """The text of the invoice's payment QR code: EPC for euros to an IBAN, UsingQR otherwise."""
    return epc_payload(slip) if epc_applies(slip) else usingqr_payload(slip)
