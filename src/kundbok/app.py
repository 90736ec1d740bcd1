"""Start-up, in one place: look at the file, show the window, open the database, list customers.

1. The database file is looked at once with sqlite3 (db/revision.py): a file a newer Kundbok wrote
   is refused here and left untouched; an older one will be upgraded, with a notice.
2. The main window shows at once; its list says the register is being opened.
3. After the window's first paint, one deferred step loads the data layer (SQLAlchemy, the models,
   the services: about half a second), opens and if need be upgrades the database, and the list
   reads its first page through the search service, as every search does.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kundbok import APP_NAME, __version__
from kundbok.db.network_drive import register_on_network
from kundbok.db.revision import NewerDatabaseError, SchemaState, refuse_newer
from kundbok.i18n import LANGUAGE_KEY, error_text, load_translator, number_locale, system_language
from kundbok.ui.color_scheme import apply_chosen_scheme
from kundbok.ui.errors import excepthook, install_excepthook
from kundbok.ui.icons import icon
from kundbok.ui.main_window import MainWindow
from kundbok.ui.upgrade_notice import show_upgrade_notice

# The exit status of a start that could not open the database (as the command line's bad input).
CANNOT_OPEN = 2
# Seconds a thread waits for Python's lock before it asks the holder to let go (the interpreter's
# default is 0.005). The window's thread takes the lock for every slot, event filter, paint and
# model `data()` call. Its wait starts over whenever the holder lets go of the lock by itself and
# takes it straight back, as a background task does for every row SQLite steps through and every
# os.urandom: a worker doing that more often than once an interval is never asked to hand over,
# and the window stood still 0.1–1.3 s at 0.0002 (tests/gui/test_start_up.py). At 10 µs the
# waiting thread asks in time; the longest gap of the responsiveness benchmark fell from
# 120–350 ms to 46–96 ms, and the tasks did not get slower.
SWITCH_INTERVAL = 0.00001


def user_settings() -> QSettings:
    """This user's settings of the program (window layout, language, colour scheme)."""
    return QSettings(APP_NAME, APP_NAME)


def chosen_language(settings: QSettings) -> str:
    """The language the user chose in the settings, else the system's."""
    chosen = str(settings.value(LANGUAGE_KEY, "system"))
    return chosen if chosen in ("sv", "en") else system_language()


def open_register(window: MainWindow, database: str, state: SchemaState) -> None:
    """Open `database` (upgrading an older one under a notice) and show it in `window`;
    `state` is what probing it found, a newer database having been refused already.

    Raises KundbokError, with the window left as it was, when the database cannot be opened.
    """
    from kundbok.db.migrate import open_database  # the data layer loads here, not before

    notice = show_upgrade_notice() if state is SchemaState.OLDER else None
    try:
        db = open_database(database, probed=True)
    finally:
        if notice is not None:
            notice.close()
    window.destroyed.connect(lambda _=None: db.dispose())
    window.show_register(db)
    # What start-up made (modules, mappings, the window) lives as long as the app: kept out of
    # the collector's full passes, which would otherwise stop every thread for a fifth of a
    # second to look at it again, freezing the window while a background task allocates.
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL)


def create_main_window(database: str) -> MainWindow:
    """The main window with `database` open and its first page listed, without the deferral
    of `run()` (KundbokError if it cannot be opened). Needs a QApplication; does not block."""
    state = refuse_newer(database)
    window = MainWindow(user_settings())
    open_register(window, database, state)
    return window


class _AfterFirstPaint(QObject):
    """Calls back once, after `widget` has been painted for the first time."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Queued: the paint finishes and reaches the screen before the callback blocks.
            QCoreApplication.postEvent(self, QEvent(QEvent.Type.User))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.User:
            self.deleteLater()
            self._callback()
            return True
        return super().event(event)


def _application() -> QApplication:
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setWindowIcon(icon("kundbok"))
    app.setDesktopFileName("se.kundbok.Kundbok")
    language = chosen_language(user_settings())
    QLocale.setDefault(number_locale(language))
    translator = load_translator(language)
    if translator is not None:
        app.installTranslator(translator)
    install_excepthook()
    apply_chosen_scheme(user_settings())
    return app


def run(database: str) -> int:
    """Start the app on `database` and run until the main window closes.

    Returns 2 after telling the user when the database cannot be opened, or a newer Kundbok
    wrote it (that file is left untouched), or when the user chose not to open a register on a
    network drive.
    """
    app = _application()
    try:
        state = refuse_newer(database)
    except NewerDatabaseError as error:
        QMessageBox.critical(None, APP_NAME, error_text(error))
        return CANNOT_OPEN
    settings = user_settings()
    network = register_on_network(database)
    if network is not None:
        from kundbok.ui.network_register import ask_open_on_network_drive

        path = str(Path(database).expanduser().resolve())
        if not ask_open_on_network_drive(path, network, settings):
            return CANNOT_OPEN
    window = MainWindow(settings)

    def open_deferred() -> None:
        try:
            open_register(window, database, state)
        except Exception as error:  # the window is no use without its database: say why, end
            excepthook(type(error), error, error.__traceback__)
            window.close()
            QCoreApplication.exit(CANNOT_OPEN)
            return
        from kundbok.ui.company_prompt import offer_company_setup

        offer_company_setup(window, window.db, settings)

    _AfterFirstPaint(window.first_painted(), open_deferred)
    window.show()
    return app.exec()
