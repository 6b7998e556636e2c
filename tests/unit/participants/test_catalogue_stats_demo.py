"""Catalogue as data, statistics in SQL, deterministic demo data."""

from __future__ import annotations

import pytest

from jamsostek_desktop.db.models import Participant
from jamsostek_desktop.domain import contributions, nik
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.participants import (
    catalogue,
    demo_data,
    enrolment,
    profile,
    rates,
    stats,
)


def test_seeded_catalogue_is_grouped(empty_db):
    groups = dict(catalogue.groups())
    assert [c.code for c in groups["Kelembagaan Kelurahan"]][:2] == ["ketua-rt", "ketua-rw"]
    assert len(catalogue.all_categories()) == 22


def test_admin_adds_a_category_and_a_field_without_code(kelurahan_db, person):
    catalogue.add_category("juru-parkir", "Juru Parkir", "Sosial & Kebencanaan",
                           [{"key": "lokasi_parkir", "label": "Lokasi parkir", "required": True}], "lokasi_parkir")
    catalogue.add_field("juru-parkir", {"key": "nomor_rompi", "label": "Nomor rompi", "type": "int"})
    category = catalogue.get("juru-parkir")
    assert [f.key for f in category.fields] == ["lokasi_parkir", "nomor_rompi"]
    p = enrolment.enrol(dict(person, fields={"lokasi_parkir": "Pasar Cendrawasih", "nomor_rompi": 7}), "juru-parkir")
    assert p.fields == {"lokasi_parkir": "Pasar Cendrawasih", "nomor_rompi": 7}
    with pytest.raises(ValidationError):
        catalogue.add_category("juru-parkir", "Lagi", "Sosial & Kebencanaan")
    with pytest.raises(ValidationError):
        catalogue.add_field("juru-parkir", {"key": "Bad Key", "label": "x"})


def test_profile_validation(empty_db):
    with pytest.raises(ValidationError) as info:
        profile.save({"region_code": "18.72.01", "kelurahan": "", "kecamatan": "x", "kota": "y",
                      "lurah_nip": "123"})
    fields = {p.field for p in info.value.problems}
    assert fields == {"region_code", "kelurahan", "lurah_nip"}
    assert profile.get() is None


def test_demo_data_is_valid_unique_and_deterministic(kelurahan_db):
    assert demo_data.generate(600, seed=7) == 600
    niks = [p.nik for p in Participant.select(Participant.nik)]
    assert len(set(niks)) == 600
    assert all(nik.is_valid_structure(n) for n in niks)
    first = [(p.nik, p.nama, p.category_id) for p in Participant.select().order_by(Participant.id).limit(20)]
    Participant.delete().execute()
    demo_data.generate(600, seed=7)
    again = [(p.nik, p.nama, p.category_id) for p in Participant.select().order_by(Participant.id).limit(20)]
    assert first == again
    summary = stats.summary()
    assert len(summary["by_category"]) >= 15 and set(summary["by_sex"]) == {"L", "P"}


def test_stats_and_contributions_agree_with_a_row_by_row_count(kelurahan_db):
    demo_data.generate(400, seed=3)
    rows = list(Participant.live())
    assert stats.total() == len(rows)
    assert sum(stats.by_category().values()) == len(rows)
    expected = contributions.totals_if_all(rates.current(), [p.penghasilan for p in rows])
    assert stats.contribution_totals() == expected
    scoped = stats.Scope(category="ketua-rt", rw=2)
    assert stats.total(scoped) == sum(1 for p in rows if p.category.code == "ketua-rt" and p.rw == 2)
