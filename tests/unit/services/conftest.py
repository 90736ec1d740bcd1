"""Fixtures shared by the service tests (the seller `company` is in tests/conftest.py, since
the e-invoice tests of the command line and the GUI use it too)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal as D

import pytest

from kundbok.services.reminders.settings import get_reminder_settings, save_reminder_settings


@pytest.fixture
def charging(any_db):
    """A register whose reminders charge a fee of 60 kr (agreed) and förseningsersättning."""
    save_reminder_settings(
        any_db,
        replace(get_reminder_settings(any_db), reminder_fee=D(60), charge_compensation=True),
    )
    return any_db
