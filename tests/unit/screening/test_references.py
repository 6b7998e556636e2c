"""Reference lists: each kind imported from Excel or CSV, flags raised, replaced, resolved."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.db.screening_models import ReferenceEntry, ReferenceList, ScreeningFlag
from jamsostek_desktop.domain import eligibility
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.screening import flags, references, report
from tests.unit.screening.helpers import crowd, enrol, values


def _xlsx(path, header, rows, title=None):
    book = openpyxl.Workbook()
    sheet = book.active
    if title:
        sheet.append([title])
        sheet.append([])
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _csv(path, header, rows, sep=";"):
    path.write_text("\n".join(sep.join(map(str, r)) for r in [header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def people(kelurahan_db):
    return crowd(12)


CASES = [
    (eligibility.ASN, ["NIK", "Nama", "NIP", "Unit Kerja"], ["Budi", "198001012006041001", "Dinas Pendidikan"],
     eligibility.FLAG_ASN, "Dinas Pendidikan"),
    (eligibility.FUNDED, ["No. KTP", "Nama Lengkap", "Sumber Dana", "Periode"], ["Sri", "APBD Provinsi", "2026"],
     eligibility.FLAG_FUNDED, "APBD Provinsi"),
    (eligibility.DECEASED, ["NIK", "Tanggal Meninggal"], ["03-02-2026"], eligibility.FLAG_DECEASED, "03-02-2026"),
    (eligibility.WAGE_EARNER, ["NIK"], [], eligibility.FLAG_WAGE, ""),
]


@pytest.mark.parametrize(("kind", "header", "extra", "code", "detail"), CASES)
@pytest.mark.parametrize("form", ["xlsx", "csv"])
def test_each_kind_flags_the_participants_it_lists(people, tmp_path, kind, header, extra, code, detail, form):
    listed = people[2:5]
    rows = [[p.nik, *extra] for p in listed] + [["3201011505800007", *extra]]   # one not enrolled here
    if form == "xlsx":
        path = _xlsx(tmp_path / "daftar.xlsx", header, rows, title="DAFTAR DARI INSTANSI LAIN")
    else:
        path = _csv(tmp_path / "daftar.csv", header, rows)
    result = references.import_file(kind, path, source="BKPSDM Kota Metro", list_date=dt.date(2026, 11, 1))
    assert result.committed and result.rows == 4 and result.valid == 4 and result.flags_opened == 3
    (current,) = references.current_lists()
    assert (current.kind, current.source, current.rows, current.list_date) == (
        kind, "BKPSDM Kota Metro", 4, dt.date(2026, 11, 1))
    open_ = flags.open_flags()
    assert {f.nik for f in open_} == {p.nik for p in listed} and {f.code for f in open_} == {code}
    assert all(detail in f.detail for f in open_)


def test_a_bad_row_refuses_the_file_and_changes_nothing(people, tmp_path):
    path = _xlsx(tmp_path / "asn.xlsx", ["NIK", "Nama"], [[people[0].nik, "A"], [1.87201120875e15, "B"], ["12", "C"]])
    result = references.import_file(eligibility.ASN, path)
    assert not result.committed and {p.row for p in result.problems} == {3, 4}
    assert ReferenceList.select().count() == 0 and ScreeningFlag.select().count() == 0
    assert "Excel" in result.problems[0].message or "digit" in result.problems[0].message


def test_a_file_without_a_nik_column_is_refused(people, tmp_path):
    path = _xlsx(tmp_path / "x.xlsx", ["Nama", "Alamat"], [["A", "B"]])
    with pytest.raises(ValidationError):
        references.import_file(eligibility.ASN, path)


def test_a_newer_list_replaces_the_old_one_and_clears_flags_it_no_longer_holds(people, tmp_path):
    first = _csv(tmp_path / "a.csv", ["NIK", "Nama"], [[p.nik, p.nama] for p in people[:3]])
    references.import_file(eligibility.ASN, first, source="BKPSDM", list_date=dt.date(2026, 1, 1))
    assert flags.open_count() == 3
    second = _csv(tmp_path / "b.csv", ["NIK", "Nama"], [[people[0].nik, people[0].nama]])
    result = references.import_file(eligibility.ASN, second, source="BKPSDM", list_date=dt.date(2026, 6, 1))
    assert result.replaced == 3
    assert [f.nik for f in flags.open_flags()] == [people[0].nik]
    assert ReferenceEntry.select().count() == 1
    assert ReferenceList.select().count() == 2 and len(references.current_lists()) == 1


def test_a_flag_blocks_verification_until_resolved_and_stays_resolved(people, tmp_path):
    target = people[1]
    references.import_file(eligibility.ASN, _csv(tmp_path / "a.csv", ["NIK"], [[target.nik]]))
    plan = enrolment.plan_status_change([target.id], "verified")
    assert plan.movable == [] and "ASN" in str(plan.refused[0][1])
    (flag,) = flags.open_flags()
    with pytest.raises(ValidationError):
        flags.resolve(flag.id, "keep", "")
    flags.resolve(flag.id, "keep", "PPPK sudah berhenti, surat BKPSDM 12/2026")
    assert enrolment.plan_status_change([target.id], "verified").movable == [target.id]
    flags.screen()
    assert flags.open_count() == 0


def test_archive_resolution_takes_the_participant_off_the_list(people, tmp_path):
    target = people[1]
    references.import_file(eligibility.DECEASED, _csv(tmp_path / "m.csv", ["NIK", "Tgl Meninggal"],
                                                      [[target.nik, "2026-03-01"]]))
    (flag,) = flags.open_flags()
    flags.resolve(flag.id, "archive", "Meninggal, akta kematian ada")
    p = Participant.get_by_id(target.id)
    assert p.archived and "Meninggal" in p.archive_reason
    assert flags.open_count() == 0


def test_birth_date_disagreeing_with_the_nik_is_a_flag(kelurahan_db):
    crowd(3)
    odd = enrol(values(1, nik="1872011208750003", born=dt.date(1975, 8, 21)))
    flags.screen()
    (flag,) = flags.open_flags()
    assert flag.uuid == odd.uuid and flag.code == eligibility.FLAG_BIRTH_DATE and "12-08" in flag.detail


def test_the_review_list_holds_each_person_with_the_reasons(people, tmp_path):
    references.import_file(eligibility.WAGE_EARNER, _csv(tmp_path / "w.csv", ["NIK"], [[people[4].nik]]))
    rows = report.review_rows()
    assert [r.nik for r in rows] == [people[4].nik] and rows[0].reasons[0].startswith("PU")
    out = report.save_xlsx(tmp_path / "periksa")
    sheet = openpyxl.load_workbook(out).active
    assert sheet["A1"].value == "Daftar peserta yang perlu diperiksa"
    assert sheet["B3"].value == people[4].nik and "penerima upah" in sheet["H3"].value


def test_the_summary_pdf_says_who_needs_checking(people, tmp_path):
    import pdfplumber

    from jamsostek_desktop.services.printing import documents

    references.import_file(eligibility.ASN, _csv(tmp_path / "a.csv", ["NIK"], [[p.nik] for p in people[:2]]))
    out = documents.summary(tmp_path / "rekap", options=documents.PrintOptions(listing="semua")).path
    with pdfplumber.open(out) as pdf:
        text = " ".join((page.extract_text() or "") for page in pdf.pages)
    assert "Peserta yang Perlu Diperiksa" in text and "2 peserta perlu diperiksa" in " ".join(text.split())
    assert "ASN 2" in text
