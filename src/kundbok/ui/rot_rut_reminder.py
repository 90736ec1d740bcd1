"""The January reminder: paid ROT/RUT invoices of last year not yet claimed from Skatteverket,
who takes claims until 31 January. A link in the status bar opens the claim dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow

from kundbok.db.session import Database
from kundbok.services.rot_rut_claims import unclaimed_cases


def reminder_text(count: int, year: int) -> str:
    """What the status bar says about `count` unclaimed cases of `year`."""
    return QCoreApplication.translate(
        "RotRutReminder",
        "{count} paid ROT/RUT invoices of {year} not yet claimed: send by 31 January. "
        '<a href="claim">Request payment…</a>',
    ).format(count=count, year=year)


def remind_unclaimed(
    window: QMainWindow,
    db: Database,
    open_claim: Callable[[], object],
    today: dt.date | None = None,
) -> QLabel | None:
    """In January, a status bar label (objectName rot_rut_reminder) when last year's paid
    ROT/RUT invoices are unclaimed; None when there is nothing to remind of."""
    today = today or dt.date.today()
    if today.month != 1:
        return None
    cases = unclaimed_cases(db, today.year - 1)
    if not cases:
        return None
    label = QLabel(reminder_text(len(cases), today.year - 1), window)
    label.setObjectName("rot_rut_reminder")
    label.linkActivated.connect(lambda _link: open_claim())
    window.statusBar().addWidget(label)
    return label
