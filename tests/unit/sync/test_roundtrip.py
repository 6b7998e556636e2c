"""Round trips with real files between two kelurahan databases and a city database."""

from __future__ import annotations

import pytest

from jamsostek_desktop.db.models import AuditEntry, Kelurahan, Participant
from jamsostek_desktop.db.sync_models import SyncImport, SyncIssue
from jamsostek_desktop.errors import AppError, NotFoundError
from jamsostek_desktop.services.participants import enrolment, regions
from jamsostek_desktop.services.sync import conflicts
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync import keys as sync_keys

from .conftest import city_records, nik, person


def enrol_people(offices, name, serials, category="ketua-rt"):
    offices.use(name)
    return [enrolment.enrol(person(nik(s), f"Orang {s}"), category, accept_warnings=True).uuid for s in serials]


def export(offices, name, tmp_path, **kwargs):
    offices.use(name)
    (tmp_path / "out").mkdir(exist_ok=True)
    return sync_export.export(tmp_path / "out", **kwargs)


def import_(offices, paths, **kwargs):
    offices.use("city")
    return sync_import.import_files(paths, **kwargs)


def snapshot(offices, name):
    offices.use(name)
    return {u: (rev, content) for u, (_, rev, content) in city_records().items()}


def test_two_kelurahan_round_trip_with_edits_archives_and_counts(offices, tmp_path):
    yoso = enrol_people(offices, "yosodadi", range(1, 6))
    enrol_people(offices, "hadimulyo", range(11, 14))
    first_a = export(offices, "yosodadi", tmp_path)
    first_b = export(offices, "hadimulyo", tmp_path)
    assert first_a.written and first_a.sequence == 1 and first_a.full and first_a.records == 5
    assert first_a.path.name.startswith("kirim-yosodadi-1872011001-0001-")

    report = import_(offices, [first_a.path, first_b.path])
    assert not report.refused
    by_code = report.per_kelurahan()
    assert by_code["18.72.01.1001"]["added"] == 5 and by_code["18.72.02.1002"]["added"] == 3
    assert all(f.counts_match for f in report.files)
    assert {k.code: k.kelurahan for k in Kelurahan.select()} == {"18.72.01.1001": "Yosodadi",
                                                                 "18.72.02.1002": "Hadimulyo Barat"}
    assert "Metro Timur" in regions.tree()
    assert regions.counts_by_kelurahan() == {"18.72.01.1001": 5, "18.72.02.1002": 3}

    # Edits and an archive at Yosodadi travel in the next (incremental) file.
    offices.use("yosodadi")
    p = Participant.by_uuid(yoso[0])
    enrolment.update(p.id, {"alamat": "Jl. Mawar No. 9"}, accept_warnings=True)
    enrolment.archive([Participant.by_uuid(yoso[1]).id], "Pindah domisili")
    enrol_people(offices, "yosodadi", [7])
    delta = export(offices, "yosodadi", tmp_path)
    assert delta.sequence == 2 and not delta.full and delta.records == 3 and delta.tombstones == 1

    report = import_(offices, [delta.path])
    f = report.files[0]
    assert (f.added, f.updated, f.archived, f.unchanged, f.conflicts) == (1, 1, 1, 0, 0)
    assert f.counts_match and f.actual_live == 5 and f.missing_sequences == []
    assert Participant.by_uuid(yoso[0]).alamat == "Jl. Mawar No. 9"
    assert Participant.by_uuid(yoso[1]).archived

    # The city now holds exactly what each kelurahan holds.
    city = snapshot(offices, "city")
    for name in ("yosodadi", "hadimulyo"):
        own = snapshot(offices, name)
        assert {u: city[u] for u in own} == own

    # Re-importing everything changes nothing.
    before = snapshot(offices, "city")
    imports = SyncImport.select().count()
    report = import_(offices, [first_a.path, first_b.path, delta.path])
    assert [x.outcome for x in report.files] == ["already"] * 3
    assert snapshot(offices, "city") == before and SyncImport.select().count() == imports


def test_nothing_new_is_said_and_no_file_written(offices, tmp_path):
    enrol_people(offices, "yosodadi", [1])
    assert export(offices, "yosodadi", tmp_path).written
    again = export(offices, "yosodadi", tmp_path)
    assert not again.written and "Tidak ada perubahan" in again.message
    assert len(list((tmp_path / "out").iterdir())) == 1
    full = export(offices, "yosodadi", tmp_path, full=True)
    assert full.written and full.full and full.sequence == 2


def test_lost_file_is_reported_as_a_gap_and_resent(offices, tmp_path):
    uuids = enrol_people(offices, "yosodadi", [1, 2])
    one = export(offices, "yosodadi", tmp_path)
    offices.use("yosodadi")
    enrolment.update(Participant.by_uuid(uuids[0]).id, {"alamat": "Alamat dua"}, accept_warnings=True)
    two = export(offices, "yosodadi", tmp_path)
    two.path.unlink()                                # lost on the way
    offices.use("yosodadi")
    enrolment.update(Participant.by_uuid(uuids[1]).id, {"alamat": "Alamat tiga"}, accept_warnings=True)
    three = export(offices, "yosodadi", tmp_path)

    report = import_(offices, [one.path, three.path])
    assert report.files[-1].missing_sequences == [2]
    assert "Berkas nomor 2" in " ".join(report.files[-1].notes())
    assert Participant.by_uuid(uuids[0]).alamat != "Alamat dua"

    resent = export(offices, "yosodadi", tmp_path, resend=2)
    assert resent.written and resent.resend and resent.sequence == 2 and resent.records == 1
    report = import_(offices, [resent.path])
    assert report.files[0].missing_sequences == [] and report.files[0].updated == 1
    assert Participant.by_uuid(uuids[0]).alamat == "Alamat dua"
    with pytest.raises(NotFoundError):
        export(offices, "yosodadi", tmp_path, resend=9)


def test_duplicate_nik_across_kelurahan_is_listed_and_resolved(offices, tmp_path):
    (a,) = enrol_people(offices, "yosodadi", [5])
    offices.use("hadimulyo")
    values = person(nik(5), "Orang Lima Kembar")
    values["fields"] = {"nama_masjid": "Masjid Taqwa"}
    b = enrolment.enrol(values, "marbot", accept_warnings=True).uuid
    files = [export(offices, n, tmp_path).path for n in ("yosodadi", "hadimulyo")]
    report = import_(offices, files)
    assert report.files[-1].duplicates == 1
    issues = conflicts.list_issues()
    assert [(i.kind, i.subject) for i in issues] == [("duplicate", nik(5))]
    group = conflicts.enrolments(issues[0].id)
    assert {e.uuid for e in group} == {a, b} and {e.kelurahan for e in group} == {"Yosodadi", "Hadimulyo Barat"}
    # Importing again does not list it twice.
    import_(offices, files)
    assert SyncIssue.select().count() == 1

    archived = conflicts.resolve_duplicate(issues[0].id, a, "Terdaftar di kelurahan domisili")
    assert archived == 1 and Participant.by_uuid(b).archived and not Participant.by_uuid(a).archived
    assert conflicts.list_issues() == []
    resolved = conflicts.list_issues(include_resolved=True)[0]
    assert resolved.resolution and resolved.note == "Terdaftar di kelurahan domisili"
    assert AuditEntry.select().where(AuditEntry.table == "sync_issue").count() == 1


def test_same_revision_with_other_content_is_a_conflict_for_a_person(offices, tmp_path):
    (u,) = enrol_people(offices, "yosodadi", [1])
    first = export(offices, "yosodadi", tmp_path)
    import_(offices, [first.path])
    # The city edits its copy (revision 2); the kelurahan edits too (also revision 2).
    offices.use("city")
    enrolment.update(Participant.by_uuid(u).id, {"alamat": "Versi kota"}, accept_warnings=True)
    offices.use("yosodadi")
    enrolment.update(Participant.by_uuid(u).id, {"alamat": "Versi kelurahan"}, accept_warnings=True)
    second = export(offices, "yosodadi", tmp_path)
    report = import_(offices, [second.path])
    assert report.files[0].conflicts == 1 and report.files[0].updated == 0
    assert Participant.by_uuid(u).alamat == "Versi kota"          # never overwritten silently
    (issue,) = conflicts.list_issues()
    assert issue.kind == "conflict" and "Alamat" in issue.summary
    rows = {label: (kel, city) for label, kel, city, differs in conflicts.comparison(issue.id) if differs}
    assert rows["Alamat"] == ("Versi kelurahan", "Versi kota")
    # Importing the same file again lists nothing new.
    import_(offices, [second.path])
    assert SyncIssue.select().count() == 1

    conflicts.resolve_conflict(issue.id, conflicts.TAKE_INCOMING, "Kelurahan lebih tahu")
    assert Participant.by_uuid(u).alamat == "Versi kelurahan"
    with pytest.raises(AppError):
        conflicts.resolve_conflict(issue.id, conflicts.KEEP_CURRENT)


def test_encrypted_export_round_trip_and_key_for_another_city(offices, tmp_path):
    offices.use("city")
    pub, key = sync_keys.generate_city_keys(tmp_path / "metro")
    assert oct(key.stat().st_mode & 0o777) == "0o600"
    enrol_people(offices, "yosodadi", [1])
    offices.use("yosodadi")
    assert sync_keys.import_city_public_key(pub).kota == "Kota Metro"
    result = export(offices, "yosodadi", tmp_path)
    assert result.encrypted and not result.warnings and b"Orang 1" not in result.path.read_bytes()
    assert import_(offices, [result.path]).files[0].added == 1

    offices.create("other_city")
    other_pub, _ = sync_keys.generate_city_keys(tmp_path / "lampung")
    offices.use("yosodadi")
    with pytest.raises(AppError, match="bukan kota kelurahan ini"):
        sync_keys.import_city_public_key(other_pub)


def test_unencrypted_export_warns(offices, tmp_path):
    enrol_people(offices, "yosodadi", [1])
    result = export(offices, "yosodadi", tmp_path)
    assert not result.encrypted and "TIDAK dienkripsi" in result.warnings[0]


def test_dry_run_changes_nothing(offices, tmp_path):
    enrol_people(offices, "yosodadi", [1, 2])
    result = export(offices, "yosodadi", tmp_path)
    before = offices.digest("city")
    report = import_(offices, [result.path], dry_run=True)
    assert report.files[0].outcome == "dry_run" and report.files[0].added == 2
    assert offices.digest("city") == before


def test_city_database_does_not_export_and_kelurahan_does_not_import(offices, tmp_path):
    offices.use("city")
    with pytest.raises(AppError, match="kota tidak mengirim"):
        sync_export.export(tmp_path / "x.jamsync")
    offices.use("yosodadi")
    with pytest.raises(AppError, match="Hanya basis data kantor kota"):
        sync_import.import_files([tmp_path / "x.jamsync"])


def test_a_city_decision_is_not_undone_by_a_later_kelurahan_edit(offices, tmp_path):
    (a,) = enrol_people(offices, "yosodadi", [6])
    offices.use("hadimulyo")
    values = person(nik(6), "Orang Enam Kembar")
    values["fields"] = {"nama_masjid": "Masjid Taqwa"}
    b = enrolment.enrol(values, "marbot", accept_warnings=True)
    files = [export(offices, n, tmp_path).path for n in ("yosodadi", "hadimulyo")]
    import_(offices, files)
    (issue,) = conflicts.list_issues()
    conflicts.resolve_duplicate(issue.id, a, "Terdaftar di kelurahan domisili")   # the city archives b
    assert Participant.by_uuid(b.uuid).archived

    # Hadimulyo, not knowing, edits its copy twice: its revision passes the city's.
    offices.use("hadimulyo")
    enrolment.update(b.id, {"alamat": "Jl. Baru 1"})
    enrolment.update(b.id, {"alamat": "Jl. Baru 2"})
    report = import_(offices, [export(offices, "hadimulyo", tmp_path).path])
    copy = Participant.by_uuid(b.uuid)
    assert copy.archived and copy.alamat == "Jl. Kenanga No. 5"     # the decision stands ...
    assert report.files[-1].conflicts == 1 and report.files[-1].updated == 0
    (listed,) = conflicts.list_issues()                              # ... and a person sees the change
    assert listed.kind == "conflict"

    # Keeping the city's copy acknowledges this kelurahan revision; a resend changes nothing.
    conflicts.resolve_conflict(listed.id, conflicts.KEEP_CURRENT, "NIK ganda sudah diputuskan")
    import_(offices, [export(offices, "hadimulyo", tmp_path, resend=2).path])
    assert conflicts.list_issues() == [] and Participant.by_uuid(b.uuid).archived


def test_a_revived_duplicate_is_listed_again(offices, tmp_path):
    (a,) = enrol_people(offices, "yosodadi", [7])
    offices.use("hadimulyo")
    values = person(nik(7), "Orang Tujuh Kembar")
    values["fields"] = {"nama_masjid": "Masjid Taqwa"}
    b = enrolment.enrol(values, "marbot", accept_warnings=True)
    import_(offices, [export(offices, n, tmp_path).path for n in ("yosodadi", "hadimulyo")])
    (issue,) = conflicts.list_issues()
    conflicts.resolve_duplicate(issue.id, a, "")
    (conflict_free,) = conflicts.list_issues(include_resolved=True)
    # The city takes the kelurahan's later version of b (live again) after a conflict ...
    offices.use("hadimulyo")
    enrolment.update(b.id, {"alamat": "Jl. Baru 3"})
    import_(offices, [export(offices, "hadimulyo", tmp_path).path])
    (conflict,) = conflicts.list_issues()
    conflicts.resolve_conflict(conflict.id, conflicts.TAKE_INCOMING, "")
    assert not Participant.by_uuid(b.uuid).archived
    # ... and the next file of either side lists the duplicate again, since both are live.
    offices.use("yosodadi")
    enrolment.update(enrolment.get(Participant.by_uuid(a).id).id, {"telepon": "081211112222"})
    import_(offices, [export(offices, "yosodadi", tmp_path).path])
    assert [i.kind for i in conflicts.list_issues()] == ["duplicate"]
    assert conflict_free.kind == "duplicate"
