"""The payment QR code drawn: segno encodes, reportlab draws (as vectors for print, or a PNG).

Error correction M, as the EPC guidelines ask and UsingQR's examples use: it survives a crease or
a smudge on a printed slip while keeping the code small enough for a payment slip.
"""

from __future__ import annotations

import segno
from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib.colors import Color, black, white

ERROR_CORRECTION = "M"
QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def _encode(payload: str) -> segno.QRCode:
    # UTF-8 in byte mode: the bank apps read å, ä and ö in a seller's name from it.
    return segno.make_qr(payload, error=ERROR_CORRECTION, encoding="utf-8", boost_error=False)


def qr_modules(payload: str) -> list[list[bool]]:
    """The code's modules, row by row (True for dark), the quiet zone included."""
    matrix = _encode(payload).matrix_iter(scale=1, border=QUIET_ZONE)
    return [[bool(module) for module in row] for row in matrix]


def qr_drawing(payload: str, size: float) -> Drawing:
    """The code as a reportlab drawing `size` points square, quiet zone included.

    Vectors rather than an image, so the printer draws sharp module edges at any resolution.
    Runs of dark modules in a row become one rectangle, which keeps the PDF small.
    """
    modules = qr_modules(payload)
    count = len(modules)
    module = size / count
    drawing = Drawing(size, size)
    drawing.add(_filled(0, 0, size, size, white))
    for row_index, row in enumerate(modules):
        y = size - (row_index + 1) * module  # reportlab counts y from the bottom
        column = 0
        while column < count:
            if not row[column]:
                column += 1
                continue
            start = column
            while column < count and row[column]:
                column += 1
            drawing.add(_filled(start * module, y, (column - start) * module, module, black))
    return drawing


def _filled(x: float, y: float, width: float, height: float, colour: Color) -> Rect:
    """A rectangle in one colour without an outline."""
    # The colours are set as attributes: reportlab's stubs mistype Rect's keyword arguments.
    rect = Rect(x, y, width, height)
    rect.fillColor = colour
    rect.strokeColor = None
    rect.strokeWidth = 0
    return rect
