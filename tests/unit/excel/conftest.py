"""Spreadsheets made with openpyxl the way clerks make them, for the Excel import tests."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import Workbook

# Valid NIKs of Kota Metro people (born 12-08-1975 man, 12-08-1980 woman, ...).
SLAMET = "1872011208750003"
SITI = "1872015208800001"
BUDI = "1872010101700002"
HEADER = ["No", "NIK", "Nama Lengkap", "Tempat Lahir", "Tgl Lahir", "L/P", "Alamat", "RT", "RW"]


def person_row(no, nik, nama="Slamet Riyadi", birth=dt.date(1975, 8, 12), sex="L", rt=3, rw=2,
               place="Metro", alamat="Jl. Kenanga No. 5"):
    return [no, nik, nama, place, birth, sex, alamat, rt, rw]


def write_book(path, sheets: dict[str, list[list]], merges: dict[str, list[str]] | None = None,
               text_columns: dict[str, list[int]] | None = None):
    """One sheet per entry; `merges` lists ranges per sheet; text_columns marks columns '@'."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for ref in (merges or {}).get(name, []):
            ws.merge_cells(ref)
        for col in (text_columns or {}).get(name, []):
            for cells in ws.iter_rows(min_col=col, max_col=col):
                cells[0].number_format = "@"
    wb.save(path)
    return path


def write_ods(path, sheet: str, rows: list[list]):
    """A minimal OpenDocument spreadsheet (what LibreOffice Calc saves), text and number cells."""
    import zipfile
    from xml.sax.saxutils import escape

    def cell(value):
        if isinstance(value, (int, float)):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join("<table:table-row>" + "".join(cell(v) for v in row) + "</table:table-row>" for row in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content '
               'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)
    return path


@pytest.fixture
def xlsx(tmp_path):
    """write_book into the test's folder: xlsx("name.xlsx", {"Ketua RT": rows}, merges=...)."""
    def make(name, sheets, **kwargs):
        return write_book(tmp_path / name, sheets, **kwargs)
    return make


@pytest.fixture
def db_counts():
    """(participants, audit entries) now; to prove that a refused import wrote nothing."""
    def counts():
        from jamsostek_desktop.db.models import AuditEntry, Participant

        return Participant.select().count(), AuditEntry.select().count()
    return counts
