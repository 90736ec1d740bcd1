"""Every window and dialog of the app, opened on the GUI tests' demo register: the accessibility,
keyboard and screen-size tests walk them all.

`WINDOWS` maps each window class of `kundbok.ui` (a QMainWindow or QDialog subclass) to a way
of opening it from the main window; `window_classes()` finds those classes in the package, so
a new window that is not listed here fails the tests until it is.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget
from tests.helpers.shortcuts import new_draft

import kundbok.ui
from kundbok.domain.customer import CustomerDetails
from kundbok.domain.invoice import LineDetails
from kundbok.services.invoice_queries import get_invoice
from kundbok.services.invoices import issue_invoice, save_draft
from kundbok.services.tables.reading import Table

DATA = Path(__file__).parent.parent / "data"
LINES = (
    LineDetails(description="Arbete", quantity=Decimal(2), unit_price=Decimal(500), vat_rate=25),
)


def window_classes() -> set[str]:
    """The names of the window and dialog classes defined in `kundbok.ui`."""
    found: set[str] = set()
    for module_info in pkgutil.walk_packages(kundbok.ui.__path__, "kundbok.ui."):
        module = importlib.import_module(module_info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, (QDialog, QMainWindow)):
                found.add(name)
    return found


def _issued_invoice(main) -> int:
    db = main.db
    draft = save_draft(db, replace(new_draft(db, _customer_id(main)), lines=LINES))
    return issue_invoice(db, draft.id, dt.date.today()).id


def _customer_id(main) -> int:
    from kundbok.services.customers import find_customer_id

    return find_customer_id(main.db, 1)


def _invoice_editor(main) -> QWidget:
    return main.opener.open_invoice_editor(_customer_id(main))


def _quote_editor(main) -> QWidget:
    return main.opener.open_quote_editor(_customer_id(main))


def _quote_invoice(main) -> QWidget:
    from kundbok.ui.quote_editor.invoice_dialog import QuoteInvoiceDialog

    editor = _quote_editor(main)
    return QuoteInvoiceDialog(editor.quote, [], editor)


def _payment(main) -> QWidget:
    from kundbok.ui.invoice_editor.payment_dialog import PaymentDialog

    return PaymentDialog(main, main.db, _issued_invoice(main))


def _rot_rut_decision(main) -> QWidget:
    from kundbok.ui.rot_rut_decision_dialog import RotRutDecisionDialog

    invoice = replace(get_invoice(main.db, _issued_invoice(main)), rot_rut_claim_file="a.xml")
    invoice = replace(invoice, rot_rut_claimed_at=dt.date.today())
    return RotRutDecisionDialog(main.db, invoice, main)


def _conflict(main) -> QWidget:
    from kundbok.services.conflicts import ConflictError
    from kundbok.ui.conflict_dialog import ConflictDialog

    base = CustomerDetails(name="Berg", phone="1", email="", version=1)
    theirs = replace(base, phone="2", email="x@y.se", version=2)
    changes = {"phone": ("2", "3"), "email": ("x@y.se", "")}
    return ConflictDialog(ConflictError("colleague", None, changes, theirs), base, main)


def _table() -> Table:
    return Table(("Namn", "Telefon"), (("Berg AB", "08-1"),), (2,))


def _table_import(main) -> QWidget:
    from kundbok.ui.table_import_dialog import TableImportDialog

    return TableImportDialog(main.db, QSettings(), _table(), "kunder.csv", main)


def _article_import(main) -> QWidget:
    from kundbok.ui.article_tables import ArticleImportDialog

    return ArticleImportDialog(main.db, QSettings(), _table(), "artiklar.csv", main)


def _entry_import(main) -> QWidget:
    from kundbok.services.entry_import import EntryImportPlan
    from kundbok.ui.entry_import_dialog import EntryImportDialog

    return EntryImportDialog(main.db, EntryImportPlan("underlag.csv", "0", (), None), main)


def _vcard_preview(main) -> QWidget:
    from kundbok.services.vcard.transfer import preview_vcard_import
    from kundbok.ui.vcard_dialogs import ImportPreviewDialog

    preview = preview_vcard_import(main.db, DATA / "vcard" / "google.vcf")
    return ImportPreviewDialog(preview, main)


def _payment_import(main) -> QWidget:
    from tests.unit.domain.bank_files.bank_file_samples import CAMT_08, Sent, camt054

    from kundbok.services.payments.bank_files import preview_payment_import
    from kundbok.ui.payment_import_dialog import PaymentImportDialog

    ocr = get_invoice(main.db, _issued_invoice(main)).ocr
    data = camt054(CAMT_08, [[Sent("1250.00", ocr=ocr, bank_ref="T1")]])
    return PaymentImportDialog(main, main.db, data, preview_payment_import(main.db, data))


def _pdf_preview(main) -> QWidget:
    from kundbok.services.pdf import invoice_pdf
    from kundbok.ui.printing import PdfPreviewDialog, preview_pages

    pdf = invoice_pdf(main.db, _issued_invoice(main))
    return PdfPreviewDialog([pdf], preview_pages([pdf]), lambda _printer: None, main)


def _report_preview(main) -> QWidget:
    from kundbok.ui.report_printing import ReportPreviewDialog

    return ReportPreviewDialog("<h1>Kundreskontra</h1>", main)


def _statement(main) -> QWidget:
    from kundbok.ui.statement_dialog import StatementDialog

    return StatementDialog(main.db, [_customer_id(main)], "1 Åkessons Rör AB", main)


def _sie(main) -> QWidget:
    from kundbok.ui.sie_export_dialog import SieExportDialog

    return SieExportDialog(dt.date.today(), main)


def _table_export(main) -> QWidget:
    from kundbok.ui.table_export_dialog import TableExportDialog

    return TableExportDialog(3, main)


def _price_form(main) -> QWidget:
    from kundbok.services.articles import list_articles
    from kundbok.ui.price_form import PriceForm

    return PriceForm(list_articles(main.db), None, main)


def _recipient(main) -> QWidget:
    from kundbok.ui.send_invoice_dialog import RecipientDialog

    return RecipientDialog(1, "kund@example.se", main)


def _task_progress(main) -> QWidget:
    from kundbok.ui.task_progress import TaskProgress

    return TaskProgress(main, "Skickar", "Faktura 1 av 3", lambda: None)


def _contract_adjust(main) -> QWidget:
    from kundbok.ui.contracts.adjust_dialog import ContractAdjustDialog

    return ContractAdjustDialog(main.db, [], main)


def _time_entry(main) -> QWidget:
    return main.opener.open_time_entry([])


def _card(main) -> QWidget:
    return main.opener.open_card(_customer_id(main))


WINDOWS: dict[str, Callable[[QMainWindow], QWidget | None]] = {
    "MainWindow": lambda main: main,
    "CustomerCard": _card,
    "InvoiceEditor": _invoice_editor,
    "PaymentDialog": _payment,
    "QuoteEditor": _quote_editor,
    "QuoteInvoiceDialog": _quote_invoice,
    "ArticlesDialog": lambda main: main.opener.open_articles(),
    "PriceListsDialog": lambda main: main.opener.open_price_lists(),
    "PriceForm": _price_form,
    "CustomerGroupsDialog": lambda main: main.opener.open_customer_groups(),
    "SettingsDialog": lambda main: main.opener.open_settings(),
    "RemindersDialog": lambda main: main.opener.open_reminders(),
    "ReceivablesView": lambda main: main.opener.open_receivables(),
    "RotRutClaimDialog": lambda main: main.opener.open_rot_rut_claim(),
    "RotRutDecisionDialog": _rot_rut_decision,
    "TimeEntryDialog": _time_entry,
    "UnbilledDialog": lambda main: main.opener.open_unbilled(),
    "ContractsDialog": lambda main: main.opener.open_contracts(),
    "ContractRunDialog": lambda main: main.opener.open_contract_run(),
    "ContractEditor": lambda main: main.opener.new_contract(_customer_id(main)),
    "ContractAdjustDialog": _contract_adjust,
    "ShortcutsDialog": lambda main: (
        main.findChild(QAction, "action_shortcuts").trigger() or main.opener.shortcuts
    ),
    "StatementDialog": _statement,
    "SieExportDialog": _sie,
    "TableExportDialog": _table_export,
    "TableImportDialog": _table_import,
    "ArticleImportDialog": _article_import,
    "EntryImportDialog": _entry_import,
    "ImportPreviewDialog": _vcard_preview,
    "PaymentImportDialog": _payment_import,
    "ConflictDialog": _conflict,
    "RecipientDialog": _recipient,
    "TaskProgress": _task_progress,
    "PdfPreviewDialog": _pdf_preview,
    "ReportPreviewDialog": _report_preview,
}


def open_window(main: QMainWindow, name: str) -> QWidget:
    """Open the window or dialog of class `name` from the main window and show it."""
    widget = WINDOWS[name](main)
    assert widget is not None, name
    assert type(widget).__name__ == name
    widget.show()
    return widget
