"""vCard from the list: export the selection, import with a preview, nothing before confirming."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QTableWidget, QWidget
from tests.helpers.shortcuts import count_customers

from kundbok.domain.customer import CustomerDetails
from kundbok.services.customers import create_customer
from kundbok.services.listing import CustomerRow
from kundbok.services.search import CustomerQuery
from kundbok.ui.vcard_dialogs import ImportPreviewDialog, export_vcard, import_vcard


def _preview(parent) -> ImportPreviewDialog:
    [shown] = [d for d in parent.findChildren(ImportPreviewDialog) if d.isVisible()]
    return shown


def test_export_the_selected_customers(
    qtbot, window, monkeypatch, tmp_path, no_dialogs, wait_for_tasks
):
    asked = {}

    def save_as(parent, caption, name, filters):
        asked["name"] = name
        return str(tmp_path / "valda"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.customers.table.selectRow(0)
    window.findChild(QAction, "action_export_vcard").trigger()
    wait_for_tasks()
    row = window.customers.selected_rows()[0]
    assert asked["name"].endswith(".vcf") and row.name.split()[0] in asked["name"]
    text = (tmp_path / "valda.vcf").read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and row.name in text


def test_import_shows_a_preview_and_changes_nothing_until_confirmed(
    qtbot, window, monkeypatch, tmp_path, no_dialogs, wait_for_tasks
):
    path = tmp_path / "nya.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nyköpings Nya AB\r\nORG:Nyköpings Nya AB\r\n"
        "END:VCARD\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    before = count_customers(window.db, CustomerQuery(include_inactive=True))
    window.findChild(QAction, "action_import_vcard").trigger()
    wait_for_tasks()
    preview = _preview(window)
    assert preview.findChild(QTableWidget, "vcard_import_entries").rowCount() == 1
    assert count_customers(window.db, CustomerQuery(include_inactive=True)) == before
    preview.accept()
    wait_for_tasks()
    assert count_customers(window.db, CustomerQuery(include_inactive=True)) == before + 1
    qtbot.waitUntil(lambda: window.customers.model.query.text == "")
    assert any(kind == "information" for kind, _text in no_dialogs[1])


def test_the_preview_lists_a_card_in_an_unknown_country_as_left_out(
    qtbot, window, monkeypatch, tmp_path, no_dialogs, wait_for_tasks
):
    path = tmp_path / "utland.vcf"
    path.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Okänd AB\r\nADR:;;Gatan 1;Staden;;1;Atlantis\r\n"
        "END:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Baker Ltd\r\n"
        "ADR:;;221B Baker St;London;;NW1 6XE;Storbritannien\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    window.findChild(QAction, "action_import_vcard").trigger()
    wait_for_tasks()
    table = _preview(window).findChild(QTableWidget, "vcard_import_entries")
    rows = [
        [table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())
    ]
    assert rows[0][:3] == ["2", "Baker Ltd", "Create"]
    assert rows[1][:2] == ["1", "Okänd AB"] and "unknown country" in rows[1][3]


def test_a_broken_file_gets_a_message(
    qtbot, window, monkeypatch, tmp_path, no_dialogs, wait_for_tasks
):
    path = tmp_path / "trasig.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nFN:Halv\r\n")
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    window.findChild(QAction, "action_import_vcard").trigger()
    wait_for_tasks()
    kind, text = no_dialogs[1][-1]
    assert kind == "warning" and "card 1" in text


def _row(details: CustomerDetails) -> CustomerRow:
    return CustomerRow(
        details.id or 0,
        details.number or 0,
        details.name,
        details.kind,
        details.org_number,
        details.personal_number,
        details.reference,
        None,
        details.phone,
        details.email,
        details.active,
    )


@pytest.mark.parametrize(
    ("answer", "written", "with_number"),
    [
        (QMessageBox.StandardButton.No, 1, False),
        (QMessageBox.StandardButton.Yes, 1, True),
        (QMessageBox.StandardButton.Cancel, 0, False),
    ],
)
def test_personal_identity_numbers_only_when_the_user_says_so(
    qtbot, db, tmp_path, monkeypatch, no_dialogs, answer, written, with_number, wait_for_tasks
):
    person = create_customer(
        db, CustomerDetails(name="Anna Lindqvist", kind="private", personal_number="811218-9876")
    )
    target = tmp_path / "anna.vcf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    answers, asked = no_dialogs
    answers["question"] = answer
    parent = QWidget()  # any widget: the dialogs ask nothing of their parent
    qtbot.addWidget(parent)
    messages: list[str] = []
    export_vcard(parent, db, [_row(person)], messages.append)
    wait_for_tasks()
    assert asked[-1][0] == "question" and "personal identity number" in asked[-1][1]
    if not written:
        assert not target.exists() and messages == []
        return
    assert messages == [f"1 customers written to {target}"]
    assert ("198112189876" in target.read_text(encoding="utf-8")) == with_number


def test_no_question_when_no_chosen_customer_has_a_personal_number(
    qtbot, db, tmp_path, monkeypatch, no_dialogs, wait_for_tasks
):
    company = create_customer(db, CustomerDetails(name="Plåt AB", org_number="556036-0793"))
    target = tmp_path / "plat.vcf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args: (str(target), ""))
    )
    parent = QWidget()
    qtbot.addWidget(parent)
    export_vcard(parent, db, [_row(company)], lambda _text: None)
    wait_for_tasks()
    assert target.exists()
    assert no_dialogs[1] == []


def test_import_calls_back_when_customers_changed(
    qtbot, db, tmp_path, monkeypatch, no_dialogs, wait_for_tasks
):
    path = tmp_path / "ny.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ny AB\r\nEND:VCARD\r\n", newline="")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args: (str(path), "")))
    parent = QWidget()
    qtbot.addWidget(parent)
    changed: list[bool] = []
    import_vcard(parent, db, lambda: changed.append(True))
    wait_for_tasks()
    preview = _preview(parent)
    assert changed == []
    preview.accept()
    wait_for_tasks()
    assert changed == [True]
