"""Before an invoice is issued (or a quote accepted): a warning when it takes the customer past
its credit limit, naming what it owes and the limit. The user may go on; the issue then notes
the decision in the customer's history."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kundbok.db.session import Database
from kundbok.domain.invoice import InvoiceDetails, InvoiceKind
from kundbok.services.credit import CREDIT_CURRENCY, credit_check
from kundbok.ui.errors import attempt
from kundbok.ui.formatting import display_money


def accept_past_credit_limit(
    parent: QWidget, db: Database, customer_id: int, amount: Decimal
) -> bool:
    """True when `amount` more keeps the customer within its limit, or the user chooses to go
    past it; False when the user stops (or the customer is gone)."""
    title = QCoreApplication.translate("CreditWarning", "Credit limit")
    check = attempt(parent, title, lambda: credit_check(db, customer_id, amount))
    if check is None:
        return False
    if not check.over_limit or check.limit is None:
        return True
    answer = QMessageBox.warning(
        parent,
        title,
        QCoreApplication.translate(
            "CreditWarning",
            "The customer owes {owed} kr. With {amount} kr more it would owe {after} kr, past "
            "its credit limit of {limit} kr.\n\nGo on anyway? Your decision is noted in the "
            "customer's history.",
        ).format(
            owed=display_money(check.open_amount),
            amount=display_money(amount),
            after=display_money(check.owed_after),
            limit=display_money(check.limit),
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def accept_invoice_credit(parent: QWidget, db: Database, invoice: InvoiceDetails) -> bool:
    """`accept_past_credit_limit` for an invoice about to be issued (one in kronor: limits
    are in kronor)."""
    if invoice.kind != InvoiceKind.INVOICE or invoice.currency != CREDIT_CURRENCY:
        return True
    return accept_past_credit_limit(parent, db, invoice.customer_id, invoice.totals().to_pay)
