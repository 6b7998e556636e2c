"""Format 3 is merged in batches inside one transaction: a fault in a late batch leaves nothing
of the earlier ones, a file's many batches merge as one, and a sealed file streams through."""

from __future__ import annotations

import io
import json

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.services.sync.format import chunked, container

from .conftest import nik, person
from .helpers import pack_v3, read_v3


def _kelurahan_file(offices, tmp_path, count: int):
    offices.use("yosodadi")
    for serial in range(1, count + 1):
        enrolment.enrol(person(nik(serial), f"Orang {serial}"), "ketua-rt", accept_warnings=True)
    return sync_export.export(tmp_path / "full.jamsync", full=True)


def test_a_bad_record_in_a_late_batch_rolls_back_the_earlier_batches(offices, tmp_path, monkeypatch):
    monkeypatch.setattr(chunked, "BATCH", 2)
    sent = _kelurahan_file(offices, tmp_path, 7)
    _, seed = sync_keys.installation()
    manifest, sections = read_v3(sent.path)
    sections["participant"][5]["rt"] = 0          # the third batch
    bad = tmp_path / "bad.jamsync"
    bad.write_bytes(pack_v3(manifest, sections, seed))
    offices.use("city")
    before = offices.digest("city")
    offices.use("city")
    report = sync_import.import_files([bad])
    assert report.refused and report.files[0].reason == "invalid"
    assert any("baris 7" in line and "RT dan RW" in line for line in report.files[0].details)
    assert offices.digest("city") == before
    offices.use("city")
    assert Participant.select().count() == 0


def test_many_batches_merge_as_one_file(offices, tmp_path, monkeypatch):
    monkeypatch.setattr(chunked, "BATCH", 2)
    sent = _kelurahan_file(offices, tmp_path, 7)
    offices.use("city")
    report = sync_import.import_files([sent.path])
    item = report.files[0]
    assert item.outcome == "merged" and item.added == 7 and item.actual_live == 7
    assert Participant.select().count() == 7
    assert sync_import.import_files([sent.path]).files[0].outcome == "already"


def test_too_many_records_for_the_manifest_are_refused(offices, tmp_path):
    sent = _kelurahan_file(offices, tmp_path, 3)
    _, seed = sync_keys.installation()
    manifest, sections = read_v3(sent.path)
    extra = dict(sections["participant"][0], uuid="00000000-0000-4000-8000-000000000abc", nik=nik(99))
    sections["participant"].append(extra)
    bad = tmp_path / "more.jamsync"
    bad.write_bytes(pack_v3(manifest, sections, seed))
    offices.use("city")
    before = offices.digest("city")
    offices.use("city")
    report = sync_import.import_files([bad])
    assert report.refused
    assert offices.digest("city") == before


def test_a_section_out_of_order_is_refused(offices, tmp_path):
    sent = _kelurahan_file(offices, tmp_path, 2)
    _, seed = sync_keys.installation()
    manifest, sections = read_v3(sent.path)
    offices.use("city")
    # A hand-made payload: the participant header after a tenure section.
    lines = (chunked.section_header("post") + chunked.section_header("participant"))

    def produce(write):
        write(lines)
        for row in sections["participant"]:
            write(json.dumps([row[k] for k in chunked.KEYS["participant"]]).encode() + b"\n")
        return {}

    out = io.BytesIO()
    chunked.pack_to(out, {k: v for k, v in manifest.items() if k != "payload"}, produce, seed)
    with_tenure = container.read_manifest(out.getvalue())
    reader = container.open_v3(with_tenure, lambda key: None, {"ketua-rt": frozenset({"nomor_rt", "nomor_rw"})})
    problems = []
    try:
        list(reader.batches())
    except container.RefusedFile as exc:
        problems = exc.details
    assert problems and "tidak berurutan" in problems[0]
