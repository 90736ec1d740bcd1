"""The texts of a reminder and of a räntefaktura's lines, in Swedish and English.

Like the invoice's labels they speak the customer's language, not the program's.
"""

from __future__ import annotations

REMINDER_LABELS = {
    "sv": {
        "reminder": "Påminnelse",
        "interest_invoice": "Räntefaktura",
        "reminder_level": "Påminnelse {level}",
        "reminder_number": "Påminnelsenummer",
        "reminder_date": "Datum",
        "intro": "Enligt våra noteringar är nedanstående fakturor inte betalda trots att "
        "förfallodagen har passerat. Vänligen betala det förfallna beloppet senast {due}. "
        "Har du redan betalat kan du bortse från denna påminnelse.",
        "invoice_number": "Faktura",
        "invoice_date": "Fakturadatum",
        "days_late": "Dagar sen",
        "open": "Kvar att betala",
        "interest_column": "Ränta",
        "compensation_column": "Förs.ers.",
        "open_total": "Förfallet belopp",
        "fee": "Påminnelseavgift",
        "compensation": "Förseningsersättning",
        "interest_until": "Dröjsmålsränta t.o.m. {day}",
        "debt_total": "Total skuld",
        "pay_now": "Att betala senast {due}",
        "charges_note": "Påminnelseavgift, förseningsersättning och dröjsmålsränta faktureras "
        "på en räntefaktura när betalningen har kommit in; räntan räknas till betalningsdagen.",
        "rate_statutory": "Dröjsmålsränta enligt räntelagen: Riksbankens referensränta plus "
        "{margin} procentenheter.",
        "rate_agreed": "Dröjsmålsränta enligt avtal: {percent} % per år.",
        "several_ocr": "Betala varje faktura med dess eget OCR-nummer.",
        "attachment": "Påminnelse {number}.pdf",
        "interest_line": "Dröjsmålsränta faktura {number}, {first} – {last} ({days} dagar)",
        "fee_line": "Påminnelseavgift, påminnelse {reminder} {date}",
        "compensation_line": "Förseningsersättning faktura {number}",
    },
    "en": {
        "reminder": "Reminder",
        "interest_invoice": "Interest invoice",
        "reminder_level": "Reminder {level}",
        "reminder_number": "Reminder number",
        "reminder_date": "Date",
        "intro": "According to our records the invoices below have not been paid although "
        "they are past their due date. Please pay the overdue amount by {due}. "
        "If you have already paid, please disregard this reminder.",
        "invoice_number": "Invoice",
        "invoice_date": "Invoice date",
        "days_late": "Days late",
        "open": "Open amount",
        "interest_column": "Interest",
        "compensation_column": "Compens.",
        "open_total": "Overdue amount",
        "fee": "Reminder fee",
        "compensation": "Late payment compensation",
        "interest_until": "Late payment interest to {day}",
        "debt_total": "Total owed",
        "pay_now": "To pay by {due}",
        "charges_note": "The reminder fee, late payment compensation and interest will be "
        "invoiced on an interest invoice once payment has been received; interest runs until "
        "the day of payment.",
        "rate_statutory": "Late payment interest under the Swedish Interest Act: the Riksbank "
        "reference rate plus {margin} percentage points.",
        "rate_agreed": "Late payment interest as agreed: {percent} % a year.",
        "several_ocr": "Please pay each invoice with its own OCR reference.",
        "attachment": "Reminder {number}.pdf",
        "interest_line": "Late payment interest, invoice {number}, {first} – {last} ({days} days)",
        "fee_line": "Reminder fee, reminder {reminder} {date}",
        "compensation_line": "Late payment compensation, invoice {number}",
    },
}


def reminder_labels_for(language: str) -> dict[str, str]:
    """The reminder texts of `language`; Swedish for a language a reminder cannot speak."""
    return REMINDER_LABELS.get(language, REMINDER_LABELS["sv"])
