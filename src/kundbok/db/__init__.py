"""Persistence: SQLAlchemy mapped classes, engine and sessions, migrations."""
