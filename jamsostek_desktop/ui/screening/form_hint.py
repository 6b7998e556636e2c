"""The entry form's "mungkin sama dengan ... — periksa KTP" line, updated as the clerk types.

Attached to a ParticipantForm like the resident picker: one label above the buttons,
refreshed when the NIK, the name or the birth date changes (services/screening/hint.py,
two index lookups). A hint never blocks saving: the clerk checks the KTP and decides.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from jamsostek_desktop.services.screening import hint as hint_service
from jamsostek_desktop.ui.common.i18n import translated

WARNING_STYLE = "color: #8a5a00;"
WATCHED = ("nik", "nama", "tanggal_lahir")


def attach(form) -> DuplicateHint:
    return DuplicateHint(form)


class DuplicateHint(QObject):
    def __init__(self, form) -> None:
        super().__init__(form)
        self.form = form
        self.label = QLabel(form, objectName="duplicate_hint")
        self.label.setWordWrap(True)
        self.label.setStyleSheet(WARNING_STYLE)
        self.label.hide()
        self.hints: list[hint_service.Hint] = []
        layout = form.layout()
        layout.insertWidget(layout.count() - 1, self.label)      # above the summary and the buttons
        for key in WATCHED:
            form.inputs[key].changed.connect(self.refresh)

    def refresh(self, *_args) -> None:
        values, _unreadable = self.form.typed_values()
        self.hints = hint_service.hints(values, self.form.participant_id)
        if not self.hints:
            self.label.hide()
            return
        lines = [self.tr("Mungkin data ganda: {hint}").format(hint=translated(h.message)) for h in self.hints]
        self.label.setText("\n".join(lines))
        self.label.show()
