"""The settings dialog's e-mail page: the mail server, the sender, and the password.

The password goes to the system keyring (`services.secrets`), never to the database or QSettings;
a field left empty keeps the password already saved. A changed server or user name forgets the
old login's password; without a keyring the password lasts until Kundbok closes, and the page
says so. The keyring (which may be slow, or ask to be unlocked) and the mail server are reached
off the window's thread (`run_task`).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.services.mail.secrets import (
    delete_smtp_password,
    save_smtp_password,
    smtp_password,
)
from kundbok.services.mail.settings import checked_account, get_smtp_account, save_smtp_account
from kundbok.services.mail.smtp import DEFAULT_PORTS, Security, SmtpAccount, check_connection
from kundbok.ui.background import TaskControl, run_task
from kundbok.ui.errors import attempt


class MailSettingsPage(QWidget):
    """E-post: where invoices are sent from."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mail_settings_page")
        self._db = db
        account = get_smtp_account(db)
        self._login = (account.host, account.user)  # whose password the keyring holds
        form = QFormLayout(self)
        self.field_host = self._line("field_smtp_host", account.host)
        form.addRow(self.tr("Mail server (SMTP)"), self.field_host)
        self.field_security = QComboBox(self)
        self.field_security.setObjectName("field_smtp_security")
        self.field_security.addItem(self.tr("STARTTLS"), Security.STARTTLS.value)
        self.field_security.addItem(self.tr("TLS"), Security.TLS.value)
        self.field_security.addItem(self.tr("None (unencrypted)"), Security.NONE.value)
        self.field_security.setCurrentIndex(
            max(0, self.field_security.findData(account.security.value))
        )
        form.addRow(self.tr("Security"), self.field_security)
        self.field_port = QSpinBox(self)
        self.field_port.setObjectName("field_smtp_port")
        self.field_port.setRange(1, 65535)
        self.field_port.setValue(account.port)
        form.addRow(self.tr("Port"), self.field_port)
        self.field_security.currentIndexChanged.connect(self._default_port)
        self.field_user = self._line("field_smtp_user", account.user)
        form.addRow(self.tr("User name"), self.field_user)
        self.field_password = self._line("field_smtp_password", "")
        self.field_password.setEchoMode(QLineEdit.EchoMode.Password)
        if account.host:
            self._show_whether_saved(account)
        form.addRow(self.tr("Password"), self.field_password)
        self.field_sender_name = self._line("field_smtp_sender_name", account.sender_name)
        form.addRow(self.tr("Sender name"), self.field_sender_name)
        self.field_sender_address = self._line("field_smtp_sender", account.sender_address)
        form.addRow(self.tr("Sender address"), self.field_sender_address)
        self.field_reply_to = self._line("field_smtp_reply_to", account.reply_to)
        form.addRow(self.tr("Reply to"), self.field_reply_to)
        self.field_copy = QCheckBox(self.tr("Send a copy to me"), self)
        self.field_copy.setObjectName("field_smtp_copy_to_me")
        self.field_copy.setChecked(account.copy_to_sender)
        form.addRow("", self.field_copy)
        self.button_test = QPushButton(self.tr("Test connection"), self)
        self.button_test.setObjectName("button_test_connection")
        self.button_test.clicked.connect(self.test_connection)
        form.addRow("", self.button_test)

    def _line(self, name: str, text: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(name)
        return edit

    def _default_port(self) -> None:
        # Only a port that was some other security's default follows the choice.
        if self.field_port.value() in DEFAULT_PORTS.values():
            self.field_port.setValue(DEFAULT_PORTS[Security(self.field_security.currentData())])

    def account(self) -> SmtpAccount:
        """The account as the fields show it (not yet checked)."""
        return SmtpAccount(
            host=self.field_host.text(),
            port=self.field_port.value(),
            security=Security(self.field_security.currentData()),
            user=self.field_user.text(),
            sender_name=self.field_sender_name.text(),
            sender_address=self.field_sender_address.text(),
            reply_to=self.field_reply_to.text(),
            copy_to_sender=self.field_copy.isChecked(),
        )

    def _show_whether_saved(self, account: SmtpAccount) -> None:
        """Say in the password field that one is saved, once the keyring has answered."""

        def saved(_control: TaskControl) -> bool:
            return bool(smtp_password(account.host, account.user))

        def shown(is_saved: bool) -> None:
            if is_saved:
                self.field_password.setPlaceholderText(self.tr("Saved; type to change"))

        run_task(
            self,
            saved,
            shown,
            title=self.tr("E-mail"),
            text=self.tr("Reading the saved password…"),
            failed=lambda _error: None,
            quiet=True,
        )

    def save(self) -> bool:
        """Save the account, and a typed password in the keyring (off the window's thread);
        False (and told) when refused."""
        saved = attempt(
            self, self.tr("Not saved"), lambda: save_smtp_account(self._db, self.account())
        )
        if saved is None:
            return False
        login, old_login = (saved.host, saved.user), self._login
        self._login = login
        typed = self.field_password.text()
        if (not old_login[0] or old_login == login) and not typed:
            return True
        # The dialog may be gone when the keyring answers: its window is told.
        told = self.window().parentWidget() or self.window()

        def keep(_control: TaskControl) -> bool:
            if old_login[0] and old_login != login:
                delete_smtp_password(*old_login)  # a password for a login no longer used goes
            return not typed or save_smtp_password(*login, typed)

        def kept(in_keyring: bool) -> None:
            if not in_keyring:
                QMessageBox.information(
                    told,
                    self.tr("Password"),
                    self.tr(
                        "This computer has no keyring to keep the password in: Kundbok "
                        "remembers it until it is closed. Type it here again after the next "
                        "start."
                    ),
                )

        run_task(
            told,
            keep,
            kept,
            title=self.tr("Not saved"),
            text=self.tr("Keeping the password…"),
            quiet=True,
        )
        return True

    def test_connection(self) -> None:
        """Connect and log in as sending would, off the window's thread; tell the user how it
        went."""
        title = self.tr("Connection failed")
        account = attempt(self, title, lambda: checked_account(self.account()))
        if account is None:
            return
        typed = self.field_password.text()

        def check(_control: TaskControl) -> str:
            password = typed or smtp_password(account.host.strip(), account.user.strip())
            check_connection(account, password)
            return account.host

        run_task(
            self,
            check,
            lambda host: QMessageBox.information(
                self,
                self.tr("Test connection"),
                self.tr("The connection to {host} works.").format(host=host),
            ),
            title=title,
            text=self.tr("Connecting to {host}…").format(host=account.host),
            cancellable=False,  # the connection times out by itself
        )
