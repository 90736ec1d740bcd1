"""Invoices in another currency than kronor: the exchange rate to SEK, and amounts in SEK.

An invoice in euros (or pounds, dollars, kroner) records the rate of its delivery date, given by
the user: mervärdesskattelagen 8 kap. 21–23 §§ let the seller use the rate the Riksbank or the
European Central Bank published for that day, and 17 kap. 29 § asks the invoice to show the VAT
also in kronor. The bookkeeping is in kronor: the invoice is booked at its rate, a payment at
the rate of the day it was received, and the difference is an exchange gain or loss.

A rate is SEK for one unit of the currency (11.4350 for EUR), kept to six decimals (the
Riksbank's quotes for a hundred yen or kronor, divided by a hundred, keep theirs).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.money import parse_decimal, round_ore

SEK = "SEK"
RATE_DECIMALS = 6
# No currency an invoice is written in costs this many kronor a unit.
MAX_RATE = Decimal(10_000)
ZERO = Decimal("0.00")


def in_kronor(currency: str) -> bool:
    """Whether amounts in `currency` are kronor already (no rate needed)."""
    return currency == SEK


def check_exchange_rate(rate: Decimal, field: str = "exchange_rate") -> Decimal:
    """`rate` if it is a rate a currency can have: above zero, below MAX_RATE, at most six
    decimals; else a ValidationError."""
    if not rate.is_finite() or rate <= 0 or rate >= MAX_RATE:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP(
                "messages", "An exchange rate is kronor for one unit of the currency, above 0."
            ),
        )
    if rate != rate.quantize(Decimal(1).scaleb(-RATE_DECIMALS)):
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("messages", "An exchange rate has at most six decimals."),
        )
    return rate


def parse_exchange_rate(text: str, field: str = "exchange_rate") -> Decimal:
    """A rate as people type it ("11,4350", "11.435"), checked."""
    return check_exchange_rate(parse_decimal(text, field, RATE_DECIMALS), field)


def missing_rate(currency: str, number: int | None = None) -> ValidationError:
    """The refusal of an invoice in `currency` that has no rate to SEK."""
    if number is None:
        return ValidationError(
            "exchange_rate",
            QT_TRANSLATE_NOOP(
                "messages",
                "An invoice in {currency} needs the exchange rate to SEK of its delivery date "
                "(the Riksbank's or the ECB's rate of that day): enter it before issuing.",
            ),
            currency=currency,
        )
    return ValidationError(
        "exchange_rate",
        QT_TRANSLATE_NOOP(
            "messages",
            "Invoice {number} is in {currency} and has no exchange rate to SEK: record the rate "
            "of its delivery date in the invoice (or with kundbok invoice rate).",
        ),
        number=number,
        currency=currency,
    )


def to_sek(amount: Decimal, rate: Decimal) -> Decimal:
    """`amount` in kronor at `rate`, rounded to öre."""
    return round_ore(amount * rate)


def sek_shares(amounts: Sequence[Decimal], rate: Decimal) -> list[Decimal]:
    """Each amount in kronor, rounded so that the shares add up to the whole converted at
    once: every prefix of them sums to the prefix's sum in kronor, rounded."""
    shares: list[Decimal] = []
    running = Decimal(0)
    converted = ZERO
    for amount in amounts:
        running += amount
        whole = to_sek(running, rate)
        shares.append(whole - converted)
        converted = whole
    return shares
