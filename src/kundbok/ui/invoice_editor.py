"""The invoice editor: a non-modal window to fill in, issue, print and save an invoice."""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from PySide6.QtCore import QDate, QStringListModel, Qt, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kundbok.db.session import Database
from kundbok.domain.errors import KundbokError
from kundbok.i18n import error_text
from kundbok.services.articles import find_article
from kundbok.services.customers import get_customer
from kundbok.services.files import write_atomically
from kundbok.services.invoices import (
    InvoiceDetails,
    LineDetails,
    create_credit_note,
    customer_defaults,
    get_invoice,
    issue_invoice,
    mark_paid,
    new_draft,
    save_draft,
)
from kundbok.services.search import CustomerQuery, search_customers
from kundbok.ui.formatting import display_money

COLUMNS = ("article", "description", "quantity", "unit", "price", "discount", "vat", "amount")
VAT_RATES = ("25", "12", "6", "0")


def _decimal(text: str, default: str = "0") -> Decimal:
    try:
        return Decimal((text or default).replace("\u00a0", "").replace(" ", "").replace(",", "."))
    except InvalidOperation:
        return Decimal(default)


def _qdate(value: dt.date | None) -> QDate:
    value = value or dt.date.today()
    return QDate(value.year, value.month, value.day)


class InvoiceEditor(QDialog):
    """Ny faktura: the customer chosen, lines from articles or free text, totals as you type."""

    saved = Signal(int)  # the invoice's id after a save, an issue, a payment

    def __init__(
        self,
        db: Database,
        customer_id: int | None = None,
        invoice_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("invoice_editor")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._db = db
        self._invoice: InvoiceDetails | None = None
        self._dirty = False
        self._loading = False
        self._customer_ids: dict[str, int] = {}
        self._default_vat = Decimal(25)
        self._default_discount = Decimal(0)
        self._build()
        if invoice_id is not None:
            self._show(get_invoice(db, invoice_id))
        elif customer_id is not None:
            self.choose_customer(customer_id)
        self._update_state()

    # --- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.field_customer = QLineEdit(self)
        self.field_customer.setObjectName("field_customer")
        self.field_customer.setPlaceholderText(self.tr("Type to find the customer…"))
        self._completions = QStringListModel(self)
        completer = QCompleter(self._completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._customer_picked)
        self.field_customer.setCompleter(completer)
        self.field_customer.textEdited.connect(self._suggest_customers)
        self.alert = QLabel(self)
        self.alert.setObjectName("customer_alert")
        self.alert.setStyleSheet("color: #8a5a00; background: #fff4d6; padding: 4px;")
        self.alert.setWordWrap(True)
        self.alert.hide()
        self.buyer = QLabel(self)
        self.buyer.setObjectName("buyer_address")
        self.buyer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.field_invoice_date = QDateEdit(self)
        self.field_invoice_date.setObjectName("field_invoice_date")
        self.field_invoice_date.setCalendarPopup(True)
        self.field_delivery_date = QDateEdit(self)
        self.field_delivery_date.setObjectName("field_delivery_date")
        self.field_delivery_date.setCalendarPopup(True)
        self.field_payment_terms = QSpinBox(self)
        self.field_payment_terms.setObjectName("field_payment_terms")
        self.field_payment_terms.setRange(0, 365)
        self.field_payment_terms.setSuffix(self.tr(" days"))
        self.due = QLabel(self)
        self.due.setObjectName("due_date")
        self.field_their_reference = QLineEdit(self)
        self.field_their_reference.setObjectName("field_their_reference")
        self.field_our_reference = QLineEdit(self)
        self.field_our_reference.setObjectName("field_our_reference")
        self.field_rot_rut = QComboBox(self)
        self.field_rot_rut.setObjectName("field_rot_rut")
        self.field_rot_rut.addItem(self.tr("No ROT/RUT"), "")
        self.field_rot_rut.addItem(self.tr("ROT deduction"), "rot")
        self.field_rot_rut.addItem(self.tr("RUT deduction"), "rut")
        self.field_text = QPlainTextEdit(self)
        self.field_text.setObjectName("field_text")
        self.field_text.setPlaceholderText(self.tr("Text printed on the invoice"))
        self.field_text.setMaximumHeight(60)

        form = QFormLayout()
        form.addRow(self.tr("Customer"), self.field_customer)
        form.addRow("", self.alert)
        form.addRow(self.tr("Invoice address"), self.buyer)
        dates = QHBoxLayout()
        dates.addWidget(self.field_invoice_date)
        dates.addWidget(QLabel(self.tr("Delivery date"), self))
        dates.addWidget(self.field_delivery_date)
        dates.addWidget(QLabel(self.tr("Terms"), self))
        dates.addWidget(self.field_payment_terms)
        dates.addWidget(self.due)
        dates.addStretch()
        form.addRow(self.tr("Invoice date"), dates)
        refs = QHBoxLayout()
        refs.addWidget(self.field_their_reference)
        refs.addWidget(QLabel(self.tr("Our reference"), self))
        refs.addWidget(self.field_our_reference)
        refs.addWidget(self.field_rot_rut)
        form.addRow(self.tr("Your reference"), refs)

        self.invoice_lines = QTableWidget(0, len(COLUMNS), self)
        self.invoice_lines.setObjectName("invoice_lines")
        self.invoice_lines.setHorizontalHeaderLabels(
            [
                self.tr("Item"),
                self.tr("Description"),
                self.tr("Quantity"),
                self.tr("Unit"),
                self.tr("Unit price"),
                self.tr("Discount %"),
                self.tr("VAT %"),
                self.tr("Amount"),
            ]
        )
        header = self.invoice_lines.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.invoice_lines.verticalHeader().setVisible(False)
        self.invoice_lines.itemChanged.connect(self._line_changed)

        self.totals = QLabel(self)
        self.totals.setObjectName("invoice_totals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.totals.setTextFormat(Qt.TextFormat.RichText)

        self.button_add_line = self._button("button_add_line", self.tr("Add line"), self.add_line)
        self.button_remove_line = self._button(
            "button_remove_line", self.tr("Remove line"), self.remove_line
        )
        self.button_save = self._button("button_save", self.tr("Save draft"), self.save)
        self.button_save.setShortcut(QKeySequence.StandardKey.Save)
        self.button_issue = self._button("button_issue", self.tr("Issue invoice"), self.issue)
        self.button_save_pdf = self._button(
            "button_save_pdf", self.tr("Save as PDF…"), self.save_pdf
        )
        self.button_print = self._button("button_print", self.tr("Print…"), self.print_invoice)
        self.button_credit = self._button("button_credit", self.tr("Credit…"), self.credit)
        self.button_mark_paid = self._button(
            "button_mark_paid", self.tr("Mark paid"), self.mark_paid
        )
        line_buttons = QHBoxLayout()
        line_buttons.addWidget(self.button_add_line)
        line_buttons.addWidget(self.button_remove_line)
        line_buttons.addStretch()
        actions = QHBoxLayout()
        for button in (
            self.button_save,
            self.button_issue,
            self.button_save_pdf,
            self.button_print,
            self.button_credit,
            self.button_mark_paid,
        ):
            actions.addWidget(button)
        actions.addStretch()
        self.state_label = QLabel(self)
        self.state_label.setObjectName("invoice_state")
        actions.addWidget(self.state_label)

        bottom = QHBoxLayout()
        bottom.addWidget(self.field_text, 3)
        bottom.addWidget(self.totals, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.invoice_lines)
        layout.addLayout(line_buttons)
        layout.addLayout(bottom)
        layout.addLayout(actions)
        self.resize(980, 640)
        for widget in (self.field_their_reference, self.field_our_reference):
            widget.textChanged.connect(self._mark_dirty)
        self.field_text.textChanged.connect(self._mark_dirty)
        self.field_invoice_date.dateChanged.connect(self._dates_changed)
        self.field_payment_terms.valueChanged.connect(self._dates_changed)
        self.field_delivery_date.dateChanged.connect(self._mark_dirty)
        self.field_rot_rut.currentIndexChanged.connect(self._refresh_totals)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    # --- customer --------------------------------------------------------------------------

    def _suggest_customers(self, text: str) -> None:
        if len(text.strip()) < 2:
            return
        rows = search_customers(self._db, CustomerQuery(text), 0, 20)
        self._customer_ids = {f"{row.name} ({row.number})": row.id for row in rows}
        self._completions.setStringList(list(self._customer_ids))

    def _customer_picked(self, text: str) -> None:
        customer_id = self._customer_ids.get(text)
        if customer_id is not None:
            self.choose_customer(customer_id)

    def choose_customer(self, customer_id: int) -> bool:
        """Fill the invoice from a customer's card; a blocked one is refused, a passive one
        asked about, and the customer's alert text is shown."""
        try:
            draft = new_draft(self._db, customer_id)
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Invoice"), error_text(error))
            return False
        customer = get_customer(self._db, customer_id)
        if not customer.active:
            answer = QMessageBox.question(
                self,
                self.tr("Passive customer"),
                self.tr("{name} is passive. Invoice the customer anyway?").format(
                    name=customer.name
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        vat, discount, alert = customer_defaults(self._db, customer_id)
        self._default_vat = vat if vat is not None else Decimal(25)
        self._default_discount = discount
        lines = self._invoice.lines if self._invoice else ()
        self._show(
            replace(
                draft, id=self._invoice.id if self._invoice else None, lines=lines or self._lines()
            )
        )
        self.alert.setText(alert)
        self.alert.setVisible(bool(alert))
        self._mark_dirty()
        return True

    # --- showing -----------------------------------------------------------------------------

    def _show(self, invoice: InvoiceDetails) -> None:
        self._loading = True
        self._invoice = invoice
        self.field_customer.setText(f"{invoice.buyer_name} ({invoice.buyer_number})")
        address = invoice.buyer_billing_address.replace("\n", ", ")
        self.buyer.setText(f"{invoice.buyer_name}, {address}" if address else invoice.buyer_name)
        self.field_invoice_date.setDate(_qdate(invoice.invoice_date))
        self.field_delivery_date.setDate(_qdate(invoice.delivery_date or invoice.invoice_date))
        self.field_payment_terms.setValue(invoice.payment_terms_days)
        self.field_their_reference.setText(invoice.their_reference)
        self.field_our_reference.setText(invoice.our_reference)
        self.field_rot_rut.setCurrentIndex(max(0, self.field_rot_rut.findData(invoice.rot_rut)))
        self.field_text.setPlainText(invoice.text)
        self.invoice_lines.setRowCount(0)
        for line in invoice.lines:
            self._append_line(line)
        self._loading = False
        self._dirty = False
        self._dates_changed()
        self._refresh_totals()
        self._update_state()

    def _append_line(self, line: LineDetails) -> None:
        loading, self._loading = self._loading, True  # no totals from a half-made row
        row = self.invoice_lines.rowCount()
        self.invoice_lines.insertRow(row)
        values = (
            line.article_number,
            line.description,
            f"{line.quantity.normalize():f}",
            line.unit,
            f"{line.unit_price:.2f}",
            f"{line.discount_percent.normalize():f}",
            f"{line.vat_rate.normalize():f}",
            "",
        )
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column >= 2 and column != 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == 7:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.invoice_lines.setItem(row, column, item)
        self.invoice_lines.item(row, 0).setData(Qt.ItemDataRole.UserRole, line.kind)
        self._loading = loading

    # --- editing ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self._invoice is not None and self._invoice.state != "draft"

    def add_line(self, line: LineDetails | None = None) -> None:
        self._append_line(
            line or LineDetails(vat_rate=self._default_vat, discount_percent=self._default_discount)
        )
        row = self.invoice_lines.rowCount() - 1
        self.invoice_lines.setCurrentCell(row, 1)
        self._refresh_totals()
        self._mark_dirty()

    def remove_line(self) -> None:
        rows = sorted({i.row() for i in self.invoice_lines.selectedIndexes()}, reverse=True)
        for row in rows:
            self.invoice_lines.removeRow(row)
        self._refresh_totals()
        self._mark_dirty()

    def _line_changed(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        if item.column() == 0 and item.text().strip():
            article = find_article(self._db, item.text().strip())
            if article is not None:
                self._loading = True
                row = item.row()
                for column, value in (
                    (1, article.description),
                    (2, "1"),
                    (3, article.unit),
                    (4, f"{article.unit_price:.2f}"),
                    (6, f"{article.vat_rate.normalize():f}"),
                ):
                    self.invoice_lines.item(row, column).setText(value)
                item.setData(Qt.ItemDataRole.UserRole, article.rot_rut_kind)
                self._loading = False
        self._refresh_totals()
        self._mark_dirty()

    def _lines(self) -> tuple[LineDetails, ...]:
        lines = []
        for row in range(self.invoice_lines.rowCount()):
            cell = [self.invoice_lines.item(row, c).text().strip() for c in range(len(COLUMNS))]
            vat = cell[6] if cell[6] in VAT_RATES else str(self._default_vat.normalize())
            lines.append(
                LineDetails(
                    article_number=cell[0],
                    description=cell[1],
                    quantity=_decimal(cell[2], "1"),
                    unit=cell[3],
                    unit_price=_decimal(cell[4]),
                    discount_percent=min(Decimal(100), max(Decimal(0), _decimal(cell[5]))),
                    vat_rate=Decimal(vat),
                    kind=self.invoice_lines.item(row, 0).data(Qt.ItemDataRole.UserRole) or "other",
                )
            )
        return tuple(lines)

    def current_invoice(self) -> InvoiceDetails | None:
        """The invoice as the editor holds it now."""
        if self._invoice is None:
            return None
        invoice_date = self.field_invoice_date.date().toPython()
        delivery = self.field_delivery_date.date().toPython()
        return replace(
            self._invoice,
            invoice_date=invoice_date,
            delivery_date=delivery,
            payment_terms_days=self.field_payment_terms.value(),
            their_reference=self.field_their_reference.text().strip(),
            our_reference=self.field_our_reference.text().strip(),
            rot_rut=self.field_rot_rut.currentData(),
            text=self.field_text.toPlainText(),
            lines=self._lines() if not self.read_only else self._invoice.lines,
        )

    def _refresh_totals(self) -> None:
        invoice = self.current_invoice()
        if invoice is None:
            self.totals.setText("")
            return
        self._loading = True
        for row, line in enumerate(invoice.lines):
            self.invoice_lines.item(row, 7).setText(display_money(line.amount))
        self._loading = False
        totals = invoice.totals()
        rows = [(self.tr("Net"), totals.net)]
        rows += [
            (self.tr("VAT {rate} %").format(rate=v.rate.normalize()), v.vat)
            for v in totals.vat_lines
        ]
        if totals.rounding:
            rows.append((self.tr("Rounding"), totals.rounding))
        if totals.deduction:
            rows.append((self.tr("Tax reduction"), -totals.deduction))
        table = "".join(
            f"<tr><td>{label}</td><td align='right'>{display_money(value)}</td></tr>"
            for label, value in rows
        )
        total_label = self.tr("Total to pay")
        table += (
            f"<tr><td><b>{total_label}</b></td><td align='right'><b>"
            f"{display_money(totals.to_pay)} {invoice.currency}</b></td></tr>"
        )
        self.totals.setText(f"<table cellspacing='4'>{table}</table>")

    def _dates_changed(self) -> None:
        start = self.field_invoice_date.date()
        self.due.setText(
            self.tr("due {date}").format(
                date=start.addDays(self.field_payment_terms.value()).toString(Qt.DateFormat.ISODate)
            )
        )
        self._mark_dirty()

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True
            self._update_state()

    def _update_state(self) -> None:
        invoice = self._invoice
        editable = not self.read_only
        for widget in (
            self.field_customer,
            self.field_invoice_date,
            self.field_delivery_date,
            self.field_payment_terms,
            self.field_their_reference,
            self.field_our_reference,
            self.field_rot_rut,
            self.button_add_line,
            self.button_remove_line,
        ):
            widget.setEnabled(editable)
        self.field_text.setReadOnly(not editable)
        self.invoice_lines.setEditTriggers(
            QTableWidget.EditTrigger.AllEditTriggers
            if editable
            else QTableWidget.EditTrigger.NoEditTriggers
        )
        has_customer = invoice is not None
        self.button_save.setEnabled(editable and has_customer)
        self.button_issue.setEnabled(editable and has_customer)
        self.button_save_pdf.setEnabled(has_customer)
        self.button_print.setEnabled(has_customer)
        self.button_credit.setEnabled(
            bool(invoice and invoice.kind == "invoice" and invoice.state in ("issued", "paid"))
        )
        self.button_mark_paid.setEnabled(bool(invoice and invoice.state == "issued"))
        if invoice is None:
            title, state = self.tr("New invoice"), ""
        elif invoice.number is None:
            title, state = self.tr("New invoice (draft)"), self.tr("Draft")
        else:
            kind = self.tr("Credit note") if invoice.kind == "credit_note" else self.tr("Invoice")
            title = f"{kind} {invoice.number}"
            state = {
                "issued": self.tr("Issued"),
                "paid": self.tr("Paid"),
                "credited": self.tr("Credited"),
            }.get(invoice.state, invoice.state)
        self.setWindowTitle(title + (" *" if self._dirty and editable else ""))
        self.state_label.setText(state)

    # --- actions ---------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the draft; returns whether it was saved."""
        invoice = self.current_invoice()
        if invoice is None or self.read_only:
            return False
        try:
            saved = save_draft(self._db, invoice)
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return False
        self._show(saved)
        self.saved.emit(saved.id)
        return True

    def issue(self) -> bool:
        """Save and issue: the invoice gets its number and can no longer be changed."""
        if not self.save() or self._invoice is None or self._invoice.id is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Issue invoice"),
            self.tr(
                "Issue the invoice? It gets the next number and can then only be corrected "
                "with a credit note."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            issued = issue_invoice(self._db, self._invoice.id)
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Not issued"), error_text(error))
            return False
        self._show(issued)
        self.saved.emit(issued.id)
        return True

    def _pdf(self) -> bytes | None:
        if self._invoice is None:
            return None
        if not self.read_only and (self._dirty or self._invoice.id is None) and not self.save():
            return None
        from kundbok.services.pdf import invoice_pdf  # reportlab loads when a PDF is first made

        return invoice_pdf(self._db, self._invoice.id)  # type: ignore[arg-type]

    def save_pdf(self) -> Path | None:
        """Save the invoice as a PDF file the user names."""
        invoice = self._invoice
        if invoice is None:
            return None
        name = f"Faktura {invoice.number}.pdf" if invoice.number else "Fakturautkast.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save invoice as PDF"), name, self.tr("PDF files (*.pdf)")
        )
        if not path:
            return None
        data = self._pdf()
        if data is None:
            return None
        try:
            write_atomically(Path(path), data)
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(error))
            return None
        return Path(path)

    def print_invoice(self) -> None:
        """Print the same pages as the PDF, through the system's PDF viewer (Qt's PDF module,
        which could render them to a QPrinter, is not part of the PySide6 we ship)."""
        data = self._pdf()
        if data is None:
            return
        with tempfile.NamedTemporaryFile(prefix="faktura-", suffix=".pdf", delete=False) as handle:
            handle.write(data)
        QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))

    def credit(self) -> None:
        invoice = self._invoice
        if invoice is None or invoice.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Credit invoice"),
            self.tr("Make a credit note for the whole of invoice {number}?").format(
                number=invoice.number
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            credit = create_credit_note(self._db, invoice.id)
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Credit invoice"), error_text(error))
            return
        self._show(credit)
        self.saved.emit(credit.id)

    def mark_paid(self, paid: dt.date | None = None) -> None:
        invoice = self._invoice
        if invoice is None or invoice.id is None:
            return
        try:
            self._show(mark_paid(self._db, invoice.id, paid or dt.date.today()))
        except KundbokError as error:
            QMessageBox.warning(self, self.tr("Mark paid"), error_text(error))
            return
        self.saved.emit(invoice.id)

    @property
    def invoice(self) -> InvoiceDetails | None:
        return self._invoice

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._dirty and not self.read_only and self._invoice is not None:
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved changes"),
                self.tr("The invoice has changes that are not saved. Save the draft?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.save()
            ):
                event.ignore()
                return
        event.accept()


def open_invoice_editor(
    db: Database,
    customer_id: int | None,
    parent: QWidget | None = None,
    invoice_id: int | None = None,
) -> InvoiceEditor | None:
    """Open the editor for a new invoice (customer chosen if given) or an existing one."""
    editor = InvoiceEditor(db, customer_id, invoice_id, parent)
    if customer_id is not None and editor.invoice is None:
        editor.deleteLater()
        return None  # the customer was refused (blocked) or the user declined
    editor.show()
    return editor
