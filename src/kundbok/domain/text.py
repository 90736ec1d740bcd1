"""Text as it may be kept: control characters out, wherever text enters (typed, pasted,
imported) and wherever a document is written from what is kept.

Customers, invoices, articles and every later kind of document clean their texts with these
functions, so that a NUL, an ESC or Word's line break (vertical tab) never reaches a stored
field, an XML file (where most of them are not allowed at all) or a terminal.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import fields, replace
from functools import cache
from typing import Any, TypeVar

# C0 controls but tab and line feed, DEL, C1 controls: never typed on purpose, but pasted or
# imported they break exports (a NUL ends a vCard, XML allows none of them) and drive
# terminals (ESC).
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# Line breaks as other systems write them: CR LF, CR, and the vertical tab and form feed that
# Word puts for a manual line break and a page break.
_LINE_BREAKS = re.compile("\r\n?|[\x0b\x0c]")
_SINGLE_LINE_BREAKS = re.compile("[\t\n\r]+")
_ANY_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")
T = TypeVar("T")


def without_control_characters(text: str, multi_line: bool = False) -> str:
    """`text` without control characters. Multi-line text keeps tabs and line breaks (CR LF,
    CR, a vertical tab and a form feed become LF); in a single line they become a space (a
    vertical tab and a form feed are taken out)."""
    if multi_line:
        return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))
    return _CONTROL.sub("", _SINGLE_LINE_BREAKS.sub(" ", text))


@cache
def _field_names(cls: Any) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


def cleaned(value: T, multi_line: Collection[str] = ()) -> T:
    """A dataclass of details with control characters taken out of every text field, the
    fields named in `multi_line` keeping tabs and line breaks; the same object when there were
    none, as almost always (this runs for every imported customer)."""
    changes = {}
    kind: Any = type(value)
    for name in _field_names(kind):
        text = getattr(value, name)
        if isinstance(text, str) and _ANY_CONTROL.search(text):
            clean = without_control_characters(text, name in multi_line)
            if clean != text:
                changes[name] = clean
    return replace(value, **changes) if changes else value  # type: ignore[type-var]
