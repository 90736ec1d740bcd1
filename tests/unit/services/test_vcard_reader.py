"""The vCard reader on its own: encodings, long lines, any input gives cards or a KundbokError."""

from __future__ import annotations

import base64
import codecs
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.errors import KundbokError
from kundbok.services.vcard.lines import MAX_FILE_BYTES, decode_vcard
from kundbok.services.vcard.reader import HANDLERS, ParsedCard, read_cards
from kundbok.services.vcard.writer import ExportOptions, write_cards

CARD = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Åkessons Rör AB\r\nORG:Åkessons Rör AB\r\n"
    "TEL;TYPE=work,voice:019-11 22 33\r\nNOTE:Ring först\\, gärna\r\nEND:VCARD\r\n"
)


def _read(data: bytes, source: str) -> list[ParsedCard]:
    """A file's cards as the import reads them (`vcard.transfer`)."""
    return list(read_cards(decode_vcard(data, source)))


def test_neither_module_loads_sqlalchemy_or_qt():
    code = (
        "import sys\n"
        "import kundbok.services.vcard.reader, kundbok.services.vcard.writer\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'PySide6')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_every_property_we_read_has_a_handler():
    assert {"FN", "N", "ORG", "UID", "ADR", "TEL", "EMAIL", "NOTE", "X-KUNDBOK-REGISTER"} <= set(
        HANDLERS
    )


@pytest.mark.parametrize(
    "encoding", ["utf-8-sig", "utf-16", "utf-16-le-bom", "utf-16-be-bom", "utf-16-le", "utf-32"]
)
def test_files_in_utf16_and_other_unicode_encodings_are_read(encoding):
    if encoding.endswith("-bom"):
        name = encoding.removesuffix("-bom")
        bom = codecs.BOM_UTF16_LE if name.endswith("le") else codecs.BOM_UTF16_BE
        data = bom + CARD.encode(name)
    else:
        data = CARD.encode(encoding)
    (card,) = _read(data, "k.vcf")
    assert card.details.name == "Åkessons Rör AB"
    assert card.details.phone == "019-11 22 33"
    assert card.details.notes == "Ring först, gärna"


def test_binary_data_is_not_a_vcard():
    with pytest.raises(KundbokError) as raised:
        _read(bytes(range(256)) * 4, "bild.jpg")
    assert str(raised.value) == "bild.jpg is not a vCard file."


def test_a_broken_utf16_file_is_not_a_vcard():
    with pytest.raises(KundbokError) as raised:
        _read(codecs.BOM_UTF16_LE + CARD.encode("utf-16-le") + b"\x00", "k.vcf")
    assert "not a vCard" in str(raised.value)


def test_a_file_beyond_the_limit_is_refused_before_reading():
    with pytest.raises(KundbokError) as raised:
        decode_vcard(b" " * (MAX_FILE_BYTES + 1), "huge.vcf")
    assert "huge.vcf is larger than" in str(raised.value)


def _card_with_folded(value_line: str) -> str:
    folded = "\r\n ".join(value_line[i : i + 74] for i in range(0, len(value_line), 74))
    return (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Foto AB\r\n{folded}\r\n"
        "EMAIL:info@foto.se\r\nEND:VCARD\r\n"
    )


@pytest.mark.parametrize("prefix", ["PHOTO;ENCODING=b;TYPE=JPEG:", "NOTE:"])
def test_a_card_with_a_6_mb_folded_line_is_read_in_linear_time(prefix):
    data = base64.b64encode(bytes(range(256)) * (6_000_000 // 340)).decode("ascii")
    text = _card_with_folded(prefix + data)
    started = time.perf_counter()
    (card,) = read_cards(text)
    elapsed = time.perf_counter() - started
    assert card.details.name == "Foto AB"
    assert card.details.email == "info@foto.se"
    assert card.details.notes == (data if prefix == "NOTE:" else "")
    assert elapsed < 3  # about 0.1 s for PHOTO, 0.6 s for NOTE; quadratic took 10 s


def test_a_long_quoted_printable_value_is_read_in_linear_time():
    soft_broken = "=\r\n".join(["=C3=A5" * 10] * 40_000)  # 2.4 MB of soft line breaks
    text = (
        "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Lisa\r\n"
        f"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:{soft_broken}\r\nEND:VCARD\r\n"
    )
    started = time.perf_counter()
    (card,) = read_cards(text)
    assert time.perf_counter() - started < 3
    assert card.details.notes == "å" * 400_000


def test_the_writer_and_the_reader_agree():
    customer = CustomerDetails(
        name="Björkens Måleri AB",
        org_number="5560360793",
        notes="Två rader\nmed tab\toch; komma, kolon:",
        addresses=(AddressDetails(street="Storgatan 1", postcode="70210", city="Örebro"),),
    )
    (card,) = read_cards(write_cards([customer], ExportOptions(register_id="r-1")))
    assert card.details.notes == customer.notes
    assert card.details.addresses == customer.addresses
    assert card.register_id == "r-1"


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2_000))
def test_any_bytes_give_cards_or_a_kundbok_error(data):
    try:
        cards = _read(data, "x.vcf")
    except KundbokError:
        return
    # A card refused for a reason of its own carries that reason (a KundbokError) instead.
    assert all(card.details.name.strip() for card in cards if card.problem is None)
    assert all(isinstance(card.problem, KundbokError) for card in cards if card.problem)


PIECES = st.sampled_from(
    [
        "BEGIN:VCARD\r\n",
        "END:VCARD\r\n",
        "VERSION:3.0\r\n",
        "VERSION:2.1\r\n",
        "FN:",
        "N:",
        "ORG:",
        "ADR;TYPE=work:",
        "TEL;TYPE=cell:",
        "X-KUNDBOK-NUMBER:",
        "X-KUNDBOK-PAYMENT-TERMS:",
        "X-KUNDBOK-ADDRESS-KINDS:",
        "X-KUNDBOK-ACTIVE:",
        "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=",
        "UID:",
        "=\r\n",
        "\r\n ",
        ";",
        ":",
        ",",
        "\\",
        '"',
        "=C3",
        "\r\n",
    ]
)


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(PIECES, st.text(max_size=12)), max_size=40))
def test_any_text_gives_cards_or_a_kundbok_error(pieces):
    text = "".join(pieces)
    try:
        cards = list(read_cards(text))
    except KundbokError:
        return
    assert all(card.card_number >= 1 for card in cards)
