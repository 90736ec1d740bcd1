"""Reading CSV and Excel files into a header and rows of text."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from kundbok.domain.errors import KundbokError
from kundbok.services.tables import TableFileError, csv_table, read_table

ROWS = [
    ["Kundnummer", "Namn", "Ort"],
    ["1", "Åkesson & Öberg AB", "Göteborg"],
    ["2", "Bär", "Malmö"],
]


def _csv(delimiter: str) -> str:
    return "\r\n".join(delimiter.join(row) for row in ROWS) + "\r\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
def test_encodings_and_delimiters_are_found(encoding, delimiter):
    table = csv_table(_csv(delimiter).encode(encoding), "kunder.csv")
    assert table.header == ("Kundnummer", "Namn", "Ort")
    assert table.rows == (("1", "Åkesson & Öberg AB", "Göteborg"), ("2", "Bär", "Malmö"))
    assert table.row_numbers == (2, 3)


def test_quoted_fields_keep_line_breaks_and_delimiters():
    text = 'Namn;Anteckning\r\n"Ek; Co";"rad ett\r\nrad två"\r\nNästa;x\r\n'
    table = csv_table(text.encode("cp1252"))
    assert table.rows[0] == ("Ek; Co", "rad ett\r\nrad två")
    # A spreadsheet shows the quoted record as one row.
    assert table.row_numbers == (2, 3)


def test_short_rows_are_padded_and_blank_rows_skipped_keeping_row_numbers():
    table = csv_table(b"Namn;Ort;Land\nA\n\n;;\nB;Lund;SE\n")
    assert table.rows == (("A", "", ""), ("B", "Lund", "SE"))
    assert table.row_numbers == (2, 5)


def test_formula_guard_is_removed():
    table = csv_table(b"Namn;Telefon\n'=Ek AB;'+46 8 123\n")
    assert table.rows == (("=Ek AB", "+46 8 123"),)


def test_xlsx_cells_come_as_text(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Kundnummer", "Namn", "Postnummer", "Aktiv"])
    sheet.append([101, "Ärlig Åsa", 11122, True])
    sheet.append([])
    sheet.append([102.0, "Örjan", "123 45", False])
    path = tmp_path / "kunder.xlsx"
    workbook.save(path)
    table = read_table(path)
    assert table.header == ("Kundnummer", "Namn", "Postnummer", "Aktiv")
    assert table.rows == (("101", "Ärlig Åsa", "11122", "1"), ("102", "Örjan", "123 45", "0"))
    assert table.row_numbers == (2, 4)


@pytest.mark.parametrize(
    "content",
    [b"", b"\n\n", b"PK\x03\x04 not really a zip file", bytes(range(256)) * 4],
)
def test_a_file_that_is_no_table_is_refused_clearly(tmp_path, content):
    path = tmp_path / "kunder.csv"
    path.write_bytes(content)
    with pytest.raises(KundbokError) as raised:
        read_table(path)
    assert "kunder.csv" in str(raised.value)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(TableFileError, match=r"saknas\.csv"):
        read_table(tmp_path / "saknas.csv")


def test_old_excel_file_is_refused_with_advice(tmp_path):
    path = tmp_path / "kunder.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))
    with pytest.raises(TableFileError, match=r"\.xlsx or CSV"):
        read_table(path)


def test_binary_file_is_told_as_an_unknown_encoding():
    with pytest.raises(TableFileError, match="encoding"):
        csv_table(b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "bild.csv")
