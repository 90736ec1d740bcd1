"""E-mail: the SMTP account and sending (`smtp.py`), its errors, its settings and the keyring
password, and the messages that carry invoices and reminders."""
