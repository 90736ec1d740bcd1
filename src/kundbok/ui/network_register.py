"""The question before a register on a network drive is opened (see `db/network_drive.py`).

Several users of one SQLite file over NFS or SMB can damage it, since the file's locks do not
hold there; one user can work on it. So the user is asked, recommended PostgreSQL for an office,
and may open it anyway, once or (ticking the box) from then on for this file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QCheckBox, QMessageBox, QWidget

from kundbok import APP_NAME

ACCEPTED_KEY = "network_register/accepted"  # the files the user opens on a network drive


def ask_open_on_network_drive(
    path: str, kind: str, settings: QSettings, parent: QWidget | None = None
) -> bool:
    """Whether to open the register `path` that lies on a network file system of type `kind`:
    asked, unless the user told us before to open this file without asking."""
    stored = settings.value(ACCEPTED_KEY, [], type=list)
    accepted = [str(item) for item in stored] if isinstance(stored, list) else []
    if path in accepted:
        return True
    box = QMessageBox(parent)
    box.setObjectName("network_register_box")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(
        QCoreApplication.translate(
            "NetworkRegister", "The customer register lies on a network drive ({kind})."
        ).format(kind=kind)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "NetworkRegister",
            "{path}\n\nIf several people use it at the same time, the file can be damaged: "
            "the network drive does not keep them apart. For an office, keep the register in "
            "a PostgreSQL database (see the README). If you are the only one using it, you can "
            "open it anyway.",
        ).format(path=path)
    )
    open_anyway = box.addButton(
        QCoreApplication.translate("NetworkRegister", "Open anyway"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    open_anyway.setObjectName("button_open_anyway")
    quit_button = box.addButton(
        QCoreApplication.translate("NetworkRegister", "Quit"), QMessageBox.ButtonRole.RejectRole
    )
    quit_button.setObjectName("button_quit")
    box.setDefaultButton(quit_button)
    remember = QCheckBox(
        QCoreApplication.translate(
            "NetworkRegister", "I am the only one using it: do not ask again for this file"
        )
    )
    remember.setObjectName("field_do_not_ask_again")
    box.setCheckBox(remember)
    box.exec()
    if box.clickedButton() is not open_anyway:
        return False
    if remember.isChecked():
        settings.setValue(ACCEPTED_KEY, [*accepted, path])
    return True
