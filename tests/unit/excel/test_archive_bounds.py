"""A spreadsheet that inflates enormously is refused before it is read (issue 12).

Reproduced first: a 640 KB .xlsx whose sheet inflates to 200 MB of rows (a 4 MB file
inflating to 4 GB is the same, larger) made `import-xlsx --dry-run` grow past 2 GB of
memory. Now every entry is inflated once, counted, and stopped at 100 times the file's
size (at least 64 MB): a real process reading the bomb stays under a few hundred MB.
"""

from __future__ import annotations

import io
import re
import sys
import zipfile

import pytest

from jamsostek_desktop.services.excel import reader
from tests.bombs import zip_with
from tests.processes import jamsostek
from tests.unit.excel.conftest import HEADER, SLAMET, person_row, write_book

ROW = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'


def _members(path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def xlsx_bomb(tmp_path, rows_bytes: int, declared: int | None = None):
    """A real workbook whose first sheet carries `rows_bytes` of extra rows, deflated ~300:1."""
    members = _members(write_book(tmp_path / "asli.xlsx", {"Ketua RT": [HEADER, person_row(1, SLAMET)]}))
    sheet = members["xl/worksheets/sheet1.xml"]
    head, tail = sheet.split(b"</sheetData>")
    members["xl/worksheets/sheet1.xml"] = (ROW, rows_bytes, head, b"</sheetData>" + tail)
    data = zip_with(members, declared={"xl/worksheets/sheet1.xml": declared} if declared else None)
    path = tmp_path / "bom.xlsx"
    path.write_bytes(data)
    return path


def test_a_spreadsheet_inflating_far_beyond_its_size_is_refused(tmp_path, kelurahan_db):
    path = xlsx_bomb(tmp_path, 200 * 1024 * 1024)
    assert path.stat().st_size < 1024 * 1024
    with pytest.raises(reader.ImportRefusedError) as refused:
        reader.read(path)
    assert "berkas jebakan" in refused.value.message


def test_a_header_that_understates_the_size_is_refused_too(tmp_path, kelurahan_db):
    # The header says 10 KB; the entry really inflates to 100 MB.
    path = xlsx_bomb(tmp_path, 100 * 1024 * 1024, declared=10_000)
    with pytest.raises(reader.ImportRefusedError) as refused:
        reader.read(path)
    assert "berkas jebakan" in refused.value.message


def test_other_compression_methods_are_refused(tmp_path, kelurahan_db):
    members = _members(write_book(tmp_path / "asli.xlsx", {"Ketua RT": [HEADER, person_row(1, SLAMET)]}))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name, content, compress_type=zipfile.ZIP_BZIP2)
    path = tmp_path / "bzip2.xlsx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(reader.ImportRefusedError) as refused:
        reader.read(path)
    assert "rusak atau bukan berkas Excel" in refused.value.message


def test_an_honest_spreadsheet_still_reads(tmp_path, kelurahan_db):
    path = write_book(tmp_path / "biasa.xlsx", {"Ketua RT": [HEADER, person_row(1, SLAMET)]})
    book = reader.read(path)
    assert [sheet.name for sheet in book.rosters] == ["Ketua RT"]


@pytest.mark.skipif(sys.platform == "win32", reason="ru_maxrss")
def test_a_real_import_of_the_bomb_stays_small(tmp_path, kelurahan_db):
    from jamsostek_desktop.services.startup import close_database

    close_database()
    path = xlsx_bomb(tmp_path, 200 * 1024 * 1024)
    done = jamsostek("--db", str(kelurahan_db), "import-xlsx", "--dry-run", str(path), home=tmp_path / "home",
                     peak=True, text=True)
    assert done.returncode == 2, done.stderr
    assert "berkas jebakan" in done.stderr
    peak_mb = int(re.search(r"peak (\d+) MB", done.stderr)[1])
    assert peak_mb < 300, (peak_mb, done.stderr)
