"""Alembic environment: runs on the connection that kundbok.db.migrate hands over, or on the
URL of alembic.ini / KUNDBOK_DATABASE when alembic is run from the command line."""

from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection

from kundbok.db.models import Base
from kundbok.db.session import create_database_engine

config = context.config
target_metadata = Base.metadata


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copying
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_offline() -> None:
    context.configure(
        url=config.get_main_option("sqlalchemy.url"),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        run_on(connection)
        return
    database = os.environ.get("KUNDBOK_DATABASE") or config.get_main_option("sqlalchemy.url")
    engine = create_database_engine(database)
    with engine.connect() as connection:
        run_on(connection)
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
