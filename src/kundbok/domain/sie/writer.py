"""SIE type 4I (verifikationer for import into bookkeeping), written from plain vouchers.

The file is IBM PC 8-bit (CP437), as `#FORMAT PC8` says; lines end in CR LF. Texts are quoted
with `"` and `\\` escaped by a backslash; characters CP437 lacks become `?`. Every voucher must
balance to 0.00 before anything is written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError

ORE = Decimal("0.01")
ENCODING = "cp437"
ENCODE_LINES = 2_000  # lines encoded at a time
DEFAULT_CHART = "BAS2014"


class UnbalancedVoucherError(KundbokError):
    """A voucher's debits and credits differ: it would corrupt the books."""


@dataclass(frozen=True)
class Transaction:
    """One line of a voucher: debit positive, credit negative; objects are (dimension, id)."""

    account: str
    amount: Decimal
    objects: tuple[tuple[int, str], ...] = ()
    text: str = ""


@dataclass(frozen=True)
class Voucher:
    """A verifikation; `number` None lets the bookkeeping program number it."""

    series: str
    number: int | None
    date: dt.date
    text: str
    transactions: tuple[Transaction, ...]


@dataclass(frozen=True)
class Company:
    """The company the file is for."""

    name: str
    org_number: str | None = None


# Typography CP437 lacks, written as the plain characters a reader expects rather than "?".
_PLAIN = str.maketrans(
    {"–": "-", "—": "-", "‑": "-", "‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"',
     "…": "...", "\u00a0": " ", "\u202f": " "}
)  # fmt: skip


def quoted(text: str) -> str:
    """A SIE string field: quoted, with `\\` and `"` escaped and control characters dropped;
    dashes, curly quotes and the like as their plain forms, which CP437 has."""
    kept = "".join(c for c in text.translate(_PLAIN) if c >= " " and c != "\x7f")
    return '"' + kept.replace("\\", "\\\\").replace('"', '\\"') + '"'


def amount_text(amount: Decimal) -> str:
    """An amount with a decimal point and two decimals, as SIE wants it."""
    return f"{amount.quantize(ORE):.2f}"


def _day(date: dt.date) -> str:
    return date.strftime("%Y%m%d")


def check_voucher(voucher: Voucher) -> None:
    """Refuse a voucher that does not balance, has no lines or names no proper account."""
    for transaction in voucher.transactions:
        if not transaction.account.isascii() or not transaction.account.isdigit():
            raise ValidationError(
                "account",
                QT_TRANSLATE_NOOP("messages", "'{account}' is not an account number."),
                account=transaction.account,
            )
    # Amounts in fractions of öre would be rounded when written and might no longer balance.
    whole = all(t.amount == t.amount.quantize(ORE) for t in voucher.transactions)
    total = sum((t.amount for t in voucher.transactions), Decimal("0.00"))
    if not voucher.transactions or total != 0 or not whole:
        raise UnbalancedVoucherError(
            QT_TRANSLATE_NOOP(
                "messages", "Voucher {series} {number} ({text}) does not balance: {difference}."
            ),
            series=voucher.series,
            number="" if voucher.number is None else voucher.number,
            text=voucher.text,
            difference=amount_text(total),
        )


def _objects(objects: tuple[tuple[int, str], ...]) -> str:
    return "{" + " ".join(f"{dimension} {quoted(oid)}" for dimension, oid in objects) + "}"


def _voucher_lines(voucher: Voucher) -> list[str]:
    number = "" if voucher.number is None else str(voucher.number)
    lines = [
        f"#VER {quoted(voucher.series)} {quoted(number)} {_day(voucher.date)} "
        f"{quoted(voucher.text)}",
        "{",
    ]
    for t in voucher.transactions:
        tail = f' "" {quoted(t.text)}' if t.text else ""
        lines.append(f"   #TRANS {t.account} {_objects(t.objects)} {amount_text(t.amount)}{tail}")
    lines.append("}")
    return lines


def write_sie4i(
    vouchers: Iterable[Voucher],
    company: Company,
    account_names: Mapping[str, str],
    *,
    generated: dt.date,
    program: str = "Kundbok",
    program_version: str = "",
    chart: str = DEFAULT_CHART,
) -> bytes:
    """The SIE 4I file of `vouchers`, with a `#KONTO` for every account they use.

    Raises UnbalancedVoucherError (and writes nothing) if any voucher does not balance.
    """
    vouchers = list(vouchers)
    for voucher in vouchers:
        check_voucher(voucher)
    used = sorted({t.account for v in vouchers for t in v.transactions}, key=lambda a: (len(a), a))
    lines = [
        "#FLAGGA 0",
        "#FORMAT PC8",
        "#SIETYP 4",
        f"#PROGRAM {quoted(program)} {quoted(program_version)}",
        f"#GEN {_day(generated)}",
        f"#FNAMN {quoted(company.name)}",
    ]
    if company.org_number:
        lines.append(f"#ORGNR {quoted(company.org_number)}")
    lines.append(f"#KPTYP {chart}")
    lines.extend(
        f"#KONTO {account} {quoted(account_names.get(account) or f'Konto {account}')}"
        for account in used
    )
    for voucher in vouchers:
        lines.extend(_voucher_lines(voucher))
    # Encoded a slice at a time: the codec holds Python's lock for all it is given, and a file
    # of 40,000 vouchers in one piece would stop every other thread (the window's) for a second.
    return b"".join(
        ("\r\n".join(lines[start : start + ENCODE_LINES]) + "\r\n").encode(
            ENCODING, errors="replace"
        )
        for start in range(0, len(lines), ENCODE_LINES)
    )
