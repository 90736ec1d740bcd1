"""Bank files of incoming payments (ISO 20022 camt.054, Bankgirot BgMax), read into plain values."""

from kundbok.domain.bank_files.model import (
    BankFile,
    BankFileError,
    BankFileFormat,
    IncomingPayment,
)
from kundbok.domain.bank_files.reading import read_bank_file

__all__ = ["BankFile", "BankFileError", "BankFileFormat", "IncomingPayment", "read_bank_file"]
