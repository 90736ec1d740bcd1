"""The card's e-invoice tab: where the customer receives Peppol e-invoices, and the reference
code its invoices must carry."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from kundbok.domain.customer import CustomerDetails
from kundbok.domain.limits import REFERENCE
from kundbok.domain.peppol.participants import SCHEMES, SWEDISH_ORGANISATION, normalize_participant
from kundbok.i18n import translate
from kundbok.ui.customer_card.fields import ValidatedLineEdit, line_edit
from kundbok.ui.customer_card.tab import CardTab


class EInvoiceTab(CardTab):
    """E-faktura: the Peppol participant id (scheme and id) and the buyer reference (BT-10)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_einvoice")
        self.field_peppol_scheme = QComboBox(self)
        self.field_peppol_scheme.setObjectName("field_peppol_scheme")
        for code, (name, _check) in SCHEMES.items():
            self.field_peppol_scheme.addItem(f"{code} – {translate('messages', name)}", code)
        self.peppol_id = ValidatedLineEdit(
            "peppol_id",
            lambda text: normalize_participant(self.scheme(), text),
            self,
        )
        self.peppol_id.edit.setMaxLength(50)
        self.field_buyer_reference = line_edit("buyer_reference", self)
        self.field_buyer_reference.setMaxLength(REFERENCE)
        self.field_buyer_reference.setPlaceholderText(self.tr("The reference code the buyer gave"))
        explanation = QLabel(
            self.tr(
                "For customers that take e-invoices through Peppol (public buyers must): the "
                "participant id under which they receive them, usually 0007 and their "
                "organisation number, and the reference code that every invoice must carry. "
                "Export the invoice with Export e-invoice… and upload the file to your Peppol "
                "access point."
            ),
            self,
        )
        explanation.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Peppol scheme"), self.field_peppol_scheme)
        form.addRow(self.tr("Peppol participant id"), self.peppol_id)
        form.addRow(self.tr("Buyer reference"), self.field_buyer_reference)
        self.field_peppol_scheme.currentIndexChanged.connect(self.peppol_id.check)

    def scheme(self) -> str:
        """The chosen scheme's code ("0007")."""
        return str(self.field_peppol_scheme.currentData() or SWEDISH_ORGANISATION)

    def show_details(self, details: CustomerDetails) -> None:
        """Show where the customer receives e-invoices."""
        scheme = details.peppol_scheme or SWEDISH_ORGANISATION
        self.field_peppol_scheme.setCurrentIndex(max(0, self.field_peppol_scheme.findData(scheme)))
        self.peppol_id.setText(details.peppol_id or "")
        self.field_buyer_reference.setText(details.buyer_reference)

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the e-invoice fields as typed."""
        identifier = self.peppol_id.value()
        return replace(
            details,
            peppol_scheme=self.scheme() if identifier else None,
            peppol_id=identifier,
            buyer_reference=self.field_buyer_reference.text().strip(),
        )
