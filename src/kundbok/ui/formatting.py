"""How stored values read on screen: identifiers in their usual form, money and dates by locale."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale

from kundbok.domain import identifiers
from kundbok.domain.money import format_amount, format_number


def display_identifier(compact: str | None, masked: bool = False) -> str:
    """An org or personal number as people write it; personal numbers optionally masked."""
    if not compact:
        return ""
    if masked and len(compact) == 12:
        return identifiers.mask_personal_number(compact)
    return identifiers.format_org_or_personal(compact)


def display_count(count: int) -> str:
    """A whole number with the locale's thousands separator ("1 234" in Swedish)."""
    return QLocale().toString(count)


def display_money(amount: Decimal) -> str:
    """An amount with two decimals in the locale's format, from its exact text (never a float);
    `domain.money.parse_amount` reads it back."""
    locale = QLocale()
    grouping = not locale.numberOptions() & QLocale.NumberOption.OmitGroupSeparator
    return format_amount(
        amount,
        grouping=bool(grouping),
        decimal_mark=locale.decimalPoint(),
        group_mark=locale.groupSeparator(),
    )


def display_number(value: Decimal) -> str:
    """A quantity, percentage or rate without trailing zeros, with the locale's decimal mark."""
    return format_number(value, decimal_mark=QLocale().decimalPoint())


def display_date(value: dt.date | dt.datetime | None) -> str:
    """A date, or a moment in local time, in the locale's short format; empty for None."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        # Through the epoch so that an aware value shows in local time, as a naive one does.
        moment = QDateTime.fromMSecsSinceEpoch(round(value.timestamp() * 1000))
        return QLocale().toString(moment, QLocale.FormatType.ShortFormat)
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )
