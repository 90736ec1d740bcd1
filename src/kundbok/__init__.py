"""Kundbok: a customer register with invoicing for small Swedish businesses."""

__version__ = "0.1.0"
APP_NAME = "Kundbok"
