"""Whether a form holds unsaved edits, not counting the changes made while it loads."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class FormState:
    """A form's dirty flag: widget signals call `edited()`; `loading()` mutes them.

    Loading a form fills its widgets, whose change signals would otherwise mark it as edited.
    """

    def __init__(self) -> None:
        self.dirty = False
        self._loading_depth = 0

    @property
    def is_loading(self) -> bool:
        return self._loading_depth > 0

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Change widgets without marking the form dirty; leaves it clean when done."""
        self._loading_depth += 1
        try:
            yield
        finally:
            self._loading_depth -= 1
            if not self._loading_depth:
                self.dirty = False

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """Change widgets from code (a computed total) without marking the form dirty."""
        self._loading_depth += 1
        try:
            yield
        finally:
            self._loading_depth -= 1

    def edited(self) -> bool:
        """Record a user's edit; True when it counts (not during loading)."""
        if self._loading_depth:
            return False
        self.dirty = True
        return True
