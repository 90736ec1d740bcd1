"""ISO 20022 camt.054 (BankToCustomerDebitCreditNotification), versions 001.02 to 001.08 and on.

Only booked credit entries are payments received. An entry may batch several transactions
(`NtryDtls/TxDtls`); each is one payment. The reference is the structured creditor reference
(`RmtInf/Strd/CdtrRefInf/Ref`) or, as some Swedish banks send it, a referred document number
(`RmtInf/Strd/RfrdDocInf/Nb`); free text (`RmtInf/Ustrd`) is kept as it is. Elements are looked up
by local name, so the differences between versions (`Sts` as text or `Sts/Cd`, the debtor's name
in `Dbtr/Nm` or `Dbtr/Pty/Nm`, the amount in `TxDtls/Amt` or `AmtDtls/TxAmt/Amt`) need no branch.

The file is read as a stream: each transaction is taken out of the tree once read, and each entry
once its payments are made, so memory follows the payments, not the file (a bank's file of a
busy month is hundreds of megabytes of XML). defusedxml refuses DTDs and entities: no XML bombs.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import IO

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from kundbok.domain import limits
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


def _amount(element: ET.Element | None, entry: int) -> tuple[Decimal, str] | None:
    """The amount and currency of an `Amt` element; refused when it is no amount, nothing, or
    beyond the largest amount taken (the entry's place named)."""
    if element is None:
        return None
    text = (element.text or "").strip()
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise _error(QT_TRANSLATE_NOOP("messages", "an amount is not a number")) from None
    if not value.is_finite() or value < 0:
        raise _error(QT_TRANSLATE_NOOP("messages", "an amount is not a number"))
    if value > limits.MAX_AMOUNT:
        raise BankFileError(
            QT_TRANSLATE_NOOP(
                "messages",
                "The camt.054 file cannot be read: entry {entry} has the amount {amount}, "
                "larger than the largest amount taken.",
            ),
            entry=entry,
            amount=text,
        )
    if value.is_zero():
        raise BankFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The camt.054 file cannot be read: entry {entry} has the amount 0.00."
            ),
            entry=entry,
        )
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


@dataclass(frozen=True)
class _Transaction:
    """What one `TxDtls` says, kept once its element is dropped."""

    is_debit: bool
    amount: tuple[Decimal, str] | None
    reference: str | None
    free: str
    payer: str
    own_id: str  # the bank's id of the transaction, "" when it gives none


def _transaction(details: ET.Element | None, entry: int) -> _Transaction:
    if details is not None and _text(details, "CdtDbtInd") == "DBIT":
        return _Transaction(True, None, None, "", "", "")
    amount = _amount(_child(details, "Amt"), entry) or _amount(
        _child(details, "AmtDtls", "TxAmt", "Amt"), entry
    )
    reference, free = _remittance(details)
    own = _text(details, "Refs", "AcctSvcrRef") or _text(details, "Refs", "TxId")
    return _Transaction(False, amount, reference, free, _payer(details), own)


def _entry_payments(
    entry: ET.Element, transactions: list[_Transaction], message_id: str, number: int
) -> list[IncomingPayment]:
    entry_amount = _amount(_child(entry, "Amt"), number)
    if entry_amount is None:
        raise _error(QT_TRANSLATE_NOOP("messages", "an entry has no amount"))
    booked = _date(entry)
    batched = len(transactions) > 1
    payments = []
    for index, transaction in enumerate(transactions or [_transaction(None, number)], start=1):
        if transaction.is_debit:
            continue
        amount = transaction.amount
        if amount is None:
            if batched:
                raise _error(QT_TRANSLATE_NOOP("messages", "a batched transaction has no amount"))
            amount = entry_amount
        # The bank's own id of the transaction; failing that, one made of the entry's (or the
        # message's) id and the transaction's place, the same each time the file is read.
        place = f"/{number}/{index}" if batched else f"/{number}"
        transaction_id = transaction.own_id or (_text(entry, "AcctSvcrRef") or message_id) + place
        payments.append(
            IncomingPayment(
                amount=amount[0],
                currency=amount[1] or entry_amount[1] or "SEK",
                booking_date=booked,
                reference=transaction.reference,
                unstructured=transaction.free,
                payer_name=transaction.payer,
                transaction_id=transaction_id,
                source_format=BankFileFormat.CAMT054,
            )
        )
    return payments


def _check_root(element: ET.Element) -> str:
    """The version of a camt.054 root element; BankFileError for any other document."""
    namespace = element.tag[1:].split("}", 1)[0] if element.tag.startswith("{") else ""
    if _local(element.tag) != "Document" or not namespace.startswith(NAMESPACE_PREFIX):
        raise BankFileError(
            QT_TRANSLATE_NOOP(
                "messages", "The XML file is not an ISO 20022 camt.054 payment notification."
            )
        )
    return "001." + namespace[len(NAMESPACE_PREFIX) :]


class _Tags:
    """The qualified tags of the elements read, in the document's namespace, and how deep each
    lies below the root (compared as they are: a look-up per element would cost more than the
    parsing)."""

    def __init__(self, root: ET.Element) -> None:
        namespace = root.tag[: -len("Document")]
        self.notification = namespace + "Ntfctn"
        self.message_id = namespace + "MsgId"
        self.group_header = namespace + "GrpHdr"
        self.entry = namespace + "Ntry"
        self.transaction = namespace + "TxDtls"
        self.details = namespace + "NtryDtls"
        self.document = namespace + "BkToCstmrDbtCdtNtfctn"


def parse_camt054(source: IO[bytes]) -> BankFile:
    """Read the payments received from a camt.054 document, as a stream of bytes; BankFileError
    when it is not well-formed XML (or declares a DTD or entities) or not a camt.054."""
    try:
        return _parse(iterparse(source, events=("start", "end"), forbid_dtd=True))
    except (ET.ParseError, DefusedXmlException, ValueError, LookupError):
        raise BankFileError(
            QT_TRANSLATE_NOOP("messages", "The file is not well-formed XML and cannot be read.")
        ) from None


def _parse(events: Iterator[tuple[str, ET.Element]]) -> BankFile:
    first = next(events, None)
    if first is None:
        raise ET.ParseError("no element found")
    root = first[1]
    version = _check_root(root)
    tags = _Tags(root)
    parents = [root]  # from the root to the element being read
    message_id = ""
    found_notification = False
    transactions: list[_Transaction] = []
    payments: list[IncomingPayment] = []
    number = 0
    for event, element in events:
        if event == "start":
            parents.append(element)
            continue
        parents.pop()
        if not parents:
            break
        depth, tag, parent = len(parents), element.tag, parents[-1].tag
        if tag == tags.transaction and depth == 5 and parent == tags.details:
            transactions.append(_transaction(element, number + 1))
        elif tag == tags.entry and depth == 3 and parent == tags.notification:
            number += 1
            if not message_id:
                raise _error(QT_TRANSLATE_NOOP("messages", "the message has no id"))
            if _is_booked_credit(element):
                payments.extend(_entry_payments(element, transactions, message_id, number))
            transactions = []
        elif tag == tags.message_id and depth == 3 and parent == tags.group_header:
            message_id = (element.text or "").strip()
        elif tag == tags.document and depth == 1:
            found_notification = True
        elif depth > 3:
            continue
        # Read: out of the tree, so that memory follows the payments and not the file. What
        # lies deeper stays until its entry is read.
        parents[-1].remove(element)
    if not found_notification:
        raise _error(QT_TRANSLATE_NOOP("messages", "the notification is missing"))
    if not message_id:
        raise _error(QT_TRANSLATE_NOOP("messages", "the message has no id"))
    return BankFile(BankFileFormat.CAMT054, version, message_id, tuple(payments))
