"""The `kundbok` commands on single invoices: make one (`invoice new`), issue a draft, credit an
issued invoice, record a missing exchange rate; the PDF of an issued one; throwing a draft away.

The commands that make a document print its number (or a draft's id) alone on the first line of
standard output, for scripts to read; a line about it follows. Bad input is one line on
standard error, exit status 2, and nothing is made.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kundbok.cli.common import (
    BAD_INPUT,
    UsageError,
    confirmed,
    date_argument,
    document_number,
    exchange_rate_argument,
    one_line,
    open_database,
    positive,
)
from kundbok.cli.lines import add_line_options

if TYPE_CHECKING:
    from kundbok.db.session import Database
    from kundbok.domain.invoice import InvoiceDetails


def add_invoice_commands(commands: Any) -> None:
    """Add the invoice commands to the `kundbok` command."""
    pdf = commands.add_parser("invoice-pdf", help="render an issued invoice as PDF")
    pdf.add_argument("number", type=positive, metavar="NUMBER")
    pdf.add_argument("output", metavar="OUT.pdf")
    pdf.set_defaults(handler=_invoice_pdf)

    draft = commands.add_parser("delete-draft", help="throw away an invoice draft (by its id)")
    draft.add_argument("draft_id", type=positive, metavar="ID")
    draft.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    draft.set_defaults(handler=_delete_draft)

    invoice = commands.add_parser(
        "invoice", help="make, issue or credit an invoice (prints its number or draft id)"
    )
    actions = invoice.add_subparsers(dest="action", metavar="ACTION", required=True)
    _add_new(actions)
    issue = actions.add_parser("issue", help="issue a draft: it gets the next number")
    issue.add_argument("draft_id", type=positive, metavar="DRAFT_ID")
    issue.add_argument(
        "--exchange-rate",
        type=exchange_rate_argument,
        metavar="RATE",
        help="kronor for 1 unit of the invoice's currency on its delivery date",
    )
    issue.set_defaults(handler=_issue)
    credit = actions.add_parser("credit", help="credit an issued invoice (a draft, or --issue)")
    credit.add_argument("number", type=document_number, metavar="NUMBER")
    credit.add_argument("--issue", action="store_true", help="issue the credit note at once")
    credit.add_argument(
        "--free-entries",
        action="store_true",
        help="give the invoice's entries back for a new invoice (with --issue)",
    )
    credit.set_defaults(handler=_credit)
    rate = actions.add_parser(
        "rate", help="record the exchange rate of an invoice issued without one"
    )
    rate.add_argument("number", type=document_number, metavar="NUMBER")
    rate.add_argument("rate", type=exchange_rate_argument, metavar="RATE")
    rate.set_defaults(handler=_rate)


def _add_new(actions: Any) -> None:
    new = actions.add_parser(
        "new", help="make an invoice for a customer: a draft, or issued with --issue"
    )
    new.add_argument("--customer", type=document_number, required=True, metavar="NUMBER")
    add_line_options(new)
    new.add_argument("--text", default="", metavar="T", help="text printed on the invoice")
    new.add_argument("--their-reference", metavar="R", help="default: the customer card's")
    new.add_argument("--order-reference", default="", metavar="O", help="the buyer's order")
    new.add_argument("--buyer-reference", metavar="B", help="e-invoice reference code")
    new.add_argument("--date", type=date_argument, metavar="D", help="invoice date (today)")
    new.add_argument(
        "--exchange-rate",
        type=exchange_rate_argument,
        metavar="R",
        help="a customer in another currency: kronor for 1 unit on the delivery date",
    )
    reduction = new.add_mutually_exclusive_group()
    reduction.add_argument(
        "--rot", dest="rot_rut", action="store_const", const="rot", default="", help="ROT"
    )
    reduction.add_argument("--rut", dest="rot_rut", action="store_const", const="rut", help="RUT")
    new.add_argument("--issue", action="store_true", help="issue it: it gets the next number")
    new.set_defaults(handler=_new)


def print_made(invoice: InvoiceDetails) -> int:
    """Print the document's number (a draft: its id) alone on the first line, then what it is."""
    from kundbok.domain.invoice import InvoiceKind

    kind = "credit note" if invoice.kind == InvoiceKind.CREDIT_NOTE else "invoice"
    total = invoice.totals()
    if invoice.number is None:
        print(invoice.id)
        what = f"{kind} draft {invoice.id}"
    else:
        print(invoice.number)
        what = f"{kind} {invoice.number} issued"
    print(one_line(f"{what}: {invoice.buyer_name}, {total.to_pay:.2f} {invoice.currency}"))
    return 0


def _new(args: argparse.Namespace) -> int:
    from kundbok.services.invoice_orders import InvoiceOrder, order_invoice

    if not args.lines:
        raise UsageError("an invoice needs at least one --line or --text-line")
    order = InvoiceOrder(
        customer_number=args.customer,
        lines=tuple(args.lines),
        invoice_date=args.date,
        text=args.text,
        their_reference=args.their_reference,
        order_reference=args.order_reference,
        buyer_reference=args.buyer_reference,
        exchange_rate=args.exchange_rate,
        rot_rut=args.rot_rut,
    )
    database = open_database(args, create=False)
    try:
        made = order_invoice(database, order, issue=args.issue)
    finally:
        database.dispose()
    if not made.customer_active:
        print(f"kundbok: note: customer {args.customer} is passive", file=sys.stderr)
    if made.alert_text.strip():
        print(f"kundbok: note: {one_line(made.alert_text)}", file=sys.stderr)
    invoice = made.invoice
    if invoice.number is None and invoice.currency != "SEK" and invoice.exchange_rate is None:
        print(
            f"kundbok: note: the draft is in {invoice.currency}; issue it with "
            f"kundbok invoice issue {invoice.id} --exchange-rate RATE",
            file=sys.stderr,
        )
    return print_made(invoice)


def _issue(args: argparse.Namespace) -> int:
    from kundbok.services.invoices import issue_invoice

    database = open_database(args, create=False)
    try:
        issued = issue_invoice(database, args.draft_id, exchange_rate=args.exchange_rate)
    finally:
        database.dispose()
    return print_made(issued)


def _on_invoice(
    args: argparse.Namespace, call: Callable[[Database, int], InvoiceDetails]
) -> InvoiceDetails:
    """`call` on the register with the id of the issued invoice numbered `args.number`."""
    from kundbok.services.invoice_queries import find_invoice_id

    database = open_database(args, create=False)
    try:
        return call(database, find_invoice_id(database, args.number))
    finally:
        database.dispose()


def _credit(args: argparse.Namespace) -> int:
    from kundbok.services.entry_invoicing import free_credited_entries
    from kundbok.services.invoices import create_credit_note

    if args.free_entries and not args.issue:
        raise UsageError("--free-entries needs --issue: a draft credit note credits nothing yet")

    def credit(db: Database, invoice_id: int) -> InvoiceDetails:
        note = create_credit_note(db, invoice_id, issue=args.issue)
        if args.free_entries:
            freed = free_credited_entries(db, invoice_id)
            print(f"kundbok: note: {freed} entries freed for a new invoice", file=sys.stderr)
        return note

    return print_made(_on_invoice(args, credit))


def _rate(args: argparse.Namespace) -> int:
    from kundbok.services.exchange_rates import record_exchange_rate

    recorded = _on_invoice(
        args, lambda db, invoice_id: record_exchange_rate(db, invoice_id, args.rate)
    )
    print(f"invoice {recorded.number}: 1 {recorded.currency} = {args.rate.normalize():f} SEK")
    return 0


def _invoice_pdf(args: argparse.Namespace) -> int:
    from kundbok.services.pdf import save_invoice_pdf

    database = open_database(args, create=False)
    path = save_invoice_pdf(database, args.number, Path(args.output))
    database.dispose()
    print(path)
    return 0


def _delete_draft(args: argparse.Namespace) -> int:
    from kundbok.services.invoices import delete_draft

    database = open_database(args, create=False)
    if not confirmed(f"Delete invoice draft {args.draft_id}?", args.yes):
        database.dispose()
        print("kundbok: nothing was deleted (confirm with y, or pass --yes)", file=sys.stderr)
        return BAD_INPUT
    delete_draft(database, args.draft_id)
    database.dispose()
    print(f"invoice draft {args.draft_id} deleted")
    return 0
