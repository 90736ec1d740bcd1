"""Payment slips the payment-QR tests share: a Swedish bankgiro one and a euro IBAN one."""

import datetime as dt
from decimal import Decimal

from kundbok.domain.payment_qr import PaymentMethod, PaymentSlip

BANKGIRO_SLIP = PaymentSlip(
    seller_name="Åkessons Måleri AB",
    seller_org_number="556677-8899",
    invoice_date=dt.date(2026, 3, 2),
    due_date=dt.date(2026, 4, 1),
    amount_due=Decimal("12500.50"),
    currency="SEK",
    reference="1234567897",
    method=PaymentMethod.BANKGIRO,
    account="5050-1055",
    vat_high=Decimal("2500.10"),
)

EURO_SLIP = PaymentSlip(
    seller_name="Nordljus Design AB",
    seller_org_number="559012-3456",
    invoice_date=dt.date(2026, 11, 30),
    due_date=dt.date(2026, 12, 30),
    amount_due=Decimal("1234.50"),
    currency="EUR",
    reference="40012",
    method=PaymentMethod.IBAN,
    account="SE45 5000 0000 0583 9825 7466",
    bic="ESSESESS",
)
