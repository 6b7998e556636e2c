"""The export's fast path writes what the reference path writes (issue 19, second pass).

`export.export(..., reference=True)` is the export as it was before: lines read as text in
change order, the standard library's zlib, zipfile's writer. The program's path reads the
lines as bytes (a full file in table order), deflates with ISA-L and writes the ZIP itself
(format/zipout.py). Same file format, same lines per section (the order within a section
is free), same manifest; both files merge to the same city.
"""

from __future__ import annotations

import collections
import json
import sys
import zipfile
import zlib

import pytest

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import _MAX_CHANGE_SEQ, max_change_seq, next_change_seq
from jamsostek_desktop.errors import StorageError
from jamsostek_desktop.services.participants import demo_data
from jamsostek_desktop.services.sync import export, payload, payload_child, payload_parts
from jamsostek_desktop.services.sync.format import chunked, container, deflated

# What differs between two files of the same data written one after the other.
_OWN = {"sequence", "created_at", "payload", "audit", "resend"}


def _sections(path) -> tuple[dict, dict[str, collections.Counter]]:
    """The manifest and each section's lines (as a multiset) of an unencrypted file, read by zipfile."""
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None                  # every entry's CRC holds
        manifest = json.loads(archive.read(container.MANIFEST_NAME))
        lines = archive.read(container.PLAIN_PAYLOAD)
    sections: dict[str, collections.Counter] = {}
    kind = None
    for line in lines.split(b"\n")[:-1]:
        if line.startswith(b"{"):
            kind = json.loads(line)["section"]
            assert kind not in sections
            sections[kind] = collections.Counter()
        else:
            sections[kind][line] += 1
    assert list(sections) == [k for k in chunked.SECTIONS if k in sections]     # the merge order
    return manifest, sections


def _same_file(fast, reference) -> dict:
    fast_manifest, fast_sections = _sections(fast)
    reference_manifest, reference_sections = _sections(reference)
    assert fast_sections == reference_sections
    assert {k: v for k, v in fast_manifest.items() if k not in _OWN} == \
           {k: v for k, v in reference_manifest.items() if k not in _OWN}
    assert fast_manifest["payload"]["plain_size"] == reference_manifest["payload"]["plain_size"]
    return fast_sections


def _spoil_one_name() -> str:
    """One name as another tool may leave it: a stray byte that is not UTF-8 (tests/unit/backup)."""
    uuid = db.execute_sql('SELECT "uuid" FROM "participant" ORDER BY "id" LIMIT 1 OFFSET 3').fetchone()[0]
    with db.atomic():
        db.execute_sql("UPDATE participant SET nama = CAST(X'53C3206B6172746F' AS TEXT), "
                       "alamat = ?, change_seq = ? WHERE uuid = ?",
                       ('Jl. "Kenanga" \\ 5\tRT 3 – ½', next_change_seq(), uuid))
    return uuid


def test_a_full_file_holds_the_lines_the_reference_export_writes(kelurahan_db, tmp_path):
    demo_data.generate(400, seed=3)
    _spoil_one_name()
    fast = export.export(tmp_path / "fast.jamsync", full=True)
    reference = export.export(tmp_path / "reference.jamsync", full=True, reference=True)
    assert (fast.records, fast.tombstones) == (reference.records, reference.tombstones) == (400, 0)
    sections = _same_file(fast.path, reference.path)
    assert sum(sections[chunked.PARTICIPANT].values()) == 400
    assert sum(sections["term"].values()) > 0 and sum(sections["coverage"].values()) > 0
    text = b"\n".join(sections[chunked.PARTICIPANT]).decode("utf-8")
    assert "S\ufffd karto" in text and '"Jl. \\"Kenanga\\" \\\\ 5\\tRT 3 – ½"' in text


def test_an_incremental_file_holds_the_lines_the_reference_writes(kelurahan_db, tmp_path):
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import enrolment

    demo_data.generate(120, seed=5)
    export.export(tmp_path / "first.jamsync", full=True)
    _spoil_one_name()
    uuids = [u for (u,) in db.execute_sql('SELECT "uuid" FROM "participant" ORDER BY "id" LIMIT 3')]
    enrolment.archive([Participant.by_uuid(uuids[0]).id], "Pindah domisili")
    second = export.export(tmp_path / "second.jamsync")
    assert not second.full and second.records == 2 and second.tombstones == 1
    again = export.export(tmp_path / "again.jamsync", resend=second.sequence, reference=True)
    sections = _same_file(second.path, again.path)
    assert sum(sections[chunked.PARTICIPANT].values()) == 2


def test_both_files_merge_to_the_same_city(offices, tmp_path, monkeypatch):
    """The fast writer's file (sealed to the city, read and deflated by two child processes)
    merges like the reference's: the reference file of the same data, merged after it, finds
    every record and line unchanged."""
    from jamsostek_desktop.services.sync import importing
    from tests.unit.sync.conftest import city_records, own_records

    monkeypatch.setattr(payload, "_parts", lambda: 2)
    offices.use("yosodadi")
    demo_data.generate(150, seed=7)
    sent = own_records()
    fast = export.export(tmp_path / "fast.jamsync", full=True).path
    reference = export.export(tmp_path / "reference.jamsync", full=True, reference=True).path
    offices.use("city")
    first = importing.import_files([fast]).files[0]
    assert first.outcome == "merged" and first.added == 150, first
    assert sum(first.tenure.values()) > 0
    assert city_records() == sent
    second = importing.import_files([reference]).files[0]
    assert second.outcome == "merged" and second.unchanged == 150 and second.added == second.updated == 0, second
    assert not any(second.tenure.values())            # every tenure line found as the city holds it
    assert city_records() == sent


def test_a_full_file_reads_the_table_in_its_own_order_an_incremental_one_by_change(kelurahan_db):
    """The full file's scan must not fall back to the change index (one B-tree walk a row more);
    an incremental file of a few rows must use it (not read the whole table)."""
    def plan(sql: str) -> str:
        return " ".join(str(row[-1]) for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, (0, 10)))

    assert "participant_change_seq" not in plan(payload.SELECT_ARRAYS_SCAN)
    assert "participant_change_seq" in plan(payload.SELECT_ARRAYS)


def test_the_payload_entry_is_a_plain_deflate_stream_any_zip_reader_opens(kelurahan_db, tmp_path):
    demo_data.generate(50, seed=9)
    path = export.export(tmp_path / "fast.jamsync", full=True).path
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(container.PLAIN_PAYLOAD)
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.external_attr >> 16 == 0o644
        lines = archive.read(info)
        assert [i.filename for i in archive.infolist()] == [container.PLAIN_PAYLOAD, container.MANIFEST_NAME,
                                                             container.SIGNATURE_NAME]
    data = path.read_bytes()
    raw = bytes(container.archives.entry_bytes(data, info))
    assert zlib.decompress(raw, -15) == lines                 # the standard library inflates ISA-L's deflate
    assert container.read_manifest(data).manifest["payload"]["plain_size"] == len(lines)


def test_a_database_the_export_reads_is_left_with_its_text_factory(kelurahan_db, tmp_path):
    demo_data.generate(10, seed=2)
    before = db.connection().text_factory
    export.export(tmp_path / "out.jamsync", full=True)
    assert db.connection().text_factory is before
    name = db.execute_sql('SELECT "nama" FROM "participant" LIMIT 1').fetchone()[0]
    assert isinstance(name, str)


@pytest.mark.parametrize("parts", [1, 2, 4])
def test_a_full_file_read_in_parts_at_once_holds_the_same_lines(kelurahan_db, tmp_path, monkeypatch, parts):
    """A full file is read in id ranges on as many connections as cores (payload._parallel)."""
    demo_data.generate(300, seed=13)
    monkeypatch.setattr(payload, "_parts", lambda: parts)
    fast = export.export(tmp_path / "fast.jamsync", full=True)
    reference = export.export(tmp_path / "reference.jamsync", full=True, reference=True)
    sections = _same_file(fast.path, reference.path)
    assert sum(sections[chunked.PARTICIPANT].values()) == 300


def test_helpers_seeing_another_state_than_the_export_are_not_used(kelurahan_db, monkeypatch):
    """Were the export's transaction ever to change a row it sends before reading it, the child
    readers (whose connections see only what is committed) would send the old row: the file is
    then read on the export's own connection alone."""
    demo_data.generate(60, seed=17)
    monkeypatch.setattr(payload, "_parts", lambda: 2)
    last = db.execute_sql('SELECT MAX("id") FROM "participant"').fetchone()[0]    # in the helper's range
    pieces: list[bytes] = []
    with db.atomic() as transaction:
        db.execute_sql('UPDATE "participant" SET "nama" = ?, "change_seq" = ? WHERE "id" = ?',
                       ("Belum Disimpan", next_change_seq(), last))
        seq_to = max_change_seq()
        produce = payload.Producer(0, seq_to, full=True)
        try:
            produce(pieces.append)
        finally:
            produce.close()
        transaction.rollback()
    assert b'"Belum Disimpan"' in b"".join(pieces)


def test_a_reader_failing_leaves_no_file_and_no_recorded_export(kelurahan_db, tmp_path, monkeypatch):
    """A child reader whose SQL fails (as a damaged page would make it fail) stops the export:
    a clear message, no file, no export recorded, and no reader left running."""
    demo_data.generate(80, seed=19)
    monkeypatch.setattr(payload, "_parts", lambda: 2)
    ranged = payload._ranged

    def failing(kind):
        table, sql = ranged(kind)
        return (table, sql.replace('"term" AS t', '"term_missing" AS t')) if kind == "term" else (table, sql)

    monkeypatch.setattr(payload, "_ranged", failing)
    started = []
    monkeypatch.setattr(payload_parts, "_Child", _recording(payload_parts._Child, started))
    with pytest.raises(StorageError) as refused:
        export.export(tmp_path / "out.jamsync", full=True)
    assert "Membaca data untuk berkas kirim gagal" in refused.value.message
    assert "no such table" in refused.value.message
    assert [p.name for p in tmp_path.iterdir() if "jamsync" in p.name] == []
    assert db.execute_sql('SELECT COUNT(*) FROM "sync_export"').fetchone()[0] == 0
    assert len(started) == 2 and all(child.process.poll() is not None for child in started)


def _recording(cls, started: list):
    class Recorded(cls):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            started.append(self)
    return Recorded


_DIES_AFTER_ITS_FIRST_PIECE = """
import os, pickle, sys
from jamsostek_desktop.services.sync import payload_child

def send(message):
    pickle.dump(message, sys.stdout.buffer, 5)
    sys.stdout.buffer.flush()
    if message[0] == "piece":
        os._exit(9)

payload_child.serve(pickle.load(sys.stdin.buffer), send)
"""


def test_a_reader_dying_midway_leaves_no_file_and_no_recorded_export(kelurahan_db, tmp_path, monkeypatch):
    demo_data.generate(9000, seed=23)                 # several id ranges for each child
    monkeypatch.setattr(payload, "_parts", lambda: 2)
    monkeypatch.setattr(payload_parts, "command", lambda: [sys.executable, "-c", _DIES_AFTER_ITS_FIRST_PIECE])
    with pytest.raises(StorageError) as refused:
        export.export(tmp_path / "out.jamsync", full=True)
    assert "pembaca data berhenti tiba-tiba" in refused.value.message
    assert [p.name for p in tmp_path.iterdir() if "jamsync" in p.name] == []
    assert db.execute_sql('SELECT COUNT(*) FROM "sync_export"').fetchone()[0] == 0
    monkeypatch.setattr(payload_parts, "command", payload_child.command)
    again = export.export(tmp_path / "out.jamsync", full=True)      # nothing was left half done
    assert again.records == 9000 and again.sequence == 1


def test_the_readers_facts_are_those_the_export_reads_itself(kelurahan_db, tmp_path, monkeypatch):
    """With child readers the manifest's counts, revisions and categories come from the same
    reading as the lines: they must be what `payload.facts` reads (archived people, several
    revisions, every category a participant has)."""
    demo_data.generate(9000, seed=29)
    with db.atomic():
        for n, row_id in enumerate((5, 4100, 8999)):
            db.execute_sql('UPDATE "participant" SET "archived" = 1, "revision" = "revision" + ?, "change_seq" = ? '
                           'WHERE "id" = ?', (n + 2, next_change_seq(), row_id))
    monkeypatch.setattr(payload, "_parts", lambda: 2)
    fast = export.export(tmp_path / "fast.jamsync", full=True)
    with zipfile.ZipFile(fast.path) as archive:
        manifest = json.loads(archive.read(container.MANIFEST_NAME))
    known = payload.facts(0, max_change_seq())
    assert (known.records, known.tombstones) == (9000, 3) and known.rev_max > known.rev_min
    assert manifest["counts"] == {"records": known.records, "tombstones": known.tombstones}
    assert manifest["revisions"] == {"min": known.rev_min, "max": known.rev_max}
    assert {c["code"] for c in manifest["categories"]} >= known.codes and len(known.codes) > 5
    reference = export.export(tmp_path / "reference.jamsync", full=True, reference=True)
    _same_file(fast.path, reference.path)
    assert (fast.records, fast.tombstones) == (9000, 3)


def test_a_reader_on_pythons_sqlite_sends_what_one_on_apsw_sends(kelurahan_db, monkeypatch):
    """The child reader takes APSW's SQLite when installed (the program from source) and Python's
    otherwise (the bundle): the same pieces, lines and facts. Run here in this process on Python's
    SQLite only (two SQLite libraries must never open one file in one process); APSW's run is the
    child processes of the tests above, compared with the reference export there."""
    demo_data.generate(500, seed=31)
    _spoil_one_name()
    monkeypatch.setattr(payload_child, "_apsw", lambda: None)
    sections = [(sql, ranges) for _, sql, ranges in payload._sections(0, max_change_seq())]
    sent: list[tuple] = []
    payload_child.serve({"database": str(kelurahan_db), "snapshot_sql": _MAX_CHANGE_SEQ, "level": 1,
                         "keep_plain": True, "sections": sections}, sent.append)
    pieces = [m for m in sent if m[0] == "piece"]
    lines = b"".join(zlib.decompress(m[3].data + deflated.FINAL_BLOCK, -15) for m in pieces).split(b"\n")[:-1]
    assert len(lines) == sum(m[2] for m in pieces) == sum(m[2] for m in sent if m[0] == "end")
    assert b"\xef\xbf\xbd" in b"".join(lines)                       # the stray byte replaced, as before
    participants = [m for m in pieces if m[1] == 0]
    known = payload._facts_of_ranges(sum(m[2] for m in participants), [m[4] for m in participants])
    assert known == payload.facts(0, max_change_seq())
    assert sent[-1][0] == "done"
    assert "apsw" not in sys.modules             # the program's own process never loads a second SQLite
