"""How issued invoices went out on paper or as e-invoice files, kept for the invoice list.

E-mail keeps its own record when it is sent (`services/mail/invoices.py`). Recording an output
does not count as an edit of the invoice: its version stays, so nobody's open editor is told
the invoice changed under it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import update

from kundbok.db.models import Invoice
from kundbok.db.session import Database


def _record(db: Database, invoice_ids: Sequence[int], **values: dt.datetime) -> None:
    if not invoice_ids:
        return
    with db.unit_of_work() as session:
        session.execute(
            update(Invoice)
            .where(Invoice.id.in_(invoice_ids), Invoice.number.is_not(None))
            .values(**values)
            .execution_options(synchronize_session=False)
        )
        session.commit()


def record_printed(db: Database, invoice_ids: Sequence[int]) -> None:
    """The issued invoices `invoice_ids` were printed now (drafts are left as they are)."""
    _record(db, invoice_ids, printed_at=dt.datetime.now(dt.UTC))


def record_einvoice_written(db: Database, invoice_ids: Sequence[int]) -> None:
    """The e-invoice files of the issued invoices `invoice_ids` were written now."""
    _record(db, invoice_ids, einvoice_written_at=dt.datetime.now(dt.UTC))
