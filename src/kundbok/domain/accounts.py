"""The BAS accounts Kundbok books on unless the settings (or a customer, a group, an article)
say otherwise: one place for each number, read by the SIE vouchers, the settings' defaults, the
database's column defaults and the screens' hints. Their names are in `sie.vouchers`."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType

RECEIVABLES = "1510"  # Kundfordringar
TAX_REDUCTION_CLAIM = "1513"  # the ROT/RUT part claimed from Skatteverket
CASH = "1910"
PLUSGIRO = "1920"
BANK = "1930"  # bankgiro, transfers, Swish and cards reach the business account
ROUNDING = "3740"  # öresutjämning
FEES = "3990"  # reminder fees and förseningsersättning: BAS has no account of their own
INTEREST = "8313"  # dröjsmålsränta from customers
SALES = "3001"  # sales at the standard rate, the company's sales account by default
EXCHANGE_GAIN = "3960"  # valutakursvinst: a payment in another currency brought more kronor
EXCHANGE_LOSS = "7960"  # valutakursförlust

# Sales and output VAT per VAT rate (percent).
SALES_BY_VAT: Mapping[Decimal, str] = MappingProxyType(
    {Decimal(25): SALES, Decimal(12): "3002", Decimal(6): "3003", Decimal(0): "3004"}
)
OUTPUT_VAT_BY_VAT: Mapping[Decimal, str] = MappingProxyType(
    {Decimal(25): "2611", Decimal(12): "2621", Decimal(6): "2631"}
)
# Payment methods whose money is not on the business account.
ACCOUNT_BY_METHOD: Mapping[str, str] = MappingProxyType({"plusgiro": PLUSGIRO, "cash": CASH})
