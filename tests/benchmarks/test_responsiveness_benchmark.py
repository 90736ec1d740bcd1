"""The window never freezes: the longest gap between ticks of a 10 ms timer on the GUI thread,
while the GUI (its real dialogs and buttons, offscreen) sends 100 invoices to a local SMTP
server, imports 10,000 customer rows, imports a camt.054 of 10,000 payments, prints 50
invoices to a PDF printer and exports SIE for 20,000 invoices. Target: no gap over 100 ms. The
benchmark's time is the whole path; the gap is kept in its extra info and printed.

With `--benchmark-disable` (CI runs every benchmark once that way) the data is small (a few
invoices, 200 rows and payments, 500 invoices in SIE) and the gap is reported, not held to the
target (`tests/helpers/benchmarking.py`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import shutil
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, QTimer
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWidget,
)
from sqlalchemy import func, select
from tests.helpers.benchmarking import sized, timed
from tests.helpers.shortcuts import new_draft

from helpers.print_dialog import AcceptingPrintDialog
from helpers.smtp_server import MailboxHandler, running_smtp_server, use_test_server
from kundbok.app import create_main_window
from kundbok.db.migrate import open_database
from kundbok.db.models import Customer, Payment
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import (
    CITIES,
    create_demo_company,
    create_demo_customers,
    random_org_number,
)
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.search import customer_counts
from kundbok.ui import print_jobs
from kundbok.ui.background import running_tasks
from kundbok.ui.payment_import_dialog import PaymentImportDialog
from kundbok.ui.sie_export_dialog import SieExportDialog
from kundbok.ui.table_import_dialog import TableImportDialog

D = TypeVar("D", bound=QWidget)
TARGET = 0.100  # seconds: the longest the window may stand still
TICK_MS = 10


INVOICES_SENT = sized(100, 5)
CUSTOMER_ROWS = sized(10_000, 200)
PAYMENTS = sized(10_000, 200)
INVOICES_PRINTED = sized(50, 3)


class GapMeter:
    """Ticks every 10 ms on the GUI thread; the longest time between two ticks is how long the
    window stood still."""

    def __init__(self) -> None:
        self.ticks: list[float] = []
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))

    def __enter__(self) -> GapMeter:
        self.ticks.append(time.perf_counter())
        self._timer.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._timer.stop()
        self.ticks.append(time.perf_counter())

    @property
    def longest(self) -> float:
        return max(b - a for a, b in itertools.pairwise(self.ticks))


@pytest.fixture
def answered(monkeypatch) -> list[str]:
    """Message boxes answered at once (what they said is kept): a benchmark does not wait for
    a user to press OK."""
    said: list[str] = []

    def answer(_parent, _title, text, *_args, **_kwargs):
        said.append(text)
        return QMessageBox.StandardButton.Ok

    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(answer))
    return said


@pytest.fixture
def measure(qtbot, benchmark) -> Callable[..., float]:
    """Run `action` (which starts the path from the GUI) under a gap meter until every task it
    started has been handed back; returns the longest gap, kept with the benchmark."""

    def run(action: Callable[[], object], done: Callable[[], bool] | None = None) -> float:
        meters: list[GapMeter] = []

        def path() -> None:
            with GapMeter() as meter:
                action()
                qtbot.waitUntil(
                    lambda: running_tasks() == 0 and (done is None or done()), timeout=600_000
                )
            meters.append(meter)

        benchmark.pedantic(path, rounds=1, iterations=1)
        longest = meters[-1].longest
        benchmark.extra_info["longest_gap_ms"] = round(longest * 1000)
        print(f"\nlongest gap {longest * 1000:.0f} ms")  # the benchmark's own figure
        if timed(benchmark):
            assert longest <= TARGET, f"the window stood still {longest * 1000:.0f} ms"
        return longest

    return run


@pytest.fixture
def window(qtbot) -> Iterator[Callable[[Path], object]]:
    """Opens the main window on a register, as the app does, and waits until what opening
    started (the overview's figures) is done: the gap measured is the path's, not the start's."""
    opened = []

    def open_window(path: Path):
        main = create_main_window(str(path))
        qtbot.addWidget(main)
        main.show()
        qtbot.waitExposed(main)
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=60_000)
        opened.append(main)
        return main

    yield open_window
    for main in opened:
        main.close()


def shown(window: QWidget, kind: type[D]) -> D | None:
    """The dialog of `kind` the window shows, if any."""
    dialogs = [dialog for dialog in window.findChildren(kind) if dialog.isVisible()]
    return dialogs[0] if dialogs else None


def _issued_register(path: Path, count: int) -> Path:
    """A register whose `count` customers are invoiced by e-mail, one issued invoice each."""
    db = open_database(path)
    create_demo_company(db)
    work = LineDetails(description="Konsulttjänst", quantity=Decimal(8), unit_price=Decimal(950))
    for number in range(count):
        postcode, city = CITIES[number % len(CITIES)]
        customer = create_customer(
            db,
            CustomerDetails(
                name=f"Kund {number} Åkesson AB",
                email=f"kund{number}@example.se",
                invoice_by_email=True,
                addresses=(AddressDetails(street="Storgatan 1", postcode=postcode, city=city),),
            ),
        )
        draft = save_draft(db, replace(new_draft(db, customer.id, dt.date.today()), lines=(work,)))
        issue_invoice(db, draft.id)
    db.dispose()
    return path


@pytest.fixture(scope="module")
def issued_register(tmp_path_factory) -> Path:
    count = max(INVOICES_SENT, INVOICES_PRINTED)
    return _issued_register(tmp_path_factory.mktemp("issued") / "kundbok.sqlite3", count)


@pytest.fixture
def fresh_copy(tmp_path) -> Callable[[Path], Path]:
    def copy(path: Path) -> Path:
        target = tmp_path / path.name
        shutil.copyfile(path, target)
        return target

    return copy


def test_sending_invoices_keeps_the_window_turning(
    measure, window, issued_register, fresh_copy, answered
):
    mailbox = MailboxHandler()
    with running_smtp_server(mailbox) as server:
        path = fresh_copy(issued_register)
        main = window(path)
        use_test_server(main.db, server.port)
        main.tabs.setCurrentIndex(1)  # the Invoices tab
        measure(main.invoice_list.button_send_unsent.click)
    assert len(mailbox.received) == max(INVOICES_SENT, INVOICES_PRINTED)
    assert answered[-1].endswith("invoices sent.")


def test_printing_invoices_keeps_the_window_turning(
    measure, window, issued_register, answered, tmp_path, monkeypatch
):
    from pypdf import PdfReader

    main = window(issued_register)
    invoices = main.invoice_list
    main.tabs.setCurrentWidget(invoices)
    invoices.refresh()
    model = invoices.model
    first, last = model.index(0, 0), model.index(INVOICES_PRINTED - 1, model.columnCount() - 1)
    invoices.table.selectionModel().select(
        QItemSelection(first, last),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    assert len(invoices.selected_issued()) == INVOICES_PRINTED
    monkeypatch.setattr(print_jobs, "QPrintDialog", AcceptingPrintDialog)
    AcceptingPrintDialog.target = str(tmp_path / "utskrift.pdf")
    measure(invoices.button_print_selected.click)
    assert answered == []
    assert len(PdfReader(tmp_path / "utskrift.pdf").pages) == len(invoices.selected_issued())


def _customer_file(path: Path, rows: int, taken: set[str]) -> Path:
    """`rows` new customers, none with an organisationsnummer in `taken` or twice in the file
    (a duplicate would be skipped, and the count of those added would be off)."""
    lines = ["Namn;Organisationsnummer;Adress;Postnummer;Ort;Telefon;E-post"]
    rng = random.Random(22)
    for number in range(rows):
        postcode, city = CITIES[number % len(CITIES)]
        org_number = random_org_number(rng)
        while org_number.replace("-", "") in taken:
            org_number = random_org_number(rng)
        taken.add(org_number.replace("-", ""))
        lines.append(
            f"Importkund {number} AB;{org_number};Storgatan {number % 90};"
            f"{postcode};{city};08-{number:06d};import{number}@example.se"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_importing_customer_rows_keeps_the_window_turning(
    measure, window, tmp_path, answered, monkeypatch, qtbot
):
    register = tmp_path / "kundbok.sqlite3"
    db = open_database(register)
    create_demo_company(db)
    create_demo_customers(db, 1_000)
    with db.unit_of_work(write=False) as session:
        taken = {
            org_number.replace("-", "")
            for org_number in session.scalars(select(Customer.org_number))
            if org_number
        }
    db.dispose()
    table = _customer_file(tmp_path / "kunder.csv", CUSTOMER_ROWS, taken)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(table), ""))
    )
    main = window(register)
    before = sum(customer_counts(main.db))

    def dialog() -> TableImportDialog | None:
        return shown(main, TableImportDialog)

    def import_from_the_menu() -> None:
        main.main_actions.action("action_import_customers").trigger()
        qtbot.waitUntil(lambda: dialog() is not None, timeout=600_000)
        dialog().button_preview.click()
        qtbot.waitUntil(lambda: running_tasks() == 0 and dialog().button_import.isVisible())
        dialog().button_import.click()

    measure(import_from_the_menu, lambda: dialog() is None)
    assert sum(customer_counts(main.db)) == before + CUSTOMER_ROWS
    assert answered[-1].startswith(f"{CUSTOMER_ROWS} customers added")


@pytest.fixture
def ledger(open_ledger_path, fresh_copy) -> Path:
    """A copy of the benchmarks' register of open invoices (20,000 at full size)."""
    return fresh_copy(open_ledger_path)


def test_importing_payments_keeps_the_window_turning(
    measure, window, ledger, open_invoices, answered, bank_file, monkeypatch, tmp_path, qtbot
):
    main = window(ledger)
    assert len(open_invoices) >= PAYMENTS
    payments = [
        (
            f"T{n}",
            amount,
            f"<Strd><CdtrRefInf><Ref>{ocr}</Ref></CdtrRefInf></Strd>",
            buyer,
            dt.date(2026, 12, 1),
        )
        for n, (_number, ocr, amount, buyer) in enumerate(open_invoices[:PAYMENTS])
    ]
    camt = tmp_path / "camt054.xml"
    camt.write_bytes(bank_file(payments))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(camt), ""))
    )

    def dialog() -> PaymentImportDialog | None:
        return shown(main, PaymentImportDialog)

    def import_from_the_menu() -> None:
        main.main_actions.action("action_import_payments").trigger()
        qtbot.waitUntil(lambda: dialog() is not None, timeout=600_000)
        assert dialog().model.rowCount() == PAYMENTS
        dialog().findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    measure(import_from_the_menu, lambda: dialog() is None)
    with main.db.unit_of_work(write=False) as session:
        booked = session.scalar(select(func.count()).select_from(Payment))
    assert booked == PAYMENTS


def test_exporting_sie_keeps_the_window_turning(
    measure, window, ledger, open_invoices, answered, monkeypatch, tmp_path, qtbot
):
    target = tmp_path / "bok.se"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    main = window(ledger)

    def export_from_the_menu() -> None:
        main.main_actions.action("action_export_sie").trigger()
        [dialog] = [d for d in main.findChildren(SieExportDialog) if d.isVisible()]
        dialog.field_from.setDate(QDate(2026, 1, 1))
        dialog.field_to.setDate(QDate(2026, 12, 31))
        dialog.accept()

    measure(export_from_the_menu)
    assert answered[-1].endswith("vouchers written to bok.se.")
    assert target.read_bytes().count(b"#VER ") >= len(open_invoices)
