"""What the seller must show on every invoice before one can be issued (ML 17 kap. 24 §).

Name, postal address and organisationsnummer always; the VAT registration number when the
invoice charges VAT or is reverse-charged (the settings have no "registered for VAT" switch, and
only a company registered for VAT may charge it, so the invoice itself tells); and a way to pay:
bankgiro, plusgiro or IBAN, without which no customer can pay.
"""

from __future__ import annotations

from dataclasses import dataclass

from kundbok.domain.errors import QT_TRANSLATE_NOOP, RefusedError

NAME = QT_TRANSLATE_NOOP("messages", "the company's name")
ADDRESS = QT_TRANSLATE_NOOP("messages", "a postal address (street, postcode and city)")
ORG_NUMBER = QT_TRANSLATE_NOOP("messages", "the organisationsnummer")
VAT_NUMBER = QT_TRANSLATE_NOOP("messages", "the VAT registration number")
ACCOUNT = QT_TRANSLATE_NOOP("messages", "a bankgiro, plusgiro or IBAN account to be paid to")


@dataclass(frozen=True, kw_only=True)
class Seller:
    """The company's details an invoice prints, in plain values."""

    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    org_number: str = ""
    vat_number: str = ""
    bankgiro: str = ""
    plusgiro: str = ""
    iban: str = ""


class IncompleteSellerError(RefusedError):
    """No invoice can be issued yet: the company settings lack what it must show.

    `missing` holds the message ids of what is missing, each translated where it is shown.
    """

    def __init__(self, missing: tuple[str, ...]) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "messages",
                "The invoice cannot be issued before the company settings have {missing}.",
            ),
            missing=missing,
        )
        self.missing = missing

    def __str__(self) -> str:
        return self.message.format(missing=", ".join(self.missing))


def missing_seller_details(seller: Seller, needs_vat_number: bool) -> tuple[str, ...]:
    """What the seller lacks to issue an invoice, as message ids; empty when complete."""
    missing: list[str] = []
    if not seller.name.strip():
        missing.append(NAME)
    if not all(part.strip() for part in (seller.street, seller.postcode, seller.city)):
        missing.append(ADDRESS)
    if not seller.org_number.strip():
        missing.append(ORG_NUMBER)
    if needs_vat_number and not seller.vat_number.strip():
        missing.append(VAT_NUMBER)
    if not any(account.strip() for account in (seller.bankgiro, seller.plusgiro, seller.iban)):
        missing.append(ACCOUNT)
    return tuple(missing)


def check_seller(seller: Seller, needs_vat_number: bool) -> None:
    """Refuse with IncompleteSellerError, naming everything missing, unless `seller` is
    complete."""
    missing = missing_seller_details(seller, needs_vat_number)
    if missing:
        raise IncompleteSellerError(missing)
