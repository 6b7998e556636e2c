"""The head of the kelurahan's audit chain travels in every sync file, and the city keeps it
(issue 12): a later file that shows the history it sent before has changed is pointed out."""

from __future__ import annotations

import sqlite3
import zipfile

from jamsostek_desktop.db.sync_models import SyncImport
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import

from .conftest import nik, person


def send(offices, tmp_path, serial: int, name: str):
    offices.use("yosodadi")
    enrolment.enrol(person(nik(serial), f"Orang {serial}"), "ketua-rt", accept_warnings=True)
    return sync_export.export(tmp_path / name)


def receive(offices, path):
    offices.use("city")
    report = sync_import.import_files([path])
    assert not report.refused, report.refused
    return report.files[0]


def manifest_audit(path) -> dict:
    import json

    with zipfile.ZipFile(path) as archive:
        return json.loads(archive.read("manifest.json"))["audit"]


def test_each_file_carries_the_head_and_the_city_keeps_it(offices, tmp_path):
    first = send(offices, tmp_path, 1, "satu.jamsync")
    head = manifest_audit(first.path)
    assert head["last_id"] > 0 and len(head["head"]) == 64 and head["previous"] is None
    item = receive(offices, first.path)
    assert item.audit_note == ""
    kept = SyncImport.get(SyncImport.sequence == 1)
    assert (kept.audit_last_id, kept.audit_head) == (head["last_id"], head["head"])

    second = send(offices, tmp_path, 2, "dua.jamsync")
    assert manifest_audit(second.path)["previous"] == {"last_id": head["last_id"], "head": head["head"]}
    assert receive(offices, second.path).audit_note == ""


def test_a_rewritten_history_is_pointed_out_to_the_city(offices, tmp_path):
    first = send(offices, tmp_path, 1, "satu.jamsync")
    receive(offices, first.path)
    # At the kelurahan, someone rebuilds the chain of the entries already sent (another tool).
    offices.use("yosodadi")
    from jamsostek_desktop.db.connection import close_db

    close_db()
    conn = sqlite3.connect(offices.paths["yosodadi"])
    conn.execute("UPDATE audit_entry SET chain = 'ab' || substr(chain, 3) WHERE id <= ?",
                 (manifest_audit(first.path)["last_id"],))
    conn.commit()
    conn.close()
    second = send(offices, tmp_path, 2, "dua.jamsync")
    item = receive(offices, second.path)
    assert "berubah sejak kiriman nomor 1" in item.audit_note
    assert any("berubah sejak kiriman nomor 1" in note for note in item.notes())
    assert SyncImport.get(SyncImport.sequence == 2).audit_note == item.audit_note


def test_a_shorter_history_is_pointed_out_too(offices, tmp_path):
    first = send(offices, tmp_path, 1, "satu.jamsync")
    receive(offices, first.path)
    second = send(offices, tmp_path, 2, "dua.jamsync")
    receive(offices, second.path)
    # The kelurahan goes back to an older state of its trail (entries after the first file removed).
    offices.use("yosodadi")
    from jamsostek_desktop.db.connection import close_db

    close_db()
    conn = sqlite3.connect(offices.paths["yosodadi"])
    conn.execute("DELETE FROM audit_entry WHERE id > ?", (manifest_audit(first.path)["last_id"],))
    conn.execute("DELETE FROM sync_export WHERE sequence = 2")
    conn.commit()
    conn.close()
    third = send(offices, tmp_path, 3, "tiga.jamsync")
    assert "lebih pendek" in receive(offices, third.path).audit_note
