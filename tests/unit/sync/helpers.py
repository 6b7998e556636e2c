"""Pure builders of sync records and files for the container and merge tests."""

from __future__ import annotations

import io
import json
import uuid as uuid_module
import zipfile
from pathlib import Path

from jamsostek_desktop.services.sync.format import chunked, container, crypto, records
from jamsostek_desktop.services.sync.format import manifest as manifest_rules

KNOWN = frozenset({"ketua-rt", "marbot"})


def record(n: int = 1, revision: int = 1, **changes) -> dict:
    out = {
        "uuid": str(uuid_module.UUID(int=n, version=4)), "revision": revision,
        "updated_at": "2026-11-20 08:00:00", "created_at": "2026-11-01 08:00:00", "category": "ketua-rt",
        "status": "draft", "status_reason": "", "tombstone": False, "archive_reason": "", "archived_at": None,
        "nik": f"187201120875{n % 10000:04d}", "nama": f"Peserta {n}", "tempat_lahir": "Metro",
        "tanggal_lahir": "1975-08-12", "jenis_kelamin": "L", "alamat": "Jl. Kenanga", "rt": 3, "rw": 2,
        "telepon": "", "email": "", "no_sk": "", "tanggal_sk": None, "tmt": None, "program_jht": False,
        "penghasilan": 1_000_000, "kpj": "", "fields": {"nomor_rt": 3, "nomor_rw": 2},
    }
    out.update(changes)
    assert set(out) == set(records.RECORD_KEYS)
    return out


def manifest(items: list[dict], seed: bytes, **changes) -> dict:
    out = {
        "format": manifest_rules.FORMAT_NAME, "format_version": 2,     # container.pack writes formats 1 and 2
        "app_version": "0.1.0", "created_at": "2026-11-23T08:00:00Z",
        "kelurahan": {"code": "18.72.01.1001", "name": "Yosodadi", "kecamatan": "Metro Timur", "kota": "Kota Metro"},
        "installation": {"id": "0b7c8f1e-3d7a-4c55-9a61-2f0d7f3c9e10",
                         "public_key": crypto.b64(crypto.verify_key_of(seed))},
        "sequence": 1, "full": True, "resend": False, "changes": {"from": 0, "to": len(items)},
        "revisions": {"min": 1, "max": 1},
        "counts": {"records": len(items), "tombstones": sum(r["tombstone"] for r in items)},
        "totals": {"live": len(items), "archived": 0}, "categories": [],
        "audit": {"last_id": 0, "head": "0" * 64, "previous": None},
    }
    out.update(changes)
    return out


def lines(items: list[dict]) -> bytes:
    return b"".join(records.to_line(r) + b"\n" for r in items)


def build(items: list[dict], seed: bytes, seal_to: bytes | None = None, **changes) -> bytes:
    return container.pack(manifest(items, seed, **changes), lines(items), seed, seal_to)


# --- format 3 ----------------------------------------------------------------------

def read_v3(path: Path) -> tuple[dict, dict[str, list[dict]]]:
    """The manifest and the records by section of an unencrypted format-3 file."""
    with zipfile.ZipFile(path) as zf:
        manifest = json.loads(zf.read(container.MANIFEST_NAME))
        payload = zf.read(container.PLAIN_PAYLOAD)
    assert manifest["format_version"] == 3
    sections: dict[str, list[dict]] = {kind: [] for kind in chunked.SECTIONS}
    keys, kind = (), None
    for line in payload.splitlines():
        item = json.loads(line)
        if isinstance(item, dict):
            kind, keys = item["section"], item["keys"]
        else:
            sections[kind].append(dict(zip(keys, item, strict=True)))
    return manifest, sections


def pack_v3(manifest: dict, sections: dict[str, list[dict]], seed: bytes, seal_to: bytes | None = None,
            separators: tuple[str, str] = (", ", ": ")) -> bytes:
    """A format-3 file of these records (the manifest's counts as given, its payload filled in).

    Lines spelt as Python's json writes them by default (another tool's spelling); `(",", ":")`
    spells them as the program's export (SQLite's json_array) does."""
    def produce(write) -> dict:
        for kind in chunked.SECTIONS:
            rows = sections.get(kind) or []
            if rows:
                write(chunked.section_header(kind))
                for row in rows:
                    write(json.dumps([row[k] for k in chunked.KEYS[kind]], ensure_ascii=False,
                                     separators=separators).encode() + b"\n")
        return {}

    out = io.BytesIO()
    chunked.pack_to(out, {k: v for k, v in manifest.items() if k != "payload"}, produce, seed, seal_to)
    return out.getvalue()


def as_format(path: Path, seed: bytes, version: int) -> bytes:
    """An unencrypted format-3 file written again as format 1 (participants only) or 2 (object lines):
    what a kelurahan that has not upgraded sends."""
    manifest, sections = read_v3(path)
    manifest = {k: v for k, v in manifest.items() if k != "payload"}
    manifest["format_version"] = version
    body = b"".join(records.to_line(r) + b"\n" for r in sections[chunked.PARTICIPANT])
    if version == 1:
        manifest.pop("tenure", None)
        manifest.pop("audit", None)
    else:
        body += b"".join(json.dumps(r, ensure_ascii=False).encode() + b"\n"
                         for kind in chunked.SECTIONS[1:] for r in sections[kind])
    return container.pack(manifest, body, seed)
