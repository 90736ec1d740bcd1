"""The card's building blocks: a line edit checked as the user types, and an address box."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from kundbok.domain.customer import AddressDetails, check_field
from kundbok.domain.errors import ValidationError
from kundbok.domain.postal_address import format_postcode
from kundbok.i18n import error_text
from kundbok.ui.accessibility import describe_problem
from kundbok.ui.country_combo import CountryCombo
from kundbok.ui.palette import ERROR, INVALID_FIELD, css, style_sheet_following_scheme

ADDRESS_PARTS = ("street", "street2", "postcode", "city", "region", "country")
Check = Callable[[str], object]  # normalises a field's text; raises ValidationError


def line_edit(name: str, parent: QWidget) -> QLineEdit:
    """A plain line edit named `field_<name>` (the name tests and the user's scripts find)."""
    edit = QLineEdit(parent)
    edit.setObjectName(f"field_{name}")
    return edit


def country_of(combo: CountryCombo) -> str:
    """A country field's code; empty means Sweden."""
    return combo.code() or "SE"


class ValidatedLineEdit(QWidget):
    """A line edit checked as the user types, with the reason beside it when it is wrong.

    The edit is `field_<name>`, the message `error_<name>`. An empty required field (the name
    of a new customer) shows no message: Save is off and the label marks it required.
    """

    checked = Signal()  # the field was checked again; `error` may have changed

    def __init__(
        self, name: str, check: Check, parent: QWidget, quiet_when_empty: bool = False
    ) -> None:
        super().__init__(parent)
        self.name = name
        self._check = check
        self._quiet_when_empty = quiet_when_empty
        self.error: str | None = None
        self.edit = line_edit(name, self)
        self.message = QLabel(self)
        self.message.setObjectName(f"error_{name}")
        style_sheet_following_scheme(self.message, lambda: f"color: {css(ERROR)};")
        self.message.setWordWrap(True)
        self.message.hide()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.edit)
        column.addWidget(self.message)
        self.setFocusProxy(self.edit)  # its label's mnemonic, and Tab, reach the edit
        self.edit.textChanged.connect(self.check)
        style_sheet_following_scheme(self.edit, self._edit_style)

    def text(self) -> str:
        """The text as typed, without surrounding blanks."""
        return self.edit.text().strip()

    def value(self) -> str | None:
        """The text, or None when the field is empty (an optional identifier)."""
        return self.text() or None

    def setText(self, text: str) -> None:
        self.edit.setText(text)
        self.check()

    def check(self) -> None:
        """Check the text now (also when what it depends on, such as the country, changed)."""
        try:
            self._check(self.edit.text())
        except ValidationError as error:
            self.error = error_text(error)
        else:
            self.error = None
        shown = self.error if self.edit.text().strip() or not self._quiet_when_empty else None
        self.message.setText(shown or "")
        self.message.setVisible(bool(shown))
        describe_problem(self.edit, shown)
        self.edit.setStyleSheet(self._edit_style())
        self.checked.emit()

    def _edit_style(self) -> str:
        if not self.message.text():
            return ""
        return f"QLineEdit {{ border: 1px solid {css(ERROR)}; background: {css(INVALID_FIELD)}; }}"


class AddressBox(QGroupBox):
    """One address of a customer (billing, delivery, visiting): street to country."""

    def __init__(self, kind: str, title: str, parent: QWidget, name_prefix: str = "") -> None:
        super().__init__(title, parent)
        self.kind = kind
        name = f"{name_prefix}{kind}"
        self.grid = QGridLayout(self)
        labels = (
            self.tr("Street"),
            self.tr("Street, line 2"),
            self.tr("Postcode"),
            self.tr("City"),
            self.tr("State or region"),
            self.tr("Country"),
        )
        self.street = line_edit(f"{name}_street", self)
        self.street2 = line_edit(f"{name}_street2", self)
        self.postcode = ValidatedLineEdit(
            f"{name}_postcode",
            lambda text: check_field("postcode", text, country=country_of(self.country)),
            self,
        )
        self.postcode.edit.setMaxLength(10)
        self.city = line_edit(f"{name}_city", self)
        self.region = line_edit(f"{name}_region", self)
        self.country = CountryCombo(f"{name}_country", self)
        self.country.changed.connect(self.postcode.check)
        widgets = (self.street, self.street2, self.postcode, self.city, self.region, self.country)
        for row, (label, widget) in enumerate(zip(labels, widgets, strict=True)):
            self.grid.addWidget(QLabel(label, self), row, 0)
            self.grid.addWidget(widget, row, 1)

    def show_address(self, address: AddressDetails | None) -> None:
        """Fill the box; Sweden shows as an empty country."""
        shown = address or AddressDetails(kind=self.kind)
        self.street.setText(shown.street)
        self.street2.setText(shown.street2)
        self.city.setText(shown.city)
        self.region.setText(shown.region)
        self.country.set_code(shown.country)
        self.postcode.setText(format_postcode(shown.postcode, shown.country or "SE"))

    def address(self) -> AddressDetails:
        """The address as typed."""
        return AddressDetails(
            kind=self.kind,
            street=self.street.text().strip(),
            street2=self.street2.text().strip(),
            postcode=self.postcode.text(),
            city=self.city.text().strip(),
            region=self.region.text().strip(),
            country=country_of(self.country),
        )

    def set_fields_enabled(self, enabled: bool) -> None:
        """Grey out the fields (a delivery address the same as the billing one)."""
        for widget in (
            self.street,
            self.street2,
            self.postcode,
            self.city,
            self.region,
            self.country,
        ):
            widget.setEnabled(enabled)

    def line_edits(self) -> tuple[QLineEdit, ...]:
        """The address's text fields, street to region."""
        return (self.street, self.street2, self.postcode.edit, self.city, self.region)


def mirror(one: AddressBox, other: AddressBox) -> None:
    """Keep two boxes of the same address (the billing address on two tabs of the card) showing
    one value: what is typed or shown in either shows in the other, so it is saved once."""
    for source, target in ((one, other), (other, one)):
        for edit, copy in zip(source.line_edits(), target.line_edits(), strict=True):
            edit.textChanged.connect(
                lambda text, copy=copy: copy.setText(text) if copy.text() != text else None
            )
        source.country.changed.connect(
            lambda source=source, target=target: (
                target.country.set_code(source.country.code())
                if target.country.code() != source.country.code()
                else None
            )
        )
