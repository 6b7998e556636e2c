"""At the city: two kelurahan files, one person in both under a one-digit NIK typo; decided once."""

from __future__ import annotations

from jamsostek_desktop.domain import duplicates
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.screening import pairs
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from tests.unit.sync.conftest import nik, person

# Everyone in these files is born on 12-08-1975: names far apart, so only the typo pairs.
NAMES = {1: "Slamet Riyadi", 2: "Wahyuni Lestari", 3: "Bambang Hartono", 4: "Yusuf Kurniawan", 5: "Dewi Sartika",
         11: "Eko Prasetyo", 12: "Rina Marlina", 13: "Joko Susilo", 14: "Fitri Handayani"}


def _export(offices, name, folder, **kwargs):
    offices.use(name)
    folder.mkdir(exist_ok=True)
    return sync_export.export(folder, **kwargs).path


def test_city_merge_lists_the_pair_and_a_decision_is_not_asked_again(offices, tmp_path):
    offices.use("yosodadi")
    for s in range(1, 6):
        enrolment.enrol(person(nik(s), NAMES[s]), "ketua-rt", accept_warnings=True)
    enrolment.enrol(person("1872011208750103", "AHMAD MARUF"), "ketua-rt", accept_warnings=True)
    offices.use("hadimulyo")
    for s in range(11, 15):
        enrolment.enrol(person(nik(s * 7), NAMES[s]), "ketua-rt", accept_warnings=True)
    typo = enrolment.enrol(person("1872011208750108", "H. Ahmad Ma'ruf", rt=5), "ketua-rt", accept_warnings=True)
    files = [_export(offices, "yosodadi", tmp_path / "out"), _export(offices, "hadimulyo", tmp_path / "out")]

    offices.trust("yosodadi", "hadimulyo")
    offices.use("city")
    report = sync_import.import_files(files)
    assert not report.refused
    (pair,) = report.near_duplicates
    assert {pair.one.nik, pair.other.nik} == {"1872011208750103", "1872011208750108"}
    assert set(pair.reasons) == {duplicates.SAME_NAME, duplicates.NIK_DIGIT, duplicates.OTHER_KELURAHAN}
    assert any("pasangan" in line and "1872011208750108" in line for line in report.lines())
    pairs.decide(pair.id, "different", "Dua orang berbeda; KTP keduanya sudah dilihat")

    # Hadimulyo edits the person and sends again; the city is not asked a second time.
    offices.use("hadimulyo")
    enrolment.update(typo.id, {"telepon": "081234567890"})
    again = _export(offices, "hadimulyo", tmp_path / "out2")
    offices.use("city")
    second = sync_import.import_files([again])
    assert not second.refused and second.files[0].updated == 1
    assert second.near_duplicates == [] and pairs.open_pairs() == []
    assert pairs.run().decided == 1


def test_a_decision_made_in_the_kelurahan_travels_and_the_city_is_not_asked(offices, tmp_path):
    from jamsostek_desktop.db.screening_models import ScreeningPair

    offices.use("yosodadi")
    for s in range(1, 4):
        enrolment.enrol(person(nik(s), NAMES[s]), "ketua-rt", accept_warnings=True)
    enrolment.enrol(person("1872011208750103", "Hasan Basri"), "ketua-rt", accept_warnings=True)
    enrolment.enrol(person("1872011208750104", "Hasan Basri"), "ketua-rt", accept_warnings=True)   # twins
    pairs.run()
    (pair,) = pairs.open_pairs()
    pairs.decide(pair.id, "different", "Kembar; KK dan KTP keduanya dilihat")
    files = [_export(offices, "yosodadi", tmp_path / "out")]

    offices.trust("yosodadi")
    offices.use("city")
    report = sync_import.import_files(files)
    assert not report.refused and report.files[0].tenure.get("decision") == 1
    assert "1 keputusan data ganda diterima." in [str(n) for n in report.files[0].notes()]
    assert report.near_duplicates == [] and pairs.open_pairs() == []
    held = ScreeningPair.get()
    assert (held.decision, held.reason) == ("different", "Kembar; KK dan KTP keduanya dilihat")
    # The same file again changes nothing; a full resend neither.
    again = sync_import.import_files(files)
    assert not again.refused and ScreeningPair.select().count() == 1


def test_a_file_without_decisions_counts_none_so_older_programs_read_it(offices):
    from jamsostek_desktop.db.connection import db
    from jamsostek_desktop.db.models import max_change_seq
    from jamsostek_desktop.services.sync import tenure_rows
    from jamsostek_desktop.services.sync.format import manifest as manifest_rules

    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), NAMES[1]), "ketua-rt", accept_warnings=True)
    with db.atomic():
        _lines, counts, _codes = tenure_rows.export_lines(0, max_change_seq())
    assert "decision" not in counts and "term" in counts
    # A manifest without the count (an older kelurahan's file) is sound.
    assert manifest_rules.TENURE_SCHEMA.keys() - counts.keys() == {"decision"}


def test_the_step_after_a_merge_compares_only_the_people_the_files_wrote(offices, tmp_path, monkeypatch):
    offices.use("yosodadi")
    for s in range(1, 4):
        enrolment.enrol(person(nik(s), NAMES[s]), "ketua-rt", accept_warnings=True)
    enrolment.enrol(person("1872011208750103", "AHMAD MARUF"), "ketua-rt", accept_warnings=True)
    offices.use("hadimulyo")
    typo = enrolment.enrol(person("1872011208750108", "H. Ahmad Ma'ruf", rt=5), "ketua-rt", accept_warnings=True)
    other = enrolment.enrol(person(nik(77), NAMES[11]), "ketua-rt", accept_warnings=True)
    files = [_export(offices, "yosodadi", tmp_path / "out"), _export(offices, "hadimulyo", tmp_path / "out")]
    offices.trust("yosodadi", "hadimulyo")
    offices.use("city")
    assert len(sync_import.import_files(files).near_duplicates) == 1

    compared: list[set[str]] = []
    real_run = pairs.run
    monkeypatch.setattr(pairs, "run", lambda among=None, **kw: compared.append(set(among)) or real_run(among, **kw))

    # A full re-send that changes nothing compares nobody, and still lists the open pair.
    offices.use("hadimulyo")
    unchanged = _export(offices, "hadimulyo", tmp_path / "full", full=True)
    offices.use("city")
    report = sync_import.import_files([unchanged])
    assert not report.refused and report.files[0].unchanged == 2
    assert compared == []
    (pair,) = report.near_duplicates
    assert {pair.one.nik, pair.other.nik} == {"1872011208750103", "1872011208750108"}

    # A file that changes one person compares that person, against the whole city.
    offices.use("hadimulyo")
    enrolment.update(other.id, {"telepon": "081234567890"})
    changed = _export(offices, "hadimulyo", tmp_path / "changed")
    offices.use("city")
    report = sync_import.import_files([changed])
    assert report.files[0].updated == 1
    assert compared == [{other.uuid}]
    assert [p.other.uuid in (typo.uuid,) or p.one.uuid == typo.uuid for p in report.near_duplicates] == [True]
