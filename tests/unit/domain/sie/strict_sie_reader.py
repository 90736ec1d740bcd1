"""A strict reader of SIE 4I, independent of the writer, for checking what it wrote."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

AMOUNT = re.compile(r"-?\d+\.\d\d")
DAY = re.compile(r"\d{8}")
HEADER_ORDER = ["#FLAGGA", "#FORMAT", "#SIETYP", "#PROGRAM", "#GEN", "#FNAMN"]


class SieFormatError(AssertionError):
    pass


def tokens(line: str) -> list[str]:
    """Split a record into fields: quoted strings (with \\" and \\\\), {lists} and bare words."""
    out: list[str] = []
    i = 0
    while i < len(line):
        c = line[i]
        if c == " ":
            i += 1
        elif c == '"':
            i += 1
            text = []
            while True:
                if i >= len(line):
                    raise SieFormatError(f"unterminated string: {line!r}")
                if line[i] == "\\":
                    if i + 1 >= len(line) or line[i + 1] not in '"\\':
                        raise SieFormatError(f"bad escape: {line!r}")
                    text.append(line[i + 1])
                    i += 2
                elif line[i] == '"':
                    i += 1
                    break
                else:
                    text.append(line[i])
                    i += 1
            out.append("".join(text))
        elif c == "{":
            end = line.index("}", i)
            out.append(line[i : end + 1])
            i = end + 1
        else:
            end = line.find(" ", i)
            end = len(line) if end < 0 else end
            out.append(line[i:end])
            i = end
    return out


@dataclass
class SieFile:
    header: dict[str, list[str]] = field(default_factory=dict)
    accounts: dict[str, str] = field(default_factory=dict)
    vouchers: list[tuple[list[str], list[tuple[str, str, Decimal, list[str]]]]] = field(
        default_factory=list
    )

    def balance(self, account: str) -> Decimal:
        return sum(
            (amount for _, trans in self.vouchers for acc, _, amount, _ in trans if acc == account),
            Decimal("0.00"),
        )


def read_sie(data: bytes) -> SieFile:
    """Parse and check: CP437, CR LF, header order, #KONTO for each account used, every #VER
    balancing to 0.00, amounts with two decimals."""
    text = data.decode("cp437")
    if not text.endswith("\r\n") or "\n" in text.replace("\r\n", ""):
        raise SieFormatError("lines must end in CR LF")
    lines = text.split("\r\n")[:-1]
    parsed = SieFile()
    seen = [line.split(" ", 1)[0] for line in lines[: len(HEADER_ORDER)]]
    if seen != HEADER_ORDER:
        raise SieFormatError(f"header out of order: {seen}")
    at = 0
    while at < len(lines):
        fields = tokens(lines[at])
        label = fields[0]
        if label == "#VER":
            if lines[at + 1] != "{":
                raise SieFormatError("#VER without {")
            if len(fields) != 5 or not DAY.fullmatch(fields[3]):
                raise SieFormatError(f"bad #VER: {lines[at]!r}")
            trans = []
            at += 2
            while lines[at] != "}":
                t = tokens(lines[at].strip())
                if t[0] != "#TRANS" or not t[2].startswith("{") or not AMOUNT.fullmatch(t[3]):
                    raise SieFormatError(f"bad #TRANS: {lines[at]!r}")
                if t[1] not in parsed.accounts:
                    raise SieFormatError(f"account {t[1]} has no #KONTO")
                trans.append((t[1], t[2], Decimal(t[3]), t[4:]))
                at += 1
            if sum(amount for _, _, amount, _ in trans) != 0:
                raise SieFormatError(f"voucher {fields[1:3]} does not balance")
            parsed.vouchers.append((fields[1:], trans))
        elif label == "#KONTO":
            if len(fields) != 3 or not fields[1].isdigit():
                raise SieFormatError(f"bad #KONTO: {lines[at]!r}")
            parsed.accounts[fields[1]] = fields[2]
        elif label.startswith("#") and label not in parsed.header:
            parsed.header[label] = fields[1:]
        else:
            raise SieFormatError(f"unexpected line: {lines[at]!r}")
        at += 1
    used = Counter(acc for _, trans in parsed.vouchers for acc, _, _, _ in trans)
    if set(parsed.accounts) != set(used):
        raise SieFormatError("#KONTO for accounts not used")
    return parsed
