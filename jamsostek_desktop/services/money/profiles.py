"""Export profiles: the column sets of the files a kelurahan or city sends to the BPJS branch.

A profile is data (the bpjs_columns.json shape: sheet name, title, columns with header,
source and format), kept in the database so an administrator's edit travels with the
backup. Three are shipped: the present `bpjs` list (from resources/excel/bpjs_columns.json,
or the administrator's copy in the data folder), the collective BPU registration and the
wage-earner mass upload (resources/excel/profiles/). Identity columns (NIK, KPJ, phone)
are always written as text, whatever a profile says.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.db.connection import db
from jamsostek_desktop.db.models import utc_now
from jamsostek_desktop.db.money_models import ExportProfile
from jamsostek_desktop.errors import NotFoundError, ValidationError, translate
from jamsostek_desktop.services.accounts import audit
from jamsostek_desktop.services.accounts.session import require
from jamsostek_desktop.services.excel import bpjs_list

DEFAULT = "bpjs"
_CODE_CHARS = set("abcdefghijklmnopqrstuvwxyz0123456789-")


@dataclass(frozen=True)
class ProfileInfo:
    code: str
    name: str
    builtin: bool
    columns: int


def _shipped() -> dict[str, tuple[str, dict]]:
    out: dict[str, tuple[str, dict]] = {}
    data = json.loads(bpjs_list.template_path().read_text(encoding="utf-8"))
    out[DEFAULT] = ("Daftar pendaftaran kolektif (bawaan)", data)
    folder = paths.resource("excel", "profiles")
    for path in sorted(Path(folder).glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        out[path.stem] = (str(data.get("nama") or path.stem), data)
    return out


def ensure_shipped() -> int:
    """Add the shipped profiles a database lacks (an administrator's edits are kept)."""
    have = {code for (code,) in ExportProfile.select(ExportProfile.code).tuples()}
    added = 0
    with db.atomic():
        for code, (name, data) in _shipped().items():
            if code not in have:
                ExportProfile.create(code=code, name=name, data=data, builtin=True)
                added += 1
    return added


def all_profiles() -> list[ProfileInfo]:
    ensure_shipped()
    return [ProfileInfo(r.code, r.name, bool(r.builtin), len(r.data.get("kolom") or []))
            for r in ExportProfile.select().order_by(ExportProfile.builtin.desc(), ExportProfile.code)]


def data(code: str) -> dict:
    ensure_shipped()
    row = ExportProfile.get_or_none(ExportProfile.code == code)
    if row is None:
        raise NotFoundError(translate("profiles", "Profil ekspor '{code}' tidak ada; pilihan: {choices}.").format(
            code=code, choices=", ".join(p.code for p in all_profiles())))
    return row.data


def template(code: str | None = None) -> bpjs_list.BpjsTemplate:
    """The column set of profile `code` (default: the present `bpjs` one)."""
    code = code or DEFAULT
    return bpjs_list.parse(data(code), code)


def save(code: str, name: str, content: dict) -> None:
    """Add or replace a profile; an administrator's change, checked before it is kept."""
    require("catalogue.edit")
    code = (code or "").strip().lower()
    if not code or not set(code) <= _CODE_CHARS:
        raise ValidationError(translate("profiles", "Kode profil hanya huruf kecil, angka dan tanda minus."))
    bpjs_list.parse(content, code)
    name = (name or str(content.get("nama") or code)).strip()
    with db.atomic():
        row = ExportProfile.get_or_none(ExportProfile.code == code)
        if row is None:
            ExportProfile.create(code=code, name=name, data=content, builtin=False)
            audit.record("create", "export_profile", code, new=name)
        else:
            before = {"name": row.name, "data": json.dumps(row.data, sort_keys=True)}
            ExportProfile.update(name=name, data=content, updated_at=utc_now()).where(ExportProfile.id == row.id).execute()
            audit.record_changes("update", "export_profile", code, before,
                                 {"name": name, "data": json.dumps(content, sort_keys=True)})


def save_file(path: str | Path, code: str | None = None) -> str:
    """`save` from a JSON file an administrator edited; returns the profile's code."""
    path = Path(path)
    try:
        content = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ValidationError(translate("profiles", "Berkas {name} tidak dapat dibaca: {reason}.").format(
            name=path.name, reason=exc.strerror or exc)) from exc
    except json.JSONDecodeError as exc:
        raise ValidationError(translate("profiles", "Berkas {name} rusak di baris {line}: periksa tanda koma dan "
                                        "kutip.").format(name=path.name, line=exc.lineno)) from exc
    code = code or path.stem
    save(code, str(content.get("nama") or "") if isinstance(content, dict) else "", content)
    return code.strip().lower()


def write_file(code: str, out: str | Path) -> Path:
    """A profile as a JSON file to edit (and load back with `save_file`)."""
    text = json.dumps(data(code), ensure_ascii=False, indent=2) + "\n"
    return fileio.write_text(fileio.output_path(out, ".json"), text)
