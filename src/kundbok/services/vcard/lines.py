"""vCard text as properties: bytes decoded, cards split, folded lines joined, lines parsed.

Folded lines are joined in linear time (a 32 MB PHOTO is one pass); 2.1 QUOTED-PRINTABLE values are
decoded before parsing, with their charset, because vobject's own decoding cuts a NOTE at its first
comma. Properties nobody reads (PHOTO, LOGO, SOUND, KEY) are skipped unparsed. Imports neither
SQLAlchemy nor Qt.
"""

from __future__ import annotations

import codecs
import quopri
import re
from collections.abc import Iterator
from typing import NamedTuple

from vobject.base import ParseError, parseLine

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError

# A vCard file larger than this is refused before it is read: a register of 100,000 customers
# exports to about 70 MB.
MAX_FILE_BYTES = 256 * 1024 * 1024
# Values of these properties are pictures, sounds and keys: never read, so never parsed.
SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")
# Byte order marks, longest first (UTF-32's starts like UTF-16's).
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


class VCardFormatError(KundbokError):
    """A card cannot be read; `card_number` and `line_number` say where (1-based)."""

    def __init__(self, reason: str, card_number: int, line_number: int) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP("messages", "card {card}, line {line}: {reason}"),
            card=card_number,
            line=line_number,
            reason=reason,
        )
        self.reason = reason
        self.card_number = card_number
        self.line_number = line_number


def not_a_vcard(source: str) -> KundbokError:
    """The error for a file that is no vCard text at all."""
    return KundbokError(QT_TRANSLATE_NOOP("messages", "{path} is not a vCard file."), path=source)


def too_large(source: str) -> KundbokError:
    """The error for a file beyond MAX_FILE_BYTES."""
    return KundbokError(
        QT_TRANSLATE_NOOP(
            "messages", "{path} is larger than {limit} MB and is not read as a vCard file."
        ),
        path=source,
        limit=MAX_FILE_BYTES // (1024 * 1024),
    )


def decode_vcard(data: bytes, source: str) -> str:
    """The text of a vCard file: UTF-8, UTF-16 or UTF-32 by its byte order mark (UTF-16 as some
    Windows programs write it, also without one), else UTF-8, else Windows-1252."""
    if len(data) > MAX_FILE_BYTES:
        raise too_large(source)
    encoding = next((name for bom, name in BOMS if data.startswith(bom)), None)
    if encoding is not None:
        data = data[len(next(bom for bom, name in BOMS if name == encoding)) :]
    elif data[:4] in (b"B\x00E\x00", b"b\x00e\x00"):
        encoding = "utf-16-le"
    elif data[:4] in (b"\x00B\x00E", b"\x00b\x00e"):
        encoding = "utf-16-be"
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            raise not_a_vcard(source) from None
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")  # old phones and Outlook
    if "\x00" in text:
        raise not_a_vcard(source)
    return text


# --- text to logical lines ----------------------------------------------------------------


_QUOTED_PRINTABLE = re.compile("quoted-printable", re.IGNORECASE)
# The name of a property (after an optional group), as far as skipping it needs.
_NAME = re.compile(r"\s*(?:[^:;.]*\.)?([^:;]*)")


def _is_quoted_printable(line: str) -> bool:
    return "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()


def unfold_quoted_printable(text: str) -> str:
    """Join 2.1 QUOTED-PRINTABLE soft line breaks ('=' at the end of a line) into one line."""
    if not _QUOTED_PRINTABLE.search(text):
        return text  # files of 3.0 and 4.0, ours among them: nothing to do
    joined: list[list[str]] = []
    carrying = False
    for line in text.split("\n"):
        stripped = line.rstrip("\r")
        if carrying:
            # RFC 2045: a soft break removes only "=" CRLF; a space that starts the next line
            # is text (Android breaks every 67 characters, often just before a space).
            parts = joined[-1]
            parts[-1] = parts[-1][:-1]
            parts.append(stripped)
        else:
            joined.append([stripped])
        parts = joined[-1]
        carrying = stripped.endswith("=") and _is_quoted_printable(parts[0])
    return "\r\n".join(_decode_quoted_printable("".join(parts)) for parts in joined)


def _decode_quoted_printable(line: str) -> str:
    """A 2.1 QUOTED-PRINTABLE property decoded here, its ENCODING and CHARSET dropped.

    vobject decodes such values itself and then cuts a NOTE at its first comma; decoding first
    keeps the text whole.
    """
    head, colon, value = line.partition(":")
    params = head.split(";")
    if not colon or not any(p.upper().endswith("QUOTED-PRINTABLE") for p in params[1:]):
        return line
    charset = next(
        (p.split("=", 1)[1] for p in params[1:] if p.upper().startswith("CHARSET=")), "utf-8"
    )
    raw = quopri.decodestring(value.encode("latin-1", "replace"))
    try:
        decoded = raw.decode(charset, "replace")
    except (LookupError, ValueError):  # an unknown charset name, or one with a NUL in it
        decoded = raw.decode("utf-8", "replace")
    kept = [
        p
        for p in params[1:]
        if not p.upper().endswith("QUOTED-PRINTABLE") and not p.upper().startswith("CHARSET=")
    ]
    return (
        ";".join([params[0], *kept])
        + ":"
        + decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    )


def card_chunks(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """(card number, first line number, physical lines) of each BEGIN:VCARD … END:VCARD."""
    card_number = 0
    start_line = 0
    buffer: list[str] = []
    inside = False
    for number, line in enumerate(text.splitlines(), start=1):
        upper = line.strip().upper()
        if upper == "BEGIN:VCARD":
            if inside:
                raise VCardFormatError(
                    QT_TRANSLATE_NOOP("messages", "a card begins before the one above ended"),
                    card_number,
                    number,
                )
            inside = True
            card_number += 1
            start_line = number
            buffer = []
        elif inside:
            if upper == "END:VCARD":
                inside = False
                yield card_number, start_line, buffer
            else:
                buffer.append(line)
        elif line.strip():
            raise VCardFormatError(
                QT_TRANSLATE_NOOP("messages", "text outside a card"), card_number + 1, number
            )
    if inside:
        raise VCardFormatError(
            QT_TRANSLATE_NOOP("messages", "the card has no END:VCARD"), card_number, start_line
        )


def _logical_lines(lines: list[str], first_number: int) -> Iterator[tuple[str, int]]:
    """(unfolded line, its first line number): a line starting with a space or tab continues
    the one above. Parts are joined once, so a long folded value costs linear time."""
    parts: list[str] = []
    start = first_number
    for number, line in enumerate(lines, start=first_number):
        if line[:1] in (" ", "\t") and parts:
            parts.append(line[1:])
            continue
        if parts:
            yield "".join(parts), start
        parts, start = ([line], number) if line.strip() else ([], number)
    if parts:
        yield "".join(parts), start


class Property(NamedTuple):
    """One property as vobject's line parser reads it: value still escaped."""

    name: str
    params: dict[str, list[str]]
    singletonparams: list[str]
    value: str


def _skipped(line: str) -> bool:
    match = _NAME.match(line)
    name = match.group(1).strip().upper() if match else ""
    return name in SKIPPED or name in ("BEGIN", "END", "VERSION")


def properties(lines: list[str], first_number: int) -> list[tuple[Property, int]]:
    """The properties of one card with their line numbers, parsed by vobject's line parser."""
    properties = []
    for line, number in _logical_lines(lines, first_number):
        if _skipped(line):
            continue
        try:
            name, param_lists, value, _group = parseLine(line, number)
        except (ParseError, ValueError, TypeError, AttributeError) as error:
            reason = str(error).strip() or type(error).__name__
            raise VCardFormatError(reason, 0, number) from None
        params: dict[str, list[str]] = {}
        singletons: list[str] = []
        for param in param_lists:
            if len(param) == 1:
                singletons.append(str(param[0]))
            else:
                params.setdefault(str(param[0]).upper(), []).extend(str(p) for p in param[1:])
        text = value if isinstance(value, str) else str(value)
        properties.append((Property(str(name).upper(), params, singletons, text), number))
    return properties
