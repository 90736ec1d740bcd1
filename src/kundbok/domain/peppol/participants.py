"""Peppol participant identifiers: a scheme (ISO 6523 ICD) and an identifier under it.

A buyer is reached on the Peppol network by its participant id, which its access point has
registered (Swedish public buyers mostly under 0007, their organisationsnummer; some under 0088,
a GLN). Only schemes Swedish businesses meet are offered, each checked as its registry defines it.
"""

from __future__ import annotations

from collections.abc import Callable

from stdnum.dk import cvr
from stdnum.exceptions import ValidationError as StdnumError
from stdnum.no import orgnr as no_orgnr

from kundbok.domain import identifiers
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError

FIELD = "peppol_id"


def _norwegian(text: str) -> str:
    try:
        return str(no_orgnr.validate(text))
    except StdnumError:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("messages", "Not a Norwegian organisation number.")
        ) from None


def _danish(text: str) -> str:
    try:
        return str(cvr.validate(text))
    except StdnumError:
        raise ValidationError(
            FIELD, QT_TRANSLATE_NOOP("messages", "Not a Danish CVR number.")
        ) from None


def _as_participant(check: Callable[[str], str | None]) -> Callable[[str], str]:
    """An identifier check whose errors are reported on the Peppol id field."""

    def checked(text: str) -> str:
        try:
            value = check(text)
        except ValidationError as error:
            raise ValidationError(FIELD, error.message, **error.values) from None
        return value or ""

    return checked


# Scheme code -> (what it is, how its identifiers are checked and normalised).
SCHEMES: dict[str, tuple[str, Callable[[str], str]]] = {
    "0007": (
        QT_TRANSLATE_NOOP("messages", "Swedish organisation number"),
        _as_participant(identifiers.normalize_org_number),
    ),
    "0088": (QT_TRANSLATE_NOOP("messages", "GLN"), _as_participant(identifiers.normalize_gln)),
    "9955": (
        QT_TRANSLATE_NOOP("messages", "Swedish VAT number"),
        _as_participant(lambda text: identifiers.normalize_vat_number(text, "SE")),
    ),
    "0192": (QT_TRANSLATE_NOOP("messages", "Norwegian organisation number"), _norwegian),
    "0184": (QT_TRANSLATE_NOOP("messages", "Danish CVR number"), _danish),
}
SWEDISH_ORGANISATION = "0007"


def normalize_participant(scheme: str | None, identifier: str | None) -> tuple[str, str] | None:
    """The scheme and the identifier in its compact form; None when both are blank. An unknown
    scheme, an identifier without a scheme or one its scheme refuses raise ValidationError."""
    scheme = (scheme or "").strip()
    identifier = (identifier or "").strip()
    if not identifier:
        return None
    if scheme not in SCHEMES:
        raise ValidationError(
            "peppol_scheme",
            QT_TRANSLATE_NOOP("messages", "Choose the Peppol scheme: {schemes}."),
            schemes=", ".join(SCHEMES),
        )
    _name, check = SCHEMES[scheme]
    return scheme, check(identifier)
