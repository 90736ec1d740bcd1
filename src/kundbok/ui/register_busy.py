"""Another user's import holds the register: the window's thread does not wait in the database.

A write on the window's thread that meets an import (a long write that announced itself, see
`db.session`) raises RegisterBusyError at once. `attempt` then waits here: a task looks, off the
window's thread, whether the import still runs, while a dialog says whose import it is and
offers *Avbryt*; when it has finished, `attempt` runs the write again. Nothing is held in the
database meanwhile (the refused write's unit of work has ended).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from kundbok.db.session import Database
from kundbok.domain.errors import RegisterBusyError
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.errors import wait_for_register_with

log = logging.getLogger(__name__)
POLL_SECONDS = 0.2


def wait_until_free(parent: QWidget | None, busy: RegisterBusyError) -> bool:
    """Wait, off the window's thread, for the import behind `busy` to finish, with a notice and
    *Avbryt* (the window takes no input meanwhile). True once it has finished, False when the
    user cancelled."""
    finished: list[bool] = []
    loop = QEventLoop()

    def work(control: TaskControl) -> bool:
        while True:
            try:
                if not busy.still_busy():
                    return True
            except Exception:  # the database cannot say: the write, tried again, will
                log.exception("could not tell whether the import has finished")
                return True
            control.check()
            time.sleep(POLL_SECONDS)

    def ended(value: bool) -> None:
        finished.append(value)
        loop.quit()

    text = (
        QApplication.translate(
            "RegisterBusy",
            "{user} is importing into the register. What you saved is saved as soon as the "
            "import has finished.",
        )
        if busy.user
        else QApplication.translate(
            "RegisterBusy",
            "Another user is importing into the register. What you saved is saved as soon as "
            "the import has finished.",
        )
    )
    task = run_task(
        parent or QApplication.activeWindow(),
        work,
        ended,
        title=QApplication.translate("RegisterBusy", "Waiting for an import"),
        text=text.format(user=busy.user),
        cancelled=loop.quit,
        failed=lambda _error: loop.quit(),
    )
    task.progress.setObjectName("register_busy_notice")
    task.destroyed.connect(loop.quit)  # its window closed meanwhile
    task.show_progress_now()
    loop.exec()  # modal, as a message box is: the refused write holds nothing meanwhile
    return bool(finished)


def wait_off_this_thread(enabled: bool = True) -> None:
    """Make this (the window's) thread refuse to wait in the database for another user's import,
    and `attempt` wait for it as above instead; `enabled=False` undoes it (the window closed)."""
    Database.refuse_to_wait_on_this_thread(enabled)
    wait_for_register_with(wait_until_free if enabled else None)
