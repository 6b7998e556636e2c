"""The entry form of one participant, generated from the catalogue.

    +----------------------------------------------------------------------+
    | Tambah peserta — Ketua RT                                            |
    | +- Identitas (sesuai KTP) -------+ +- Penugasan dan kepesertaan ---+ |
    | | NIK            [..........]    | | Nomor SK      [..........]    | |
    | |                message         | | Tanggal SK    [........]      | |
    | | Nama lengkap   [..........]    | | ...                           | |
    | | ...                            | +- Data Ketua RT ---------------+ |
    | |                                | | Nomor RT      [...]           | |
    | +--------------------------------+ +-------------------------------+ |
    | summary of what blocks saving / what verification still needs       |
    |   [Simpan (Ctrl+S)] [Simpan dan baru (Ctrl+Shift+S)] [Batal (Esc)]   |
    +----------------------------------------------------------------------+

Every keystroke re-reads the form through domain.participant.parse_raw and
services.enrolment.check (the same rules the importer and the CLI use) and shows
each finding under its field, on a line kept for it, so fields never move when a
message comes or goes. Birth date and sex are filled from a valid NIK when empty; a
name typed in lower case gets an offer of capitals. Tab order follows the paper form;
Enter moves to the next field. "Simpan dan baru" saves and empties the form for the
next person of the same category, keeping RT and RW. The fields scroll when the screen
is too low for them; the buttons stay in view.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import nik as nik_rules
from jamsostek_desktop.domain import participant as rules
from jamsostek_desktop.domain.categories import Category
from jamsostek_desktop.domain.findings import Finding
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common import screen
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label, field_label
from jamsostek_desktop.ui.participants import form_rows
from jamsostek_desktop.ui.participants.fields import FieldInput

_KEY_PRESS = QEvent.KeyPress
_FOCUS_OUT = QEvent.FocusOut

IDENTITY_GROUP = ("nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw",
                  "telepon", "email")
ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
HINT_STYLE = "color: palette(mid);"
SAVE_AND_NEW = QKeySequence(Qt.CTRL | Qt.SHIFT | Qt.Key_S)
KEPT_FOR_NEXT = ("rt", "rw")       # "Simpan dan baru": the next person lives in the same RT/RW


class ParticipantForm(QDialog):
    """Add (participant_id None) or edit a participant of `category`."""

    saved = Signal(int)        # a participant was written (the form may stay open for the next)

    def __init__(self, category: Category, participant_id: int | None = None, parent: QWidget | None = None,
                 kelurahan_code: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("participant_form")
        self.category = category
        self.participant_id = participant_id
        self.kelurahan_code = kelurahan_code
        self.saved_id: int | None = None
        self.inputs: dict[str, FieldInput] = {}
        self.messages: dict[str, QLabel] = {}
        self._touched: set[str] = set()
        self._auto_filled: set[str] = set()
        self._filling = False
        self._dirty = False
        self._findings: list[Finding] = []
        self.setWindowTitle(self.tr("{action} — {category}").format(
            action=self.tr("Ubah peserta") if participant_id else self.tr("Tambah peserta"),
            category=catalogue_label(category.name)))
        self._build()
        if participant_id is not None:
            self._load(participant_id)
        self.revalidate()

    # --- layout --------------------------------------------------------------------
    def _build(self) -> None:
        heading = QLabel(self.windowTitle(), self)
        heading.setObjectName("form_heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        heading.setFont(font)

        legend = QLabel(self.tr("* wajib diisi untuk menyimpan draf   † wajib sebelum verifikasi"), self)
        legend.setObjectName("form_legend")
        legend.setStyleSheet("color: palette(dark);")

        identity = self._group(self.tr("Identitas (sesuai KTP)"),
                               [f for f in rules.COMMON_FIELDS if f.key in IDENTITY_GROUP])
        assignment = self._group(self.tr("Penugasan dan kepesertaan"),
                                 [f for f in rules.COMMON_FIELDS if f.key not in IDENTITY_GROUP])
        right = QVBoxLayout()
        right.addWidget(assignment)
        if self.category.fields:
            right.addWidget(self._category_group())
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(identity, 1)
        columns.addLayout(right, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("form_summary")
        self.summary.setWordWrap(True)
        # The shortcut is written on each button: a clerk learns it from there.
        save_keys = QKeySequence(QKeySequence.Save).toString(QKeySequence.NativeText)
        self.save_button = self._button("save", self.tr("&Simpan ({keys})").format(keys=save_keys), self.save)
        self.save_new_button = self._button(
            "save_and_new", self.tr("Simpan dan &baru ({keys})").format(
                keys=SAVE_AND_NEW.toString(QKeySequence.NativeText)), self.save_and_new)
        self.save_new_button.setToolTip(self.tr("Simpan, lalu isi peserta berikutnya dari kategori yang sama; "
                                                "RT dan RW tetap terisi."))
        self.save_new_button.setVisible(self.participant_id is None)
        self.cancel_button = self._button("cancel", self.tr("Batal (Esc)"), self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_new_button)
        buttons.addWidget(self.cancel_button)

        self.saved_note = QLabel(self)
        self.saved_note.setObjectName("saved_note")
        self.saved_note.setStyleSheet("color: #1b6e20;")
        self.saved_note.hide()
        head = QHBoxLayout()
        head.addWidget(heading)
        head.addStretch(1)
        head.addWidget(self.saved_note)

        self.scroll, body = form_rows.scrolled(self, columns)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(legend)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(buttons)

        order = [self.inputs[f.key].widget for f in rules.COMMON_FIELDS]
        order += [self.inputs[s.key].widget for s in self.category.fields]
        order += [self.save_button, self.save_new_button, self.cancel_button]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.inputs["nik"].changed.connect(self._fill_from_nik)
        # Typing a NIK or a name offers residents from the register (ui/residents/picker.py).
        from jamsostek_desktop.ui.residents.picker import attach as attach_resident_picker
        self.resident_picker = attach_resident_picker(self)
        from jamsostek_desktop.ui.screening.form_hint import attach as attach_duplicate_hint
        self.duplicate_hint = attach_duplicate_hint(self)
        self.inputs["nik"].widget.setFocus()
        self._fit_screen(body)

    def _button(self, name: str, text: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(True)   # Enter on the focused button presses it; fields move on
        button.clicked.connect(slot)
        return button

    def _fit_screen(self, body: QWidget) -> None:
        """As large as the fields want with room for messages, within the screen's free area
        (a 1024x768 screen with a taskbar included): the fields scroll, the buttons stay."""
        chrome = self.sizeHint().height() - self.scroll.sizeHint().height()
        room = 5 * self.fontMetrics().lineSpacing()
        screen.fit(self, max(body.sizeHint().width() + 40, 1000), body.sizeHint().height() + chrome + room)

    def _group(self, title: str, common_fields) -> QGroupBox:
        rows = [(f.key, field_label(f.label) + (" *" if f.identity else (" †" if f.verify else "")), f.type, (), "")
                for f in common_fields]
        return form_rows.field_group(self, title, rows)

    def _category_group(self) -> QGroupBox:
        rows = [(spec.key, field_label(spec.label) + (" †" if spec.required else ""), spec.type, spec.choices,
                 translated(spec.help)) for spec in self.category.fields]
        return form_rows.field_group(self, self.tr("Data {name}").format(name=catalogue_label(self.category.name)),
                                     rows)

    # --- values ---------------------------------------------------------------------
    def raw_values(self) -> dict:
        raw = {f.key: self.inputs[f.key].raw() for f in rules.COMMON_FIELDS}
        raw["fields"] = {s.key: self.inputs[s.key].raw() for s in self.category.fields}
        return raw

    def typed_values(self) -> tuple[dict, list[Finding]]:
        return rules.parse_raw(self.raw_values(), self.category)

    def _load(self, participant_id: int) -> None:
        loaded = enrolment.get(participant_id)
        self.loaded_revision = loaded.revision   # a save refuses if someone else saved since
        values = enrolment.values_of(loaded)
        self._filling = True
        for f in rules.COMMON_FIELDS:
            self.inputs[f.key].set_value(values.get(f.key))
        for spec in self.category.fields:
            self.inputs[spec.key].set_value((values.get("fields") or {}).get(spec.key))
        self._filling = False
        self._touched = set(self.inputs)
        self._dirty = False

    # --- live validation -----------------------------------------------------------
    def _on_edit(self, key: str) -> None:
        if self._filling:
            return
        self._dirty = True
        self._touched.add(key)
        self._auto_filled.discard(key)
        self.revalidate()

    def _fill_from_nik(self) -> None:
        """A valid NIK gives the birth date and sex: fill them when empty (or filled by us)."""
        nik = nik_rules.compact(self.inputs["nik"].raw())
        if len(nik) != 16 or not nik.isdigit():
            return
        try:
            info = nik_rules.parse(nik)
        except Exception:  # noqa: BLE001 (any stdnum refusal: nothing to fill)
            return
        self._filling = True
        for key, value in (("tanggal_lahir", info.birth_date), ("jenis_kelamin", info.sex)):
            field = self.inputs[key]
            if field.is_empty() or key in self._auto_filled:
                field.set_value(value)
                self._auto_filled.add(key)
        self._filling = False
        self.revalidate()

    def revalidate(self) -> list[Finding]:
        values, unreadable = self.typed_values()
        unreadable_keys = {f.field for f in unreadable}
        checked = enrolment.check(values, self.category.code, exclude_id=self.participant_id)
        self._findings = unreadable + [f for f in checked if f.field not in unreadable_keys]
        by_field: dict[str, list[Finding]] = {}
        for finding in self._findings:
            by_field.setdefault(finding.field, []).append(finding)
        for key, label in self.messages.items():
            shown = by_field.get(key, []) if key in self._touched or key in self._auto_filled else []
            if not shown and key in self._auto_filled:
                label.setTextFormat(Qt.PlainText)
                label.setText(self.tr("Diisi dari NIK."))
                label.setStyleSheet(HINT_STYLE)
                label.show()
                continue
            suggestion = self.suggestion(key)
            if not shown and suggestion:
                label.setTextFormat(Qt.RichText)
                label.setText(self.tr("Ditulis huruf kecil semua. Ganti menjadi <a href=\"#\">{name}</a>?")
                              .format(name=escape(suggestion, quote=False)))
                label.setStyleSheet(HINT_STYLE)
                label.show()
                continue
            label.setTextFormat(Qt.PlainText)
            label.setVisible(bool(shown))
            if shown:
                errors = [f for f in shown if f.is_error]
                label.setText(" ".join(translated(f.message) for f in (errors or shown)))
                label.setStyleSheet(ERROR_STYLE if errors else WARNING_STYLE)
            self.inputs[key].widget.setProperty("invalid", bool(shown))
        errors = [f for f in self._findings if f.is_error]
        self.save_button.setEnabled(not errors)
        self.save_new_button.setEnabled(not errors)
        self._update_summary(values, errors)
        return self._findings

    def suggestion(self, key: str) -> str:
        return form_rows.suggestion(key, self.inputs[key].raw())

    def _apply_suggestion(self, key: str) -> None:
        if suggestion := self.suggestion(key):
            self.inputs[key].set_value(suggestion)

    def _update_summary(self, values: dict, errors: list[Finding]) -> None:
        if errors:
            labels = []
            for f in errors:
                label = self._label_of(f.field)
                if label not in labels:
                    labels.append(label)
            self.summary.setText(self.tr("Belum dapat disimpan; periksa: {fields}.").format(fields=", ".join(labels)))
            self.summary.setStyleSheet(ERROR_STYLE)
            return
        missing = rules.missing_for_verification(values, self.category)
        if missing:
            self.summary.setText(self.tr("Dapat disimpan sebagai draf. Untuk verifikasi masih perlu: {fields}.")
                                 .format(fields=", ".join(field_label(m) for m in missing)))
        else:
            self.summary.setText(self.tr("Data lengkap untuk verifikasi."))
        self.summary.setStyleSheet("")

    def _label_of(self, key: str) -> str:
        if key in rules.LABELS:
            return field_label(rules.LABELS[key])
        spec = self.category.field(key)
        return field_label(spec.label) if spec else key

    def findings(self) -> list[Finding]:
        return list(self._findings)

    # --- keyboard -------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        # Every event of every field passes here (a closing form sends ~250): one look at its type.
        kind = event.type()
        if kind == _KEY_PRESS:
            if form_rows.is_save_and_new(event):
                self.save_and_new()
                return True
            if event.matches(QKeySequence.Save):
                self.save()
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter) and not event.modifiers() & Qt.ControlModifier:
                self.focusNextChild()
                return True
        elif kind == _FOCUS_OUT and not self._filling:
            key = watched.objectName()
            if key in self.inputs and key not in self._touched and (self._dirty or isinstance(watched, QCheckBox)):
                self._touched.add(key)
                self.revalidate()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Ctrl+S from any field (key presses the fields do not use reach the dialog).
        if form_rows.is_save_and_new(event):
            self.save_and_new()
            return
        if event.matches(QKeySequence.Save):
            self.save()
            return
        super().keyPressEvent(event)

    # --- save / cancel ----------------------------------------------------------------
    def save(self, *, next_person: bool = False) -> bool:
        """Save; True when written. Warnings are confirmed by the clerk first.

        `next_person`: stay open, emptied for the next participant of this category."""
        self._touched = set(self.inputs)
        if [f for f in self.revalidate() if f.is_error]:
            return False
        values, _ = self.typed_values()
        try:
            try:
                participant = self._write(values, accept_warnings=False)
            except enrolment.WarningsNeedConfirmation as exc:
                text = "\n".join(f"• {translated(f.message)}" for f in exc.findings)
                if not ask.confirm(self, self.tr("Peringatan"),
                                   self.tr("Periksa dulu:\n{warnings}\n\nTetap simpan?").format(warnings=text),
                                   yes=self.tr("Tetap simpan"), no=self.tr("Periksa lagi")):
                    return False
                participant = self._write(values, accept_warnings=True)
        except AppError as exc:
            ask.show_error(self, self.tr("Tidak dapat disimpan"), exc)
            self.revalidate()
            return False
        self.saved_id = participant.id
        self._dirty = False
        self.saved.emit(participant.id)
        if next_person and self.participant_id is None:
            self._start_next(participant.nama)
        else:
            # Closing hides every field: their hide and focus events need not pass through Python.
            for field in self.inputs.values():
                field.widget.removeEventFilter(self)
            self.accept()
        return True

    def save_and_new(self) -> bool:
        """"Simpan dan baru": save, then an empty form for the next person in the same RT/RW."""
        if self.participant_id is not None:
            return self.save()
        return self.save(next_person=True)

    def _start_next(self, saved_name: str) -> None:
        kept = {key: self.inputs[key].raw() for key in KEPT_FOR_NEXT}
        self._filling = True
        for key, field in self.inputs.items():
            field.set_value(kept.get(key))
        self._filling = False
        self._touched = set()
        self._auto_filled = set()
        self._dirty = False
        self.saved_note.setText(self.tr("✓ {name} tersimpan. Isi peserta berikutnya.").format(name=saved_name))
        self.saved_note.show()
        self.revalidate()
        self.inputs["nik"].widget.setFocus(Qt.OtherFocusReason)

    def _write(self, values: dict, *, accept_warnings: bool):
        if self.participant_id is None:
            return enrolment.enrol(values, self.category.code, accept_warnings=accept_warnings,
                                   kelurahan_code=self.kelurahan_code)
        return enrolment.update(self.participant_id, values, accept_warnings=accept_warnings,
                                expected_revision=getattr(self, "loaded_revision", None))

    def is_dirty(self) -> bool:
        return self._dirty

    def reject(self) -> None:
        if self._dirty and not ask.confirm(self, self.tr("Batalkan isian"),
                                           self.tr("Data yang sudah diketik belum disimpan. Buang isian ini?"),
                                           yes=self.tr("Buang"), no=self.tr("Lanjutkan mengisi"), safe_default=True):
            return
        super().reject()


