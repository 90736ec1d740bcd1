"""The progress of a background task (`ui/background.py`) as the user sees it: the window-modal
dialog with its text, bar and *Avbryt*, and the window's input held back until it shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

_USER_INPUT = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.Wheel,
    QEvent.Type.Shortcut,
    QEvent.Type.ShortcutOverride,
    QEvent.Type.Drop,
}


class TaskProgress(QDialog):
    """The window-modal dialog of a task that takes a while: its text, a bar, *Avbryt*."""

    def __init__(
        self, parent: QWidget | None, title: str, text: str, cancel: Callable[[], None] | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("task_progress")
        self.setWindowTitle(title)
        self.setWindowModality(
            Qt.WindowModality.WindowModal if parent else Qt.WindowModality.ApplicationModal
        )
        self._cancel = cancel
        self._text = text
        self.text = QLabel(text, self)
        self.text.setObjectName("task_progress_text")
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(360)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("task_progress_bar")
        self.bar.setRange(0, 0)  # busy until the work reports how far it is
        self.button_cancel = QPushButton(self.tr("Cancel"), self)
        self.button_cancel.setObjectName("button_cancel_task")
        self.button_cancel.setVisible(cancel is not None)
        self.button_cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addWidget(self.button_cancel, 0, Qt.AlignmentFlag.AlignRight)

    def show_progress(self, done: int, total: int) -> None:
        """`done` of `total` on the bar (and the task's own text again after a wait)."""
        if self.button_cancel.isEnabled() and self.text.text() != self._text:
            self.text.setText(self._text)
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, total))

    def reject(self) -> None:
        """Escape, the close button and *Avbryt* ask the work to stop; the dialog stays until
        it has (an import rolls back, a send finishes the message under way)."""
        if self._cancel is None or not self.button_cancel.isEnabled():
            return
        self.button_cancel.setEnabled(False)
        self.text.setText(self.tr("Stopping…"))
        self._cancel()


class InputBlocker(QObject):
    """Ignores the user's clicks, keys and shortcuts in one window until the dialog shows."""

    def __init__(self, window: QWidget, application: QCoreApplication) -> None:
        super().__init__(window)
        self._window = window
        self.released = False
        self._application = application
        application.installEventFilter(self)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() not in _USER_INPUT:
            return False
        if event.type() in (QEvent.Type.Shortcut, QEvent.Type.ShortcutOverride):
            return True  # a menu's shortcut would act on the window behind
        return isinstance(watched, QWidget) and watched.window() is self._window

    def remove(self) -> None:
        """Stop looking at the application's events."""
        self._application.removeEventFilter(self)

    def release(self) -> None:
        """Let the window have its input again (once; also when the window is gone)."""
        if not self.released:
            self.released = True
            QGuiApplication.restoreOverrideCursor()
