"""The `kundbok print-invoice` command: issued invoices printed through Qt, as one job.

`kundbok print-invoice NUMBER... [--printer NAME] [--copies N] [--output FILE.pdf]`. The pages
go the way the app prints them (`kundbok.ui.printing.print_pdfs`); `--output` sends them to Qt's
PDF printer instead of a real one, which is what "print to file" does. Qt starts only for this
command, on the offscreen platform unless one is set: printing needs no screen.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import UsageError, document_number, open_database, printable

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


def add_printing_commands(commands: Any) -> None:
    """Add `print-invoice` to the `kundbok` command's subparsers."""
    printing = commands.add_parser(
        "print-invoice",
        help="print issued invoices in one job (to a printer, or with --output to a PDF file)",
    )
    printing.add_argument("numbers", nargs="+", type=document_number, metavar="NUMBER")
    printing.add_argument("--printer", metavar="NAME", help="default: the system's default")
    printing.add_argument("--copies", type=_copies, default=1, metavar="N")
    printing.add_argument("--output", metavar="FILE.pdf", help="print into this PDF file")
    printing.set_defaults(handler=_print_invoices)


def _copies(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 99:
        raise argparse.ArgumentTypeError(f"copies must be a whole number from 1 to 99: {text!r}")
    return int(text)


def _start_qt() -> None:
    """A QGuiApplication for painting on a printer; offscreen unless a platform is chosen."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["kundbok"])


def _printer(args: argparse.Namespace) -> QPrinter:
    """The printer the arguments name: a PDF file, a named printer or the default one."""
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(args.copies)
    if args.output:
        folder = Path(args.output).absolute().parent
        if not folder.is_dir():
            raise UsageError(f"there is no folder {str(folder)!r} to print the file into")
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(args.output)
        return printer
    names = QPrinterInfo.availablePrinterNames()
    name = args.printer or QPrinterInfo.defaultPrinterName()
    if not names or not name:
        raise UsageError("no printer available; print into a file with --output FILE.pdf")
    if name not in names:
        raise UsageError(f"no printer named {name!r}; the printers are {', '.join(names)}")
    printer.setPrinterName(name)
    return printer


def _record_printed(args: argparse.Namespace) -> None:
    from kundbok.services.invoice_outputs import record_printed
    from kundbok.services.invoice_queries import find_invoice_id

    database = open_database(args, create=False)
    try:
        record_printed(database, [find_invoice_id(database, number) for number in args.numbers])
    finally:
        database.dispose()


def _print_invoices(args: argparse.Namespace) -> int:
    from kundbok.services.pdf import issued_invoice_pdf

    database = open_database(args, create=False)
    try:
        # Every invoice is found and rendered before anything prints: a bad number prints nothing.
        pdfs = [issued_invoice_pdf(database, number) for number in args.numbers]
    finally:
        database.dispose()
    _start_qt()
    from kundbok.ui.printing import print_pdfs  # Qt's printing loads only for this command

    printer = _printer(args)
    pages = print_pdfs(printer, pdfs)
    if not args.output:  # on paper: the invoice list says it went out printed
        _record_printed(args)
    target = args.output or printer.printerName()
    print(f"{len(pdfs)} invoices, {pages} pages printed to {printable(target)}")
    return 0
