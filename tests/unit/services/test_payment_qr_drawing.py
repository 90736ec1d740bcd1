"""The payment QR code read back by an independent decoder: zbarimg (Debian's zbar-tools)."""

import json
from dataclasses import replace
from decimal import Decimal

import pytest
from reportlab.graphics import renderPDF
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from helpers.payment_slips import BANKGIRO_SLIP, EURO_SLIP
from helpers.qr_decoder import pdf_page_image, zbar_decode
from kundbok.domain.payment_qr import (
    payment_qr_payload,
    usingqr_payload,
)
from kundbok.services.payments.qr import qr_drawing, qr_modules

SLIP = replace(BANKGIRO_SLIP, seller_name="Åkessons Måleri & Söner AB", vat_low=Decimal("6.00"))


def assert_same_fields(decoded_text: str, payload: str) -> None:
    decoded, expected = json.loads(decoded_text), json.loads(payload)
    assert decoded.keys() == expected.keys()
    for key, value in expected.items():
        assert decoded[key] == value, key


@pytest.mark.parametrize("slip", [SLIP, EURO_SLIP], ids=["usingqr", "epc"])
def test_vector_drawing_on_a_pdf_page_decodes(tmp_path, slip):
    payload = payment_qr_payload(slip)
    pdf = tmp_path / "slip.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    renderPDF.draw(qr_drawing(payload, size=90), canvas, 420, 60)  # about 32 mm, slip-sized
    canvas.showPage()
    canvas.save()
    decoded = zbar_decode(pdf_page_image(pdf, tmp_path))
    if slip is SLIP:
        assert_same_fields(decoded, payload)
    else:
        assert decoded == payload


def test_modules_are_square_with_a_quiet_zone():
    modules = qr_modules(usingqr_payload(SLIP))
    assert all(len(row) == len(modules) for row in modules)
    assert not any(modules[0]) and not any(row[0] for row in modules)
    assert modules[4][4]  # the corner of the top-left finder pattern
