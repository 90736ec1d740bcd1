"""A quote's status in the user's words, for the list, the card and the editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.domain.quote import QuoteStatus

STATUS_TEXTS = {
    QuoteStatus.DRAFT: QT_TRANSLATE_NOOP("QuoteStatus", "Draft"),
    QuoteStatus.SENT: QT_TRANSLATE_NOOP("QuoteStatus", "Sent"),
    QuoteStatus.EXPIRED: QT_TRANSLATE_NOOP("QuoteStatus", "Expired"),
    QuoteStatus.ACCEPTED: QT_TRANSLATE_NOOP("QuoteStatus", "Accepted"),
    QuoteStatus.DECLINED: QT_TRANSLATE_NOOP("QuoteStatus", "Declined"),
    QuoteStatus.INVOICED_IN_PART: QT_TRANSLATE_NOOP("QuoteStatus", "Invoiced in part"),
    QuoteStatus.INVOICED: QT_TRANSLATE_NOOP("QuoteStatus", "Invoiced"),
}


def quote_status_text(status: QuoteStatus) -> str:
    """The status as the user reads it."""
    return QCoreApplication.translate("QuoteStatus", STATUS_TEXTS[status])
