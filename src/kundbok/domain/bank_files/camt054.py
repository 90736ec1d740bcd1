"""ISO 20022 camt.054 (BankToCustomerDebitCreditNotification), versions 001.02 to 001.08 and on.

Only booked credit entries are payments received. An entry may batch several transactions
(`NtryDtls/TxDtls`); each is one payment. The reference is the structured creditor reference
(`RmtInf/Strd/CdtrRefInf/Ref`) or, as some Swedish banks send it, a referred document number
(`RmtInf/Strd/RfrdDocInf/Nb`); free text (`RmtInf/Ustrd`) is kept as it is. Elements are looked up
by local name, so the differences between versions (`Sts` as text or `Sts/Cd`, the debtor's name
in `Dbtr/Nm` or `Dbtr/Pty/Nm`, the amount in `TxDtls/Amt` or `AmtDtls/TxAmt/Amt`) need no branch.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from decimal import Decimal, InvalidOperation

from kundbok.domain.bank_files.model import (
    BankFile,
    BankFileError,
    BankFileFormat,
    IncomingPayment,
)
from kundbok.domain.errors import QT_TRANSLATE_NOOP

NAMESPACE_PREFIX = "urn:iso:std:iso:20022:tech:xsd:camt.054.001."


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child(element: ET.Element | None, *path: str) -> ET.Element | None:
    """The first descendant along `path` of local names, or None."""
    for name in path:
        if element is None:
            return None
        element = next((c for c in element if _local(c.tag) == name), None)
    return element


def _children(element: ET.Element | None, name: str) -> list[ET.Element]:
    return [] if element is None else [c for c in element if _local(c.tag) == name]


def _text(element: ET.Element | None, *path: str) -> str:
    found = _child(element, *path)
    return (found.text or "").strip() if found is not None else ""


def _error(what: str) -> BankFileError:
    return BankFileError(
        QT_TRANSLATE_NOOP("messages", "The camt.054 file cannot be read: {what}."), what=what
    )


def _amount(element: ET.Element | None) -> tuple[Decimal, str] | None:
    if element is None:
        return None
    try:
        value = Decimal((element.text or "").strip())
    except InvalidOperation:
        raise _error(QT_TRANSLATE_NOOP("messages", "an amount is not a number")) from None
    if not value.is_finite() or value < 0:
        raise _error(QT_TRANSLATE_NOOP("messages", "an amount is not a number"))
    return value.quantize(Decimal("0.01")), (element.get("Ccy") or "").strip().upper()


def _date(entry: ET.Element) -> dt.date:
    for path in (("BookgDt", "Dt"), ("BookgDt", "DtTm"), ("ValDt", "Dt"), ("ValDt", "DtTm")):
        text = _text(entry, *path)
        if text:
            try:
                return dt.date.fromisoformat(text[:10])
            except ValueError:
                break
    raise _error(QT_TRANSLATE_NOOP("messages", "an entry has no valid booking date"))


def _is_booked_credit(entry: ET.Element) -> bool:
    status = _text(entry, "Sts", "Cd") or _text(entry, "Sts")
    reversed_ = _text(entry, "RvslInd").lower() == "true"
    return _text(entry, "CdtDbtInd") == "CRDT" and status in ("", "BOOK") and not reversed_


def _remittance(details: ET.Element | None) -> tuple[str | None, str]:
    information = _child(details, "RmtInf")
    reference: str | None = None
    for structured in _children(information, "Strd"):
        reference = _text(structured, "CdtrRefInf", "Ref") or _text(structured, "RfrdDocInf", "Nb")
        if reference:
            break
    free = " ".join(
        (line.text or "").strip() for line in _children(information, "Ustrd") if line.text
    )
    return reference or None, free


def _payer(details: ET.Element | None) -> str:
    parties = _child(details, "RltdPties")
    for path in (("Dbtr", "Pty", "Nm"), ("Dbtr", "Nm"), ("UltmtDbtr", "Pty", "Nm")):
        name = _text(parties, *path)
        if name:
            return name
    return ""


def _transaction_id(
    entry: ET.Element, details: ET.Element | None, message_id: str, place: str
) -> str:
    """The bank's own id of the transaction; failing that, one made of the entry's (or the
    message's) id and the transaction's place, the same each time the file is read."""
    own = _text(details, "Refs", "AcctSvcrRef") or _text(details, "Refs", "TxId")
    if own:
        return own
    return (_text(entry, "AcctSvcrRef") or message_id) + place


def _entry_payments(entry: ET.Element, message_id: str, number: int) -> list[IncomingPayment]:
    entry_amount = _amount(_child(entry, "Amt"))
    if entry_amount is None:
        raise _error(QT_TRANSLATE_NOOP("messages", "an entry has no amount"))
    booked = _date(entry)
    transactions = [t for d in _children(entry, "NtryDtls") for t in _children(d, "TxDtls")]
    detail_list: list[ET.Element | None] = list(transactions) or [None]
    payments = []
    for index, details in enumerate(detail_list, start=1):
        if details is not None and _text(details, "CdtDbtInd") == "DBIT":
            continue
        amount = _amount(_child(details, "Amt")) or _amount(
            _child(details, "AmtDtls", "TxAmt", "Amt")
        )
        if amount is None:
            if len(detail_list) > 1:
                raise _error(QT_TRANSLATE_NOOP("messages", "a batched transaction has no amount"))
            amount = entry_amount
        reference, free = _remittance(details)
        place = f"/{number}" if len(detail_list) == 1 else f"/{number}/{index}"
        payments.append(
            IncomingPayment(
                amount=amount[0],
                currency=amount[1] or entry_amount[1] or "SEK",
                booking_date=booked,
                reference=reference,
                unstructured=free,
                payer_name=_payer(details),
                transaction_id=_transaction_id(entry, details, message_id, place),
                source_format=BankFileFormat.CAMT054,
            )
        )
    return payments


def parse_camt054(root: ET.Element) -> BankFile:
    """Read the payments received from a parsed camt.054 document."""
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if _local(root.tag) != "Document" or not namespace.startswith(NAMESPACE_PREFIX):
        raise BankFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The XML file is not an ISO 20022 camt.054 payment notification."
            )
        )
    version = "001." + namespace[len(NAMESPACE_PREFIX) :]
    message = _child(root, "BkToCstmrDbtCdtNtfctn")
    if message is None:
        raise _error(QT_TRANSLATE_NOOP("messages", "the notification is missing"))
    message_id = _text(message, "GrpHdr", "MsgId")
    if not message_id:
        raise _error(QT_TRANSLATE_NOOP("messages", "the message has no id"))
    payments: list[IncomingPayment] = []
    number = 0
    for notification in _children(message, "Ntfctn"):
        for entry in _children(notification, "Ntry"):
            number += 1
            if _is_booked_credit(entry):
                payments.extend(_entry_payments(entry, message_id, number))
    return BankFile(BankFileFormat.CAMT054, version, message_id, tuple(payments))
