"""The company's reminder and interest settings, and the Riksbank reference rates as dated data.

Saved with plain UPDATEs that leave the company row's version alone, as the mail settings are:
an open settings dialog saves its company page and this page one after the other.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from kundbok.db.models import Company
from kundbok.db.models import ReferenceRate as ReferenceRateRow
from kundbok.db.session import Database
from kundbok.domain import accounts
from kundbok.domain.customer import check_account
from kundbok.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from kundbok.domain.late_payment import (
    REFERENCE_RATES,
    STATUTORY_MARGIN,
    ReferenceRate,
    check_reference_rates,
    check_reminder_fee,
)
from kundbok.domain.reminders import InterestTerms
from kundbok.services.settings import COMPANY_ID, company_row


@dataclass(frozen=True, kw_only=True)
class ReminderSettings:
    """Påminnelser och ränta: what reminders charge and where it is booked."""

    reminder_fee: Decimal = Decimal("0.00")  # agreed in advance with customers; 0: none
    charge_compensation: bool = False  # förseningsersättning to business customers
    interest_margin: Decimal = STATUTORY_MARGIN  # points over the reference rate
    agreed_interest_percent: Decimal | None = None  # a fixed yearly rate instead
    reminder_terms_days: int = 10
    fee_account: str = accounts.FEES
    compensation_account: str = accounts.FEES
    interest_account: str = accounts.INTEREST
    reference_rates: tuple[ReferenceRate, ...] = REFERENCE_RATES

    def interest_terms(self, agreed_percent: Decimal | None = None) -> InterestTerms:
        """How interest is counted for a customer (its own agreed rate over the company's)."""
        agreed = agreed_percent if agreed_percent is not None else self.agreed_interest_percent
        return InterestTerms(self.interest_margin, agreed, self.reference_rates)


def reference_rates(session: Session) -> tuple[ReferenceRate, ...]:
    """The stored reference rates, oldest first (the program's table when none are stored)."""
    rows = session.scalars(select(ReferenceRateRow).order_by(ReferenceRateRow.valid_from)).all()
    stored = tuple(ReferenceRate(row.valid_from, row.percent) for row in rows)
    return stored or REFERENCE_RATES


def settings_of(session: Session) -> ReminderSettings:
    """The reminder settings, read inside the caller's transaction."""
    company = company_row(session)
    return ReminderSettings(
        reminder_fee=company.reminder_fee,
        charge_compensation=company.charge_compensation,
        interest_margin=company.late_interest_percent,
        agreed_interest_percent=company.agreed_interest_percent,
        reminder_terms_days=company.reminder_terms_days,
        fee_account=company.fee_account,
        compensation_account=company.compensation_account,
        interest_account=company.interest_account,
        reference_rates=reference_rates(session),
    )


def get_reminder_settings(db: Database) -> ReminderSettings:
    """The company's reminder and interest settings with the reference rates."""
    with db.unit_of_work(write=False) as session:
        return settings_of(session)


def _checked(settings: ReminderSettings) -> ReminderSettings:
    for name, percent in (
        ("interest_margin", settings.interest_margin),
        ("agreed_interest_percent", settings.agreed_interest_percent),
    ):
        if percent is not None and not Decimal(0) <= percent <= Decimal(100):
            raise ValidationError(
                name, QT_TRANSLATE_NOOP("messages", "A percentage must lie between 0 and 100.")
            )
    if not 0 <= settings.reminder_terms_days <= 365:
        raise ValidationError(
            "reminder_terms_days",
            QT_TRANSLATE_NOOP("messages", "Payment terms must be between 0 and 365 days."),
        )
    accounts = {
        name: check_account(name, getattr(settings, name))
        for name in ("fee_account", "compensation_account", "interest_account")
    }
    return replace(
        settings,
        reminder_fee=check_reminder_fee(settings.reminder_fee),
        reference_rates=check_reference_rates(settings.reference_rates),
        fee_account=accounts["fee_account"],
        compensation_account=accounts["compensation_account"],
        interest_account=accounts["interest_account"],
    )


def save_reminder_settings(db: Database, settings: ReminderSettings) -> ReminderSettings:
    """Check and save the settings and the reference rates, all or nothing."""
    settings = _checked(settings)
    with db.unit_of_work() as session:
        company_row(session)
        session.execute(
            update(Company)
            .where(Company.id == COMPANY_ID)
            .values(
                reminder_fee=settings.reminder_fee,
                charge_compensation=settings.charge_compensation,
                late_interest_percent=settings.interest_margin,
                agreed_interest_percent=settings.agreed_interest_percent,
                reminder_terms_days=settings.reminder_terms_days,
                fee_account=settings.fee_account,
                compensation_account=settings.compensation_account,
                interest_account=settings.interest_account,
            )
            .execution_options(synchronize_session=False)
        )
        session.execute(delete(ReferenceRateRow))
        session.add_all(
            ReferenceRateRow(valid_from=rate.valid_from, percent=rate.percent)
            for rate in settings.reference_rates
        )
        session.commit()
    return settings
