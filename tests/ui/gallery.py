"""Every window and dialog of the program, each in a state a clerk meets (data, errors shown).

Shared by the English walk test (tests/ui/i18n/test_english_walk.py), which reads the
texts of each one, and docs/screenshots/english_screenshots.py, which photographs them.
Each scenario is a generator of Shot: the widget is shown and settled when yielded, and
closed when the consumer asks for the next one. Dialogs that the program opens with a
modal exec() are caught as they open (`caught`), so the real code path builds them.
Message boxes go through ui.common.messages.present, which the consumer replaces.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.conftest import PASSWORDS, PROFILE
from tests.unit.sync.conftest import Offices, nik, person

WIDTH, HEIGHT = 1366, 768
# Seconds to let a view that paints later (the PDF preview) finish before a shot; the
# screenshots set it, the test needs none.
LINGER = 0.0


@dataclass
class Shot:
    name: str
    widget: QWidget
    over: QWidget | None = None      # the window it opens over, for a screenshot
    # Words the shown file itself carries (an OpenSID export's headers, its sheet's name): data,
    # like the names a clerk typed, not texts of the program.
    data: frozenset[str] = frozenset()


def settle(until: Callable[[], bool] = lambda: True, timeout: float = 20.0) -> None:
    """Process events until `until()` holds (background operations call back meanwhile)."""
    deadline = time.monotonic() + timeout
    app = QApplication.instance()
    while True:
        app.processEvents()
        if until():
            app.processEvents()
            return
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not settle")
        time.sleep(0.01)


@contextlib.contextmanager
def caught(*classes: type[QDialog]):
    """Dialogs of these classes opened with exec() are kept (not run) and answered "cancel"."""
    kept: list[QDialog] = []
    saved = {cls: cls.exec for cls in classes}

    def fake_exec(dialog):
        kept.append(dialog)
        return QDialog.Rejected

    for cls in classes:
        cls.exec = fake_exec
    try:
        yield kept
    finally:
        for cls, original in saved.items():
            cls.exec = original


def linger() -> None:
    deadline = time.monotonic() + LINGER
    while time.monotonic() < deadline:
        QApplication.instance().processEvents()
        time.sleep(0.02)


def _shown(widget: QWidget, width: int | None = None, height: int | None = None) -> QWidget:
    if width and height:
        widget.resize(width, height)
    widget.show()
    settle()
    return widget


def _close(widget: QWidget) -> None:
    with contextlib.suppress(RuntimeError):
        if hasattr(widget, "_dirty"):
            widget._dirty = False
        widget.close()
        widget.deleteLater()


def _excel_file(path: Path) -> Path:
    """A kelurahan's own list: a title, merged header, one good row, one rounded NIK, one bad date."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Ketua RT"
    sheet.append(["DAFTAR KETUA RT KELURAHAN YOSODADI"])
    sheet.append([])
    sheet.append(["No", "No. KTP", "Nama Lengkap", "Tgl Lahir", "L/P", "RT", "RW", "No. HP"])
    sheet.append([1, "1872011208750003", "Slamet Riyadi", dt.date(1975, 8, 12), "L", "003", "002", "081234567890"])
    sheet.append([2, 1.87201e15, "Siti Aminah", "12-08-1980", "P", 1, 1, ""])
    sheet.append([3, "1872015512800002", "Wati Susanti", "31-02-1980", "P", 4, 1, "0812"])
    book.save(path)
    return path


# --- the kelurahan office -------------------------------------------------------------------

def first_start(folder: Path) -> Iterator[Shot]:
    """The set-up wizard's three pages, with the mistakes a clerk makes shown."""
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.participants.setup_wizard import SetupWizard

    init_db(folder / "new.sqlite3")
    wizard = _shown(SetupWizard(), 760, 620)
    yield Shot("wizard-office", wizard)
    wizard.next()
    page = wizard.profile_page
    for key, value in PROFILE.items():
        if key in page.inputs:
            page.inputs[key].setText(value)
    page.inputs["region_code"].setText("18.72.01")
    wizard.next()                              # refused: the code is too short
    settle()
    yield Shot("wizard-profile", wizard)
    page.inputs["region_code"].setText(PROFILE["region_code"])
    wizard.next()
    wizard.admin_page.username.setText("admin")
    wizard.admin_page.password.setText("pendek")
    wizard.admin_page.validatePage()           # refused: the password is too short
    settle()
    yield Shot("wizard-admin", wizard)
    _close(wizard)


def kelurahan(folder: Path, participants: int = 30) -> Iterator[Shot]:
    """The main window, its pages, and every dialog a kelurahan clerk or administrator opens."""
    from jamsostek_desktop.logging_setup import log_path
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.backup import copies as backup
    from jamsostek_desktop.services.participants import catalogue, demo_data, enrolment, profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.accounts import audit_view, backup_ui, dialogs, menu, users_dialog
    from jamsostek_desktop.ui.common import language_dialog, messages
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.participants import record_actions
    from jamsostek_desktop.ui.printing.menu import open_print_dialog

    db_path = folder / "kelurahan.sqlite3"
    init_db(db_path)
    profile.save(dict(PROFILE))
    admin = accounts.create_user("admin", PASSWORDS["admin"], role="admin", full_name="Admin Kelurahan")
    session.set_actor(admin)
    accounts.create_user("budi", PASSWORDS["budi"], role="operator", full_name="Budi Operator")
    demo_data.generate(participants, seed=4)
    for code, potential in (("ketua-rt", 62), ("ketua-rw", 12), ("kader-posyandu", 70), ("guru-tpa", 75)):
        catalogue.set_potential(code, potential)
    first = enrolment.enrol({**person(nik(9001), "Slamet Riyadi"), "no_sk": "140/12/KPTS/2023",
                             "tanggal_sk": dt.date(2023, 3, 1)}, "ketua-rt", accept_warnings=True)
    enrolment.change_status([first.id], "verified")
    backup.make_backup()

    window = _shown(MainWindow(), WIDTH, HEIGHT)
    window.navigator.select("category", "ketua-rt")
    window.list_page.table.selectRow(0)
    settle()
    yield Shot("main", window)

    window.show_dashboard()
    window.dashboard_page.category_table.selectRow(0)
    settle()
    yield Shot("dashboard", window)
    window.navigator.select("all")
    window.list_page.table.selectRow(1)
    settle()

    # The entry form with the mistakes it explains: a NIK already enrolled, a short phone number.
    form = window.add_participant("ketua-rt")
    settle()
    form.inputs["nik"].widget.setText(first.nik)
    form.inputs["nama"].widget.setText("Sutrisno Hadi")
    form.inputs["tempat_lahir"].widget.setText("Metro")
    form.inputs["tanggal_lahir"].widget.setText("31-02-1980")
    form.inputs["alamat"].widget.setText("Jl. Melati No. 17")
    form.inputs["rt"].widget.setText("4")
    form.inputs["rw"].widget.setText("2")
    form.inputs["telepon"].widget.setText("0812-345")
    form.inputs["nomor_rt"].widget.setText("4")
    form._touched = set(form.inputs)
    form.revalidate()
    form.inputs["telepon"].widget.setFocus()
    settle()
    yield Shot("form", form, window)
    _close(form)

    dialog, _categories = record_actions.category_chooser(window, None)
    yield Shot("category-chooser", _shown(dialog), window)
    _close(dialog)
    with caught(messages.ReasonDialog, messages.StatusDialog) as kept:
        window.archive_selected()
        window.change_status()
    for name, dialog in zip(("archive-reason", "change-status"), kept, strict=True):
        yield Shot(name, _shown(dialog), window)
        _close(dialog)

    # Printing: the preview is rendered in the background, then shown.
    dialog = open_print_dialog(window, "roster")
    dialog.preview()
    settle(lambda: not dialog.busy and dialog.last_result is not None)
    linger()
    yield Shot("print-dialog", dialog, window)
    _close(dialog)
    from jamsostek_desktop.ui.printing.menu import open_profile_dialog

    profile_dialog = open_profile_dialog(window)
    yield Shot("print-profile", _shown(profile_dialog), window)
    _close(profile_dialog)

    # Excel: the import wizard's four pages, then the export dialog after an export.
    from jamsostek_desktop.ui.excel.menu import open_export_dialog, open_import_wizard

    wizard = open_import_wizard(window)
    wizard.file_page.path_edit.setText(str(_excel_file(folder / "ketua-rt.xlsx")))
    wizard.file_page.strict_check.setChecked(False)
    settle()
    yield Shot("excel-import-1-file", wizard, window)
    wizard.next()
    settle(lambda: wizard.currentPage() is wizard.mapping_page)
    yield Shot("excel-import-2-mapping", wizard, window)
    wizard.next()
    settle(lambda: wizard.check_page.report is not None)
    wizard.check_page.table.selectRow(1)
    settle()
    yield Shot("excel-import-3-check", wizard, window)
    wizard.check_page.validatePage()
    settle(lambda: wizard.currentPage() is wizard.result_page)
    yield Shot("excel-import-4-done", wizard, window)
    _close(wizard)
    dialog = open_export_dialog(window)
    dialog.path_edit.setText(str(folder / "export.xlsx"))
    dialog.start_export()
    settle(lambda: dialog.result_info is not None)
    yield Shot("excel-export", dialog, window)
    _close(dialog)

    # Sync, kelurahan side: a file written without the city's key (the warning shows).
    from jamsostek_desktop.ui.sync.menu import open_export_dialog as open_sync_export

    dialog = open_sync_export(window)
    dialog.path_edit.setText(str(folder))
    dialog.send()
    settle(lambda: dialog.last_result is not None)
    yield Shot("sync-send", dialog, window)
    _close(dialog)

    # Accounts and backups; the history of a participant who has one.
    window.list_page.select_ids([first.id])
    settle()
    with caught(users_dialog.UsersDialog, audit_view.AuditLogDialog, audit_view.HistoryDialog,
                backup_ui.RestoreDialog, dialogs.ChangePasswordDialog, language_dialog.LanguageDialog) as kept:
        menu.manage_users(window)
        audit_view.open_audit_log(window)
        menu.show_history(window)
        menu.restore_backup(window)
        menu.change_password(window)
        language_dialog.choose_language(window)
    for name, dialog in zip(("users", "audit-log", "history", "restore", "change-password", "language"),
                            kept, strict=True):
        yield Shot(name, _shown(dialog), window)
        _close(dialog)
    dialog = dialogs.UserFormDialog(parent=window)
    dialog.accept()                                # refused: nothing filled in yet
    yield Shot("user-form", _shown(dialog), window)
    _close(dialog)
    dialog = dialogs.ResetPasswordDialog("budi", parent=window)
    yield Shot("reset-password", _shown(dialog), window)
    _close(dialog)
    operation = menu.check_database(window)
    settle(lambda: not operation.running)
    operation = backup_ui.backup_now(window)
    settle(lambda: not operation.running)
    dialog = dialogs.LoginDialog("Kelurahan Yosodadi", window)
    dialog.username.setText("budi")
    dialog.password.setText("salah-sekali")
    dialog.accept()                                # refused: the message under the fields
    yield Shot("login", _shown(dialog), window)
    _close(dialog)
    box = messages.bug_box(window, str(log_path()), "ValueError: contoh")
    yield Shot("bug-dialog", _shown(box), window)
    _close(box)
    _close(window)
    session.set_actor(None)


# --- the city office ---------------------------------------------------------------------------

def city(folder: Path, participants: int = 20) -> Iterator[Shot]:
    """The city's main window, Terima data with its report, and the conflict list."""
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import demo_data, enrolment
    from jamsostek_desktop.services.sync import export as sync_export
    from jamsostek_desktop.services.sync import importing as sync_import
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.sync import menu

    offices = Offices(folder / "offices")
    offices.folder.mkdir(parents=True, exist_ok=True)
    for name in ("yosodadi", "hadimulyo", "city"):
        offices.create(name)
    offices.trust("yosodadi", "hadimulyo")
    offices.use("yosodadi")
    demo_data.generate(participants, seed=3)
    slamet = enrolment.enrol(person(nik(77), "Slamet Riyadi"), "ketua-rt", accept_warnings=True).uuid
    first = sync_export.export(folder / "a1.jamsync")
    offices.use("hadimulyo")
    demo_data.generate(participants // 2, seed=4)
    enrolment.enrol(person(nik(77), "Slamet Riyadi"), "ketua-rt", accept_warnings=True)
    other = sync_export.export(folder / "b1.jamsync")
    offices.use("city")
    sync_import.import_files([first.path])
    enrolment.update(Participant.by_uuid(slamet).id, {"alamat": "Jl. Kenanga No. 7"}, accept_warnings=True)
    offices.use("yosodadi")
    enrolment.update(Participant.by_uuid(slamet).id, {"alamat": "Jl. Kenanga No. 5A"}, accept_warnings=True)
    second = sync_export.export(folder / "a2.jamsync")
    broken = folder / "kiriman-terpotong.jamsync"
    broken.write_bytes(second.path.read_bytes()[:-300])

    offices.use("city")
    window = _shown(MainWindow(), WIDTH, HEIGHT)
    yield Shot("city-main", window)
    dialog = menu.open_import_dialog(window, [str(other.path), str(second.path), str(broken)])
    settle(lambda: dialog.report is not None)
    dialog.table.selectRow(1)
    settle()
    yield Shot("sync-receive", dialog, window)
    _close(dialog)
    issues = menu.open_issues_dialog(window)
    settle()
    yield Shot("sync-duplicate-nik", issues, window)
    issues.table.selectRow(1)
    settle()
    yield Shot("sync-conflict", issues, window)
    _close(issues)
    # Hadimulyo sends from a new computer: its key waits for the fingerprint from its letter.
    from jamsostek_desktop.db.models import Setting
    from jamsostek_desktop.services.sync import keys as sync_keys

    offices.use("hadimulyo")
    Setting.delete().where(Setting.key == sync_keys.INSTALLATION_SETTING).execute()
    fresh = sync_export.export(folder / "b-baru.jamsync", full=True)
    offices.use("city")
    receive = menu.open_import_dialog(window, [str(fresh.path)])
    settle(lambda: receive.report is not None)
    key = receive.choose_key_file()
    settle()
    yield Shot("sync-accept-key", key, window)
    _close(key)
    _close(receive)
    _close(window)


def residents(folder: Path) -> Iterator[Shot]:
    """The resident register: empty, its import wizard on an OpenSID export, filled, and the form's picker."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.residents.menu import open_register
    from jamsostek_desktop.ui.residents.picker import ENTRY_ROLE
    from tests.unit.residents.layouts import opensid_rows, write

    init_db(folder / "residents.sqlite3")
    profile.save(dict(PROFILE))
    admin = accounts.create_user("admin", PASSWORDS["admin"], role="admin", full_name="Admin Kelurahan")
    session.set_actor(admin)
    window = _shown(MainWindow(), WIDTH, HEIGHT)
    register = _shown(open_register(window), 1180, 640)
    yield Shot("residents-empty", register, window)
    rows = opensid_rows()
    rows[0] = [("tanggal_akhir_paspor" if c == "tanggallahir" else "tgl_akhir_kitas" if c == "tanggal_akhir_paspor"
                else c) for c in rows[0]]      # a list whose birth-date header is doubtful
    # OpenSID's own column and sheet names, and the hamlets' names in its rows.
    file_words = frozenset(w.lower() for text in [*rows[0], "penduduk", "DUSUN"] for w in re.findall(r"[^\W\d_]+", text))
    wizard = register.open_import()
    wizard.file_page.path_edit.setText(str(write(folder / "penduduk_opensid.xlsx", rows, "penduduk")))
    settle()
    yield Shot("residents-import-1-file", wizard, register)
    wizard.next()
    settle(lambda: wizard.currentPage() is wizard.mapping_page)
    yield Shot("residents-import-2-mapping", wizard, register, file_words)
    for label in wizard.unsure:
        combo = wizard.mapping_page.combos[label]
        combo.setCurrentIndex(combo.findData("tanggal_lahir" if label == "tanggal_akhir_paspor" else ""))
    wizard.next()
    settle(lambda: wizard.check_page.report is not None)
    yield Shot("residents-import-3-check", wizard, register, file_words)
    wizard.check_page.validatePage()
    settle(lambda: wizard.currentPage() is wizard.result_page)
    yield Shot("residents-import-4-done", wizard, register, file_words)
    _close(wizard)
    register.status.setCurrentIndex(0)
    settle()
    yield Shot("residents", register, window, file_words)
    _close(register)

    form = window.add_participant("ketua-rt")
    settle()
    form.inputs["nama"].widget.setFocus()
    form.inputs["nama"].widget.setText("wahyu")
    form.resident_picker.offer("nama", "wahyu")
    settle()
    yield Shot("residents-form-offer", form, window)
    form.resident_picker.completers["nama"].popup().hide()
    form.resident_picker.pick(form.resident_picker.model.item(0).data(ENTRY_ROLE))
    settle()
    yield Shot("residents-form-picked", form, window)
    _close(form)
    _close(window)
    session.set_actor(None)


def screening(folder: Path) -> Iterator[Shot]:
    """Periksa data ganda (pairs and flags), Impor daftar pembanding, the form's duplicate hint (issue 13)."""
    import datetime as dt

    from jamsostek_desktop.domain import eligibility
    from jamsostek_desktop.services.participants import demo_data, enrolment, profile
    from jamsostek_desktop.services.screening import pairs, references
    from jamsostek_desktop.services.startup import init_db
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.screening.menu import open_review

    init_db(folder / "screening.sqlite3")
    profile.save(dict(PROFILE))
    demo_data.generate(20, seed=3)
    base = {"tempat_lahir": "Metro", "tanggal_lahir": dt.date(1975, 8, 12), "jenis_kelamin": "L",
            "alamat": "Jl. Kenanga No. 5", "rt": 3, "rw": 2, "fields": {"nomor_rt": 3, "nomor_rw": 2}}
    for number, nama in (("1872011208750003", "AHMAD MARUF"), ("1872011208750008", "H. Ahmad Ma'ruf")):
        enrolment.enrol({**base, "nik": number, "nama": nama}, "ketua-rt", accept_warnings=True)
    listed = folder / "asn.csv"
    listed.write_text("NIK;Nama;NIP\n1872011208750003;Ahmad Maruf;198001012006041001\n", encoding="utf-8")
    references.import_file(eligibility.ASN, listed, source="BKPSDM Kota Metro")
    pairs.run()
    window = _shown(MainWindow(), WIDTH, HEIGHT)
    review = open_review(window)
    settle()
    yield Shot("screening-pairs", review, window)
    review.tabs.setCurrentIndex(1)
    settle()
    yield Shot("screening-flags", review, window)
    dialog = review.import_reference()
    settle()
    yield Shot("screening-reference", dialog, review)
    _close(dialog)
    _close(review)
    form = window.add_participant("ketua-rt")
    form.inputs["nik"].widget.setText("1872011208750005")
    settle()
    yield Shot("screening-form-hint", form, window)
    _close(form)
    _close(window)


def tenure(folder: Path, participants: int = 30) -> Iterator[Shot]:
    """Terms, replacements, coverage, deaths and claims (tests/ui/tenure/scenario.py)."""
    from tests.ui.tenure.scenario import tenure as scenario

    yield from scenario(folder, participants)


SCENARIOS = {"first-start": first_start, "kelurahan": kelurahan, "city": city, "residents": residents,
             "tenure": tenure, "screening": screening}


def all_shots(folder: Path, **sizes) -> Iterator[Shot]:
    for name, scenario in SCENARIOS.items():
        place = folder / name
        place.mkdir(parents=True, exist_ok=True)
        yield from scenario(place, **sizes.get(name, {}))

