"""The cycle collector is off inside the block and as it was after it, even on an error."""

from __future__ import annotations

import gc

import pytest

from kundbok.services.collector import collector_paused


def test_the_collector_is_paused_and_put_back():
    assert gc.isenabled()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError
    assert gc.isenabled()


def test_a_collector_already_off_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
