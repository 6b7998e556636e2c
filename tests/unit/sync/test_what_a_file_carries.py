"""Everything a sync file carries is checked before use, and reading it is bounded (issue 12).

Reproduced first:
- a category definition in a manifest with a field key the catalogue does not allow was
  merged into the city's catalogue, after which every screen listing categories failed,
  for good;
- a manifest nested a few thousand levels deep stopped the import with a RecursionError;
- a file from an unknown sender had its payload inflated and parsed before its signer was
  looked at: a 2 MB file made the city use more than half a gigabyte first;
- payload entries compressed with bzip2 were read like deflated ones.
"""

from __future__ import annotations

import hashlib
import io
import json
import random
import re
import sys
import zipfile

import pytest

from jamsostek_desktop.db.connection import db
from jamsostek_desktop.services.participants import catalogue
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync import keys
from jamsostek_desktop.services.sync.format import container, crypto
from tests.bombs import BLOCK, zip_with
from tests.processes import jamsostek

from .helpers import build, lines, manifest, record


def signed_by(offices, name: str, items: list[dict], **changes) -> bytes:
    """A file signed with the (trusted) installation key of kelurahan `name`."""
    offices.use(name)
    with db.atomic():
        installation_id, seed = keys.installation()
    offices.use("city")
    installation = {"id": installation_id, "public_key": crypto.b64(crypto.verify_key_of(seed))}
    return build(items, seed, installation=installation, **changes)


def import_bytes(offices, tmp_path, data: bytes, name="berkas.jamsync"):
    path = tmp_path / name
    path.write_bytes(data)
    offices.use("city")
    return sync_import.import_files([path])


BAD_CATEGORIES = {
    "field key": [{"key": "Nomor RT!", "label": "Nomor", "type": "text", "required": False}],
    "field type": [{"key": "lokasi", "label": "Lokasi", "type": "script", "required": False}],
    "duplicate keys": [{"key": "a", "label": "A"}, {"key": "a", "label": "A lagi"}],
    "field not an object": ["lokasi"],
    "huge label": [{"key": "lokasi", "label": "x" * 5000}],
}


@pytest.mark.parametrize("case", BAD_CATEGORIES)
def test_a_bad_category_definition_is_refused_and_the_catalogue_still_loads(offices, tmp_path, case):
    category = {"code": "juru-parkir", "name": "Juru Parkir", "group": "Lainnya",
                "fields": BAD_CATEGORIES[case], "key_field": None}
    data = signed_by(offices, "yosodadi", [record(1, category="juru-parkir", fields={})], categories=[category])
    before = offices.digest("city")
    report = import_bytes(offices, tmp_path, data)
    [refused] = report.refused
    assert refused.reason == container.INVALID
    assert any("categories[0]" in d for d in refused.details)
    assert offices.digest("city") == before
    offices.use("city")
    assert "juru-parkir" not in {c.code for c in catalogue.all_categories()}


def test_fields_a_category_does_not_define_are_refused(offices, tmp_path):
    category = {"code": "juru-parkir", "name": "Juru Parkir", "group": "Lainnya",
                "fields": [{"key": "lokasi", "label": "Lokasi"}], "key_field": None}
    items = [record(1, category="juru-parkir", fields={"lokasi": "Pasar", "skrip": "<b>"}),
             record(2, category="juru-parkir", fields={"lokasi": {"bersarang": [1, 2]}})]
    report = import_bytes(offices, tmp_path, signed_by(offices, "yosodadi", items, categories=[category]))
    [refused] = report.refused
    assert refused.reason == container.INVALID
    assert "baris 1" in refused.details[0] and "skrip" in refused.details[0]
    assert "baris 2" in refused.details[1] and "teks atau angka" in refused.details[1]


def test_a_manifest_nested_too_deeply_is_refused_not_a_crash(offices, tmp_path):
    data = zip_with({"manifest.json": b"[" * 100_000 + b"]" * 100_000, "manifest.sig": b"x",
                     "payload.jsonl": b""})
    report = import_bytes(offices, tmp_path, data)
    assert [f.reason for f in report.refused] == [container.CORRUPT]


def test_a_record_nested_too_deeply_is_refused(offices, tmp_path):
    offices.use("yosodadi")
    with db.atomic():
        installation_id, seed = keys.installation()
    good = lines([record(1)])
    deep = good.replace(b'"fields":{', b'"fields":{"x":' + b"[" * 50_000 + b"]" * 50_000 + b",", 1)
    installation = {"id": installation_id, "public_key": crypto.b64(crypto.verify_key_of(seed))}
    data = container.pack(manifest([record(1)], seed, installation=installation), deep, seed)
    report = import_bytes(offices, tmp_path, data)
    assert [f.reason for f in report.refused] == [container.INVALID]


def test_entries_compressed_another_way_are_refused(offices, tmp_path):
    data = signed_by(offices, "yosodadi", [record(1)])
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info.filename, src.read(info), compress_type=zipfile.ZIP_BZIP2)
    report = import_bytes(offices, tmp_path, out.getvalue())
    assert [f.reason for f in report.refused] == [container.CORRUPT]


# --- an unknown sender's file is never inflated ---------------------------------------------

def untrusted_bomb(tmp_path, inflated: int) -> tuple:
    """A signed file from a stranger whose payload inflates about 85:1 (a ratio ZIP headers allow)."""
    seed = crypto.new_signing_seed()
    letters = random.Random(12)
    chunk = bytes(letters.randrange(97, 123) for _ in range(8000))   # found again within deflate's window
    block = (chunk * (BLOCK // len(chunk) + 1))[:BLOCK]
    # Lines of letters: valid UTF-8, so a reader that inflates it goes on to decode it too.
    block = bytes(b if i % 200 else 10 for i, b in enumerate(block))
    count = inflated // BLOCK
    digest = hashlib.sha256()
    for _ in range(count):
        digest.update(block)
    size = count * BLOCK
    m = manifest([], seed, counts={"records": 3, "tombstones": 0})
    m["payload"] = {"name": "payload.jsonl", "sha256": digest.hexdigest(), "size": size, "plain_size": size,
                    "sealed_to": None}
    raw = json.dumps(m, ensure_ascii=False, sort_keys=True, indent=1).encode()
    signature = crypto.b64(crypto.sign(seed, raw)).encode()
    data = zip_with({"manifest.json": raw, "manifest.sig": signature, "payload.jsonl": (block, size)})
    path = tmp_path / "orang-asing.jamsync"
    path.write_bytes(data)
    return path, len(data)


@pytest.mark.skipif(sys.platform == "win32", reason="VmHWM")
def test_a_stranger_file_is_refused_before_its_payload_is_read(offices, tmp_path):
    from jamsostek_desktop.services.startup import close_database

    path, size = untrusted_bomb(tmp_path, 180 * 1024 * 1024)
    assert size < 4 * 1024 * 1024
    close_database()
    done = jamsostek("--db", str(offices.paths["city"]), "import-sync", str(path), home=tmp_path / "home",
                     peak=True, text=True)
    assert done.returncode == 2
    assert "sidik kunci" in done.stderr and "jangan terima" in done.stderr
    peak = int(re.search(r"peak (\d+) MB", done.stderr)[1])
    assert peak < 150, (peak, done.stderr)
