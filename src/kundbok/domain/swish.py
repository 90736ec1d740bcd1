"""Swish: the company's Swish number, and the QR code the Swish app reads to pay an invoice.

A Swish Företag number is ten digits starting 123 (written 123 xxx xx xx); fundraising
organisations have numbers starting 90. The code is the prefilled payment of Swish's public QR
specification: "C" and the payee's number, the amount with a decimal comma and two decimals,
the message (the OCR number, so the payment is matched like a bank payment) and the edit mask,
each after a ";". Mask 0 lets the payer change nothing: C1231181189;2613,00;21550;0.
"""

from __future__ import annotations

from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.money import round_ore

SWISH_PREFIXES = ("123", "90")
MESSAGE_LENGTH = 50  # what the Swish app shows and keeps of a message
NOTHING_EDITABLE = "0"
_SEPARATORS = " -"


def normalize_swish_number(text: str | None) -> str | None:
    """A Swish number for payments to a business (123…) or a fundraiser (90…) as its ten
    digits; None when empty. A private person's number (a mobile phone) is refused."""
    compact = "".join(char for char in text or "" if char not in _SEPARATORS)
    if not compact:
        return None
    if not (compact.isascii() and compact.isdigit()) or len(compact) != 10:
        raise ValidationError(
            "swish",
            QT_TRANSLATE_NOOP("messages", "A Swish number has ten digits: 123 xxx xx xx."),
        )
    if not compact.startswith(SWISH_PREFIXES):
        raise ValidationError(
            "swish",
            QT_TRANSLATE_NOOP(
                "messages",
                "A Swish number for business payments starts with 123 (Swish Företag) or 90; "
                "a mobile number cannot receive them.",
            ),
        )
    return compact


def format_swish_number(compact: str) -> str:
    """ "1231181189" as "123 118 11 89", as Swish writes it."""
    return f"{compact[:3]} {compact[3:6]} {compact[6:8]} {compact[8:]}"


def swish_payload(number: str, amount: Decimal, message: str) -> str:
    """The text of the Swish QR code that pays `amount` kronor to `number` with `message`
    (the OCR number), nothing editable by the payer."""
    payee = normalize_swish_number(number)
    amount = round_ore(amount)
    if payee is None or amount <= 0:
        raise ValidationError(
            "amount_due",
            QT_TRANSLATE_NOOP("messages", "A Swish code needs a Swish number and an amount."),
        )
    text = " ".join(message.replace(";", " ").split())[:MESSAGE_LENGTH]
    return ";".join((f"C{payee}", f"{amount:.2f}".replace(".", ","), text, NOTHING_EDITABLE))
