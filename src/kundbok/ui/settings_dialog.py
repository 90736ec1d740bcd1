"""Settings: our company as printed on invoices, number series, and the program's language and
appearance."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import QT_TRANSLATE_NOOP
from kundbok.domain.limits import COMPANY_FIELDS
from kundbok.i18n import LANGUAGE_KEY
from kundbok.services.settings import CompanySettings, get_company, save_company
from kundbok.ui.accessibility import name_controls
from kundbok.ui.backup_settings_page import BackupSettingsPage
from kundbok.ui.color_scheme import COLOR_SCHEME_KEY, apply_color_scheme, chosen_scheme
from kundbok.ui.conflict_dialog import attempt_save
from kundbok.ui.mail_settings_page import MailSettingsPage
from kundbok.ui.reminder_settings_page import ReminderSettingsPage
from kundbok.ui.vat_choice import chosen_vat_rate, vat_rate_box

TEXT_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("SettingsDialog", "Company name")),
    ("org_number", QT_TRANSLATE_NOOP("SettingsDialog", "Organisation number")),
    ("vat_number", QT_TRANSLATE_NOOP("SettingsDialog", "VAT number")),
    ("street", QT_TRANSLATE_NOOP("SettingsDialog", "Street")),
    ("postcode", QT_TRANSLATE_NOOP("SettingsDialog", "Postcode")),
    ("city", QT_TRANSLATE_NOOP("SettingsDialog", "City")),
    ("phone", QT_TRANSLATE_NOOP("SettingsDialog", "Phone")),
    ("email", QT_TRANSLATE_NOOP("SettingsDialog", "E-mail")),
    ("website", QT_TRANSLATE_NOOP("SettingsDialog", "Website")),
    ("bankgiro", QT_TRANSLATE_NOOP("SettingsDialog", "Bankgiro")),
    ("plusgiro", QT_TRANSLATE_NOOP("SettingsDialog", "Plusgiro")),
    ("iban", QT_TRANSLATE_NOOP("SettingsDialog", "IBAN")),
    ("bic", QT_TRANSLATE_NOOP("SettingsDialog", "BIC")),
    ("swish", QT_TRANSLATE_NOOP("SettingsDialog", "Swish number (Swish Företag)")),
    ("sales_account", QT_TRANSLATE_NOOP("SettingsDialog", "Sales account")),
    ("receivables_account", QT_TRANSLATE_NOOP("SettingsDialog", "Receivables account")),
    ("exchange_gain_account", QT_TRANSLATE_NOOP("SettingsDialog", "Exchange gain account")),
    ("exchange_loss_account", QT_TRANSLATE_NOOP("SettingsDialog", "Exchange loss account")),
)


class SettingsDialog(QDialog):
    """Organisationsuppgifter and program settings."""

    def __init__(self, db: Database, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self._db = db
        self._settings = settings
        self._company = get_company(db)
        self._logo = self._company.logo
        self._logo_mime = self._company.logo_mime
        self.fields: dict[str, QLineEdit] = {}

        company = QWidget(self)
        form = QFormLayout(company)
        for name, label in TEXT_FIELDS:
            edit = QLineEdit(getattr(self._company, name) or "", company)
            edit.setObjectName(f"field_{name}")
            if name in COMPANY_FIELDS:
                edit.setMaxLength(COMPANY_FIELDS[name])
            self.fields[name] = edit
            form.addRow(self.tr(str(label)), edit)
        self.field_f_tax = QCheckBox(self.tr("Approved for F-tax (Godkänd för F-skatt)"), company)
        self.field_f_tax.setObjectName("field_f_tax")
        self.field_f_tax.setChecked(self._company.f_tax)
        form.addRow("", self.field_f_tax)
        logo_row = QHBoxLayout()
        self.logo_label = QLabel(self._logo_text(), company)
        choose = QPushButton(self.tr("Choose logo…"), company)
        choose.clicked.connect(self._choose_logo)
        logo_row.addWidget(self.logo_label, 1)
        logo_row.addWidget(choose)
        form.addRow(self.tr("Logo"), logo_row)

        invoicing = QWidget(self)
        terms_form = QFormLayout(invoicing)
        self.field_payment_terms = QSpinBox(invoicing)
        self.field_payment_terms.setObjectName("field_payment_terms")
        self.field_payment_terms.setRange(0, 365)
        self.field_payment_terms.setSuffix(self.tr(" days"))
        self.field_payment_terms.setValue(self._company.payment_terms_days)
        self.field_quote_valid_days = QSpinBox(invoicing)
        self.field_quote_valid_days.setObjectName("field_quote_valid_days")
        self.field_quote_valid_days.setRange(1, 365)
        self.field_quote_valid_days.setSuffix(self.tr(" days"))
        self.field_quote_valid_days.setValue(self._company.quote_valid_days)
        self.field_vat_rate = vat_rate_box(invoicing, self._company.vat_rate)
        self.field_vat_rate.setObjectName("field_vat_rate")
        self.field_first_customer_number = QSpinBox(invoicing)
        self.field_first_customer_number.setObjectName("field_first_customer_number")
        self.field_first_customer_number.setRange(1, 99_999_999)
        self.field_first_customer_number.setValue(self._company.first_customer_number)
        self.field_first_customer_number.setEnabled(not self._company.customer_number_locked)
        if self._company.customer_number_locked:
            self.field_first_customer_number.setToolTip(
                self.tr("Fixed once the first customer is saved.")
            )
        self.field_next_invoice_number = QSpinBox(invoicing)
        self.field_next_invoice_number.setObjectName("field_next_invoice_number")
        self.field_next_invoice_number.setRange(1, 99_999_999)
        self.field_next_invoice_number.setValue(self._company.next_invoice_number)
        self.field_next_invoice_number.setEnabled(not self._company.invoice_number_locked)
        terms_form.addRow(self.tr("Payment terms"), self.field_payment_terms)
        terms_form.addRow(self.tr("Quotes valid for"), self.field_quote_valid_days)
        terms_form.addRow(self.tr("Default VAT"), self.field_vat_rate)
        label = (
            self.tr("Next customer number")
            if self._company.customer_number_locked
            else self.tr("First customer number")
        )
        terms_form.addRow(label, self.field_first_customer_number)
        terms_form.addRow(self.tr("Next invoice number"), self.field_next_invoice_number)

        program = QWidget(self)
        program_form = QFormLayout(program)
        self.field_language = QComboBox(program)
        self.field_language.setObjectName("field_language")
        self.field_language.addItem(self.tr("As the system"), "system")
        self.field_language.addItem("Svenska", "sv")
        self.field_language.addItem("English", "en")
        chosen = str(settings.value(LANGUAGE_KEY, "system"))
        self.field_language.setCurrentIndex(max(0, self.field_language.findData(chosen)))
        program_form.addRow(self.tr("Language"), self.field_language)
        program_form.addRow(QLabel(self.tr("A new language is used from the next start."), program))
        self.field_color_scheme = QComboBox(program)
        self.field_color_scheme.setObjectName("settings_color_scheme")
        self.field_color_scheme.addItem(self.tr("As the system"), "system")
        self.field_color_scheme.addItem(self.tr("Light"), "light")
        self.field_color_scheme.addItem(self.tr("Dark"), "dark")
        scheme = self.field_color_scheme.findData(chosen_scheme(settings))
        self.field_color_scheme.setCurrentIndex(max(0, scheme))
        program_form.addRow(self.tr("Appearance"), self.field_color_scheme)

        self.tabs = tabs = QTabWidget(self)
        tabs.setObjectName("settings_tabs")
        self.company_page = company
        company.setObjectName("company_page")
        tabs.addTab(company, self.tr("Company"))
        tabs.addTab(invoicing, self.tr("Invoicing"))
        tabs.addTab(program, self.tr("Program"))
        self.mail_page = MailSettingsPage(db, self)
        tabs.addTab(self.mail_page, self.tr("E-mail"))
        self.reminder_page = ReminderSettingsPage(db, self)
        tabs.addTab(self.reminder_page, self.tr("Reminders"))
        self.backup_page = BackupSettingsPage(settings, self)
        tabs.addTab(self.backup_page, self.tr("Backups"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setObjectName("button_save")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName("button_cancel")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        name_controls(self)

    def show_company_page(self) -> None:
        """Show the company's details, with the first of them ready for typing."""
        self.tabs.setCurrentWidget(self.company_page)
        self.fields["name"].setFocus()

    def _logo_text(self) -> str:
        return self.tr("A logo is chosen") if self._logo else self.tr("No logo")

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if not path:
            return
        try:
            self._logo = Path(path).read_bytes()
        except OSError as error:
            QMessageBox.warning(self, self.tr("Logo"), str(error.strerror or error))
            return
        self._logo_mime = "image/png" if path.lower().endswith(".png") else "image/jpeg"
        self.logo_label.setText(self._logo_text())

    def settings(self) -> CompanySettings:
        optional = ("org_number", "vat_number", "bankgiro", "plusgiro", "iban", "bic", "swish")
        texts: dict[str, Any] = {}
        for name, edit in self.fields.items():
            value = edit.text().strip()
            texts[name] = (value or None) if name in optional else value
        return replace(
            self._company,
            **texts,
            f_tax=self.field_f_tax.isChecked(),
            payment_terms_days=self.field_payment_terms.value(),
            quote_valid_days=self.field_quote_valid_days.value(),
            vat_rate=chosen_vat_rate(self.field_vat_rate),
            first_customer_number=self.field_first_customer_number.value(),
            next_invoice_number=self.field_next_invoice_number.value(),
            logo=self._logo,
            logo_mime=self._logo_mime,
        )

    def _reload(self, company: CompanySettings) -> None:
        """Show the settings as stored now (after someone else saved them)."""
        self._company = company
        for name, edit in self.fields.items():
            edit.setText(getattr(company, name) or "")
        self.field_f_tax.setChecked(company.f_tax)
        self.field_payment_terms.setValue(company.payment_terms_days)
        self.field_quote_valid_days.setValue(company.quote_valid_days)
        self.field_vat_rate.setCurrentIndex(
            max(0, self.field_vat_rate.findData(str(company.vat_rate.normalize())))
        )
        self.field_first_customer_number.setValue(company.first_customer_number)
        self.field_next_invoice_number.setValue(company.next_invoice_number)
        self._logo, self._logo_mime = company.logo, company.logo_mime
        self.logo_label.setText(self._logo_text())

    def save(self) -> None:
        settings = self.settings()
        saved = attempt_save(
            self,
            self.tr("Not saved"),
            lambda: save_company(self._db, settings),
            lambda current: self._reload(cast(CompanySettings, current)),
            self.tr("The settings now show what is saved; make your changes again."),
        )
        if saved is None:
            return
        self._company = saved
        if not self.mail_page.save() or not self.reminder_page.save():
            return
        self._settings.setValue(LANGUAGE_KEY, self.field_language.currentData())
        scheme = str(self.field_color_scheme.currentData())
        if scheme != chosen_scheme(self._settings):
            self._settings.setValue(COLOR_SCHEME_KEY, scheme)
            apply_color_scheme(scheme)
        self.backup_page.save()
        self.accept()
