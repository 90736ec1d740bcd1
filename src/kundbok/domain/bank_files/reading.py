"""Recognise a bank file's format and encoding and read it."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser

from kundbok.domain.bank_files.bgmax import parse_bgmax
from kundbok.domain.bank_files.camt054 import parse_camt054
from kundbok.domain.bank_files.model import BankFile, BankFileError
from kundbok.domain.errors import QT_TRANSLATE_NOOP

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
# The XML parser holds Python's lock for all it is fed at once: a bank file of 10,000 payments
# (4 MB) in one piece would stop every other thread, the window's too, for a second.
FEED_BYTES = 32 * 1024


def _decode_fixed_width(data: bytes) -> str:
    """BgMax is ISO-8859-1; a file saved again as UTF-8 on the way is read as UTF-8."""
    data = data.removeprefix(UTF8_BOM)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("iso-8859-1")


def _looks_like_xml(data: bytes) -> bool:
    return data.startswith(UTF16_BOMS) or data.removeprefix(UTF8_BOM).lstrip().startswith(b"<")


def _parse_xml(data: bytes) -> ET.Element:
    # defusedxml refuses entity expansion and external references: no XML bombs.
    try:
        parser = DefusedXMLParser(target=ET.TreeBuilder(), forbid_dtd=True)
        for start in range(0, len(data), FEED_BYTES):
            parser.feed(data[start : start + FEED_BYTES])
        root: ET.Element = parser.close()
    except (ET.ParseError, DefusedXmlException, ValueError, LookupError):
        raise BankFileError(
            QT_TRANSLATE_NOOP("messages", "The file is not well-formed XML and cannot be read.")
        ) from None
    return root


def read_bank_file(data: bytes) -> BankFile:
    """The payments received in a camt.054 or BgMax file; BankFileError if it is neither or
    is damaged."""
    if not data.strip():
        raise BankFileError(QT_TRANSLATE_NOOP("messages", "The file is empty."))
    if _looks_like_xml(data):
        return parse_camt054(_parse_xml(data))
    text = _decode_fixed_width(data)
    if text.lstrip("\ufeff").startswith("01BGMAX"):
        return parse_bgmax(text.lstrip("\ufeff"))
    raise BankFileError(
        QT_TRANSLATE_NOOP(
            "messages", "The file is neither a camt.054 XML file nor a Bankgirot BgMax file."
        )
    )
