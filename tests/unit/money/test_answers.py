"""BPJS's answer file: matched, unmatched, duplicated and malformed rows give counts that add up;
a registration makes the participant Aktif with the KPJ, a rejection records its reason."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import AuditEntry, Participant
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.money import answers
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.tenure import coverage
from tests.unit.money.conftest import write_xlsx
from tests.unit.tenure.conftest import ketua_rt

HEADER = ["No", "NIK", "Nama Peserta", "No. KPJ", "Tgl Daftar", "Status", "Alasan Penolakan"]


@pytest.fixture
def submitted(enrol):
    people = []
    for n, name in enumerate(("Ani", "Budi", "Citra", "Dedi", "Eka", "Fajar"), start=1):
        p = enrol(ketua_rt(n, name, rt=n, tmt=dt.date(2024, 1, 1)))
        enrolment.change_status([p.id], "verified")
        enrolment.change_status([p.id], "submitted")
        people.append(Participant.get_by_id(p.id))
    return people


@pytest.fixture
def answer(tmp_path, submitted):
    ani, budi, citra, dedi, eka, fajar = submitted
    rows = [HEADER,
            [1, ani.nik, "ANI", "23000000001", "02-11-2026", "BERHASIL", ""],
            [2, budi.nik, "BUDI", 23000000002.0, dt.datetime(2026, 11, 3), "Aktif", ""],  # KPJ as an Excel number
            [3, citra.nik, "CITRA", "", "", "DITOLAK", "NIK tidak terdaftar di Dukcapil"],
            [4, "1872011208759999", "ORANG LAIN", "23000000009", "02-11-2026", "BERHASIL", ""],  # not on the list
            [5, ani.nik, "ANI", "23000000001", "02-11-2026", "BERHASIL", ""],                  # a second row
            [6, dedi.nik, "DEDI", "1.23457E+10", "02-11-2026", "BERHASIL", ""],              # KPJ lost digits
            [7, eka.nik, "EKA", "2300000000", "02-11-2026", "BERHASIL", ""],                  # 10 digits
            [8, 1.87201120875e15, "FAJAR", "23000000006", "02-11-2026", "BERHASIL", ""],      # NIK rounded
            [9, fajar.nik, "FAJAR", "23000000001", "02-11-2026", "BERHASIL", ""],             # Ani's KPJ
            [10, eka.nik, "EKA", "", "", "DIPROSES", ""]]                                    # unknown status
    return write_xlsx(tmp_path / "jawaban.xlsx", rows, title="HASIL VERIFIKASI PENDAFTARAN KOLEKTIF")


def test_counts_add_up_and_nothing_is_dropped(answer, submitted):
    report = answers.read(answer, apply=False)
    assert report.read == 10 and report.adds_up
    assert (report.matched, len(report.unmatched), len(report.refused)) == (3, 1, 6)
    assert [r.nik for r in report.unmatched] == ["1872011208759999"]
    reasons = {r.row: str(r.reason) for r in report.refused}
    assert reasons[7] == "NIK sama dengan baris 3"
    assert "notasi ilmiah" in reasons[8] and "0 di depan" not in reasons[9] and "11 digit" in reasons[9]
    assert "dibulatkan Excel" in reasons[10] and "sudah dipakai" in reasons[11] and "DIPROSES" in reasons[12]
    # a dry run changes nothing
    assert {p.status for p in Participant.select()} == {"submitted"}


def test_a_registration_makes_aktif_with_the_kpj_and_a_rejection_keeps_its_reason(answer, submitted):
    ani, budi, citra = submitted[:3]
    report = answers.read(answer)
    assert report.applied
    ani, budi, citra = (Participant.get_by_id(p.id) for p in (ani, budi, citra))
    assert (ani.status, ani.kpj) == ("active", "23000000001")
    assert (budi.status, budi.kpj) == ("active", "23000000002")          # ".0" cleaned
    assert (citra.status, citra.status_reason) == ("rejected", "NIK tidak terdaftar di Dukcapil")
    assert answers.registration_of(budi.id).registered_on == dt.date(2026, 11, 3)
    # paid for from the registration month
    assert coverage.of(ani.id).first == dt.date(2026, 11, 1)
    # the others are untouched, and the audit names the file
    assert {p.status for p in Participant.select().where(Participant.id.not_in([ani.id, budi.id, citra.id]))} == {"submitted"}
    assert AuditEntry.select().where((AuditEntry.record == ani.uuid) & AuditEntry.reason.contains("jawaban.xlsx")).exists()


def test_importing_the_same_answer_twice_changes_nothing_more(answer, submitted):
    answers.read(answer)
    before = [(p.status, p.kpj, p.revision) for p in Participant.select().order_by(Participant.id)]
    again = answers.read(answer)
    assert again.adds_up
    # Ani and Budi are Aktif already and registered again with the same KPJ; Citra was rejected already
    after = [(p.status, p.kpj) for p in Participant.select().order_by(Participant.id)]
    assert after == [(s, k) for s, k, _ in before]


def test_a_file_without_kpj_or_status_is_not_an_answer(tmp_path, submitted):
    path = write_xlsx(tmp_path / "lain.xlsx", [["NIK", "NAMA"], [submitted[0].nik, "Ani"]])
    with pytest.raises(ValidationError, match="bukan berkas jawaban BPJS"):
        answers.read(path)


def test_csv_answer_with_nomor_peserta(tmp_path, submitted):
    path = tmp_path / "jawaban.csv"
    path.write_text(f"NIK,NOMOR PESERTA,STATUS\n{submitted[0].nik},23000000001,SUKSES\n", encoding="utf-8")
    report = answers.read(path)
    assert len(report.registered) == 1 and Participant.get_by_id(submitted[0].id).kpj == "23000000001"


def test_the_city_checks_an_answer_but_does_not_record_it(answer, submitted, monkeypatch):
    from jamsostek_desktop.services.participants import profile

    monkeypatch.setattr(profile, "is_city", lambda: True)
    assert answers.read(answer, apply=False).adds_up
    with pytest.raises(ValidationError, match="dicatat di kelurahan"):
        answers.read(answer)
    assert {p.status for p in Participant.select()} == {"submitted"}
