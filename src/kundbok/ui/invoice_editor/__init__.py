"""The invoice editor: the dialog, its lines model and the cell editors of the lines."""

from kundbok.ui.invoice_editor.dialog import InvoiceEditor, open_invoice_editor

__all__ = ["InvoiceEditor", "open_invoice_editor"]
