"""The customer card, a tab per module: the card walks its tabs to show and to save a customer."""

from kundbok.ui.customer_card.dialog import CustomerCard
from kundbok.ui.customer_card.history_tab import describe_event

__all__ = ["CustomerCard", "describe_event"]
