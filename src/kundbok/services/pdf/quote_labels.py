"""The texts of a quote, in Swedish and English, over the invoice's labels.

Like the invoice's labels they speak the customer's language, not the program's.
"""

from __future__ import annotations

from kundbok.services.pdf.labels import labels_for

QUOTE_LABELS = {
    "sv": {
        "quote": "Offert",
        "quote_number": "Offertnummer",
        "quote_date": "Offertdatum",
        "valid_until": "Giltig till",
        "buyer": "Kund",
        "rot": "Preliminärt ROT-avdrag",
        "rut": "Preliminärt RUT-avdrag",
        "deduction": "Preliminär skattereduktion",
        "total": "Att betala efter avdrag",
        "total_plain": "Summa att betala",
        "preliminary": "Skattereduktionen är preliminär: Skatteverket beslutar om den när "
        "fakturan är betald, och den förutsätter att du har utrymme kvar för året.",
        "attachment": "Offert {number}.pdf",
    },
    "en": {
        "quote": "Quotation",
        "quote_number": "Quotation number",
        "quote_date": "Date",
        "valid_until": "Valid until",
        "buyer": "Customer",
        "rot": "Preliminary ROT deduction",
        "rut": "Preliminary RUT deduction",
        "deduction": "Preliminary tax reduction",
        "total": "To pay after deduction",
        "total_plain": "Total",
        "preliminary": "The tax reduction is preliminary: the Swedish Tax Agency decides on "
        "it once the invoice is paid, and it requires room left in your yearly ceiling.",
        "attachment": "Quotation {number}.pdf",
    },
}


def quote_labels_for(language: str) -> dict[str, str]:
    """The invoice's labels of `language` with the quote's over them; Swedish for a language
    a quote cannot speak."""
    return {**labels_for(language), **QUOTE_LABELS.get(language, QUOTE_LABELS["sv"])}
