"""Workbooks as Excel and other programs write them: shared, rich and inline strings, formulas,
booleans, cells without references, the first sheet wherever the workbook keeps it."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from kundbok.services.tables import TableFileError, read_table

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _workbook(path, sheet_xml: str, shared_xml: str | None, target: str) -> None:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>'
            '<sheet name="Kunder" sheetId="7" r:id="rId9"/>'
            '<sheet name="Annat" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        relationships = (
            f'<Relationship Id="rId9" Type="{OFFICE}/worksheet" Target="{target}"/>'
            f'<Relationship Id="rId1" Type="{OFFICE}/worksheet" Target="worksheets/other.xml"/>'
        )
        if shared_xml is not None:
            relationships += (
                f'<Relationship Id="rId3" Type="{OFFICE}/sharedStrings" Target="strings.xml"/>'
            )
            archive.writestr("xl/strings.xml", shared_xml)
        archive.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{RELS}">{relationships}</Relationships>',
        )
        archive.writestr("xl/worksheets/kunder.xml", sheet_xml)
        archive.writestr(
            "xl/worksheets/other.xml",
            f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr">'
            "<is><t>fel blad</t></is></c></row></sheetData></worksheet>",
        )


SHARED = (
    f'<sst xmlns="{MAIN}"><si><t>Namn</t></si><si><t xml:space="preserve">Postnummer</t></si>'
    "<si><r><t>Åkers</t></r><r><rPr><b/></rPr><t>bergs AB</t></r>"
    "<rPh><t>ふりがな</t></rPh></si><si><t>Aktiv</t></si></sst>"
)
SHEET = (
    f'<worksheet xmlns="{MAIN}"><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c>'
    '<c r="C1" t="s"><v>3</v></c><c r="D1" t="inlineStr"><is><t>Rabatt</t></is></c></row>'
    '<row r="3"><c r="A3" t="s"><v>2</v></c><c r="B3"><v>38791</v></c>'
    '<c r="C3" t="b"><v>1</v></c><c r="D3"><f>1+1.5</f><v>2.5</v></c></row>'
    '<row><c t="inlineStr"><is><r><t>Öland</t></r><r><t>s Ost</t></r></is></c>'
    '<c t="str"><f>"123"&amp;" 45"</f><v>123 45</v></c></row>'
    "</sheetData></worksheet>"
)


@pytest.mark.parametrize("target", ["worksheets/kunder.xml", "/xl/worksheets/kunder.xml"])
def test_cells_of_the_first_sheet_as_text(tmp_path, target):
    path = tmp_path / "kunder.xlsx"
    _workbook(path, SHEET, SHARED, target)
    table = read_table(path)
    assert table.header == ("Namn", "Postnummer", "Aktiv", "Rabatt")
    assert table.rows == (("Åkersbergs AB", "38791", "1", "2.5"), ("Ölands Ost", "123 45", "", ""))
    assert table.row_numbers == (3, 4)


def test_a_workbook_without_shared_strings(tmp_path):
    path = tmp_path / "kunder.xlsx"
    sheet = (
        f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>Namn'
        '</t></is></c></row><row r="2"><c r="B2" t="inlineStr"><is><t>Ek AB</t></is></c>'
        "</row></sheetData></worksheet>"
    )
    _workbook(path, sheet, None, "worksheets/kunder.xml")
    table = read_table(path)
    assert (table.header, table.rows) == (("", "Namn"), (("", "Ek AB"),))


def test_broken_sheet_xml_is_not_a_table(tmp_path):
    path = tmp_path / "kunder.xlsx"
    _workbook(path, f'<worksheet xmlns="{MAIN}"><sheetData><row>', SHARED, "worksheets/kunder.xml")
    with pytest.raises(TableFileError, match=r"kunder\.xlsx"):
        read_table(path)


def test_a_zip_that_is_no_workbook_is_not_a_table(tmp_path):
    path = tmp_path / "kunder.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    with pytest.raises(TableFileError, match="not a table"):
        read_table(path)


def test_what_openpyxl_writes_reads_back(tmp_path):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Namn", "Rabatt", "Kundnummer", "Aktiv"])
    sheet.append(["=Ek AB", 2.5, 1001, False])
    sheet["A2"].data_type = "s"
    path = tmp_path / "kunder.xlsx"
    workbook.save(path)
    assert read_table(path).rows == (("=Ek AB", "2.5", "1001", "0"),)
