"""What the main window's record actions do: add, edit, archive, restore, change status.

Each opens its form or asks its question, calls the enrolment service and lets the
window refresh. Kept out of main_window.py so the window stays a frame.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog

from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import catalogue, enrolment
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label, status_label
from jamsostek_desktop.ui.common.messages import ReasonDialog, StatusDialog
from jamsostek_desktop.ui.participants.form import ParticipantForm

# lupdate extracts translate("Context", "literal") calls; a wrapper function would hide them.
translate = QCoreApplication.translate


def category_chooser(window, group: str | None) -> tuple[QInputDialog, list]:
    """The "which category?" question (for a group, or for all), and the categories it offers."""
    categories = [c for g, cs in catalogue.groups() for c in cs if group is None or g == group]
    dialog = QInputDialog(window)
    dialog.setObjectName("category_chooser")
    dialog.setWindowTitle(translate("RecordActions", "Tambah peserta"))
    dialog.setLabelText(translate("RecordActions", "Kategori peserta:"))
    dialog.setComboBoxItems([catalogue_label(c.name) for c in categories])
    dialog.setComboBoxEditable(False)
    dialog.setOkButtonText(translate("RecordActions", "Lanjut"))
    dialog.setCancelButtonText(translate("RecordActions", "Batal"))
    return dialog, categories


def _choose_category(window, group: str | None) -> str | None:
    dialog, categories = category_chooser(window, group)
    if dialog.exec() != QDialog.Accepted:
        return None
    return categories[[catalogue_label(c.name) for c in categories].index(dialog.textValue())].code


def _keep(window, form: ParticipantForm) -> None:
    """Remember the open form; the one before it (closed by now) is freed, so forms don't pile up."""
    previous = getattr(window, "_last_form", None)
    if previous is not None and not previous.isVisible():
        previous.deleteLater()
    window._last_form = form


def add_participant(window, category_code: str | None = None) -> ParticipantForm | None:
    """Open the empty form of the selected category (asking which one when a group is selected)."""
    kelurahan = window.kelurahan_for_new()
    if kelurahan is None:
        ask.show_error(window, translate("RecordActions", "Tambah peserta"),
                       translate("RecordActions", "Pilih dulu kelurahan di pohon wilayah untuk menambah peserta."))
        return None
    kind, value = window.navigator.current()
    if category_code is None:
        if kind == "category":
            category_code = value
        else:
            category_code = _choose_category(window, value if kind == "group" else None)
            if category_code is None:
                return None
    form = ParticipantForm(catalogue.get(category_code), None, window, kelurahan_code=kelurahan)
    # Each save, also the ones "Simpan dan baru" makes while the form stays open.
    form.saved.connect(lambda saved_id: window.after_change(
        [saved_id], translate("RecordActions", "Peserta baru tersimpan sebagai draf."), added_to=category_code))
    _keep(window, form)
    form.open()
    return form


def edit_participant(window, participant_id: int) -> ParticipantForm | None:
    try:
        participant = enrolment.get(participant_id)
    except AppError as exc:
        ask.show_error(window, translate("RecordActions", "Ubah peserta"), exc)
        return None
    if participant.archived:
        ask.show_error(window, translate("RecordActions", "Ubah peserta"),
                       translate("RecordActions", "Peserta ini ada di arsip; pulihkan dulu sebelum mengubah."))
        return None
    form = ParticipantForm(catalogue.get(participant.category.code), participant_id, window)
    form.saved.connect(lambda _saved_id: window.after_change(
        [participant_id], translate("RecordActions", "Perubahan tersimpan."), counts_changed=False,
        edited=participant_id))
    _keep(window, form)
    form.open()
    return form


def archive(window, reason: str | None = None) -> int:
    return _archive_or_restore(window, reason, restoring=False)


def restore(window, reason: str | None = None) -> int:
    return _archive_or_restore(window, reason, restoring=True)


def _archive_or_restore(window, reason: str | None, *, restoring: bool) -> int:
    """Archive the selected participants (a reason is required) or bring them back (reason optional)."""
    ids = window.list_page.selected_ids()
    if not ids:
        return 0
    who = _who(window, ids)
    if restoring:
        title = translate("RecordActions", "Pulihkan peserta")
        question = translate("RecordActions", "Pulihkan {who} dari arsip?").format(who=who)
        ok_text, done = translate("RecordActions", "Pulihkan"), translate("RecordActions", "{n} peserta dipulihkan.")
        service = enrolment.restore
    else:
        title = translate("RecordActions", "Arsipkan peserta")
        question = translate("RecordActions", "Arsipkan {who}? Data tidak dihapus; peserta pindah ke "
                             "Arsip dan dapat dipulihkan.").format(who=who)
        ok_text, done = translate("RecordActions", "Arsipkan"), translate("RecordActions", "{n} peserta diarsipkan.")
        service = enrolment.archive
    if reason is None:
        dialog = ReasonDialog(window, title, question, required=not restoring, ok_text=ok_text)
        if dialog.exec() != QDialog.Accepted:
            return 0
        reason = dialog.text()
    count = 0

    def work():
        nonlocal count
        count = service(ids, reason)

    if window.run_service(title, work):
        window.after_change(message=done.format(n=count))
    return count


NAMED = 5      # a question names this many of the selected people, then counts the rest


def _who(window, ids: list[int]) -> str:
    """The people a question is about, by name: "Slamet Riyadi (NIK 1872…)", or a few names
    and how many more."""
    model, rows = window.list_page.model, window.list_page.selected_rows()
    people = [item for item in (model.row_at(r) for r in rows[:NAMED]) if item is not None]
    if len(ids) == 1 and people:
        return translate("RecordActions", "{name} (NIK {nik})").format(name=people[0].nama, nik=people[0].nik)
    names = ", ".join(p.nama for p in people)
    if len(ids) > len(people):
        return translate("RecordActions", "{n} peserta: {names} dan {more} lainnya").format(
            n=len(ids), names=names, more=len(ids) - len(people))
    return translate("RecordActions", "{n} peserta: {names}").format(n=len(ids), names=names)


def change_status(window, target: str | None = None, reason: str | None = None) -> int:
    """Change the status of the selection: each person who can take the new status takes it,
    in one transaction once the clerk agreed; the others are named with the reason."""
    ids = window.list_page.selected_ids()
    if not ids:
        return 0
    title = translate("RecordActions", "Ubah status")
    if target is None:
        current = enrolment.statuses_of(ids)
        targets = enrolment.status_targets(current)
        if not targets:
            ask.inform(window, title, translate("RecordActions", "Status peserta terpilih tidak dapat diubah."))
            return 0
        dialog = StatusDialog(window, len(ids), current, targets)
        if dialog.exec() != QDialog.Accepted:
            return 0
        target, reason = dialog.chosen(), dialog.reason.text().strip()
    plan = enrolment.plan_status_change(ids, target, reason or "")
    if plan.refused and not _agree_to_partial(window, title, plan, len(ids)):
        return 0
    count = 0

    def work():
        nonlocal count
        count = enrolment.change_status(plan.movable, target, reason or "")

    if window.run_service(title, work):
        window.after_change(ids, translate("RecordActions", "Status {n} peserta menjadi {status}.").format(
            n=count, status=status_label(target)), counts_changed=False)
    return count


SHOWN_BY_NAME = 12


def _agree_to_partial(window, title: str, plan: enrolment.StatusPlan, selected: int) -> bool:
    """Name who cannot take the new status and why; ask whether to go on with the others."""
    lines = [f"• {name}: {translated(why)}" for name, why in plan.refused[:SHOWN_BY_NAME]]
    if len(plan.refused) > SHOWN_BY_NAME:
        lines.append(translate("RecordActions", "… dan {n} peserta lainnya.").format(
            n=len(plan.refused) - SHOWN_BY_NAME))
    refused = "\n".join(lines)
    status = status_label(plan.target)
    if not plan.movable:
        ask.warn(window, title, translate("RecordActions", "Tidak ada peserta terpilih yang dapat diubah menjadi "
                                          "{status}:\n{refused}").format(status=status, refused=refused))
        return False
    return ask.confirm(window, title, translate(
        "RecordActions", "{m} dari {n} peserta terpilih dapat diubah menjadi {status}. Yang berikut tetap:\n"
        "{refused}\n\nUbah status {m} peserta itu?").format(m=len(plan.movable), n=selected, status=status,
                                                           refused=refused),
        yes=translate("RecordActions", "Ubah {m} peserta").format(m=len(plan.movable)),
        no=translate("RecordActions", "Batal"))
