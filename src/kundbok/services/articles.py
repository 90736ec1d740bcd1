"""The article register: what we sell, with price excluding VAT and VAT rate."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from kundbok.db.models import LINE_KINDS, Article
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, RefusedError, ValidationError
from kundbok.domain.invoice import MULTI_LINE_LINE_FIELDS
from kundbok.domain.invoicing import check_vat_rate, standard_vat_rate
from kundbok.domain.limits import ARTICLE_FIELDS, check_lengths
from kundbok.domain.rot_rut.work_types import check_work_type
from kundbok.domain.text import cleaned
from kundbok.services.conflicts import check_version, stale_as_conflict


@dataclass(frozen=True, kw_only=True)
class ArticleDetails:
    number: str
    description: str
    id: int | None = None
    unit: str = "st"
    unit_price: Decimal = Decimal(0)
    vat_rate: Decimal = field(default_factory=standard_vat_rate)
    sales_account: str | None = None
    rot_rut_kind: str = "other"  # "labour" or "material" for ROT/RUT invoices
    work_type: str = ""  # the ROT/RUT work type of schema V6 ("Vvs", "Stadning"...)
    active: bool = True
    # The row's version when it was read; a save from an older one is refused (None: no check).
    version: int | None = None


_COLUMNS = tuple(f.name for f in fields(ArticleDetails) if f.name not in ("id", "version"))


def _details(article: Article) -> ArticleDetails:
    return ArticleDetails(
        id=article.id,
        version=article.version,
        **{name: getattr(article, name) for name in _COLUMNS},
    )


def _values(article: ArticleDetails) -> dict[str, object]:
    return {name: getattr(article, name) for name in _COLUMNS}


def _check(article: ArticleDetails) -> None:
    if not article.number.strip():
        raise ValidationError("number", QT_TRANSLATE_NOOP("messages", "An article needs a number."))
    if not article.description.strip():
        raise ValidationError(
            "description", QT_TRANSLATE_NOOP("messages", "An article needs a description.")
        )
    check_vat_rate(article.vat_rate, dt.date.today())
    check_lengths(article, ARTICLE_FIELDS)
    if article.rot_rut_kind not in LINE_KINDS:
        raise ValidationError(
            "rot_rut_kind", QT_TRANSLATE_NOOP("messages", "Unknown kind of work.")
        )
    check_work_type(article.work_type)


def save_article(db: Database, article: ArticleDetails) -> ArticleDetails:
    """Add a new article or change one; article numbers are unique. Changes read before someone
    else saved the article are refused (ConflictError), nothing written."""
    article = cleaned(article, MULTI_LINE_LINE_FIELDS)  # its description becomes a line's
    _check(article)
    with db.unit_of_work() as session:
        if article.id is None:
            row = Article(created_by=db.user)
            session.add(row)
        else:
            found = session.get(Article, article.id)
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("messages", "The article no longer exists."))
            row = found
            check_version(
                article.version,
                row,
                lambda: _values(_details(row)),
                _values(article),
                lambda: _details(row),
            )
        for name in _COLUMNS:
            setattr(row, name, getattr(article, name))
        row.number = article.number.strip()
        row.updated_by = db.user
        try:
            with stale_as_conflict():
                session.flush()
        except IntegrityError:
            raise RefusedError(
                QT_TRANSLATE_NOOP("messages", "Article number {number} is already taken."),
                number=article.number,
            ) from None
        saved = _details(row)
        session.commit()
        return saved


def list_articles(db: Database, include_inactive: bool = False) -> list[ArticleDetails]:
    with db.unit_of_work(write=False) as session:
        statement = select(Article).order_by(Article.number)
        if not include_inactive:
            statement = statement.where(Article.active.is_(True))
        return [_details(article) for article in session.scalars(statement)]


def find_article(db: Database, number: str) -> ArticleDetails | None:
    """The active article with `number`, if there is one."""
    with db.unit_of_work(write=False) as session:
        article = session.scalar(
            select(Article).where(Article.number == number, Article.active.is_(True))
        )
        return _details(article) if article else None
