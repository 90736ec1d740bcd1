"""Python's cycle collector paused while a service makes thousands of small values.

Each few hundred new objects set the collector going, and the objects that live on (rows,
periods, invoices) soon make it scan the whole heap: in a window holding a large register that
is most of the time of listing thousands of contracts. What these services make holds no
reference cycles worth collecting early; whatever there is goes at the next collection.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cycle collector off for the block (as it was after it)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
