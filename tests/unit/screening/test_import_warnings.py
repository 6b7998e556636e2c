"""The Excel import warns per row of a near-duplicate, in the list or in the file; never refuses."""

from __future__ import annotations

import datetime as dt

import pytest

from jamsostek_desktop.services.excel import importing as excel_import
from tests.unit.excel.conftest import HEADER, person_row, write_book
from tests.unit.screening.helpers import crowd, enrol, values

BORN = dt.date(1975, 8, 12)


@pytest.mark.parametrize("lookup_up_to", [2_000, 0])     # asked per row, or the whole list read once
def test_rows_that_may_be_someone_listed_or_another_row_get_a_warning(kelurahan_db, tmp_path, monkeypatch,
                                                                      lookup_up_to):
    from jamsostek_desktop.services.screening import rows_check

    monkeypatch.setattr(rows_check, "_LOOKUP_UP_TO", lookup_up_to)
    crowd(10)
    enrol(values(1, nik="1872011208750003", nama="AHMAD MARUF", born=BORN))
    rows = [HEADER,
            person_row(1, "1872011208750008", nama="Ahmad Ma'ruf", birth=BORN),          # the listed one, typo
            person_row(2, "1872015208800001", nama="Siti Aminah", birth="12-08-1980", sex="P"),
            person_row(3, "1872015208800010", nama="SITI AMINAH", birth="12-08-1980", sex="P"),   # row 3 again
            person_row(4, "1872010101700002", nama="Budi Santoso", birth="01-01-1970")]
    path = write_book(tmp_path / "ketua.xlsx", {"Data": rows})
    report = excel_import.import_file(path, "ketua-rt", dry_run=True)
    warned = {p.row: p.message for p in report.warnings if "periksa KTP" in p.message}
    assert set(warned) == {2, 3, 4}
    assert "AHMAD MARUF" in warned[2] and "1872011208750003" in warned[2]
    assert "baris 4" in warned[3] and "baris 3" in warned[4]
    assert report.errors == [] and report.rows_valid == 4
