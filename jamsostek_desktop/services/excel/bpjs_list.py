"""The BPJS collective registration list: its columns come from an editable mapping file.

Branches differ in what they ask for, so the column set and order live in
`resources/excel/bpjs_columns.json`; a copy in the data folder's `excel/`
subfolder takes precedence, so an administrator's edit survives an update.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import paths
from jamsostek_desktop.domain import contributions
from jamsostek_desktop.domain import status as status_rules
from jamsostek_desktop.errors import ValidationError, translate
from jamsostek_desktop.services.excel.xlsx_writer import Column

FILE_NAME = "bpjs_columns.json"

# source -> column kind; the values come from Person.value() below.
SOURCES: dict[str, str] = {
    "no": "int", "nik": "text", "nama": "text", "nama_kapital": "text", "tempat_lahir": "text",
    "tanggal_lahir": "date", "jenis_kelamin": "text", "jenis_kelamin_lengkap": "text", "alamat": "text",
    "alamat_lengkap": "text", "rt": "int", "rw": "int", "kelurahan": "text", "kecamatan": "text",
    "kota": "text", "provinsi": "text", "kode_kelurahan": "text", "telepon": "text", "email": "text",
    "kategori": "text", "penghasilan": "money", "iuran_jkk": "money", "iuran_jkm": "money",
    "iuran_jht": "money", "iuran_total": "money", "ikut_jkk": "text", "ikut_jkm": "text",
    "ikut_jht": "text", "kpj": "text", "no_sk": "text", "tanggal_sk": "date", "tmt": "date",
    "status": "text",
}


@dataclass(frozen=True)
class BpjsColumn:
    header: str
    source: str | None      # None: a fixed text
    value: str = ""
    kind: str | None = None  # the profile's format; None: the source's own

    @property
    def column(self) -> Column:
        return Column(self.header, self.kind or (SOURCES[self.source] if self.source else "text"))


@dataclass(frozen=True)
class BpjsTemplate:
    sheet_name: str
    title: str
    columns: tuple[BpjsColumn, ...]
    path: Path


def template_path() -> Path:
    """The administrator's copy in the data folder when there is one, else the shipped file."""
    own = paths.data_dir() / "excel" / FILE_NAME
    return own if own.exists() else paths.resource("excel", FILE_NAME)


def load(path: Path | None = None) -> BpjsTemplate:
    path = Path(path or template_path())
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(translate("bpjs_list", "Berkas susunan kolom BPJS tidak dapat dibaca: {path} ({reason}).")
                              .format(path=path, reason=exc.strerror)) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(translate(
            "bpjs_list", "Berkas susunan kolom BPJS {name} rusak di baris {line}: periksa tanda koma dan kutip.")
            .format(name=path.name, line=exc.lineno)) from exc
    return parse(data, path.name, path)


# Identity columns are written as text whatever a profile says: a number would lose digits.
IDENTITY = frozenset({"nik", "kpj", "telepon", "kode_kelurahan", "no_sk"})
FORMATS = ("text", "int", "money", "date")


def parse(data: dict, name: str, path: Path | None = None) -> BpjsTemplate:
    """A column set from its JSON shape (a file, or an export profile kept in the database)."""
    if not isinstance(data, dict):
        raise ValidationError(translate("bpjs_list", "{name}: isi berkas harus berupa objek JSON.").format(name=name))
    columns = []
    for i, item in enumerate(data.get("kolom") or [], start=1):
        if not isinstance(item, dict) or not str(item.get("judul", "")).strip():
            raise ValidationError(translate("bpjs_list", "{name}: kolom ke-{i} tidak punya 'judul'.").format(
                name=name, i=i))
        source = item.get("isi")
        if source is None and "nilai" not in item:
            raise ValidationError(translate("bpjs_list", "{name}: kolom '{column}' perlu 'isi' atau 'nilai'.").format(
                name=name, column=item["judul"]))
        if source is not None and source not in SOURCES:
            raise ValidationError(translate(
                "bpjs_list", "{name}: kolom '{column}' berisi '{source}' yang tidak dikenal; pilihan: {choices}.")
                .format(name=name, column=item["judul"], source=source, choices=", ".join(SOURCES)))
        kind = item.get("format")
        if kind is not None and kind not in FORMATS:
            raise ValidationError(translate(
                "bpjs_list", "{name}: kolom '{column}' berformat '{kind}' yang tidak dikenal; pilihan: {choices}.")
                .format(name=name, column=item["judul"], kind=kind, choices=", ".join(FORMATS)))
        if source in IDENTITY:
            kind = "text"
        columns.append(BpjsColumn(str(item["judul"]).strip(), source, str(item.get("nilai", "")), kind))
    if not columns:
        raise ValidationError(translate("bpjs_list", "{name}: daftar 'kolom' kosong.").format(name=name))
    return BpjsTemplate(str(data.get("nama_lembar") or "BPJS"), str(data.get("judul_lembar") or ""),
                        tuple(columns), path or Path(name))


class Person:
    """One participant row as the BPJS list's sources see it."""

    __slots__ = ("row", "category", "place", "contribution")

    def __init__(self, row: dict, category: str, place, contribution: contributions.Contribution) -> None:
        self.row, self.category, self.place, self.contribution = row, category, place, contribution


def _alamat_lengkap(p: Person) -> str:
    r = p.row
    return f"{r['alamat']} RT {r['rt']:03d}/RW {r['rw']:03d}".strip()


def _field(key: str):
    return lambda p: p.row[key]


def _place(key: str):
    return lambda p: getattr(p.place, key, "")


# source -> how to read it from a Person; "no" is the running number, handled by row_values.
GETTERS = {
    **{key: _field(key) for key in ("nik", "nama", "tempat_lahir", "tanggal_lahir", "jenis_kelamin", "alamat",
                                    "rt", "rw", "telepon", "email", "kpj", "no_sk", "tanggal_sk", "tmt",
                                    "penghasilan")},
    **{key: _place(key) for key in ("kelurahan", "kecamatan", "kota", "provinsi")},
    "nama_kapital": lambda p: (p.row["nama"] or "").upper(),
    "jenis_kelamin_lengkap": lambda p: "LAKI-LAKI" if p.row["jenis_kelamin"] == "L" else "PEREMPUAN",
    "alamat_lengkap": _alamat_lengkap,
    "kode_kelurahan": lambda p: p.row["kelurahan_code"],
    "kategori": lambda p: p.category,
    "iuran_jkk": lambda p: p.contribution.jkk,
    "iuran_jkm": lambda p: p.contribution.jkm,
    "iuran_jht": lambda p: p.contribution.jht,
    "iuran_total": lambda p: p.contribution.total,
    "ikut_jkk": lambda p: "YA",
    "ikut_jkm": lambda p: "YA",
    "ikut_jht": lambda p: "YA" if p.row["program_jht"] else "TIDAK",
    "status": lambda p: status_rules.label(p.row["status"]),
}


def row_maker(template: BpjsTemplate):
    """A function (person, number) -> cell values, with each column's getter looked up once."""
    getters = []
    for column in template.columns:
        if column.source == "no":
            getters.append(None)
        elif column.source:
            getters.append(GETTERS[column.source])
        else:
            getters.append(lambda p, value=column.value: value)

    def make(person: Person, number: int) -> list:
        return [number if get is None else get(person) for get in getters]

    return make


def title(template: BpjsTemplate, place_text: str) -> str:
    return template.title.replace("{wilayah}", place_text.upper())
