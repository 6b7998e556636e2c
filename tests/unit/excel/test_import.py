"""import_file with generated spreadsheets: real-world cells, odd layouts, refusals, the write."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.db.models import AuditEntry, Participant, Setting
from jamsostek_desktop.services.excel import importing as excel_import
from jamsostek_desktop.services.excel.reader import ImportRefusedError
from jamsostek_desktop.services.participants import enrolment

from .conftest import BUDI, HEADER, SITI, SLAMET, person_row


def _imported(nik: str) -> Participant:
    return Participant.get(Participant.nik == nik)


def test_each_real_world_cell_form_is_understood(kelurahan_db, xlsx):
    rows = [
        HEADER,
        person_row(1, SLAMET, birth=dt.date(1975, 8, 12), sex="L", rt="1", rw="001"),
        person_row(2, SITI, nama="Siti  Aminah", birth="12/08/1980", sex="Perempuan", rt="001", rw="RW 02"),
        person_row(3, BUDI, nama="Budi Santoso", birth="01-01-1970", sex="Laki-laki", rt="RT 01", rw=2),
        person_row(4, "1872016506850004", nama="Ani", birth="25 Juni 1985", sex="P", rt=4.0, rw="3"),
    ]
    path = xlsx("ketua.xlsx", {"Data": rows})
    report = excel_import.import_file(path, "ketua-rt")
    assert report.problems == [] and report.imported == 4 and report.committed
    slamet, siti, budi, ani = (_imported(n) for n in (SLAMET, SITI, BUDI, "1872016506850004"))
    assert (slamet.tanggal_lahir, slamet.jenis_kelamin, slamet.rt, slamet.rw) == (dt.date(1975, 8, 12), "L", 1, 1)
    assert (siti.tanggal_lahir, siti.jenis_kelamin, siti.rw, siti.nama) == (dt.date(1980, 8, 12), "P", 2, "Siti Aminah")
    assert (budi.tanggal_lahir, budi.jenis_kelamin, budi.rt) == (dt.date(1970, 1, 1), "L", 1)
    assert (ani.tanggal_lahir, ani.rt, ani.rw) == (dt.date(1985, 6, 25), 4, 3)


def test_title_block_merged_header_and_column_index_row(kelurahan_db, xlsx):
    rows = [
        ["DAFTAR NOMINATIF KETUA RT KELURAHAN YOSODADI"], ["TAHUN 2026"], [],
        ["No", "No. KTP", "Nama Lengkap", "Tempat/Tanggal Lahir", None, "L/P", "Alamat", None, None],
        [None, None, None, "Tempat", "Tgl Lahir", None, "Jalan", "RT", "RW"],
        [1, 2, 3, 4, 5, 6, 7, 8, 9],
        [1, SLAMET, "Slamet Riyadi", "Metro", dt.date(1975, 8, 12), "L", "Jl. Kenanga 5", "003", "002"],
        [],
        [None, None, None, None, None, None, "Metro, 23 November 2026"],
        [None, None, None, None, None, None, "LURAH YOSODADI,"],
    ]
    merges = {"Ketua RT": ["A1:I1", "D4:E4", "G4:I4", "A4:A5", "B4:B5", "C4:C5", "F4:F5"]}
    path = xlsx("judul.xlsx", {"Ketua RT": rows}, merges=merges)
    report = excel_import.import_file(path)   # category from the sheet's name
    assert report.problems == [] and report.rows_read == 1 and report.imported == 1
    p = _imported(SLAMET)
    assert (p.category.code, p.tempat_lahir, p.alamat, p.rt, p.rw) == ("ketua-rt", "Metro", "Jl. Kenanga 5", 3, 2)


def test_combined_columns_place_date_and_rt_rw(kelurahan_db, xlsx):
    rows = [["NIK", "Nama", "TTL", "JK", "RT/RW", "Kategori"],
            [SLAMET, "Slamet Riyadi", "Metro, 12-08-1975", "L", "003/002", "Marbot Masjid"]]
    report = excel_import.import_file(xlsx("ttl.xlsx", {"Sheet1": rows}))
    assert report.problems == [] and report.imported == 1
    p = _imported(SLAMET)
    assert (p.tempat_lahir, p.tanggal_lahir, p.rt, p.rw, p.category.code) == (
        "Metro", dt.date(1975, 8, 12), 3, 2, "marbot")


def test_rounded_nik_is_refused_with_how_to_fix_it(kelurahan_db, xlsx, db_counts):
    rows = [HEADER, person_row(1, 1.87201e15), person_row(2, "1.87201E+15")]
    before = db_counts()
    report = excel_import.import_file(xlsx("bulat.xlsx", {"Data": rows}), "ketua-rt")
    assert [p.row for p in report.errors] == [2, 3]
    assert all("Format Cells > Text" in p.message and p.column == "NIK" for p in report.errors)
    assert report.imported == 0 and not report.committed and report.refused
    assert db_counts() == before


def test_duplicates_inside_the_file_are_refused_and_the_rest_imported(kelurahan_db, xlsx):
    rows = [HEADER, person_row(1, SLAMET), person_row(2, SITI, nama="Siti", birth=dt.date(1980, 8, 12), sex="P"),
            person_row(3, SLAMET, nama="Slamet R.")]
    path = xlsx("ganda.xlsx", {"Data": rows})
    # By default one bad row refuses the whole file ...
    report = excel_import.import_file(path, "ketua-rt")
    assert sorted(p.row for p in report.errors) == [2, 4]
    assert "baris 2, baris 4" in report.errors[0].message
    assert report.imported == 0 and Participant.select().count() == 0
    # ... and the clerk may choose to keep the valid rows.
    report = excel_import.import_file(path, "ketua-rt", strict=False)
    assert report.imported == 1 and Participant.select().count() == 1 and _imported(SITI)


def test_nik_already_enrolled_is_refused(kelurahan_db, xlsx, person):
    enrolment.enrol(person, "ketua-rt")
    report = excel_import.import_file(xlsx("ada.xlsx", {"Data": [HEADER, person_row(1, SLAMET)]}), "ketua-rt")
    assert len(report.errors) == 1 and "sudah terdaftar atas nama Slamet Riyadi" in report.errors[0].message
    assert Participant.select().count() == 1


def test_form_rules_apply_per_row_with_column_and_field(kelurahan_db, xlsx):
    rows = [HEADER,
            person_row(1, "187201120875", nama="Kurang Digit"),
            person_row(2, SLAMET, sex="P"),
            person_row(3, BUDI, nama="", birth="31-02-1970"),
            person_row(4, SITI, nama="Siti", birth=dt.date(1980, 8, 12), sex="X")]
    report = excel_import.import_file(xlsx("aturan.xlsx", {"Data": rows}), "ketua-rt", dry_run=True)
    by_row = {}
    for p in report.errors:
        by_row.setdefault(p.row, []).append((p.column, p.message))
    assert ("NIK", "NIK harus 16 digit (sekarang 12 digit).") in by_row[2]
    assert any("NIK ini milik seorang laki-laki" in m for _, m in by_row[3])
    assert ("Nama Lengkap", "Nama lengkap wajib diisi.") in by_row[4]
    assert ("Tgl Lahir", "Tanggal '31-02-1970' tidak ada di kalender.") in by_row[4]
    # The unreadable date is reported once, not again as missing.
    assert ("Tgl Lahir", "Tanggal lahir wajib diisi.") not in by_row[4]
    assert any(c == "L/P" for c, _ in by_row[5])
    assert report.rows_valid == 0


def test_empty_file_and_empty_sheet_are_refused(kelurahan_db, xlsx, db_counts):
    before = db_counts()
    with pytest.raises(ImportRefusedError, match="kosong"):
        excel_import.import_file(xlsx("kosong.xlsx", {"Sheet": []}))
    with pytest.raises(ImportRefusedError, match="tidak ada baris data"):
        excel_import.import_file(xlsx("judul-saja.xlsx", {"Data": [HEADER]}), "ketua-rt")
    assert db_counts() == before


def test_a_sheet_that_is_not_a_roster_is_refused_or_skipped(kelurahan_db, xlsx):
    stock = [["Barang", "Jumlah", "Harga"], ["Kertas F4", 3, 45000]]
    with pytest.raises(ImportRefusedError, match="bukan daftar peserta"):
        excel_import.import_file(xlsx("barang.xlsx", {"Barang": stock}))
    path = xlsx("campur.xlsx", {"Barang": stock, "Ketua RT": [HEADER, person_row(1, SLAMET)]})
    report = excel_import.import_file(path, dry_run=True)
    assert report.sheets == ["Ketua RT"] and report.rows_valid == 1
    assert report.skipped_sheets[0][0] == "Barang"


@pytest.mark.parametrize("content", [b"NIK;Nama\n1872011208750003;Slamet\n", b"%PDF-1.4 not excel",
                                     b"PK\x03\x04 broken zip"])
def test_a_file_that_is_not_excel_is_refused(kelurahan_db, tmp_path, content, db_counts):
    path = tmp_path / "data.xlsx"
    path.write_bytes(content)
    before = db_counts()
    with pytest.raises(ImportRefusedError, match="bukan berkas Excel"):
        excel_import.import_file(path)
    assert db_counts() == before


def test_missing_file_is_refused(kelurahan_db, tmp_path):
    with pytest.raises(ImportRefusedError, match="tidak ditemukan"):
        excel_import.import_file(tmp_path / "tidak-ada.xlsx")


def test_dry_run_and_strict_import_write_nothing(kelurahan_db, xlsx, db_counts):
    rows = [HEADER, person_row(1, SLAMET), person_row(2, "123", nama="Salah")]
    path = xlsx("strict.xlsx", {"Data": rows}, text_columns={"Data": [2]})
    before = db_counts()
    dry = excel_import.import_file(path, "ketua-rt", dry_run=True)
    assert dry.rows_valid == 1 and not dry.committed and db_counts() == before
    strict = excel_import.import_file(path, "ketua-rt", strict=True)
    assert strict.refused and strict.imported == 0 and db_counts() == before
    assert Setting.select().where(Setting.key.startswith("excel.mapping.")).count() == 0


def test_imported_rows_look_like_any_enrolment(kelurahan_db, xlsx, person):
    first = enrolment.enrol(dict(person, nik=BUDI, tanggal_lahir=dt.date(1970, 1, 1)), "ketua-rt")
    rows = [HEADER, person_row(1, SLAMET), person_row(2, SITI, nama="Siti", birth=dt.date(1980, 8, 12), sex="P")]
    excel_import.import_file(xlsx("baru.xlsx", {"Data": rows}), "kader-posyandu")
    new = list(Participant.select().where(Participant.id != first.id).order_by(Participant.change_seq))
    # Later in the one change order every synced table shares (the first's term took a number too).
    assert first.change_seq < new[0].change_seq < new[1].change_seq
    for p in new:
        assert len(p.uuid) == 36 and p.kelurahan_code == "18.72.01.1001"
        assert (p.status, p.revision, p.archived, p.category.code) == ("draft", 1, False, "kader-posyandu")
        assert p.penghasilan == 1_000_000 and p.program_jht is False
        entry = AuditEntry.get(AuditEntry.record == p.uuid)
        assert (entry.action, entry.table, entry.new_value) == ("create", "participant", p.nama)
        assert entry.reason == "Impor Excel: baru.xlsx"
    # The form can edit an imported record like any other.
    enrolment.update(new[0].id, {"alamat": "Jl. Baru"}, accept_warnings=True)
    assert Participant.get_by_id(new[0].id).revision == 2


def test_unknown_category_is_a_row_problem(kelurahan_db, xlsx):
    rows = [["NIK", "Nama", "Tgl Lahir", "L/P", "RT", "RW", "Kategori"],
            [SLAMET, "Slamet", dt.date(1975, 8, 12), "L", 3, 2, "Tukang Sapu"]]
    report = excel_import.import_file(xlsx("kat.xlsx", {"Lembar1": rows}), dry_run=True)
    assert report.errors[0].field == "Kategori" and "'Tukang Sapu' tidak dikenal" in report.errors[0].message


def test_mapping_override_is_used_and_remembered(kelurahan_db, xlsx):
    rows = [["Identitas", "Nama", "Lahir", "Kelamin", "RT", "RW"],
            [SLAMET, "Slamet", dt.date(1975, 8, 12), "L", 3, 2]]
    path = xlsx("aneh.xlsx", {"Data": rows})
    with pytest.raises(ImportRefusedError, match="NIK"):
        excel_import.import_file(path, "ketua-rt", dry_run=True)
    mapping = {"Identitas": "nik", "Lahir": "tanggal_lahir"}
    report = excel_import.import_file(path, "ketua-rt", mapping=mapping)
    assert report.imported == 1
    from jamsostek_desktop.services.excel import reader as excel_reader

    again = excel_reader.suggested_mapping(excel_reader.read(path, "ketua-rt"), "ketua-rt")
    assert again["Identitas"] == "nik" and again["Lahir"] == "tanggal_lahir"


def test_one_field_from_two_columns_is_refused(kelurahan_db, xlsx):
    rows = [HEADER, person_row(1, SLAMET)]
    with pytest.raises(excel_import.ValidationError, match="sama-sama diisi ke NIK"):
        excel_import.import_file(xlsx("dua.xlsx", {"Data": rows}), "ketua-rt", dry_run=True,
                                 mapping={"No": "nik"})


def test_category_extra_fields_and_numbers_excel_mangled(kelurahan_db, xlsx):
    rows = [["NIK", "Nama", "Tgl Lahir", "L/P", "RT", "RW", "No HP", "Nomor RT", "Masa jabatan", "Tanggal SK"],
            [SLAMET, "Slamet", 27618, "L", 3, 2, 81234567890, 3, "2024-2027", 45292]]
    report = excel_import.import_file(xlsx("extra.xlsx", {"Data": rows}), "ketua-rt")
    assert report.problems == []
    p = _imported(SLAMET)
    assert p.tanggal_lahir == dt.date(1975, 8, 12) and p.telepon == "081234567890"
    assert p.fields == {"nomor_rt": 3, "masa_jabatan": "2024-2027"}
    assert p.tanggal_sk == dt.date(2024, 1, 1)


def test_warnings_do_not_block_and_are_reported(kelurahan_db, xlsx):
    old = "1872010101400005"   # born 1940: outside the age range, a warning only
    rows = [HEADER, person_row(1, old, nama="Mbah Karto", birth=dt.date(1940, 1, 1))]
    report = excel_import.import_file(xlsx("tua.xlsx", {"Data": rows}), "ketua-rt")
    assert report.errors == [] and report.warnings and report.imported == 1


def test_operator_may_import_but_not_without_login_when_accounts_exist(kelurahan_db, xlsx, monkeypatch):
    from jamsostek_desktop.errors import PermissionDeniedError
    from jamsostek_desktop.services.accounts import session

    monkeypatch.setattr(session, "_accounts_exist", lambda: True)
    path = xlsx("izin.xlsx", {"Data": [HEADER, person_row(1, SLAMET)]})
    with pytest.raises(PermissionDeniedError):
        excel_import.import_file(path, "ketua-rt")
    session.set_actor(session.Actor("ani", "operator"))
    assert excel_import.import_file(path, "ketua-rt").imported == 1
    assert AuditEntry.get(AuditEntry.table == "participant").actor == "ani"


def test_city_database_takes_the_kelurahan_from_the_file(empty_db, xlsx):
    from jamsostek_desktop.services.participants import profile

    profile.save({"region_code": "18.72", "kota": "Kota Metro"}, mode="city")
    rows = [HEADER + ["Kode kelurahan"], person_row(1, SLAMET) + ["1872011001"],
            person_row(2, SITI, nama="Siti", birth=dt.date(1980, 8, 12), sex="P") + ["18.72"],
            person_row(3, BUDI) + ["18.71.01.1001"]]
    report = excel_import.import_file(xlsx("kota.xlsx", {"Data": rows}), "ketua-rt", strict=False)
    assert report.imported == 1 and _imported(SLAMET).kelurahan_code == "18.72.01.1001"
    assert report.errors[0].field == "Kode kelurahan" and "10 digit" in report.errors[0].message
    assert report.errors[1].field == "Kode kelurahan" and "bukan wilayah kota ini" in report.errors[1].message
    with pytest.raises(ImportRefusedError, match="Kode kelurahan"):
        excel_import.import_file(xlsx("tanpa.xlsx", {"Data": [HEADER, person_row(1, BUDI)]}), "ketua-rt")


def test_an_ods_file_from_libreoffice_is_read(kelurahan_db, tmp_path):
    from .conftest import write_ods

    path = write_ods(tmp_path / "rt.ods", "Ketua RT",
                     [["NIK", "Nama", "Tgl Lahir", "JK", "RT", "RW"], [SLAMET, "Slamet", "12-08-1975", "L", 3, 2]])
    report = excel_import.import_file(path)
    assert report.problems == [] and report.imported == 1 and _imported(SLAMET).category.code == "ketua-rt"


def test_hidden_sheets_are_not_imported(kelurahan_db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "Ketua RT"
    wb.active.append(HEADER)
    wb.active.append(person_row(1, SLAMET))
    old = wb.create_sheet("Arsip 2024")
    old.append(HEADER)
    old.append(person_row(1, SITI, nama="Siti", birth=dt.date(1980, 8, 12), sex="P"))
    old.sheet_state = "hidden"
    wb.save(tmp_path / "tersembunyi.xlsx")
    report = excel_import.import_file(tmp_path / "tersembunyi.xlsx", dry_run=True)
    assert report.sheets == ["Ketua RT"] and report.rows_valid == 1
    assert report.skipped_sheets == [("Arsip 2024", "lembar tersembunyi atau bukan lembar kerja")]
