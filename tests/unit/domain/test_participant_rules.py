"""Whole-participant rules: identity fields for a draft, documents to verify, age window."""

from __future__ import annotations

import datetime as dt
import json

from jamsostek_desktop import paths
from jamsostek_desktop.domain import categories, participant
from jamsostek_desktop.domain.contributions import DEFAULT_RATES

TODAY = dt.date(2026, 11, 23)


def _catalogue():
    return categories.load_catalogue(json.loads(paths.resource("categories.json").read_text("utf-8")))


def _ketua_rt():
    return next(c for c in _catalogue()[1] if c.code == "ketua-rt")


def test_catalogue_has_the_kota_metro_categories_in_five_groups():
    groups, cats = _catalogue()
    assert groups == ["Kelembagaan Kelurahan", "Kesehatan", "Keagamaan", "Sosial & Kebencanaan", "Pegawai Non-ASN"]
    codes = {c.code for c in cats}
    assert {"ketua-rt", "ketua-rw", "kader-posyandu", "guru-tpa", "marbot", "petugas-linmas", "pthl"} <= codes
    assert len(cats) == 22   # Kota Metro's 21 lines with Ketua RT and Ketua RW separate
    posyandu = next(c for c in cats if c.code == "kader-posyandu")
    assert posyandu.key_field == "nama_posyandu" and posyandu.field("nama_posyandu").required


def test_draft_needs_identity_fields_only(person):
    findings = participant.check(person, _ketua_rt(), DEFAULT_RATES, today=TODAY)
    assert [f for f in findings if f.is_error] == []


def test_missing_identity_field_is_an_error(person):
    person["nama"] = " "
    findings = participant.check(person, _ketua_rt(), DEFAULT_RATES, today=TODAY)
    assert any(f.field == "nama" and f.is_error for f in findings)


def test_verification_needs_documents_and_category_fields(person):
    person["fields"] = {}
    findings = participant.check(person, _ketua_rt(), DEFAULT_RATES, for_verification=True, today=TODAY)
    fields = {f.field for f in findings if f.is_error}
    assert {"no_sk", "tanggal_sk", "nomor_rt", "nomor_rw"} <= fields
    missing = participant.missing_for_verification(person, _ketua_rt())
    assert "Nomor SK" in missing and "Nomor RT" in missing


def test_age_outside_the_window_is_a_warning(person):
    person.update(nik="1872011208500003", tanggal_lahir=dt.date(1950, 8, 12))
    findings = participant.check(person, _ketua_rt(), DEFAULT_RATES, today=TODAY)
    assert [f.field for f in findings] == ["tanggal_lahir"]
    assert not findings[0].is_error and "76 tahun" in findings[0].message


def test_future_birth_date_and_bad_contacts_are_errors(person):
    person.update(telepon="12345", email="bukan-email", kpj="123")
    findings = participant.check(person, _ketua_rt(), DEFAULT_RATES, today=TODAY)
    assert {f.field for f in findings if f.is_error} == {"telepon", "email", "kpj"}


def test_parse_raw_reads_typed_text():
    raw = {"nik": "1872 0112 0875 0003", "nama": "  Slamet   Riyadi ", "tanggal_lahir": "12-08-1975",
           "jenis_kelamin": "Laki-laki", "rt": "RT 03", "rw": "002", "penghasilan": "Rp1.500.000",
           "program_jht": "ya", "fields": {"nomor_rt": "3", "nomor_rw": "x"}}
    values, findings = participant.parse_raw(raw, _ketua_rt())
    assert values["nik"] == "1872011208750003"
    assert values["nama"] == "Slamet Riyadi"
    assert values["tanggal_lahir"] == dt.date(1975, 8, 12)
    assert (values["jenis_kelamin"], values["rt"], values["rw"]) == ("L", 3, 2)
    assert values["penghasilan"] == 1_500_000 and values["program_jht"] is True
    assert values["fields"]["nomor_rt"] == 3
    assert [(f.field, f.is_error) for f in findings] == [("nomor_rw", True)]
