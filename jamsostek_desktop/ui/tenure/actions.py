"""What a clerk does to one holder, from the main window's menu or the tenure window.

Each action opens its dialog over `parent` and returns True when something was saved, so
the caller reloads what it shows; the main window's lists follow through `after_change`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.ui.common import messages as ask

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def _changed(main, participant_id: int, message: str) -> None:
    after = getattr(main, "after_change", None)
    if callable(after):
        after([participant_id], message, counts_changed=False)


def replace(parent, participant_id: int, main=None) -> bool:
    """Ganti pejabat for this holder; with "daftarkan peserta baru" the entry form opens next."""
    from jamsostek_desktop.ui.tenure.dialogs import ReplaceDialog

    try:
        dialog = ReplaceDialog(parent, participant_id)
    except AppError as exc:
        ask.show_error(parent, translate("TenureActions", "Ganti pejabat"), exc)
        return False
    if dialog.exec() != ReplaceDialog.Accepted:
        return False
    _changed(main, participant_id, translate("TenureActions", "Penggantian tersimpan."))
    if dialog.new_holder_form and main is not None:
        enter_new_holder(main, participant_id)
    return True


def enter_new_holder(main, leaving_id: int):
    """The entry form for the post's new holder, its post fields and RT/RW filled from the one who left;
    saving it puts the new person on the post and completes the replacement."""
    leaving = enrolment.get(leaving_id)
    form = main.add_participant(leaving.category.code)
    if form is None:
        return None
    for key in ("rt", "rw"):
        if key in form.inputs:
            form.inputs[key].set_value(getattr(leaving, key))
    for key, value in (leaving.fields or {}).items():
        if key in form.inputs and key not in ("jenis_sk", "tmt_akhir"):
            form.inputs[key].set_value(value)
    return form


def extend(parent, participant_id: int, main=None) -> bool:
    from jamsostek_desktop.ui.tenure.dialogs import ExtendDialog

    try:
        dialog = ExtendDialog(parent, participant_id)
    except AppError as exc:
        ask.show_error(parent, translate("TenureActions", "Perpanjang masa jabatan"), exc)
        return False
    if dialog.exec() != ExtendDialog.Accepted:
        return False
    _changed(main, participant_id, translate("TenureActions", "SK baru tersimpan."))
    return True


def record_event(parent, participant_id: int, main=None) -> bool:
    from jamsostek_desktop.ui.tenure.event_dialogs import EventDialog

    try:
        dialog = EventDialog(parent, participant_id)
    except AppError as exc:
        ask.show_error(parent, translate("TenureActions", "Catat peristiwa"), exc)
        return False
    if dialog.exec() != EventDialog.Accepted:
        return False
    _changed(main, participant_id, translate("TenureActions", "Peristiwa tersimpan."))
    return True


def edit_coverage(parent, participant_id: int, main=None) -> bool:
    from jamsostek_desktop.ui.tenure.dialogs import CoverageDialog

    try:
        dialog = CoverageDialog(parent, participant_id)
    except AppError as exc:
        ask.show_error(parent, translate("TenureActions", "Bulan cakupan"), exc)
        return False
    if dialog.exec() != CoverageDialog.Accepted:
        return False
    _changed(main, participant_id, translate("TenureActions", "Bulan cakupan tersimpan."))
    return True
