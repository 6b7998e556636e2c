"""The .jamsync container: round trips, and every way a file is refused."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from jamsostek_desktop.services.sync.format import container, crypto
from jamsostek_desktop.services.sync.format import manifest as manifest_rules
from jamsostek_desktop.services.sync.format.container import RefusedFile

from .helpers import KNOWN, build, lines, manifest, record


@pytest.fixture
def seed():
    return crypto.new_signing_seed()


def no_secret(_public):
    return None


def rezip(data: bytes, change) -> bytes:
    """The same archive with `change(name, bytes) -> bytes` applied to each entry."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info.filename)), compress_type=info.compress_type)
    return out.getvalue()


def refused(data: bytes, secret_for=no_secret) -> RefusedFile:
    with pytest.raises(RefusedFile) as caught:
        container.unpack(data, secret_for, KNOWN)
    return caught.value


def test_plain_round_trip_keeps_every_record(seed):
    items = [record(i) for i in range(1, 6)] + [record(9, revision=3, tombstone=True, archived_at="2026-11-21 09:00:00",
                                                       archive_reason="pindah")]
    data = build(items, seed)
    names = zipfile.ZipFile(io.BytesIO(data)).namelist()
    assert names == ["manifest.json", "manifest.sig", "payload.jsonl"]
    unpacked = container.unpack(data, no_secret, KNOWN)
    assert unpacked.records == items
    assert unpacked.manifest["counts"] == {"records": 6, "tombstones": 1}
    assert unpacked.manifest["payload"]["sealed_to"] is None


def test_sealed_payload_is_unreadable_without_the_city_key(seed):
    secret, public = crypto.new_box_keypair()
    items = [record(i) for i in range(1, 4)]
    data = build(items, seed, seal_to=public)
    raw = zipfile.ZipFile(io.BytesIO(data))
    assert raw.namelist()[-1] == "payload.sealed"
    assert b"Peserta 1" not in raw.read("payload.sealed") and b"1872011208750001" not in data
    assert container.unpack(data, lambda key: secret if key == public else None, KNOWN).records == items
    assert refused(data).reason == container.WRONG_KEY
    other_secret, _ = crypto.new_box_keypair()
    assert refused(data, lambda key: other_secret).reason == container.TAMPERED


def test_truncated_file_is_refused_as_corrupt(seed):
    data = build([record(i) for i in range(1, 50)], seed)
    for cut in (len(data) // 2, len(data) - 10, 30):
        error = refused(data[:cut])
        assert error.reason == container.CORRUPT
        assert "rusak" in error.message


def test_flipped_byte_in_the_payload_is_refused(seed):
    data = build([record(i) for i in range(1, 50)], seed)
    at = data.index(b"payload.jsonl") + 40     # inside the local entry's compressed data
    flipped = data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]
    assert refused(flipped).reason in (container.CORRUPT, container.TAMPERED)


def test_payload_replaced_consistently_inside_the_zip_fails_the_hash(seed):
    data = build([record(1), record(2)], seed)
    forged = rezip(data, lambda name, b: b.replace(b"Peserta 2", b"Peserta X") if name == "payload.jsonl" else b)
    error = refused(forged)
    assert error.reason == container.TAMPERED and "SHA-256" in error.message


def test_changed_manifest_fails_the_signature(seed):
    data = build([record(1)], seed)
    forged = rezip(data, lambda name, b: b.replace(b'"live": 1', b'"live": 9') if name == "manifest.json" else b)
    assert forged != data
    error = refused(forged)
    assert error.reason == container.TAMPERED and "Tanda tangan" in error.message


def test_signature_by_another_key_is_refused(seed):
    items = [record(1)]
    impostor = crypto.new_signing_seed()
    # The manifest names the real installation's key but the impostor signs it.
    m = manifest(items, seed)
    data = container.pack(m, lines(items), impostor)
    assert refused(data).reason == container.TAMPERED


def test_unknown_format_version_says_to_update(seed):
    items = [record(1)]
    data = build(items, seed, format_version=manifest_rules.FORMAT_VERSION + 1)
    error = refused(data)
    assert error.reason == container.NEWER_FORMAT and "Perbarui" in error.message and "versi 3" in error.message


def test_a_version_1_file_without_the_audit_head_is_still_read(seed):
    items = [record(1)]
    m = manifest(items, seed, format_version=1)
    del m["audit"]
    data = container.pack(m, lines(items), seed)
    assert container.unpack(data, no_secret, KNOWN).records == items
    m["audit"] = {"last_id": 0, "head": "0" * 64, "previous": None}       # unknown to version 1
    assert refused(container.pack(m, lines(items), seed)).reason == container.INVALID


def test_manifest_schema_problems_are_listed(seed):
    data = build([record(1)], seed, sequence=0, kelurahan={"code": "1872", "name": "", "kecamatan": "", "kota": ""})
    error = refused(data)
    assert error.reason == container.INVALID
    assert any("sequence" in d for d in error.details) and any("kelurahan.code" in d for d in error.details)


def test_decompression_bomb_is_refused_before_inflating(seed):
    # A manifest that is honest about a 64 MB payload of zeros: 1000x compression.
    bomb = b"0" * (64 * 1024 * 1024)
    m = manifest([], seed)
    data = container.pack(m, bomb, seed)
    assert len(data) < 1024 * 1024
    error = refused(data)
    assert error.reason == container.TOO_LARGE and "jebakan" in error.message


def test_sealed_decompression_bomb_is_refused(seed):
    secret, public = crypto.new_box_keypair()
    data = container.pack(manifest([], seed), b"\n" * (64 * 1024 * 1024), seed, public)
    assert refused(data, lambda key: secret).reason == container.TOO_LARGE


def test_extra_entries_and_non_zip_are_refused(seed):
    data = build([record(1)], seed)
    out = io.BytesIO(data)
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr("evil.sh", b"rm -rf /")
    assert refused(out.getvalue()).reason == container.CORRUPT
    assert refused(b"PK\x03\x04 not really").reason == container.CORRUPT
    assert refused(b"").reason == container.CORRUPT


def test_invalid_records_refuse_the_whole_file_with_line_numbers(seed):
    items = [record(1), record(2, nik="1872"), record(3, category="unknown"), record(4, revision=0)]
    error = refused(build(items, seed))
    assert error.reason == container.INVALID
    assert error.details[0].startswith("baris 2: NIK")
    assert "baris 3" in error.details[1] and "tidak dikenal" in error.details[1]
    assert "baris 4" in error.details[2]


def test_record_count_must_match_the_manifest(seed):
    items = [record(1), record(2)]
    data = container.pack(manifest(items[:1], seed), lines(items), seed)
    assert refused(data).reason == container.TAMPERED


def test_categories_named_in_the_manifest_are_known(seed):
    items = [record(1, category="juru-parkir", fields={})]
    category = {"code": "juru-parkir", "name": "Juru parkir", "group": "Lainnya", "fields": [], "key_field": None}
    data = build(items, seed, categories=[category])
    assert container.unpack(data, no_secret, KNOWN).records == items
    assert json.loads(zipfile.ZipFile(io.BytesIO(data)).read("manifest.json"))["categories"] == [category]


def test_a_manifest_announcing_too_many_tenure_lines_is_refused_before_parsing(seed, monkeypatch):
    items = [record(1)]
    m = manifest(items, seed, tenure={"post": 0, "term": container.MAX_TENURE_RECORDS + 1, "coverage": 0,
                                      "replacement": 0, "event": 0, "claim": 0})
    data = container.pack(m, lines(items), seed)

    def never(*args, **kwargs):
        raise AssertionError("the lines were parsed")

    monkeypatch.setattr(container, "_decode_all", never)
    assert refused(data).reason == container.TOO_LARGE


def test_tenure_counts_or_lines_in_a_version_1_file_are_refused(seed):
    items = [record(1)]
    m = manifest(items, seed, format_version=1, tenure={"post": 0, "term": 0, "coverage": 0, "replacement": 0,
                                                         "event": 0, "claim": 0})
    del m["audit"]
    error = refused(container.pack(m, lines(items), seed))
    assert error.reason == container.INVALID and any("tenure" in str(d) for d in error.details)
