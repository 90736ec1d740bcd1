"""The card's ROT/RUT tab: what a tax reduction for household work needs about the buyer."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from kundbok.domain.customer import CustomerDetails, check_field
from kundbok.ui.customer_card.fields import ValidatedLineEdit, line_edit
from kundbok.ui.customer_card.tab import CardTab
from kundbok.ui.formatting import display_identifier


class RotRutTab(CardTab):
    """ROT/RUT: the buyer's personal number and the property or co-operative apartment."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tab_rot_rut")
        self.personal_number = ValidatedLineEdit(
            "rot_rut_personal_number",
            lambda text: check_field("rot_rut_personal_number", text),
            self,
        )
        self.field_rot_rut_property = line_edit("rot_rut_property", self)
        self.housing_org_number = ValidatedLineEdit(
            "rot_rut_housing_org_number",
            lambda text: check_field("rot_rut_housing_org_number", text),
            self,
        )
        self.field_rot_rut_apartment_number = line_edit("rot_rut_apartment_number", self)
        explanation = QLabel(
            self.tr(
                "For ROT and RUT work: the buyer's personal number, and the property "
                "designation, or for a housing co-operative its organisation number and the "
                "apartment number."
            ),
            self,
        )
        explanation.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(explanation)
        form.addRow(self.tr("Personal number"), self.personal_number)
        form.addRow(self.tr("Property designation"), self.field_rot_rut_property)
        form.addRow(self.tr("Housing co-operative org. no."), self.housing_org_number)
        form.addRow(self.tr("Apartment number"), self.field_rot_rut_apartment_number)

    def show_details(self, details: CustomerDetails) -> None:
        """Show the customer's ROT/RUT particulars."""
        self.personal_number.setText(display_identifier(details.rot_rut_personal_number))
        self.field_rot_rut_property.setText(details.rot_rut_property)
        self.housing_org_number.setText(display_identifier(details.rot_rut_housing_org_number))
        self.field_rot_rut_apartment_number.setText(details.rot_rut_apartment_number)

    def apply(self, details: CustomerDetails) -> CustomerDetails:
        """`details` with the ROT/RUT fields as typed."""
        return replace(
            details,
            rot_rut_personal_number=self.personal_number.value(),
            rot_rut_property=self.field_rot_rut_property.text().strip(),
            rot_rut_housing_org_number=self.housing_org_number.value(),
            rot_rut_apartment_number=self.field_rot_rut_apartment_number.text().strip(),
        )
