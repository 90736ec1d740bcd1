"""GUI fixtures: the app's window on a temporary database, with settings kept out of $HOME."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QMessageBox

from kundbok.app import create_main_window
from kundbok.db.migrate import open_database
from kundbok.domain.customer import AddressDetails, CustomerDetails
from kundbok.services.customers import create_customer
from kundbok.services.demo_data import create_demo_company, create_demo_customers
from kundbok.ui.background import running_tasks


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """QSettings of the test only: window layout and language never leak between tests."""
    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(tmp_path / "settings"))


@pytest.fixture(autouse=True)
def event_loop_turns(qapp):
    """A test that runs the app to its end (`app.run` on a file it refuses) leaves Qt's quit
    flag set: every later event loop, and so every wait for a background task, would return at
    once. The application's own loop, run once more, clears it."""
    yield
    probe = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(probe.quit)
    timer.start(0)
    stuck = probe.exec() == -1
    timer.stop()
    if stuck:
        QTimer.singleShot(0, lambda: QCoreApplication.exit(0))
        qapp.exec()


@pytest.fixture
def no_dialogs(monkeypatch):
    """Answers for the static QMessageBox functions; records what was asked."""
    asked: list[tuple[str, str]] = []
    answers = {"question": QMessageBox.StandardButton.Yes}

    def fake(kind):
        def ask(parent, title, text, *args, **kwargs):
            asked.append((kind, text))
            return answers.get(kind, QMessageBox.StandardButton.Ok)

        return ask

    for kind in ("question", "warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(fake(kind)))
    return answers, asked


@pytest.fixture
def database_path(tmp_path):
    path = tmp_path / "gui.sqlite3"
    db = open_database(path)
    create_demo_company(db)
    create_customer(
        db,
        CustomerDetails(
            name="Åkessons Rör AB",
            org_number="556036-0793",
            phone="070-123 45 67",
            addresses=(AddressDetails(street="Storgatan 1", postcode="702 10", city="Örebro"),),
        ),
    )
    create_customer(db, CustomerDetails(name="Anna Lindqvist", kind="private"))
    create_demo_customers(db, 40)
    db.dispose()
    return path


@pytest.fixture
def opened_window(qtbot, database_path):
    """The main window as it opens: on the Översikt tab."""
    main = create_main_window(str(database_path))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    for card in list(main.opener.cards.values()):
        card.form.dirty = False
    main.close()


@pytest.fixture
def window(opened_window):
    """The main window on its Customers tab, where most work with a customer starts (the
    actions on the selected customers are offered only there)."""
    opened_window.tabs.setCurrentWidget(opened_window.customers)
    return opened_window


@pytest.fixture
def type_into():
    """Type text into a line edit as a user would (QTest cannot type å ä ö)."""

    def type_text(field, text: str) -> None:
        field.setFocus()
        field.insert(text)

    return type_text


@pytest.fixture
def wait_for_tasks(qtbot):
    """Wait until the work started off the window's thread has been handed back to it."""

    def wait(timeout: int = 30_000) -> None:
        qtbot.waitUntil(lambda: running_tasks() == 0, timeout=timeout)

    return wait
