"""The history tab's lines: every recorded action named in the user's language."""

from __future__ import annotations

import datetime as dt

import pytest

from kundbok.domain.events import EventAction
from kundbok.i18n import load_translator
from kundbok.services.history import EventRow
from kundbok.ui.customer_card import describe_event


def _event(action: EventAction | str, **changes: list[object]) -> EventRow:
    return EventRow(dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC), "anna", action, None, changes)


@pytest.fixture
def in_swedish(qapp):
    """Calls a function with the Swedish catalogue installed, as a Swedish user runs the app."""

    def call(function):
        translator = load_translator("sv")
        assert translator is not None
        qapp.installTranslator(translator)
        try:
            return function()
        finally:
            qapp.removeTranslator(translator)
            load_translator("en")

    return call


def test_every_action_has_a_description_in_english(qapp):
    english = {action: describe_event(_event(action))[2] for action in EventAction}
    assert english[EventAction.CREDIT_NOTE_ISSUED] == "Credit note issued"
    assert english[EventAction.UPDATED] == "Changed"
    assert len(set(english.values())) == len(EventAction)  # no two actions read the same


def test_every_action_is_translated_into_swedish(qapp, in_swedish):
    def described() -> dict[EventAction, str]:
        return {action: describe_event(_event(action))[2] for action in EventAction}

    english, swedish = described(), in_swedish(described)
    assert swedish[EventAction.PAID] == "Faktura betald"
    assert swedish[EventAction.DRAFT_CREATED] == "Fakturautkast skapat"
    assert swedish[EventAction.RENUMBERED] == "Omnumrerad"
    assert [action for action in EventAction if swedish[action] == english[action]] == []
    assert len(set(swedish.values())) == len(EventAction)


def test_changes_show_old_and_new_values(qapp):
    when, who, what, changes = describe_event(
        _event(EventAction.UPDATED, reference=["", "Ny"], phone=["08-1", None])
    )
    assert (who, what) == ("anna", "Changed")
    assert when
    assert changes == "reference: – → Ny; phone: 08-1 → –"


def test_addresses_and_contacts_are_named_not_listed(qapp):
    changes = describe_event(_event(EventAction.UPDATED, addresses=[[], [{"city": "Umeå"}]]))[3]
    assert changes == "addresses or contacts"


def test_an_action_of_a_newer_version_shows_as_stored(qapp):
    assert describe_event(_event("merged"))[2] == "merged"
