"""Overdue invoices: the list and making reminders (`overdue.py`), the reminders made
(`history.py`), their settings, and the räntefaktura (`interest.py`)."""
