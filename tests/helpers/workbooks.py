"""Workbooks of any size written in moments: a part is given as pieces repeated many times, and
each piece is deflated once (after a full flush deflate starts afresh, so a repeated piece
deflates to the same bytes), as a hostile file of a gigabyte in a megabyte would be made."""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WORKBOOK = (
    f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>'
    '<sheet name="Kunder" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    f'<Relationships xmlns="{RELS}">'
    f'<Relationship Id="rId1" Type="{OFFICE}/worksheet" Target="worksheets/sheet1.xml"/>'
    f'<Relationship Id="rId2" Type="{OFFICE}/sharedStrings" Target="sharedStrings.xml"/>'
    "</Relationships>"
)

Part = Sequence[tuple[bytes, int]]  # pieces, each repeated so many times


def _deflated(part: Part) -> tuple[bytes, int, int]:
    """The part deflated, its CRC-32 and its size unpacked."""
    compressed = []
    crc = 0
    size = 0
    for piece, times in part:
        block = zlib.compressobj(9, zlib.DEFLATED, -15)
        deflated = block.compress(piece) + block.flush(zlib.Z_FULL_FLUSH)
        compressed.append(deflated * times)
        for _ in range(times):
            crc = zlib.crc32(piece, crc)
        size += len(piece) * times
    compressed.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH))
    return b"".join(compressed), crc, size


def zip_of(parts: dict[str, Part]) -> bytes:
    """A zip archive of the parts (deflated; sizes below 4 GB)."""
    files = []
    central = []
    offset = 0
    for name, part in parts.items():
        data, crc, size = _deflated(part)
        encoded = name.encode()
        header = struct.pack(
            "<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0
        )
        files.append(header + encoded + data)
        fields = (0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded))
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", *fields, 0, 0, 0, 0, 0, offset) + encoded)
        offset += len(header) + len(encoded) + len(data)
    directory = b"".join(central)
    end = struct.pack(
        "<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(directory), offset, 0
    )
    return b"".join(files) + directory + end


NO_SHARED_STRINGS: Part = ((f'<sst xmlns="{MAIN}"/>'.encode(), 1),)


def workbook(sheet: Part, shared: Part = NO_SHARED_STRINGS) -> bytes:
    """An .xlsx file whose first sheet and shared strings are the parts given."""
    return zip_of(
        {
            "xl/workbook.xml": [(WORKBOOK.encode(), 1)],
            "xl/_rels/workbook.xml.rels": [(WORKBOOK_RELS.encode(), 1)],
            "xl/sharedStrings.xml": shared,
            "xl/worksheets/sheet1.xml": sheet,
        }
    )
