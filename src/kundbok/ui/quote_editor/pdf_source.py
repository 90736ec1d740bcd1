"""A quote's pages for the preview pane: the form's quote and the company, built off the GUI
thread by the quote's own PDF builder."""

from __future__ import annotations

from collections.abc import Callable

from kundbok.db.session import Database
from kundbok.domain.quote import QuoteDetails
from kundbok.services.settings import CompanySettings, get_company


class QuotePdfSource:
    """`PdfSource` of the preview pane for a quote."""

    def __init__(self, db: Database, current_quote: Callable[[], QuoteDetails | None]) -> None:
        self._db = db
        self._current_quote = current_quote
        self._company: CompanySettings | None = None

    def builder(self) -> Callable[[], bytes] | None:
        """The build of the quote as the form holds it; see `PdfSource.builder`."""
        quote = self._current_quote()
        if quote is None:
            return None
        if self._company is None:
            self._company = get_company(self._db)
        company = self._company

        def build() -> bytes:
            from kundbok.services.pdf.quote import render_quote_pdf  # reportlab off the GUI

            return render_quote_pdf(quote, company)

        return build

    def forget(self) -> None:
        """Read the company again on the next build."""
        self._company = None
