"""Posts, terms, replacements, coverage months, events and claims survive a sync round trip.

Real files between a kelurahan database and the city's: the city holds the same rows
(same UUIDs, revisions and values, references resolved to its own participants), sees every
replacement and every term ending in its area, and a file from before tenure still merges.
"""

from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.tenure_models import Claim, Coverage, LifeEvent, Post, Replacement, Term
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.services.sync.format import manifest as manifest_rules
from jamsostek_desktop.services.tenure import coverage, events, replacement, terms
from tests.unit.sync.helpers import as_format, pack_v3, read_v3
from tests.unit.tenure.conftest import ketua_rt

D, T = dt.date, dt.datetime


def rows_of(model, *columns) -> dict:
    """{uuid: values} of a tenure table, references by UUID so two databases compare."""
    out = {}
    for row in model.select():
        values = []
        for name in columns:
            value = getattr(row, name)
            values.append(getattr(value, "uuid", value))
        out[row.uuid] = (row.revision, *values)
    return out


def everything() -> dict:
    return {
        "post": rows_of(Post, "jabatan", "unit", "seats", "kelurahan_code"),
        "term": rows_of(Term, "participant", "post", "number", "sk_kind", "sk_number", "sk_date", "start", "end",
                        "closed_on", "close_reason"),
        "coverage": rows_of(Coverage, "participant", "first_month", "last_month"),
        "replacement": rows_of(Replacement, "post", "leaving", "reason", "date", "incoming", "note"),
        "event": rows_of(LifeEvent, "participant", "kind", "occurred_at", "work_accident", "place", "reported_at"),
        "claim": rows_of(Claim, "event", "kind", "status", "amount", "documents", "heir_name", "paid_on"),
    }


def send(offices, tmp_path):
    offices.use("yosodadi")
    (tmp_path / "out").mkdir(exist_ok=True)
    result = sync_export.export(tmp_path / "out")
    assert result.written
    return result


def receive(offices, path):
    offices.use("city")
    report = sync_import.import_files([path])
    assert not report.refused, report.lines()
    return report.files[0]


@pytest.fixture
def kelurahan(offices, frozen):
    offices.use("yosodadi")
    enrol = lambda v, c="ketua-rt": enrolment.enrol(v, c, accept_warnings=True)  # noqa: E731
    people = {
        "slamet": enrol(ketua_rt(1, "Slamet Riyadi", tmt=D(2021, 12, 10))),
        "bambang": enrol(ketua_rt(2, "Bambang", rt=5, tmt=D(2020, 1, 1))),
        "sutrisno": enrol(ketua_rt(3, "Sutrisno Hadi")),
        "sri": enrol({**ketua_rt(4, "Sri"), "fields": {"nama_posyandu": "Melati"}}, "kader-posyandu"),
    }
    for p in people.values():
        coverage.set_months(p.id, D(2023, 1, 1))
    replacement.replace(people["bambang"].id, "mengundurkan-diri", D(2026, 10, 1))
    death = events.record(people["sri"].id, "meninggal", T(2026, 11, 2, 5, 0), cause="sakit")
    claim = events.add_claim(death.id, "jkm", heir_name="Joko", heir_relation="suami")
    events.update_claim(claim.id, status="diajukan", amount=None, documents={"kk": True}, heir_name="Joko",
                        heir_relation="suami", submitted_on=D(2026, 11, 10), paid_on=None)
    events.record(people["slamet"].id, "kecelakaan", T(2026, 11, 20, 7, 0), place="Pasar",
                  reported_at=T(2026, 11, 23, 9, 0))
    return people


def test_everything_arrives_at_the_city_as_it_was(offices, kelurahan, tmp_path):
    sent = everything()
    first = send(offices, tmp_path)
    with zipfile.ZipFile(first.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["format_version"] == manifest_rules.FORMAT_VERSION == 3
    assert manifest["tenure"] == {kind: len(rows) for kind, rows in sent.items()}
    got = receive(offices, first.path)
    assert got.added == 4
    assert got.tenure == {kind: len(rows) for kind, rows in sent.items()}
    assert everything() == sent
    # The city sees the replacement and the term ending in its area, and the death closed the record.
    assert [r.leaving for r in replacement.listing("18.72")] == ["Sri", "Bambang"]
    assert [(r.nama, r.kelurahan_code) for r in terms.ending(60, kelurahan_prefix="18.72")] == [
        ("Slamet Riyadi", "18.72.01.1001")]
    assert Participant.by_uuid(kelurahan["sri"].uuid).status == "inactive"
    # Slamet, Sutrisno and Sri (to her death's month); Bambang left in October.
    assert {r.nama for r in coverage.month(D(2026, 11, 1), "18.72").rows} == {"Slamet Riyadi", "Sutrisno Hadi", "Sri"}
    # The same file again changes nothing.
    again = sync_import.import_files([first.path]).files[0]
    assert again.outcome == "already" and everything() == sent


def test_later_changes_travel_in_the_next_file(offices, kelurahan, tmp_path):
    receive(offices, send(offices, tmp_path).path)
    offices.use("yosodadi")
    slamet = Participant.by_uuid(kelurahan["slamet"].uuid)
    terms.extend(slamet.id, sk_kind="SK Lurah", sk_number="140/01/KPTS/2026", sk_date=D(2026, 11, 20))
    open_post = Replacement.get(Replacement.reason == "mengundurkan-diri")
    replacement.complete(open_post.id, Participant.by_uuid(kelurahan["sutrisno"].uuid).id)
    claim = Claim.get()
    events.update_claim(claim.id, status="dibayar", amount=42_000_000, documents={"kk": True}, heir_name="Joko",
                        heir_relation="suami", submitted_on=D(2026, 11, 10), paid_on=D(2026, 11, 21))
    sent = everything()
    delta = send(offices, tmp_path)
    assert not delta.full
    got = receive(offices, delta.path)
    assert got.tenure["term"] == 3 and got.tenure["claim"] == 1 and got.tenure["replacement"] == 1
    assert everything() == sent
    assert terms.ending(60, kelurahan_prefix="18.72") == []       # extended: off the list at the city too


def test_a_file_from_before_tenure_still_merges(offices, tmp_path):
    """A kelurahan that has not upgraded yet writes format 1: participants only, no audit head."""
    offices.use("yosodadi")
    enrolment.enrol(ketua_rt(1, "Slamet Riyadi"), "ketua-rt", accept_warnings=True)
    sent = send(offices, tmp_path)
    _, seed = sync_keys.installation()
    old = tmp_path / "old.jamsync"
    old.write_bytes(as_format(sent.path, seed, 1))
    got = receive(offices, old)
    assert got.added == 1 and all(n == 0 for n in got.tenure.values()) and Term.select().count() == 0


def test_a_format_2_file_still_merges_with_its_tenure_lines(offices, kelurahan, tmp_path):
    sent_rows = everything()
    sent = send(offices, tmp_path)
    offices.use("yosodadi")
    _, seed = sync_keys.installation()
    old = tmp_path / "two.jamsync"
    old.write_bytes(as_format(sent.path, seed, 2))
    got = receive(offices, old)
    assert got.added == 4 and got.tenure == {kind: len(rows) for kind, rows in sent_rows.items()}
    assert everything() == sent_rows


def test_a_line_naming_an_unknown_participant_refuses_the_whole_file(offices, kelurahan, tmp_path):
    sent = send(offices, tmp_path)
    offices.use("yosodadi")
    _, seed = sync_keys.installation()
    manifest, sections = read_v3(sent.path)
    sections["coverage"].append({
        "record": "coverage", "uuid": "00000000-0000-4000-8000-000000000999", "revision": 1,
        "created_at": "2026-11-01 00:00:00", "updated_at": "2026-11-01 00:00:00",
        "participant": "00000000-0000-4000-8000-000000000777", "first_month": "2026-01-01", "last_month": None})
    manifest["tenure"]["coverage"] += 1
    bad = tmp_path / "stray.jamsync"
    bad.write_bytes(pack_v3(manifest, sections, seed))
    offices.use("city")
    before = offices.digest("city")
    report = sync_import.import_files([bad])
    assert report.refused and "tidak ada di basis data kota" in report.files[0].message
    assert offices.digest("city") == before
