"""Customers as vCards: export and import (`transfer.py`), reading the cards (`reader.py`),
writing them (`writer.py`) and the line format both share (`lines.py`)."""
