"""`kundbok reminders --made` and `--again ID`: the reminders already made, and one of them
written or e-mailed again as it was made (no new level, no second fee)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from kundbok.cli.common import SOME_NOT_SENT, one_line, open_database

if TYPE_CHECKING:
    from kundbok.db.session import Database


def made_reminders_command(args: argparse.Namespace, folder: Path | None) -> int:
    """List the reminders made, or write or send one again; exit status as `kundbok`'s."""
    from kundbok.services.reminders.history import made_reminders

    database = open_database(args, create=False)
    try:
        if args.made:
            for row in made_reminders(database):
                numbers = ",".join(str(number) for number in row.invoice_numbers)
                sent = (
                    f"e-mailed to {row.sent_to}"
                    if row.sent_at
                    else "printed"
                    if row.printed_at
                    else "not yet sent"
                )
                print(
                    one_line(
                        f"{row.reminder_id} {row.reminder_date.isoformat()} "
                        f"{row.customer_number} {row.customer_name}: invoices {numbers}; "
                        f"total {row.total:.2f} {row.currency} ({sent})"
                    )
                )
            return 0
        reminder_id: int = args.again
        if folder is not None:
            return _write_again(database, reminder_id, folder)
        if args.send:
            return 0 if _send_again(database, reminder_id) else SOME_NOT_SENT
        from kundbok.services.reminders.overdue import get_reminder

        reminder = get_reminder(database, reminder_id)
        print(
            one_line(
                f"{reminder.id} {reminder.reminder_date.isoformat()} {reminder.buyer_name}: "
                f"total {reminder.total:.2f} {reminder.currency}; use --output DIR or --send"
            )
        )
        return 0
    finally:
        database.dispose()


def _write_again(database: Database, reminder_id: int, folder: Path) -> int:
    from kundbok.services.files import write_atomically
    from kundbok.services.pdf.reminder import reminder_pdf
    from kundbok.services.pdf.reminder_labels import reminder_labels_for
    from kundbok.services.reminders.delivery import mark_reminders_printed
    from kundbok.services.reminders.overdue import get_reminder

    reminder = get_reminder(database, reminder_id)
    name = reminder_labels_for(reminder.language)["attachment"].format(number=reminder_id)
    path = folder / name
    write_atomically(path, reminder_pdf(database, reminder_id))
    mark_reminders_printed(database, [reminder_id])  # counts now, if it never went before
    print(f"{reminder_id} -> {path}")
    return 0


def _send_again(database: Database, reminder_id: int) -> bool:
    from kundbok.i18n import error_text, load_translator, system_language
    from kundbok.services.mail.reminders import send_reminders
    from kundbok.services.mail.secrets import smtp_password
    from kundbok.services.mail.settings import get_smtp_account

    load_translator(system_language())
    account = get_smtp_account(database)
    password = smtp_password(account.host, account.user) if account.user else None
    [outcome] = send_reminders(database, [reminder_id], password)
    if outcome.sent:
        print(f"{reminder_id}: sent to {one_line(outcome.recipient)}")
        return True
    reason = error_text(outcome.error) if outcome.error else ""
    print(f"{reminder_id}: not sent: {one_line(reason)}")
    return False
