"""Resident lists the way offices receive them, written as .xlsx, .xls and .ods for the tests.

OpenSID's resident export (its import columns: `tanggallahir`, `tanggal_akhir_paspor`,
sex 1/2, `status_dasar` 1/2/3, RW "-" in a village organised by dusun), SIAK's export
(Nomor KK, NIK, Nama Penduduk, Status, ..., RW, RT) and the KK-block layout of a
BIP/e-KTP export (a "No. KK" line above each family, a two-row header, a column-number
row). .xlsx by openpyxl, .xls by xlwt, .ods by odfpy: three real writers, read back by
the program's own reader (python-calamine).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path


@dataclass(frozen=True)
class Person:
    nama: str
    birth: dt.date
    sex: str                 # L / P
    serial: int
    kk: str
    alamat: str
    rt: int
    rw: int | None           # None: a dusun village without RW
    dusun: str = ""
    tempat: str = "METRO"
    status: str = "hidup"    # hidup / mati / pindah
    source_birth: dt.date | None = None   # the source's birth date when it disagrees with the NIK

    @property
    def nik(self) -> str:
        day = self.birth.day + (40 if self.sex == "P" else 0)
        return f"187201{day:02d}{self.birth.month:02d}{self.birth.year % 100:02d}{self.serial:04d}"

    @property
    def written_birth(self) -> dt.date:
        return self.source_birth or self.birth


KK_A, KK_B, KK_C = "1872010101080001", "1872010202090002", "1872010303100003"
PEOPLE = (
    Person("SLAMET RIYADI", dt.date(1975, 8, 12), "L", 3, KK_A, "JL. KENANGA NO. 5", 3, 2),
    Person("SITI AMINAH", dt.date(1980, 8, 12), "P", 1, KK_A, "JL. KENANGA NO. 5", 3, 2),
    Person("BUDI SANTOSO", dt.date(1970, 1, 1), "L", 2, KK_B, "JL. MAWAR NO. 1", 1, 1),
    Person("SUPARMI", dt.date(1948, 5, 5), "P", 7, KK_B, "JL. MAWAR NO. 1", 1, 1, status="mati"),
    Person("AHMAD MARUF", dt.date(1990, 3, 17), "L", 4, KK_C, "KARANG ANYAR", 2, None, dusun="KARANG ANYAR",
           status="pindah"),
    Person("DEWI LESTARI", dt.date(1985, 6, 25), "P", 5, KK_C, "KARANG ANYAR", 2, None, dusun="KARANG ANYAR"),
    Person("WAHYU HIDAYAT", dt.date(1995, 11, 30), "L", 6, KK_C, "KARANG ANYAR", 2, None, dusun="KARANG ANYAR",
           source_birth=dt.date(1995, 11, 3)),
)
BY_NAME = {p.nama: p for p in PEOPLE}

OPENSID_COLUMNS = [
    "alamat", "dusun", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "agama_id",
    "pendidikan_kk_id", "pendidikan_sedang_id", "pekerjaan_id", "status_kawin", "kk_level", "warganegara_id",
    "ayah_nik", "nama_ayah", "ibu_nik", "nama_ibu", "golongan_darah_id", "akta_lahir", "dokumen_pasport",
    "tanggal_akhir_paspor", "dokumen_kitas", "akta_perkawinan", "tanggalperkawinan", "akta_perceraian",
    "tanggalperceraian", "cacat_id", "cara_kb_id", "hamil", "ktp_el", "status_rekam", "alamat_sekarang",
    "status_dasar", "suku", "tag_id_card", "id_asuransi", "no_asuransi", "lat", "lng",
]
STATUS_CODES = {"hidup": 1, "mati": 2, "pindah": 3}


def opensid_rows(people=PEOPLE) -> list[list]:
    rows = [OPENSID_COLUMNS]
    for i, p in enumerate(people):
        cells = dict.fromkeys(OPENSID_COLUMNS, "")
        cells.update(
            alamat=p.alamat, dusun=p.dusun or "DUSUN I", rw="-" if p.rw is None else f"{p.rw:03d}", rt=f"{p.rt:03d}",
            nama=p.nama, no_kk=p.kk, nik=p.nik, sex=1 if p.sex == "L" else 2, tempatlahir=p.tempat,
            tanggallahir=p.written_birth.isoformat(), agama_id=1, status_kawin=2, kk_level=1 + i % 3,
            warganegara_id=1, nama_ayah=f"AYAH {p.nama}", nama_ibu=f"IBU {p.nama}", golongan_darah_id=13,
            status_dasar=STATUS_CODES[p.status], alamat_sekarang=f"{p.alamat} (sekarang)")
        if i == 0:   # a passport whose expiry date the old importer took for the birth date
            cells.update(dokumen_pasport="C1234567", tanggal_akhir_paspor=dt.date(2030, 1, 1),
                         tanggalperkawinan=dt.date(2001, 6, 1))
        rows.append([cells[c] for c in OPENSID_COLUMNS])
    return rows


SIAK_HEADER = ["NO", "NOMOR KK", "NIK", "NAMA PENDUDUK", "STATUS", "TEMPAT LAHIR", "TANGGAL LAHIR", "KELAMIN",
               "AGAMA", "PEKERJAAN", "ALAMAT", "DUSUN", "RW", "RT"]


def siak_rows(people=PEOPLE, status_column: str = "life") -> list[list]:
    """SIAK's list; `status_column` "life" (HIDUP/MATI/PINDAH) or "marital" (KAWIN ...)."""
    rows = [SIAK_HEADER]
    for i, p in enumerate(people, start=1):
        status = p.status.upper() if status_column == "life" else ("KAWIN", "BELUM KAWIN", "CERAI MATI")[i % 3]
        rw = ("-" if i % 2 else "000") if p.rw is None else p.rw
        rows.append([i, p.kk, p.nik, p.nama, status, p.tempat, p.written_birth.strftime("%d-%m-%Y"),
                     1 if p.sex == "L" else 2, "ISLAM", "WIRASWASTA", p.alamat, p.dusun, rw, p.rt])
    return rows


KK_BLOCK_HEADER = [
    ["NO", "NAMA LENGKAP", "NIK", "TEMPAT / TANGGAL LAHIR", None, "JK", "STAT KWN", "SHDK", "AGAMA", "PEKERJAAN",
     "NAMA IBU"],
    [None, None, None, "TEMPAT", "TANGGAL", None, None, None, None, None, None],
]
KK_BLOCK_MERGES = [(4, 3, 4, 4)] + [(4, c, 5, c) for c in (0, 1, 2, 5, 6, 7, 8, 9, 10)]   # 1-based (r1, c1, r2, c2)


def kk_block_rows(people=PEOPLE) -> list[list]:
    """Title, the two-row header, the column-number row, then each family under its "No. KK" line."""
    rows: list[list] = [["BUKU INDUK PENDUDUK (BIP) E-KTP"], ["KELURAHAN YOSODADI KECAMATAN METRO TIMUR"], []]
    rows += [list(r) for r in KK_BLOCK_HEADER]
    rows.append(list(range(1, 12)))
    families: dict[str, list[Person]] = {}
    for p in people:
        families.setdefault(p.kk, []).append(p)
    for kk, members in families.items():
        head = members[0]
        rw = "000" if head.rw is None else f"{head.rw:03d}"
        dusun = head.dusun or "-"
        rows.append([f"No. KK : {kk}", None, None, f"Kepala Keluarga : {head.nama}", None,
                     f"Alamat : {head.alamat} RT/RW : {head.rt:03d}/{rw} DUSUN : {dusun}"])
        for n, p in enumerate(members, start=1):
            rows.append([n, p.nama, p.nik, p.tempat, p.written_birth.strftime("%d-%m-%Y"),
                         "LK" if p.sex == "L" else "PR", "K", "KEPALA KELUARGA" if n == 1 else "ANAK", "ISLAM",
                         "WIRASWASTA", f"IBU {p.nama}"])
    rows += [[], [None, None, None, None, None, None, "Metro, 23 November 2026"], [None, None, None, None, None, None, "LURAH YOSODADI,"]]
    return rows


def write(path: str | Path, rows: list[list], sheet: str = "Penduduk", merges=()) -> Path:
    """Rows into a spreadsheet by the file's suffix: .xlsx (openpyxl), .xls (xlwt), .ods (odfpy)."""
    path = Path(path)
    suffix = path.suffix.lower()
    {".xlsx": _xlsx, ".xls": _xls, ".ods": _ods}[suffix](path, rows, sheet, merges)
    return path


def _xlsx(path, rows, sheet, merges):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    for r1, c1, r2, c2 in merges:
        ws.merge_cells(start_row=r1, start_column=c1 + 1, end_row=r2, end_column=c2 + 1)
    for cells in ws.iter_rows():
        for cell in cells:
            if isinstance(cell.value, str):
                cell.number_format = "@"
            elif isinstance(cell.value, dt.date):
                cell.number_format = "DD-MM-YYYY"
    wb.save(path)


def _xls(path, rows, sheet, merges):
    import xlwt

    wb = xlwt.Workbook()
    ws = wb.add_sheet(sheet)
    date_style = xlwt.easyxf(num_format_str="DD-MM-YYYY")
    merged = {(r1 - 1, c1): (r2 - 1, c2) for r1, c1, r2, c2 in merges}
    covered = {(r, c) for (r1, c1), (r2, c2) in merged.items() for r in range(r1, r2 + 1) for c in range(c1, c2 + 1)
               if (r, c) != (r1, c1)}
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if (r, c) in covered:
                continue
            if (r, c) in merged:
                r2, c2 = merged[(r, c)]
                ws.write_merge(r, r2, c, c2, value)
            elif isinstance(value, dt.date):
                ws.write(r, c, value, date_style)
            elif value is not None:
                ws.write(r, c, value)
    wb.save(str(path))


def _ods(path, rows, sheet, merges):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableCell, TableRow
    from odf.text import P

    doc = OpenDocumentSpreadsheet()
    table = Table(name=sheet)
    spans = {(r1 - 1, c1): (r2 - r1 + 1, c2 - c1 + 1) for r1, c1, r2, c2 in merges}
    for r, row in enumerate(rows):
        tr = TableRow()
        for c, value in enumerate(row):
            attrs = {}
            if (r, c) in spans:
                attrs = {"numberrowsspanned": spans[(r, c)][0], "numbercolumnsspanned": spans[(r, c)][1]}
            if value is None or value == "":
                cell = TableCell(**attrs)
            elif isinstance(value, dt.date):
                cell = TableCell(valuetype="date", datevalue=value.isoformat(), **attrs)
                cell.addElement(P(text=value.strftime("%d-%m-%Y")))
            elif isinstance(value, (int, float)):
                cell = TableCell(valuetype="float", value=value, **attrs)
                cell.addElement(P(text=str(value)))
            else:
                cell = TableCell(valuetype="string", **attrs)
                cell.addElement(P(text=str(value)))
            tr.addElement(cell)
        table.addElement(tr)
    doc.spreadsheet.addElement(table)
    doc.save(str(path))


def write_layout(folder: Path, layout: str, suffix: str, people=PEOPLE, **kwargs) -> Path:
    """One list in one layout and format: write_layout(tmp_path, "opensid", ".ods")."""
    path = Path(folder) / f"{layout}{suffix}"
    if layout == "opensid":
        return write(path, opensid_rows(people), "penduduk")
    if layout == "siak":
        return write(path, siak_rows(people, **kwargs), "Data Penduduk")
    return write(path, kk_block_rows(people), "BIP", KK_BLOCK_MERGES)


def moved_on(person: Person, **changes) -> Person:
    return replace(person, **changes)
