"""Pure builders of sync records and files for the container and merge tests."""

from __future__ import annotations

import uuid as uuid_module

from jamsostek_desktop.services.sync.format import container, crypto, records
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
        "format": manifest_rules.FORMAT_NAME, "format_version": manifest_rules.FORMAT_VERSION,
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
