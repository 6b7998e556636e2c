"""Export profiles: shipped ones seeded, chosen at export, identity columns always text, edited by
an administrator (and refused when broken)."""

from __future__ import annotations

import json

import pytest
from python_calamine import CalamineWorkbook

from jamsostek_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from jamsostek_desktop.services.excel import export
from jamsostek_desktop.services.money import profiles
from jamsostek_desktop.services.participants import demo_data


def test_shipped_profiles(kelurahan_db):
    codes = {p.code for p in profiles.all_profiles()}
    assert {"bpjs", "bpu-kolektif", "pu-upload"} <= codes
    with pytest.raises(NotFoundError, match="tidak ada"):
        profiles.template("tidak-ada")


def test_export_with_a_profile_writes_its_columns_and_nik_as_text(kelurahan_db, tmp_path):
    demo_data.generate(40, seed=2)
    out = export.export(tmp_path / "upload.xlsx", "bpjs", profile="pu-upload")
    rows = CalamineWorkbook.from_path(str(out.path)).get_sheet_by_index(0).to_python()
    assert rows[0][:3] == ["NIK", "NAMA", "TEMPAT LAHIR"] and rows[0][9] == "UPAH"
    assert len(rows) == 41 and all(isinstance(r[0], str) and len(r[0]) == 16 for r in rows[1:])
    assert all(isinstance(r[9], float | int) for r in rows[1:])          # the wage as a number


def test_an_administrator_edits_a_profile_and_identity_stays_text(staffed_db, login_as, tmp_path):
    login_as("admin")
    path = profiles.write_file("bpu-kolektif", tmp_path / "profil.json")
    content = json.loads(path.read_text(encoding="utf-8"))
    content["kolom"] = [{"judul": "NOMOR KTP", "isi": "nik", "format": "int"}, {"judul": "NAMA", "isi": "nama"}]
    path.write_text(json.dumps(content), encoding="utf-8")
    assert profiles.save_file(path, "cabang-metro") == "cabang-metro"
    template = profiles.template("cabang-metro")
    assert [c.header for c in template.columns] == ["NOMOR KTP", "NAMA"]
    assert template.columns[0].column.kind == "text"          # a NIK is never a number
    login_as("budi")
    with pytest.raises(PermissionDeniedError):
        profiles.save_file(path, "cabang-lain")


def test_a_broken_profile_is_refused_and_the_old_one_kept(staffed_db, login_as, tmp_path):
    login_as("admin")
    before = profiles.data("bpjs")
    bad = tmp_path / "bpjs.json"
    bad.write_text('{"kolom": [{"judul": "X", "isi": "gaji"}]}', encoding="utf-8")
    with pytest.raises(ValidationError, match="tidak dikenal"):
        profiles.save_file(bad)
    bad.write_text('{"kolom": [', encoding="utf-8")
    with pytest.raises(ValidationError, match="rusak di baris"):
        profiles.save_file(bad)
    assert profiles.data("bpjs") == before
