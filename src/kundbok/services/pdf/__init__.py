"""Invoices as PDF: labels, page layout, the parts of an invoice, and the document."""

from kundbok.services.pdf.document import (
    invoice_pdf,
    issued_invoice_pdf,
    render_invoice_pdf,
    save_invoice_pdf,
)

__all__ = ["invoice_pdf", "issued_invoice_pdf", "render_invoice_pdf", "save_invoice_pdf"]
