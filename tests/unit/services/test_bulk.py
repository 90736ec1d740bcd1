"""Bulk mode: what it changes for thousands of rows is put back afterwards, error or not."""

from __future__ import annotations

import gc

import pytest
from sqlalchemy import text

from kundbok.services.bulk import BULK_CACHE_KIB, bulk_mode


def _cache_size(db) -> int:
    with db.unit_of_work(write=False) as session:
        return session.execute(text("PRAGMA cache_size")).scalar()


def test_bulk_mode_pauses_collection_and_grows_the_cache_for_its_work_only(db):
    before = _cache_size(db)
    assert gc.isenabled()
    with db.unit_of_work() as session, bulk_mode(session):
        assert not gc.isenabled()
        assert session.execute(text("PRAGMA cache_size")).scalar() == -BULK_CACHE_KIB
        session.commit()  # closes the session's connection; the setting is still put back
    assert gc.isenabled()
    assert _cache_size(db) == before != -BULK_CACHE_KIB


def test_bulk_mode_is_undone_after_an_error(db):
    before = _cache_size(db)
    with pytest.raises(RuntimeError), db.unit_of_work() as session, bulk_mode(session):
        raise RuntimeError("a card cannot be imported")
    assert gc.isenabled()
    assert _cache_size(db) == before
