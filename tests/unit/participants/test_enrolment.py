"""Enrolment: one NIK one enrolment, revisions, archive and restore, status moves, audit."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.errors import DuplicateNikError, ValidationError
from jamsostek_desktop.services.participants import enrolment


def test_enrol_saves_a_draft_with_uuid_revision_and_audit(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    assert p.status == "draft" and p.revision == 1 and len(p.uuid) == 36
    assert p.kelurahan_code == "18.72.01.1001"
    stored = Participant.get_by_id(p.id)
    assert stored.fields == {"nomor_rt": 3, "nomor_rw": 2}
    assert AuditEntry.select().where(AuditEntry.record == p.uuid, AuditEntry.action == "create").count() == 1


def test_duplicate_nik_is_refused_naming_the_existing_enrolment(kelurahan_db, person):
    enrolment.enrol(person, "ketua-rt")
    other = dict(person, nama="Orang Lain", fields={"nama_masjid": "Al-Ikhlas"})
    with pytest.raises(DuplicateNikError) as info:
        enrolment.enrol(other, "marbot")
    assert "Slamet Riyadi" in info.value.message and "Ketua RT" in info.value.message
    assert "RT 003/RW 002" in info.value.message
    assert Participant.select().count() == 1


def test_invalid_values_are_refused_and_nothing_is_written(kelurahan_db, person):
    person["nik"] = "1872011208750"
    with pytest.raises(ValidationError) as info:
        enrolment.enrol(person, "ketua-rt")
    assert any("16 digit" in d for d in info.value.details)
    assert Participant.select().count() == 0


def test_warnings_need_confirmation(kelurahan_db, person):
    person.update(nik="1872011208500003", tanggal_lahir=dt.date(1950, 8, 12))
    with pytest.raises(enrolment.WarningsNeedConfirmation):
        enrolment.enrol(person, "ketua-rt")
    assert enrolment.enrol(person, "ketua-rt", accept_warnings=True).id


def test_update_bumps_revision_and_change_seq_and_audits_each_field(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    updated = enrolment.update(p.id, {"alamat": "Jl. Mawar 1", "rt": 4}, reason="pindah")
    assert updated.revision == 2 and updated.change_seq > p.change_seq
    changes = {(a.field, a.old_value, a.new_value) for a in AuditEntry.select().where(AuditEntry.action == "update")}
    assert changes == {("alamat", "Jl. Kenanga No. 5", "Jl. Mawar 1"), ("rt", "3", "4")}


def test_update_without_change_keeps_the_revision(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    assert enrolment.update(p.id, {"nama": "Slamet Riyadi"}).revision == 1


def test_archive_needs_a_reason_frees_the_nik_and_restore_checks_it(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    with pytest.raises(ValidationError):
        enrolment.archive([p.id], " ")
    assert enrolment.archive([p.id], "meninggal dunia") == 1
    archived = enrolment.get(p.id)
    assert archived.archived and archived.archive_reason == "meninggal dunia" and archived.revision == 2
    again = enrolment.enrol(dict(person, fields={"nama_masjid": "Al-Huda"}), "marbot")
    with pytest.raises(DuplicateNikError):
        enrolment.restore([p.id])
    enrolment.archive([again.id], "salah input")
    assert enrolment.restore([p.id]) == 1
    assert not enrolment.get(p.id).archived


def test_status_moves_follow_the_workflow(kelurahan_db, person):
    p = enrolment.enrol(person, "ketua-rt")
    with pytest.raises(ValidationError, match="belum dapat diverifikasi"):
        enrolment.change_status([p.id], "verified")
    enrolment.update(p.id, {"no_sk": "12/KPTS/2025", "tanggal_sk": dt.date(2025, 1, 2),
                            "tempat_lahir": "Metro"})
    assert enrolment.change_status([p.id], "verified") == 1
    with pytest.raises(ValidationError, match="tidak dapat diubah"):
        enrolment.change_status([p.id], "active")
    enrolment.change_status([p.id], "submitted")
    with pytest.raises(ValidationError, match="alasan"):
        enrolment.change_status([p.id], "rejected")
    enrolment.change_status([p.id], "rejected", "NIK tidak terdaftar di Dukcapil")
    p = enrolment.get(p.id)
    assert p.status == "rejected" and p.status_reason == "NIK tidak terdaftar di Dukcapil"


def test_aktif_needs_the_kpj_bpjs_answered_with(kelurahan_db, person):
    p = enrolment.enrol({**person, "no_sk": "12/KPTS/2025", "tanggal_sk": dt.date(2025, 1, 2)}, "ketua-rt")
    enrolment.change_status([p.id], "verified")
    enrolment.change_status([p.id], "submitted")
    with pytest.raises(ValidationError, match="KPJ"):
        enrolment.change_status([p.id], "active")
    assert enrolment.get(p.id).status == "submitted"
    enrolment.update(p.id, {"kpj": "23000000001"})
    assert enrolment.change_status([p.id], "active") == 1


def test_bulk_status_change_is_all_or_nothing(kelurahan_db, person):
    ready = enrolment.enrol(dict(person, no_sk="1/2025", tanggal_sk=dt.date(2025, 1, 2)), "ketua-rt")
    lacking = enrolment.enrol(dict(person, nik="1872015208750004", jenis_kelamin="P", nama="Siti"), "ketua-rt")
    with pytest.raises(ValidationError):
        enrolment.change_status([ready.id, lacking.id], "verified")
    assert {p.status for p in Participant.select()} == {"draft"}


def test_past_draft_only_a_verifier_changes_what_was_verified(kelurahan_db, person):
    from jamsostek_desktop.errors import PermissionDeniedError
    from jamsostek_desktop.services.accounts import session

    p = enrolment.enrol(dict(person, no_sk="1/2025", tanggal_sk=dt.date(2025, 1, 2), tempat_lahir="Metro"),
                        "ketua-rt")
    enrolment.change_status([p.id], "verified")
    session.set_actor(session.Actor("ani", "operator"))
    with pytest.raises(PermissionDeniedError):
        enrolment.update(p.id, {"nama": "Slamet Riyadi Baru"})
    assert enrolment.update(p.id, {"telepon": "081298765432"}).telepon == "081298765432"
    session.set_actor(session.Actor("vera", "verifikator"))
    assert enrolment.update(p.id, {"nama": "Slamet Riyadi Baru"}).nama == "Slamet Riyadi Baru"
    assert enrolment.get(p.id).status == "verified"


def test_demo_data_and_potential_need_the_right_role(kelurahan_db):
    from jamsostek_desktop.errors import PermissionDeniedError
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.participants import catalogue, demo_data

    session.set_actor(session.Actor("ani", "operator"))
    with pytest.raises(PermissionDeniedError):
        demo_data.generate(5)
    catalogue.set_potential("ketua-rt", 40)
    assert catalogue.potentials()["ketua-rt"] == 40
