"""Peppol BIS Billing 3.0: participant identifiers, code lists, and the UBL 2.1 document."""
