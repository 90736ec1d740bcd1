"""Files that are not quite tables, or far too large ones, are refused with a message that
names the row, never with a traceback, and never by filling the memory."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.helpers.workbooks import MAIN, workbook

from kundbok.services.tables import TableFileError, csv_table, read_table
from kundbok.services.tables import table_limits as bounds

HEADER = "Kundnummer;Namn;Ort\r\n"
SHEET_START = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
SHEET_END = b"</sheetData></worksheet>"
NAME_ROW = b'<row><c t="inlineStr"><is><t>Namn</t></is></c></row>'


def _sheet(*rows: tuple[bytes, int]) -> list[tuple[bytes, int]]:
    return [(SHEET_START, 1), (NAME_ROW, 1), *rows, (SHEET_END, 1)]


def test_a_byte_windows_1252_lacks_far_into_the_file_names_its_row(tmp_path):
    rows = "".join(f"{n};Åkesson & Söner {n};Göteborg\r\n" for n in range(1, 8000))
    content = (HEADER + rows).encode("cp1252")
    assert len(content) > 250_000  # beyond what the encoding is guessed from
    content += b"8000;Tr\x81kig AB;Lund\r\n"
    path = tmp_path / "kunder.csv"
    path.write_bytes(content)
    with pytest.raises(TableFileError) as refused:
        read_table(path)
    assert str(refused.value).startswith(
        "Row 8001 of kunder.csv has a byte (0x81) that is no character in Windows-1252"
    )


def test_utf16_big_endian_without_a_byte_order_mark_is_read():
    content = (HEADER + "1;Åkesson AB;Göteborg\r\n").encode("utf-16-be")
    table = csv_table(content, "kunder.csv")
    assert table.header == ("Kundnummer", "Namn", "Ort")
    assert table.rows == (("1", "Åkesson AB", "Göteborg"),)


@pytest.mark.parametrize("rows_after", [3, 20_000])
def test_a_quote_that_never_closes_is_refused_naming_its_row(rows_after):
    text = (
        HEADER
        + '1;Ek AB;"Sthlm\r\n'
        + "".join(f"{n};Kund {n};Lund\r\n" for n in range(2, rows_after + 2))
    )
    with pytest.raises(TableFileError) as refused:
        csv_table(text.encode(), "kunder.csv")
    assert str(refused.value).startswith('Row 2 of kunder.csv opens a quote (") that never closes')


def test_text_after_a_closing_quote_is_refused_naming_its_row():
    text = HEADER + '1;Ek AB;Lund\r\n2;"Brf "Solen"";Umeå\r\n'
    with pytest.raises(TableFileError, match=r"^Row 3 of kunder.csv has text after the quote"):
        csv_table(text.encode(), "kunder.csv")


def test_a_quoted_cell_over_several_lines_is_still_one_cell():
    table = csv_table(b'Namn;Anteckning\r\nEk AB;"rad ett\r\nrad \xc2\xbbtv\xc3\xa5\xc2\xab"\r\n')
    assert table.rows == (("Ek AB", "rad ett\r\nrad »två«"),)


def test_two_columns_with_one_heading_are_refused():
    with pytest.raises(TableFileError) as refused:
        csv_table(b"Namn;Ort;namn\r\nEk AB;Lund;Ek\r\n", "kunder.csv")
    assert str(refused.value) == (
        "kunder.csv has two columns headed 'namn' (columns 1 and 3); give each column its own "
        "heading, or remove one, and import it again."
    )
    # Columns without a heading are left out, as many as there are.
    assert csv_table(b"Namn;;;Ort\r\nEk AB;;x;Lund\r\n").header == ("Namn", "", "", "Ort")


def test_cells_keep_their_leading_spaces_and_tabs():
    table = csv_table('Namn;Anteckning\r\nEk AB;"\tindrag"\r\n  Ek;  två\r\n'.encode())
    assert table.rows == (("Ek AB", "\tindrag"), ("  Ek", "  två"))


def test_too_many_rows_or_columns_or_too_long_a_cell_are_refused(tmp_path, monkeypatch):
    rows = "Namn\r\n" + "Kund\r\n" * (bounds.ROWS + 1)
    with pytest.raises(TableFileError, match="has more than 250000 rows"):
        csv_table(rows.encode(), "kunder.csv")
    assert len(csv_table(("Namn\r\n" + "Kund\r\n" * bounds.ROWS).encode()).rows) == bounds.ROWS
    with pytest.raises(TableFileError, match=r"^Row 2 of kunder.csv has cells beyond"):
        csv_table(b"Namn\r\n" + b";" * bounds.COLUMNS + b"\r\n", "kunder.csv")
    with pytest.raises(TableFileError, match=r"^Row 3 of kunder.csv has a cell of more than"):
        csv_table(b"Namn\r\nEk\r\n" + b"x" * (bounds.CELL_CHARACTERS + 1), "kunder.csv")
    monkeypatch.setattr(bounds, "FILE_BYTES", 1000)
    path = tmp_path / "kunder.csv"
    path.write_bytes(b"Namn\r\n" + b"Kund AB\r\n" * 200)
    with pytest.raises(TableFileError, match=r"^kunder.csv is larger than 0 MB"):
        read_table(path)


def test_a_cell_beyond_the_last_column_of_a_sheet_is_refused(tmp_path):
    for reference in ("ZZZZZZZZ2", "XFE2"):
        cell = f'<row r="2"><c r="{reference}" t="inlineStr"><is><t>x</t></is></c></row>'
        path = tmp_path / "kunder.xlsx"
        path.write_bytes(workbook(_sheet((cell.encode(), 1))))
        with pytest.raises(TableFileError, match=r"^Row 2 of kunder.xlsx has cells beyond"):
            read_table(path)
    last = b'<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>'
    path.write_bytes(workbook(_sheet((last, 1))))
    assert read_table(path).header == ("Namn",)


def test_a_cell_longer_than_a_spreadsheet_holds_is_refused_with_its_row(tmp_path):
    long_text = b"x" * (bounds.CELL_CHARACTERS + 1)
    inline = b'<row r="4"><c t="inlineStr"><is><t>' + long_text + b"</t></is></c></row>"
    shared = [(f'<sst xmlns="{MAIN}"><si><t>'.encode(), 1), (long_text, 1), (b"</t></si></sst>", 1)]
    for sheet, strings in (
        (_sheet((inline, 1)), None),
        (_sheet((b'<row r="5"><c t="s"><v>0</v></c></row>', 1)), shared),
    ):
        path = tmp_path / "kunder.xlsx"
        path.write_bytes(workbook(sheet, strings) if strings else workbook(sheet))
        with pytest.raises(TableFileError, match=r"^Row [45] of kunder.xlsx has a cell of more"):
            read_table(path)


_READ_AND_MEASURE = """
import resource, sys
from pathlib import Path
from kundbok.services.tables import TableFileError, read_table
try:
    read_table(Path(sys.argv[1]))
except TableFileError as error:
    print(error)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _at_most_2_gb() -> None:
    # A reader without limits fails here instead of taking the machine's memory.
    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def _hostile_files() -> dict[str, bytes]:
    row = b'<row><c t="inlineStr"><is><t>Kund AB</t></is></c></row>'
    many_rows = row * 1024
    gigabyte_and_a_half = 1536 * 1024 * 1024 // (16 * 1024 * 1024)
    huge = (b"a" * (16 * 1024 * 1024), gigabyte_and_a_half)
    refer = (b'<row r="2"><c r="A2" t="s"><v>1</v></c></row>', 1)
    shared_start = f'<sst xmlns="{MAIN}"><si><t>Namn</t></si><si><t>'.encode()
    return {
        # 1,048,576 rows, every row a spreadsheet has: about 8 MB packed.
        "rows.xlsx": workbook(_sheet((many_rows, 1023), (row * 1023, 1))),
        # A cell of 1.5 GB in 1.5 MB, among the shared texts and in the sheet.
        "shared.xlsx": workbook(_sheet(refer), [(shared_start, 1), huge, (b"</t></si></sst>", 1)]),
        "inline.xlsx": workbook(
            _sheet((b'<row r="2"><c t="inlineStr"><is><t>', 1), huge, (b"</t></is></c></row>", 1))
        ),
        # 200 MB: within the size a sheet may unpack to, refused by the cell's length.
        "cell.xlsx": workbook(
            _sheet(
                (b'<row r="2"><c t="inlineStr"><is><t>', 1),
                (huge[0], 12),
                (b"</t></is></c></row>", 1),
            )
        ),
    }


def test_hostile_workbooks_are_refused_within_500_mb(tmp_path):
    expected = {
        "rows.xlsx": "rows.xlsx has more than 250000 rows",
        "shared.xlsx": "shared.xlsx unpacks to more than",
        "inline.xlsx": "inline.xlsx unpacks to more than",
        "cell.xlsx": "Row 2 of cell.xlsx has a cell of more than 32767 characters",
    }
    for name, content in _hostile_files().items():
        path = tmp_path / name
        path.write_bytes(content)
        assert len(content) < 12 * 1024 * 1024, name
        result = subprocess.run(
            [sys.executable, "-c", textwrap.dedent(_READ_AND_MEASURE), str(path)],
            capture_output=True,
            text=True,
            timeout=300,
            preexec_fn=_at_most_2_gb,
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        assert result.returncode == 0, result.stderr[-2000:]
        message, peak_mb = result.stdout.strip().splitlines()
        assert message.startswith(expected[name]), message
        assert int(peak_mb) < 500, f"{name}: {peak_mb} MB"
        path.unlink()


def test_the_limits_leave_room_for_a_register_of_100000_customers():
    assert bounds.ROWS >= 2 * 100_000
    assert bounds.FILE_BYTES >= 4 * 40 * 1024 * 1024


def test_a_workbook_at_the_limits_is_read(tmp_path):
    row = b'<row><c t="inlineStr"><is><t>Kund AB</t></is></c></row>'
    path = tmp_path / "kunder.xlsx"
    path.write_bytes(workbook(_sheet((row, 1000))))
    assert len(read_table(Path(path)).rows) == 1000
