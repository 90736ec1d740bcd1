"""vCard export and import of customers: every detail out, and back in all or nothing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from kundbok.db.models import Company, Customer
from kundbok.db.session import Database
from kundbok.domain import identifiers
from kundbok.domain.customer import ContactDetails, CustomerDetails
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, ValidationError
from kundbok.services.bulk import bulk_mode, insert_customers
from kundbok.services.customers import change_customer, details_of, loaded_customers
from kundbok.services.files import check_output_path, unreadable, write_atomically
from kundbok.services.settings import COMPANY_ID
from kundbok.services.vcard.lines import VCardFormatError, decode_vcard
from kundbok.services.vcard.reader import ParsedCard, read_cards
from kundbok.services.vcard.writer import ExportOptions, write_cards

Progress = Callable[[int, int], None]
VERSIONS = ("3.0", "4.0")
BATCH = 1_000


def register_id(db: Database) -> str | None:
    """The id of this register, written into its exports (made with the schema)."""
    with db.unit_of_work(write=False) as session:
        return session.scalar(select(Company.register_id).where(Company.id == COMPANY_ID))


def _all_ids(db: Database, include_inactive: bool) -> list[int]:
    with db.unit_of_work(write=False) as session:
        statement = select(Customer.id).order_by(Customer.number)
        if not include_inactive:
            statement = statement.where(Customer.active.is_(True))
        return list(session.scalars(statement))


def _customers(db: Database, ids: Sequence[int]) -> list[CustomerDetails]:
    with db.unit_of_work(write=False) as session:
        found = session.scalars(
            select(Customer)
            .where(Customer.id.in_(ids))
            .options(selectinload(Customer.addresses), selectinload(Customer.contacts))
        )
        by_id = {customer.id: details_of(customer) for customer in found}
    return [by_id[i] for i in ids if i in by_id]


def export_vcards(
    db: Database,
    path: Path,
    customer_ids: Sequence[int] | None = None,
    include_inactive: bool = False,
    version: str = "3.0",
    outlook_compatible: bool = False,
    with_contacts: bool = False,
    progress: Progress | None = None,
    with_personal_numbers: bool = False,
) -> int:
    """Write the chosen customers (or all) to one .vcf file; returns how many were written.

    Personal identity numbers are left out unless `with_personal_numbers` is set."""
    if version not in VERSIONS:
        raise KundbokError(
            QT_TRANSLATE_NOOP("messages", "vCard version {version} is not supported (3.0 or 4.0)."),
            version=version,
        )
    check_output_path(path)  # before the work: never over the register
    ids = list(customer_ids) if customer_ids is not None else _all_ids(db, include_inactive)
    options = ExportOptions(
        version=version,
        outlook=outlook_compatible,
        with_contacts=with_contacts,
        with_personal_numbers=with_personal_numbers,
        register_id=register_id(db),
    )
    parts: list[str] = []
    for start in range(0, len(ids), BATCH):
        customers = _customers(db, ids[start : start + BATCH])
        parts.append(write_cards(customers, options))
        if progress:
            progress(min(start + BATCH, len(ids)), len(ids))
    write_atomically(Path(path), "".join(parts).encode("utf-8"))
    return len(ids)


@dataclass(frozen=True)
class ImportEntry:
    """One card of the file and what importing it will do."""

    details: CustomerDetails
    card_number: int
    action: str  # "create", "update" or "add_contact"
    customer_id: int | None = None
    customer_number: int | None = None
    duplicate_reason: str = ""  # why an existing customer looks like the same one
    carried: frozenset[str] = frozenset()  # the fields the card states; an update sets only these


@dataclass(frozen=True)
class ImportPreview:
    path: str
    entries: tuple[ImportEntry, ...]
    # Cards left out, each with its `problem` naming card and line; the others are imported.
    rejected: tuple[ParsedCard, ...] = ()

    @property
    def creates(self) -> int:
        return sum(entry.action == "create" for entry in self.entries)

    @property
    def updates(self) -> int:
        return sum(entry.action == "update" for entry in self.entries)


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int


def _read_text(path: Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise unreadable(path, error) from error
    return decode_vcard(data, str(path))


class _Existing:
    """What is known of the customers already in the register, to recognise them."""

    def __init__(self, db: Database) -> None:
        with db.unit_of_work(write=False) as session:
            self.register_id = session.scalar(
                select(Company.register_id).where(Company.id == COMPANY_ID)
            )
            rows = session.execute(
                select(
                    Customer.id,
                    Customer.number,
                    Customer.uid,
                    Customer.org_number,
                    Customer.personal_number,
                    Customer.email,
                    func.lower(Customer.name),
                )
            ).all()
        self.by_uid = {row[2]: (row[0], row[1]) for row in rows}
        self.by_number = {row[1]: (row[0], row[1]) for row in rows}
        self.by_org = {row[3]: (row[0], row[1]) for row in rows if row[3]}
        self.by_personal = {row[4]: (row[0], row[1]) for row in rows if row[4]}
        self.by_email = {row[5].casefold(): (row[0], row[1]) for row in rows if row[5]}
        self.by_name = {row[6].casefold(): (row[0], row[1]) for row in rows}

    def match(self, card: ParsedCard) -> tuple[str, int | None, int | None, str]:
        """(action, customer id, customer number, reason): the same customer is updated; a
        customer that only looks alike is shown as a likely duplicate and a new one is made."""
        details = card.details
        if details.uid and details.uid in self.by_uid:
            return ("update", *self.by_uid[details.uid], "UID")
        # A customer number means something only in the register that gave it.
        ours = card.register_id is not None and card.register_id == self.register_id
        if ours and card.customer_number in self.by_number:
            return ("update", *self.by_number[card.customer_number], "customer number")
        looks_alike = (
            (self._org(details.org_number), "organisation number"),
            (self.by_personal.get(_stored(details.personal_number, "private")), "personal number"),
            (self.by_email.get(details.email.casefold()) if details.email else None, "e-mail"),
            (self.by_name.get(details.name.casefold()), "name"),
        )
        for found, reason in looks_alike:
            if found is not None:
                return ("create", *found, reason)
        return ("create", None, None, "")

    def _org(self, number: str | None) -> tuple[int, int] | None:
        """The customer with this organisation number, in either stored form (a sole trader's
        10 digits, a private person's 12)."""
        for kind in ("company", "private"):
            found = self.by_org.get(_stored(number, kind))
            if found is not None:
                return found
        return None


def _stored(number: str | None, kind: str) -> str | None:
    """An identifier in its stored form, for matching; None when it is not a valid one."""
    try:
        return identifiers.normalize_org_or_personal(number, kind)
    except ValidationError:
        return None


def _format_error(path: Path, error: VCardFormatError) -> KundbokError:
    return KundbokError(
        QT_TRANSLATE_NOOP(
            "messages",
            "{path} cannot be imported: card {card}, line {line}: {reason}. Nothing was changed.",
        ),
        path=str(path),
        card=error.card_number,
        line=error.line_number,
        reason=error.reason,
    )


def preview_vcard_import(db: Database, path: Path) -> ImportPreview:
    """What importing `path` would create and update, and which cards it leaves out (an unknown
    country); a malformed file raises KundbokError naming the card and line."""
    path = Path(path)
    text = _read_text(path)
    existing = _Existing(db)
    entries: list[ImportEntry] = []
    company_entry: dict[str, int] = {}
    rejected: list[ParsedCard] = []
    try:
        for card in read_cards(text):
            if card.problem is not None:
                rejected.append(card)
                continue
            if card.details.uid and card.details.uid in company_entry and not card.company_uid:
                # A second card with the same UID in one file: a look-alike, with its own UID.
                first = entries[company_entry[card.details.uid]]
                entries.append(
                    ImportEntry(
                        replace(card.details, uid=None),
                        card.card_number,
                        "create",
                        first.customer_id,
                        first.customer_number,
                        "UID",
                    )
                )
                continue
            if card.company_uid:
                entries.append(
                    ImportEntry(
                        card.details,
                        card.card_number,
                        "add_contact",
                        duplicate_reason=card.company_uid,
                    )
                )
                continue
            action, customer_id, customer_number, reason = existing.match(card)
            if card.details.uid:
                company_entry[card.details.uid] = len(entries)
            entries.append(
                ImportEntry(
                    card.details,
                    card.card_number,
                    action,
                    customer_id,
                    customer_number,
                    reason,
                    card.carried,
                )
            )
    except VCardFormatError as error:
        raise _format_error(path, error) from None
    entries = _attach_contacts(entries, company_entry)
    return ImportPreview(str(path), tuple(entries), tuple(rejected))


def _attach_contacts(
    entries: list[ImportEntry], company_entry: dict[str, int]
) -> list[ImportEntry]:
    """Fold contact persons' own cards into their company's card of the same file."""
    contacts: dict[int, list[ContactDetails]] = {}
    for entry in entries:
        if entry.action == "add_contact" and entry.duplicate_reason in company_entry:
            contacts.setdefault(company_entry[entry.duplicate_reason], []).extend(
                entry.details.contacts
            )
    result = []
    for index, entry in enumerate(entries):
        if entry.action == "add_contact":
            continue
        if index in contacts:
            entry = replace(entry, details=replace(entry.details, contacts=tuple(contacts[index])))
        result.append(entry)
    return result


def apply_vcard_import(
    db: Database, preview: ImportPreview, progress: Progress | None = None
) -> ImportResult:
    """Carry out an import as previewed, in one transaction: all cards or none."""
    updates = [e for e in preview.entries if e.action == "update" and e.customer_id is not None]
    creates = [e for e in preview.entries if not (e.action == "update" and e.customer_id)]
    total = len(preview.entries)
    # The one transaction may outlast the busy timeout: other users' saves wait for it.
    with db.long_write(), db.unit_of_work() as session, bulk_mode(session):
        for start in range(0, len(updates), BATCH):
            batch = updates[start : start + BATCH]
            loaded = loaded_customers(session, [e.customer_id for e in batch if e.customer_id])
            for entry in batch:
                customer = loaded[entry.customer_id]  # type: ignore[index]
                merged = _merged(details_of(customer), entry.details, entry.carried)
                try:
                    change_customer(session, customer, merged, db.user)
                except ValidationError as error:
                    raise _card_error(entry, error) from error
            if progress:
                progress(start + len(batch), total)
        new = [
            # A look-alike of an existing customer keeps an identity of its own.
            replace(e.details, uid=None) if e.customer_id and e.details.uid else e.details
            for e in creates
        ]
        try:
            insert_customers(session, new, db.user)
        except ValidationError as error:
            index = error.values.get("index", 0)
            raise _card_error(creates[index if isinstance(index, int) else 0], error) from error
        if progress:
            progress(total, total)
        session.commit()
    return ImportResult(len(creates), len(updates))


def _card_error(entry: ImportEntry, error: ValidationError) -> KundbokError:
    return KundbokError(
        QT_TRANSLATE_NOOP("messages", "Card {card} ({name}) cannot be imported: {reason}"),
        card=entry.card_number,
        name=entry.details.name,
        reason=str(error),
    )


def _merged(
    current: CustomerDetails, incoming: CustomerDetails, carried: frozenset[str]
) -> CustomerDetails:
    """The card's values over the stored ones: every field the card states, also when it states
    a default (a company's kind); what the card does not carry is kept."""
    changes = {
        name: getattr(incoming, name) for name in carried if name not in ("uid", "addresses")
    }
    if "addresses" in carried:
        changes["addresses"] = incoming.addresses
    if incoming.contacts:
        changes["contacts"] = incoming.contacts
    return replace(current, **changes)
