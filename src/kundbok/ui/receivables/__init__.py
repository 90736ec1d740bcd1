"""Kundreskontra: open amounts per customer by age, sales per customer, their chart and print."""

from kundbok.ui.receivables.view import ReceivablesView

__all__ = ["ReceivablesView"]
