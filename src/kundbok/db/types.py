"""Column types that keep money, rates and quantities exact on every database."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import BigInteger, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from kundbok.domain.limits import check_amount


class _ScaledDecimal(TypeDecorator[Decimal]):
    """A Decimal stored as an integer count of 1/`scale` units (öre, hundredths of a percent)."""

    # Percent narrows this to Integer: typed as the common base so both agree.
    impl: type[Integer] = BigInteger
    cache_ok = True
    scale = 100

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value) * self.scale
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value} has more decimals than the column keeps")
        return int(scaled)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return Decimal(value) / self.scale


class Money(_ScaledDecimal):
    """Kronor (or another currency's main unit) as Decimal, stored as integer öre.

    The last guard of `limits.MAX_AMOUNT`: an amount beyond it that slipped past the checks
    where it came in is refused (ValidationError) rather than stored or overflowing the column.
    """

    scale = 100
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is not None:
            check_amount("amount", Decimal(value))
        return super().process_bind_param(value, dialect)


class Percent(_ScaledDecimal):
    """A percentage such as 25 or 12.5, stored in hundredths of a percent."""

    impl = Integer
    scale = 100
    cache_ok = True


class ExchangeRate(_ScaledDecimal):
    """Kronor for one unit of another currency, to six decimals."""

    scale = 1_000_000
    cache_ok = True


class Quantity(_ScaledDecimal):
    """An invoiced quantity with up to three decimals (hours, metres, kilograms)."""

    scale = 1000
    cache_ok = True
