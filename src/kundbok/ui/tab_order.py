"""Tab in the order the eye reads a form, where widgets were made in another order than they
stand (a field added to a row after the rows below it)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtWidgets import QWidget


def follow_reading_order(*widgets: QWidget) -> None:
    """Let Tab go through `widgets` in the order given; the widgets after the last keep their
    place. For plain fields: a field inside a wrapper with a focus proxy stays where its
    wrapper is (Tab gives the focus to the proxy where it meets the wrapper), so such a form
    is better built in reading order."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
