"""export(): the file read back with openpyxl and calamine; the full export re-imports equal."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from openpyxl import load_workbook

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.excel import export as excel_export
from jamsostek_desktop.services.excel import importing as excel_import
from jamsostek_desktop.services.excel.importing import ImportRefusedError
from jamsostek_desktop.services.participants import demo_data, enrolment, profile
from jamsostek_desktop.services.startup import init_db


@pytest.fixture
def slamet(kelurahan_db, person):
    values = dict(person, email="slamet@contoh.id", no_sk="012/KPTS/LRH/2024", tanggal_sk=dt.date(2024, 1, 2),
                  tmt=dt.date(2024, 1, 15), program_jht=True, penghasilan=1_500_000, kpj="12345678901",
                  fields={"nomor_rt": 3, "nomor_rw": 2, "masa_jabatan": "2024-2027"})
    return enrolment.enrol(values, "ketua-rt")


def test_full_export_cells(slamet, tmp_path):
    out = tmp_path / "semua.xlsx"
    result = excel_export.export(out, "full")
    assert result.rows == 1 and result.sheets == ["Ringkasan", "Ketua RT"]
    wb = load_workbook(out)
    ws = wb["Ketua RT"]
    header = [c.value for c in ws[1]]
    assert header[:6] == ["No", "NIK", "Nama lengkap", "Tempat lahir", "Tanggal lahir", "Jenis kelamin"]
    assert header[-8:] == ["Nomor RT", "Nomor RW", "Masa jabatan", "Jenis SK", "TMT berakhir", "Kategori", "Status",
                           "Kode kelurahan"]
    row = {h: c for h, c in zip(header, ws[2], strict=True)}
    for key in ("NIK", "Nomor HP", "Nomor KPJ"):
        assert row[key].data_type == "s" and row[key].number_format == "@"
    assert row["NIK"].value == "1872011208750003" and row["Nomor HP"].value == "081234567890"
    assert row["Tanggal lahir"].value == dt.datetime(1975, 8, 12)
    assert row["Tanggal lahir"].number_format == "dd\\-mm\\-yyyy" and row["Tanggal lahir"].is_date
    assert row["Ikut JHT"].value == "Ya" and row["Penghasilan dilaporkan"].value == 1_500_000
    assert row["Status"].value == "Draf" and row["Kode kelurahan"].value == "18.72.01.1001"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref == f"A1:{ws.cell(1, len(header)).column_letter}2"
    assert ws.column_dimensions["C"].width >= len("Nama lengkap")
    summary = wb["Ringkasan"]
    assert "Kelurahan Yosodadi" in summary["A1"].value
    assert [c.value for c in summary[3]][:3] == ["Kelembagaan Kelurahan", "Ketua RT", 1]
    assert [c.value for c in summary[4]][1] == "JUMLAH" and summary[4][-1].value == 1


def test_full_export_reimports_into_an_empty_database_with_every_field_equal(kelurahan_db, slamet, tmp_path):
    demo_data.generate(400, seed=7)
    keys = ("nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat", "rt", "rw", "telepon",
            "email", "no_sk", "tanggal_sk", "tmt", "program_jht", "penghasilan", "kpj", "fields", "kelurahan_code")

    def snapshot():
        return {p.nik: ({k: getattr(p, k) for k in keys}, p.category.code) for p in Participant.live()}

    before = snapshot()
    out = tmp_path / "pindah.xlsx"
    excel_export.export(out, "full")
    init_db(tmp_path / "kosong.sqlite3")
    profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                  "kota": "Kota Metro"})
    report = excel_import.import_file(out)
    assert report.errors == [] and report.imported == len(before) == 401
    after = snapshot()
    assert after == before
    assert {p.status for p in Participant.select()} == {"draft"}


def test_bpjs_export_follows_the_mapping_file(slamet, tmp_path):
    out = tmp_path / "bpjs.xlsx"
    excel_export.export(out, "bpjs")
    ws = load_workbook(out).active
    assert ws.title == "Pendaftaran Kolektif"
    assert "KELURAHAN YOSODADI" in ws["A1"].value
    header = [c.value for c in ws[2]]
    assert header == ["NO", "NIK", "NAMA LENGKAP", "TEMPAT LAHIR", "TANGGAL LAHIR", "JENIS KELAMIN", "ALAMAT",
                      "KELURAHAN", "KECAMATAN", "KOTA/KAB", "NO HP", "EMAIL", "JENIS PEKERJAAN", "PENGHASILAN",
                      "JKK", "JKM", "JHT"]
    values = [c.value for c in ws[3]]
    assert values[:3] == [1, "1872011208750003", "SLAMET RIYADI"]
    assert values[6] == "Jl. Kenanga No. 5 RT 003/RW 002"
    assert values[7:10] == ["Yosodadi", "Metro Timur", "Kota Metro"]
    assert values[12:] == ["Ketua RT", 1_500_000, 15_000, 6_800, 30_000]
    assert ws["B3"].data_type == "s" and ws["K3"].number_format == "@"
    assert ws.freeze_panes == "A3" and ws.auto_filter.ref == "A2:Q3"


def test_an_administrator_copy_of_the_mapping_file_wins(slamet, tmp_path, isolated_home):
    own = isolated_home / "excel" / "bpjs_columns.json"
    own.parent.mkdir(parents=True)
    own.write_text(json.dumps({"nama_lembar": "Cabang Metro", "kolom": [
        {"judul": "KPJ", "isi": "kpj"}, {"judul": "NAMA", "isi": "nama"}, {"judul": "PROGRAM", "nilai": "BPU"},
        {"judul": "IKUT JHT", "isi": "ikut_jht"}]}), encoding="utf-8")
    out = tmp_path / "cabang.xlsx"
    excel_export.export(out, "bpjs")
    ws = load_workbook(out)["Cabang Metro"]
    assert [[c.value for c in r] for r in ws.iter_rows()] == [
        ["KPJ", "NAMA", "PROGRAM", "IKUT JHT"], ["12345678901", "Slamet Riyadi", "BPU", "YA"]]


def test_a_broken_mapping_file_is_a_clear_message_and_writes_no_file(slamet, tmp_path, isolated_home):
    own = isolated_home / "excel" / "bpjs_columns.json"
    own.parent.mkdir(parents=True)
    own.write_text('{"kolom": [{"judul": "NIK", "isi": "nomor_ktp"}]}', encoding="utf-8")
    out = tmp_path / "x.xlsx"
    with pytest.raises(ValidationError, match="'nomor_ktp' yang tidak dikenal"):
        excel_export.export(out, "bpjs")
    assert not out.exists()
    assert not any(p.name.startswith(".") for p in tmp_path.iterdir())     # no temporary left


def test_scope_and_bad_arguments(slamet, tmp_path):
    demo_data.generate(50, seed=3)
    result = excel_export.export(tmp_path / "rt.xlsx", "full", Scope(category="ketua-rt"))
    assert result.sheets == ["Ringkasan", "Ketua RT"]
    assert result.rows == Participant.live().join_from(Participant, Participant.category.rel_model).where(
        Participant.category.rel_model.code == "ketua-rt").count()
    with pytest.raises(ValidationError):
        excel_export.export(tmp_path / "a.xlsx", "lain")
    # Output names get the document's suffix: another suffix is kept and .xlsx appended.
    assert excel_export.export(tmp_path / "a.csv", "full").path == tmp_path / "a.csv.xlsx"
    assert (tmp_path / "a.csv.xlsx").is_file() and not (tmp_path / "a.csv").exists()


def test_an_empty_database_exports_a_summary_that_is_not_a_roster(kelurahan_db, tmp_path):
    out = tmp_path / "kosong.xlsx"
    result = excel_export.export(out, "full")
    assert result.rows == 0 and result.sheets == ["Ringkasan"]
    with pytest.raises(ImportRefusedError):
        excel_import.import_file(out)


def test_people_of_a_retired_category_are_still_exported(slamet, tmp_path):
    from jamsostek_desktop.db.models import Category
    from jamsostek_desktop.services.participants import catalogue

    Category.update(active=False).where(Category.code == "ketua-rt").execute()
    catalogue.invalidate()
    result = excel_export.export(tmp_path / "lama.xlsx", "full")
    assert result.sheets == ["Ringkasan", "Ketua RT"] and result.rows == 1


def test_a_city_added_category_with_date_int_and_choice_fields_round_trips(kelurahan_db, person, tmp_path):
    from jamsostek_desktop.services.participants import catalogue

    fields = [{"key": "tanggal_pelatihan", "label": "Tanggal pelatihan", "type": "date"},
              {"key": "jumlah_binaan", "label": "Jumlah binaan", "type": "int"},
              {"key": "regu", "label": "Regu", "type": "choice", "choices": ["A", "B"]}]

    def add_category():
        catalogue.add_category("juru-parkir", "Juru Parkir", "Pegawai Non-ASN", fields)

    add_category()
    values = dict(person, fields={"tanggal_pelatihan": dt.date(2025, 3, 4), "jumlah_binaan": 12, "regu": "B"})
    enrolment.enrol(values, "juru-parkir")
    out = tmp_path / "parkir.xlsx"
    excel_export.export(out, "full")
    ws = load_workbook(out)["Juru Parkir"]
    header = [c.value for c in ws[1]]
    assert ws.cell(2, header.index("Tanggal pelatihan") + 1).value == dt.datetime(2025, 3, 4)
    assert ws.cell(2, header.index("Jumlah binaan") + 1).value == 12

    init_db(tmp_path / "lain.sqlite3")
    profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                  "kota": "Kota Metro"})
    catalogue.invalidate()
    add_category()
    report = excel_import.import_file(out)
    assert report.errors == [] and report.imported == 1
    assert Participant.get().fields == {"tanggal_pelatihan": "2025-03-04", "jumlah_binaan": 12, "regu": "B"}
