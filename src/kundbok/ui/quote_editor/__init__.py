"""The quote editor: the dialog, its header, its buttons, its PDF source and the dialog that
invoices a quote."""

from kundbok.ui.quote_editor.dialog import QuoteEditor, open_quote_editor

__all__ = ["QuoteEditor", "open_quote_editor"]
