"""What the event log records: the closed set of actions on a customer or an invoice."""

from __future__ import annotations

from enum import StrEnum


class EventAction(StrEnum):
    """An event's action; the values are what the database stores, so keep them as they are."""

    CREATED = "created"
    UPDATED = "updated"
    DEACTIVATED = "deactivated"
    REACTIVATED = "reactivated"
    RENUMBERED = "renumbered"
    DRAFT_CREATED = "draft created"
    DRAFT_CHANGED = "draft changed"
    ISSUED = "issued"
    CREDIT_NOTE_ISSUED = "credit note issued"
    CREDITED = "credited"
    PAID = "paid"
    PAYMENT_REGISTERED = "payment registered"
    PAYMENT_REVERSED = "payment reversed"
    REFUNDED = "refunded"  # money paid back to the customer
    SENT = "sent"  # an issued invoice e-mailed to the customer
    REMINDED = "reminded"  # a reminder printed or saved as PDF for the overdue invoices
    REMINDER_SENT = "reminder sent"  # a reminder e-mailed to the customer
    INTEREST_INVOICED = "interest invoiced"  # a räntefaktura issued for a late invoice
    ROT_RUT_CLAIMED = "rot/rut claimed"  # the ROT/RUT part claimed from Skatteverket
    ROT_RUT_DECIDED = "rot/rut decided"  # what Skatteverket paid or refused, entered by hand
    FILE_ADDED = "file added"  # a document kept on the customer
    FILE_RENAMED = "file renamed"
    FILE_REMOVED = "file removed"
    # The rate to SEK of an invoice in another currency issued before rates were kept.
    EXCHANGE_RATE_RECORDED = "exchange rate recorded"
