"""The PySide6 user interface: windows and dialogs, each in its own module. No SQL here."""
