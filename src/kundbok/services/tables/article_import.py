"""The article register in from a CSV or Excel file, all or nothing: columns mapped by their
headers, each row planned against the register (new, update, unchanged, or an error with its
reason), then every row saved in one transaction.

A row updates the article with its number, setting only the fields the file has columns for;
a file our export wrote imports back unchanged.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

from sqlalchemy import insert, select
from sqlalchemy.exc import IntegrityError

from kundbok.db.models import Article
from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP, KundbokError, RefusedError, ValidationError
from kundbok.services.articles import ArticleDetails, check_article, list_articles
from kundbok.services.tables.article_fields import ARTICLE_COLUMNS, article_values
from kundbok.services.tables.customer_import import RowErrors
from kundbok.services.tables.reading import Table

Progress = Callable[[int, int], object]  # told (done, total) as the rows are saved
BATCH = 1_000
_WRITTEN = ("description", "unit", "unit_price", "vat_rate", "sales_account", "rot_rut_kind",
            "work_type", "active")  # fmt: skip


class ArticleRowStatus(enum.Enum):
    """What a row becomes: a new article, a change of one, the same as it is, or an error."""

    NEW = "new"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    ERROR = "error"


@dataclass(frozen=True)
class PlannedArticle:
    """One row of the file: the article it gives (when valid), its error, its cells as read."""

    row_number: int
    status: ArticleRowStatus
    details: ArticleDetails | None = None
    error: KundbokError | None = None
    cells: Mapping[str, str] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class ArticlePlan:
    """Every row of the file with what importing it would do, and the mapping used."""

    mapping: Mapping[int, str]
    rows: tuple[PlannedArticle, ...]

    def count(self, status: ArticleRowStatus) -> int:
        """How many rows have `status`."""
        return sum(1 for row in self.rows if row.status is status)

    def errors(self) -> list[tuple[int, KundbokError]]:
        """(row number, error) of every row that cannot be imported."""
        return [(row.row_number, row.error) for row in self.rows if row.error is not None]


@dataclass(frozen=True)
class ArticleImportSummary:
    """What an import did: articles added, changed, rows already as the register has, and
    rows left out for their errors."""

    created: int
    updated: int
    unchanged: int
    left_out: int = 0


def _planned(
    row_number: int,
    cells: dict[str, str],
    existing: Mapping[str, ArticleDetails],
    seen: set[str],
) -> PlannedArticle:
    try:
        values = article_values(cells)
        number = values.pop("number", "").strip()
        if not number:
            raise ValidationError(
                "number", QT_TRANSLATE_NOOP("messages", "The row has no article number.")
            )
        if number in seen:
            raise ValidationError(
                "number",
                QT_TRANSLATE_NOOP("messages", "Article {number} is on an earlier row too."),
                number=number,
            )
        seen.add(number)
        before = existing.get(number)
        details = replace(before or ArticleDetails(number=number, description=""), **values)
        check_article(details)
    except KundbokError as error:
        return PlannedArticle(row_number, ArticleRowStatus.ERROR, error=error, cells=cells)
    if before is None:
        status = ArticleRowStatus.NEW
    elif details == before:
        status = ArticleRowStatus.UNCHANGED
    else:
        status = ArticleRowStatus.UPDATE
    return PlannedArticle(row_number, status, details, cells=cells)


def plan_article_import(
    db: Database, table: Table, overrides: Mapping[str, str | None] | None = None
) -> ArticlePlan:
    """Map the table's columns (the user's `overrides` {header: field or None} first) and say
    for every row whether it adds, changes or leaves an article, or why it cannot; changes
    nothing."""
    mapping = ARTICLE_COLUMNS.map_columns(table.header, overrides)
    existing = {article.number: article for article in list_articles(db, include_inactive=True)}
    seen: set[str] = set()
    columns = list(mapping.items())
    rows = tuple(
        _planned(number, {field: row[column] for column, field in columns}, existing, seen)
        for number, row in zip(table.row_numbers, table.rows, strict=True)
    )
    return ArticlePlan(mapping=dict(mapping), rows=rows)


def import_articles(
    db: Database,
    plan: ArticlePlan,
    skip_errors: bool = False,
    progress: Progress | None = None,
) -> ArticleImportSummary:
    """Carry out the plan in one transaction: every row or none. Rows with errors refuse the
    whole import (RowErrors) unless `skip_errors` leaves them out; an article someone else
    added meanwhile under a number the file adds refuses it too."""
    errors = plan.errors()
    if errors and not skip_errors:
        raise RowErrors(errors)
    updates = {
        r.details.number: r.details
        for r in plan.rows
        if r.status is ArticleRowStatus.UPDATE and r.details
    }
    creates = [r.details for r in plan.rows if r.status is ArticleRowStatus.NEW and r.details]
    total = len(updates) + len(creates)
    with db.long_write(), db.unit_of_work() as session:
        numbers = list(updates)
        for start in range(0, len(numbers), BATCH):
            batch = numbers[start : start + BATCH]
            for article in session.scalars(select(Article).where(Article.number.in_(batch))):
                for name in _WRITTEN:
                    setattr(article, name, getattr(updates[article.number], name))
                article.updated_by = db.user
            if progress:
                progress(start + len(batch), total)
        stamp = {"created_by": db.user, "updated_by": db.user}
        rows = [
            {"number": a.number, **{n: getattr(a, n) for n in _WRITTEN}, **stamp} for a in creates
        ]
        try:
            for start in range(0, len(rows), BATCH):
                session.execute(insert(Article), rows[start : start + BATCH])
                if progress:
                    progress(len(updates) + min(start + BATCH, len(rows)), total)
            session.flush()
        except IntegrityError:
            raise RefusedError(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Someone else added an article the file adds, meanwhile; nothing was "
                    "imported. Read the file again.",
                )
            ) from None
        session.commit()
    return ArticleImportSummary(
        created=len(creates),
        updated=len(updates),
        unchanged=plan.count(ArticleRowStatus.UNCHANGED),
        left_out=len(errors),
    )
