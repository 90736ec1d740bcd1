"""Recognise a bank file's format and encoding and read it, within the size a bank file may have."""

from __future__ import annotations

import hashlib
import io
from dataclasses import replace
from typing import IO

from kundbok.domain import limits
from kundbok.domain.bank_files.bgmax import parse_bgmax
from kundbok.domain.bank_files.camt054 import parse_camt054
from kundbok.domain.bank_files.model import BankFile, BankFileError
from kundbok.domain.errors import QT_TRANSLATE_NOOP

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# Enough of the start to tell XML from BgMax after a byte-order mark and blank lines.
SNIFF_BYTES = 4096


class _Measured(io.RawIOBase):
    """A stream read through, counted against the size limit and hashed as it goes."""

    def __init__(self, source: IO[bytes], limit: int) -> None:
        self._source = source
        self._limit = limit
        self.size = 0
        self.digest = hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        chunk = self._source.read(len(buffer))
        self.size += len(chunk)
        if self.size > self._limit:
            raise too_large()
        self.digest.update(chunk)
        buffer[: len(chunk)] = chunk
        return len(chunk)


def too_large() -> BankFileError:
    """The refusal of a file beyond `limits.BANK_FILE_BYTES`."""
    return BankFileError(
        QT_TRANSLATE_NOOP(
            "messages", "The file is larger than a bank file may be ({limit} MB) and was not read."
        ),
        limit=limits.BANK_FILE_BYTES // (1024 * 1024),
    )


def _decode_fixed_width(data: bytes) -> str:
    """BgMax is ISO-8859-1; a file saved again as UTF-8 on the way is read as UTF-8."""
    data = data.removeprefix(UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("iso-8859-1")


def _looks_like_xml(data: bytes) -> bool:
    return data.startswith(UTF16_BOMS) or data.removeprefix(UTF8_BOM).lstrip().startswith(b"<")


def read_bank_file(source: bytes | IO[bytes]) -> BankFile:
    """The payments received in a camt.054 or BgMax file (its bytes, or a binary stream read to
    its end); BankFileError if it is neither, is damaged, or is larger than a bank file may be.
    The file read carries the SHA-256 of its bytes in `digest`."""
    measured = _Measured(
        io.BytesIO(source) if isinstance(source, bytes) else source, limits.BANK_FILE_BYTES
    )
    buffered = io.BufferedReader(measured, SNIFF_BYTES)
    start = buffered.peek(SNIFF_BYTES)[:SNIFF_BYTES]
    reader: IO[bytes] = buffered
    if not start.strip():  # blank as far as seen: read it whole to tell
        start = buffered.read()
        if not start.strip():
            raise BankFileError(QT_TRANSLATE_NOOP("messages", "The file is empty."))
        reader = io.BytesIO(start)
    if _looks_like_xml(start):
        read = parse_camt054(reader)
    else:
        text = _decode_fixed_width(reader.read())
        if not text.lstrip("\ufeff").startswith("01BGMAX"):
            raise BankFileError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The file is neither a camt.054 XML file nor a Bankgirot BgMax file.",
                )
            )
        read = parse_bgmax(text.lstrip("\ufeff"))
    while buffered.read(1024 * 1024):  # to the end, so that the digest is the whole file's
        pass
    return replace(read, digest=measured.digest.hexdigest())
