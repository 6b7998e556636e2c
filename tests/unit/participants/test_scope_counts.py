"""One Scope, the same people everywhere: list, dashboard, roster PDF and Excel export (issue 11).

A city database of 5,000 demo participants in three kelurahan (two kecamatan), some
archived, one category retired. For each filter the list's count, the dashboard's total,
the NIKs printed in the roster PDF (read back) and the NIKs in the Excel export (read back)
must be the same people.
"""

from __future__ import annotations

import re

import pytest

from jamsostek_desktop.db.models import Category, Participant
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.excel import export as excel_export
from jamsostek_desktop.services.participants import dashboard, listing
from jamsostek_desktop.services.printing import documents
from jamsostek_desktop.services.startup import init_db
from tests.conftest import copy_template

KELURAHAN = [("18.72.01.1001", "Yosodadi", "Metro Timur"), ("18.72.01.1002", "Iringmulyo", "Metro Timur"),
             ("18.72.02.1002", "Hadimulyo Barat", "Metro Pusat")]
NIK = re.compile(r"(?<!\d)\d{16}(?!\d)")


def _build_city() -> None:
    from jamsostek_desktop.services.participants import demo_data, profile, regions

    profile.save({"region_code": "18.72", "kota": "Kota Metro", "provinsi": "Lampung"}, mode="city")
    for code, name, kecamatan in KELURAHAN:
        regions.register(code, name, kecamatan, "Kota Metro")
    demo_data.generate(5_000, seed=23, kelurahan_codes=[code for code, _, _ in KELURAHAN])
    P = Participant
    every_23rd = [pid for (pid,) in P.select(P.id).order_by(P.id).tuples()][::23]
    P.update(archived=True, archive_reason="pindah domisili").where(P.id.in_(every_23rd)).execute()
    Category.update(active=False).where(Category.code == "psm").execute()   # retired, people kept


@pytest.fixture
def city(db_path):
    init_db(copy_template("city-5000", db_path, _build_city))
    return db_path


# One filter prints the whole list; the others are narrower, so the test stays quick.
FILTERS = {
    "everyone": Scope(),
    "category": Scope(category="ketua-rt"),
    "group": Scope(group="Sosial & Kebencanaan"),
    "kecamatan and status": Scope(kelurahan_prefix="18.72.01", status="submitted"),
    "kelurahan and group": Scope(kelurahan_prefix="18.72.02.1002", group="Keagamaan"),
    "status": Scope(status="inactive"),
    "rt": Scope(rw=1, rt=3),
    "rw and status": Scope(rw=2, status="draft"),
    "archive": Scope(archived=True),
    "archive of a group": Scope(archived=True, group="Pegawai Non-ASN"),
    "name": Scope(text="siti"),
    "nik prefix": Scope(text="187202"),
    "rt/rw typed": Scope(text="3/2"),
    "one letter and a place": Scope(text="a", kelurahan_prefix="18.72.01.1001", group="Keagamaan"),
    "retired category": Scope(category="psm"),
    "nobody": Scope(rw=1, rt=999),
}


def _listed(scope: Scope) -> set[str]:
    ids = listing.ids(listing.ListQuery(scope=scope))
    assert listing.count(listing.ListQuery(scope=scope)) == len(ids)
    return {nik for (nik,) in Participant.select(Participant.nik).where(Participant.id.in_(list(ids))).tuples()}


def _printed(path) -> list[str]:
    import pypdfium2

    pdf = pypdfium2.PdfDocument(str(path))
    found = []
    try:
        for page in pdf:
            text = page.get_textpage()
            found += NIK.findall(text.get_text_range())
            text.close()
            page.close()
    finally:
        pdf.close()
    return found


def _exported(path) -> list[str]:
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    found = []
    for name in book.sheet_names:
        if name == excel_export.SUMMARY_SHEET:
            continue
        rows = book.get_sheet_by_name(name).to_python()
        column = rows[0].index("NIK")
        found += [str(row[column]) for row in rows[1:] if row[column] != ""]
    return found


@pytest.mark.parametrize("name", FILTERS)
def test_list_dashboard_roster_and_excel_count_the_same_people(city, tmp_path, name):
    scope = FILTERS[name]
    listed = _listed(scope)
    assert dashboard.figures(scope).total == len(listed)

    # The roster lists every status only when asked (a signed list holds active people only).
    every = documents.PrintOptions(listing="semua")
    if listed:
        result = documents.roster(tmp_path / "daftar", scope, options=every)
        printed = _printed(result.path)
        assert result.rows == len(printed) == len(listed)
        assert set(printed) == listed
    else:
        with pytest.raises(ValidationError, match="Tidak ada peserta"):
            documents.roster(tmp_path / "daftar", scope, options=every)

    exported = excel_export.export(tmp_path / "ekspor", "full", scope)
    in_file = _exported(exported.path)
    assert exported.rows == len(in_file) == len(listed)
    assert set(in_file) == listed


def test_the_filters_are_not_trivial(city):
    """The database holds what the filters test: archived people, a retired category, matches."""
    sizes = {name: len(_listed(scope)) for name, scope in FILTERS.items()}
    assert sizes["everyone"] + sizes["archive"] == 5_000
    assert 0 < sizes["archive of a group"] < sizes["archive"] < 400
    assert sizes["retired category"] > 0 and sizes["nobody"] == 0
    kecamatan = [listing.count(listing.ListQuery(scope=Scope(kelurahan_prefix=code))) for code in ("18.72.01", "18.72.02")]
    assert 0 < kecamatan[1] < kecamatan[0] and sum(kecamatan) == sizes["everyone"]   # two kelurahan, one
    assert all(sizes[name] > 0 for name in FILTERS if name != "nobody")
