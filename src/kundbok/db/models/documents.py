"""Columns that invoices, quotes and contracts share: a document's buyer, copied from the
customer's card, and a document line. Declared once so the three tables cannot drift apart."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from kundbok.db.types import Money, Percent, Quantity
from kundbok.domain import limits
from kundbok.domain.invoicing import standard_vat_rate


class BuyerColumns:
    """A frozen copy of the buyer, so a later edit of the customer never changes the document."""

    buyer_name: Mapped[str] = mapped_column(String(limits.NAME), default="")
    buyer_number: Mapped[int | None] = mapped_column(Integer)
    buyer_org_number: Mapped[str | None] = mapped_column(String(20))
    buyer_personal_number: Mapped[str | None] = mapped_column(String(20))
    buyer_vat_number: Mapped[str | None] = mapped_column(String(20))
    buyer_country: Mapped[str] = mapped_column(String(2), default="SE")
    buyer_billing_address: Mapped[str] = mapped_column(Text, default="")
    buyer_delivery_address: Mapped[str] = mapped_column(Text, default="")
    buyer_rot_rut_property: Mapped[str] = mapped_column(String(limits.ROT_RUT_PROPERTY), default="")
    buyer_rot_rut_housing_org_number: Mapped[str | None] = mapped_column(String(20))
    buyer_rot_rut_apartment_number: Mapped[str] = mapped_column(
        String(limits.APARTMENT), default=""
    )


class LineColumns:
    """One line: an article or free text, quantity × price less discount, its VAT and kind."""

    position: Mapped[int] = mapped_column(Integer)
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    article_number: Mapped[str] = mapped_column(String(limits.ARTICLE_NUMBER), default="")
    description: Mapped[str] = mapped_column(String(limits.LINE_DESCRIPTION), default="")
    quantity: Mapped[Decimal] = mapped_column(Quantity, default=Decimal(1))
    unit: Mapped[str] = mapped_column(String(limits.UNIT), default="")
    unit_price: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    discount_percent: Mapped[Decimal] = mapped_column(Percent, default=Decimal(0))
    vat_rate: Mapped[Decimal] = mapped_column(Percent, default=standard_vat_rate)
    line_kind: Mapped[str] = mapped_column(String(10), default="other")
