"""The texts of a statement of account, in Swedish and English: like the invoice's labels they
speak the customer's language, not the program's."""

from __future__ import annotations

from kundbok.domain.statement import Entry, EntryKind

STATEMENT_LABELS = {
    "sv": {
        "title": "Kontoutdrag",
        "date": "Datum",
        "intro": "Kontoutdrag för kundnummer {number}, perioden {first} – {last}.",
        "currency": "Belopp i {currency}",
        "day": "Datum",
        "event": "Händelse",
        "debit": "Debet",
        "credit": "Kredit",
        "balance": "Saldo",
        "opening": "Ingående saldo {day}",
        "closing": "Utgående saldo {day}",
        "open_heading": "Öppna poster per {day}",
        "invoice": "Faktura",
        "invoice_date": "Fakturadatum",
        "due": "Förfallodatum",
        "days_late": "Dagar sen",
        "ocr": "OCR-nummer",
        "open": "Kvar att betala",
        "to_pay": "Att betala",
        "overdue": "varav förfallet",
        "to_your_good": "Till er fördel",
        "nothing_open": "Inga öppna poster: kontot är i balans.",
        "pay_hint": "Betala varje faktura med dess eget OCR-nummer. Har ni redan betalat kan ni "
        "bortse från de poster det gäller.",
        "attachment": "Kontoutdrag {number}.pdf",
        "entry.invoice": "Faktura {number}",
        "entry.interest_invoice": "Räntefaktura {number}",
        "entry.credit_note": "Kreditfaktura {number}",
        "credits": "Kreditfaktura {number}, krediterar faktura {reference}",
        "entry.payment": "Inbetalning, faktura {number}",
        "entry.refund": "Återbetalning, nr {number}",
        "entry.reminder": "Påminnelse {number}",
        "reminder_fee": "Påminnelse {number}: avgift {fee} faktureras på räntefaktura",
        "methods": "bankgiro=bankgiro|plusgiro=plusgiro|transfer=överföring|swish=Swish|"
        "cash=kontant|card=kort",
    },
    "en": {
        "title": "Statement of account",
        "date": "Date",
        "intro": "Statement of account for customer number {number}, {first} – {last}.",
        "currency": "Amounts in {currency}",
        "day": "Date",
        "event": "Transaction",
        "debit": "Debit",
        "credit": "Credit",
        "balance": "Balance",
        "opening": "Balance brought forward {day}",
        "closing": "Balance {day}",
        "open_heading": "Open items on {day}",
        "invoice": "Invoice",
        "invoice_date": "Invoice date",
        "due": "Due date",
        "days_late": "Days late",
        "ocr": "OCR reference",
        "open": "Open amount",
        "to_pay": "Amount due",
        "overdue": "of which overdue",
        "to_your_good": "In your favour",
        "nothing_open": "No open items: the account is settled.",
        "pay_hint": "Please pay each invoice with its own OCR reference. If you have already "
        "paid, please disregard the items concerned.",
        "attachment": "Statement {number}.pdf",
        "entry.invoice": "Invoice {number}",
        "entry.interest_invoice": "Interest invoice {number}",
        "entry.credit_note": "Credit note {number}",
        "credits": "Credit note {number}, crediting invoice {reference}",
        "entry.payment": "Payment, invoice {number}",
        "entry.refund": "Refund, no. {number}",
        "entry.reminder": "Reminder {number}",
        "reminder_fee": "Reminder {number}: fee of {fee} to be invoiced on an interest invoice",
        "methods": "bankgiro=bank giro|plusgiro=plusgiro|transfer=transfer|swish=Swish|"
        "cash=cash|card=card",
    },
}


def statement_labels_for(language: str) -> dict[str, str]:
    """The statement texts of `language`; Swedish for a language a statement cannot speak."""
    return STATEMENT_LABELS.get(language, STATEMENT_LABELS["sv"])


def entry_text(entry: Entry, labels: dict[str, str], fee: str = "") -> str:
    """What a statement line says: "Faktura 1204", "Inbetalning, faktura 1204 (bankgiro)";
    `fee` is a reminder's fee as printed."""
    number = "" if entry.number is None else str(entry.number)
    if entry.kind is EntryKind.CREDIT_NOTE and entry.reference:
        return labels["credits"].format(number=number, reference=entry.reference)
    if entry.kind is EntryKind.REMINDER and entry.fee:
        return labels["reminder_fee"].format(number=number, fee=fee)
    text = labels[f"entry.{entry.kind}"].format(number=number)
    if entry.kind is EntryKind.PAYMENT and entry.reference:
        methods = dict(pair.split("=") for pair in labels["methods"].split("|"))
        text += f" ({methods.get(entry.reference, entry.reference)})"
    return text
