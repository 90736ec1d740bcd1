"""Fixtures shared by the service tests (the seller `company` is in tests/conftest.py, since
the e-invoice tests of the command line and the GUI use it too)."""
