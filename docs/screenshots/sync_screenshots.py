"""Make the sync screenshots in this folder: Kirim data, Terima data, a duplicate NIK, a conflict.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/sync_screenshots.py
Builds two kelurahan databases and a city database in a temporary folder, with one
file lost on the way, one cut short, one duplicate NIK and one conflicting edit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))


def main() -> int:
    tmp = Path(tempfile.mkdtemp())
    os.environ["JAMSOSTEK_HOME"] = str(tmp / "home")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import demo_data, enrolment
    from jamsostek_desktop.services.sync import export as sync_export
    from jamsostek_desktop.services.sync import keys as sync_keys
    from jamsostek_desktop.ui.main_window import MainWindow
    from jamsostek_desktop.ui.sync import menu
    from tests.unit.sync.conftest import Offices, nik, person

    offices = Offices(tmp)
    for name in ("yosodadi", "hadimulyo", "city"):
        offices.create(name)
    offices.trust("yosodadi", "hadimulyo")
    offices.use("city")
    pub, _ = sync_keys.generate_city_keys(tmp / "metro")

    offices.use("yosodadi")
    demo_data.generate(800, seed=3)
    slamet = enrolment.enrol(person(nik(77), "Slamet Riyadi"), "ketua-rt", accept_warnings=True).uuid
    sync_keys.import_city_public_key(pub)
    first = sync_export.export(tmp / "a1.jamsync")
    offices.use("hadimulyo")
    demo_data.generate(500, seed=4)
    enrolment.enrol(person(nik(77), "Slamet Riyadi"), "ketua-rt", accept_warnings=True)
    other = sync_export.export(tmp / "b1.jamsync")

    offices.use("city")
    from jamsostek_desktop.services.sync import importing as sync_import

    sync_import.import_files([first.path])
    enrolment.update(Participant.by_uuid(slamet).id, {"alamat": "Jl. Kenanga No. 7"}, accept_warnings=True)
    offices.use("yosodadi")
    enrolment.update(Participant.by_uuid(slamet).id, {"alamat": "Jl. Kenanga No. 5A", "telepon": "081298765432"},
                     accept_warnings=True)
    second = sync_export.export(tmp / "a2.jamsync")
    live = Participant.select().where(Participant.archived == False, Participant.uuid != slamet)  # noqa: E712
    enrolment.archive([p.id for p in live.limit(4)], "Meninggal dunia")
    sync_export.export(tmp / "a3.jamsync").path.unlink()          # lost on the way
    for p in Participant.select().where(Participant.uuid != slamet).offset(100).limit(7):
        enrolment.update(p.id, {"telepon": "081211112222"}, accept_warnings=True)
    fourth = sync_export.export(tmp / "a4.jamsync")
    broken = tmp / "kiriman-terpotong.jamsync"
    broken.write_bytes(fourth.path.read_bytes()[:-300])

    window = MainWindow()
    dialog = menu.open_export_dialog(window)
    dialog.path_edit.setText("/media/flashdisk")
    dialog.result_label.setText(f"{fourth.message}\nBerkas: /media/flashdisk/{fourth.path.name}")
    app.processEvents()
    dialog.grab().save(str(HERE / "sync-kirim-data.png"))
    window.close()

    offices.use("city")
    window = MainWindow()
    dialog = menu.open_import_dialog(window, [str(other.path), str(second.path), str(fourth.path), str(broken)])
    while dialog.report is None:
        app.processEvents()
        time.sleep(0.05)
    app.processEvents()
    dialog.grab().save(str(HERE / "sync-terima-data.png"))
    issues = menu.open_issues_dialog(window)
    app.processEvents()
    issues.grab().save(str(HERE / "sync-nik-ganda.png"))
    issues.table.selectRow(1)
    app.processEvents()
    issues.grab().save(str(HERE / "sync-konflik.png"))

    # Hadimulyo sends from a new computer: the city types the fingerprint from its letter.
    from jamsostek_desktop.db.models import Setting
    from jamsostek_desktop.services.sync import cover_letter

    offices.use("hadimulyo")
    Setting.delete().where(Setting.key == sync_keys.INSTALLATION_SETTING).execute()
    fresh = sync_export.export(tmp / "b-baru.jamsync", full=True)
    letter = cover_letter.write(tmp / "surat-pengantar.pdf")
    subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", str(letter.path),
                    str(HERE / "sync-surat-pengantar")], check=False)
    offices.use("city")
    receive = menu.open_import_dialog(window, [str(fresh.path)])
    while receive.report is None:
        app.processEvents()
        time.sleep(0.05)
    key = receive.choose_key_file()
    key.fingerprint_edit.setText("142E 77A2 D823 B7C8 CF3D")
    key.accept()
    app.processEvents()
    key.grab().save(str(HERE / "sync-terima-kunci.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
