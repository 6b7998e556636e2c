"""Writing and reading the `.jamsync` container: a ZIP with a signed manifest and the payload.

    manifest.json    the manifest (UTF-8 JSON), see services/sync/format/manifest.py
    manifest.sig     base64 Ed25519 signature of manifest.json's exact bytes
    payload.jsonl    one JSON record per line (unencrypted file), or
    payload.sealed   SealedBox(zlib(payload lines)) for the city office's key
                     (format 3: sections of JSON arrays, sealed as a chunked stream: chunked.py)

`read_manifest` checks the ZIP structure, the manifest (schema, version, the category
definitions it carries) and its signature, and reads nothing else; the city decides whether
it trusts the signer before `unpack` inflates, decrypts and parses the payload and checks
every record; for a format-3 file `open_v3` checks the stored payload and the key, and its
records are read and checked in batches as they are merged (chunked.py). Only stored and
deflated entries are read, each bounded by the bytes it really produces (archives.py). A
failure raises RefusedFile. `pack` writes formats 1 and 2 (kept for tests and older files);
the program writes format 3 (chunked.pack_to).
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from jamsostek_desktop import archives
from jamsostek_desktop.errors import AppError, Texts, translate
from jamsostek_desktop.services.sync.format import chunked, crypto, jsonlines, tenure_records
from jamsostek_desktop.services.sync.format import manifest as manifest_rules
from jamsostek_desktop.services.sync.format import records as record_rules
from jamsostek_desktop.services.sync.format.sections import Batch

MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "manifest.sig"
PLAIN_PAYLOAD = "payload.jsonl"
SEALED_PAYLOAD = "payload.sealed"

# Limits against decompression bombs and absurd files. A city of 150,000 participants
# writes about 70 MB of payload lines; JSON lines deflate 5-10x, a bomb 1000x. Every limit
# counts the bytes really produced (archives.py), never a size the sender wrote: a payload
# inflates to at most MAX_RATIO times the file's own size (PAYLOAD_FLOOR for small files),
# so a file of a few KB never costs the city more than a few tens of MB.
MAX_FILE_BYTES = 512 * 1024 * 1024
MAX_MANIFEST_BYTES = 1024 * 1024
MAX_SIGNATURE_BYTES = 256
MAX_PLAIN_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 100
PAYLOAD_FLOOR = 16 * 1024 * 1024
MAX_RECORDS = 500_000      # ~2.5 GB of parsed records; a kelurahan holds thousands
MAX_TENURE_RECORDS = 2_000_000   # tenure lines are small; a handful per participant
CHUNK = 1024 * 1024

# Why a file was refused; the message says it in Indonesian.
CORRUPT, TAMPERED, WRONG_KEY, NEWER_FORMAT, WRONG_CITY, TOO_LARGE, INVALID = (
    "corrupt", "tampered", "wrong_key", "newer_format", "wrong_city", "too_large", "invalid")


class RefusedFile(AppError):
    """A sync file that may not be merged; `reason` is one of the constants above."""

    def __init__(self, reason: str, message: str, details: list[str] | None = None) -> None:
        super().__init__(message, details=details)
        self.reason = reason


@dataclass
class SyncFile:
    manifest: dict
    records: list[dict]
    tenure: list[dict] = field(default_factory=list)   # format 2: posts, terms, coverage ... (tenure_records)
    reader: chunked.Reader | None = None               # format 3: records read in batches when merged

    def batches(self) -> Iterator[tuple[str, list[dict]]]:
        """(kind, checked records) in merge order, at most chunked.BATCH at a time, whatever the format."""
        if self.reader is not None:
            yield from self.reader.batches()
            return
        for start in range(0, len(self.records), chunked.BATCH):
            yield chunked.PARTICIPANT, Batch.of_records(self.records[start:start + chunked.BATCH])
        for kind in tenure_records.KINDS:
            lines = [line for line in self.tenure if line[tenure_records.KIND_KEY] == kind]
            for start in range(0, len(lines), chunked.BATCH):
                yield kind, lines[start:start + chunked.BATCH]

    @property
    def installation_id(self) -> str:
        return self.manifest["installation"]["id"]

    @property
    def public_key(self) -> bytes:
        return crypto.unb64(self.manifest["installation"]["public_key"])

    @property
    def kelurahan_code(self) -> str:
        return self.manifest["kelurahan"]["code"]

    @property
    def sequence(self) -> int:
        return self.manifest["sequence"]


# --- writing -------------------------------------------------------------------

def pack(manifest: dict, lines: bytes, signing_seed: bytes, seal_to: bytes | None = None) -> bytes:
    """The file's bytes; fills manifest["payload"] from `lines` (one JSON record per line)."""
    if seal_to is not None:
        name = SEALED_PAYLOAD
        stored = crypto.seal(seal_to, zlib.compress(lines, 1))
        compress_type = zipfile.ZIP_STORED      # ciphertext does not deflate
    else:
        name = PLAIN_PAYLOAD
        stored = lines
        compress_type = zipfile.ZIP_DEFLATED
    manifest = dict(manifest, payload={
        "name": name, "sha256": hashlib.sha256(stored).hexdigest(), "size": len(stored),
        "plain_size": len(lines), "sealed_to": crypto.b64(seal_to) if seal_to is not None else None,
    })
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    signature = crypto.b64(crypto.sign(signing_seed, manifest_bytes)).encode("ascii")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr(_info(MANIFEST_NAME, manifest["created_at"]), manifest_bytes,
                    compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr(_info(SIGNATURE_NAME, manifest["created_at"]), signature)
        zf.writestr(_info(name, manifest["created_at"]), stored, compress_type=compress_type,
                    compresslevel=1)
    return buffer.getvalue()


def _info(name: str, created_at: str) -> zipfile.ZipInfo:
    stamp = tuple(int(p) for p in (created_at[0:4], created_at[5:7], created_at[8:10],
                                    created_at[11:13], created_at[14:16], created_at[17:19]))
    info = zipfile.ZipInfo(name, date_time=stamp)
    info.external_attr = 0o644 << 16
    return info


# --- reading -------------------------------------------------------------------

@dataclass
class Opened:
    """A file whose manifest has been checked and whose signature holds; the payload is not read yet."""

    data: bytes
    manifest: dict
    infos: dict[str, zipfile.ZipInfo]

    @property
    def budget(self) -> int:
        """The most bytes this file's payload may inflate to: MAX_RATIO times the file's real
        size (at least PAYLOAD_FLOOR), whatever sizes the sender wrote."""
        return archives.budget(len(self.data), MAX_RATIO, PAYLOAD_FLOOR, MAX_PLAIN_BYTES)


def _refused_archive(exc: archives.ArchiveError) -> RefusedFile:
    if exc.too_large:
        return RefusedFile(TOO_LARGE, translate("container", "Berkas sinkronisasi berisi data mampat berlebihan "
                                                "(kemungkinan berkas jebakan); tidak diproses."))
    return RefusedFile(CORRUPT, translate("container", "Berkas sinkronisasi rusak (isi arsip tidak utuh). "
                                          "Minta kelurahan mengirim ulang berkasnya."))


def _read_entry(data: bytes, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, counted as they are inflated and never more than `limit` (archives.py)."""
    try:
        return archives.read(data, info, limit)
    except archives.ArchiveError as exc:
        raise _refused_archive(exc) from exc


def open_container(data: bytes) -> dict[str, zipfile.ZipInfo]:
    if len(data) > MAX_FILE_BYTES:
        raise RefusedFile(TOO_LARGE, translate("container", "Berkas sinkronisasi terlalu besar; tidak diproses."))
    try:
        infos = archives.open_archive(data, max_entries=3).infolist()
    except archives.ArchiveError as exc:
        raise RefusedFile(CORRUPT, translate("container", "Berkas rusak atau bukan berkas sinkronisasi Jamsostek "
                                   "(arsip tidak dapat dibuka; mungkin terpotong saat disalin).")) from exc
    names = [i.filename for i in infos]
    allowed = {MANIFEST_NAME, SIGNATURE_NAME, PLAIN_PAYLOAD, SEALED_PAYLOAD}
    payloads = [n for n in names if n in (PLAIN_PAYLOAD, SEALED_PAYLOAD)]
    if (len(names) != 3 or len(set(names)) != 3 or not set(names) <= allowed or len(payloads) != 1
            or MANIFEST_NAME not in names or SIGNATURE_NAME not in names):
        raise RefusedFile(CORRUPT, translate("container", "Berkas bukan berkas sinkronisasi Jamsostek yang utuh "
                                   "(isi arsip tidak sesuai format)."))
    return {i.filename: i for i in infos}


def _json(raw: bytes):
    """Parsed JSON; a value nested beyond Python's recursion limit is not JSON we accept."""
    try:
        return json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise json.JSONDecodeError("nested too deeply", "", 0) from None


def read_manifest(data: bytes) -> Opened:
    """The manifest, checked against its schema and its signature; the payload is left unread."""
    infos = open_container(data)
    raw = _read_entry(data, infos[MANIFEST_NAME], MAX_MANIFEST_BYTES)
    signature_text = _read_entry(data, infos[SIGNATURE_NAME], MAX_SIGNATURE_BYTES)
    try:
        manifest = _json(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise RefusedFile(CORRUPT, translate("container", "Manifest berkas sinkronisasi rusak (bukan JSON).")) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != manifest_rules.FORMAT_NAME:
        raise RefusedFile(CORRUPT, translate("container", "Berkas bukan berkas sinkronisasi Jamsostek."))
    version = manifest.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > manifest_rules.FORMAT_VERSION:
        raise RefusedFile(NEWER_FORMAT, translate(
            "container", "Berkas dibuat dengan format versi {version}, lebih baru dari yang dikenal program ini "
            "(versi {known}). Perbarui Jamsostek Desktop di kantor kota.").format(
            version=version, known=manifest_rules.FORMAT_VERSION))
    found = manifest_rules.problems(manifest)
    if found:
        raise RefusedFile(INVALID, translate("container", "Manifest berkas sinkronisasi tidak valid."), details=found[:10])
    public_key = crypto.unb64(manifest["installation"]["public_key"], crypto.KEY_BYTES)
    signature = crypto.unb64(signature_text.decode("ascii", "replace").strip(), crypto.SIGNATURE_BYTES)
    if public_key is None or signature is None or not crypto.verify(public_key, raw, signature):
        raise RefusedFile(TAMPERED, translate("container", "Tanda tangan berkas tidak cocok: manifest telah diubah atau "
                                    "tanda tangannya palsu. Berkas ditolak."))
    payload = manifest["payload"]
    if payload["name"] not in infos:
        raise RefusedFile(TAMPERED, translate("container", "Payload yang disebut manifest tidak ada di berkas."))
    return Opened(data, manifest, infos)


def unpack(data: bytes | Opened, secret_for: Callable[[bytes], bytes | None],
           known_categories: set[str] | frozenset[str] | dict[str, frozenset[str]]) -> SyncFile:
    """Check the whole file and return its manifest and records (see the module docstring).

    The city calls it with an Opened file, after it has decided to trust the signer: a
    file nobody trusts is never inflated, decrypted or parsed.
    """
    opened = data if isinstance(data, Opened) else read_manifest(data)
    manifest = opened.manifest
    if manifest["format_version"] >= chunked.VERSION:
        # Every record at once (tools and tests); the city merges a format-3 file in batches.
        streamed = open_v3(opened, secret_for, known_categories)
        whole = SyncFile(manifest, [])
        for kind, batch in streamed.batches():
            (whole.records if kind == chunked.PARTICIPANT else whole.tenure).extend(batch)
        return whole
    payload = manifest["payload"]
    stored = stored_payload(opened)
    if payload["sealed_to"] is not None:
        lines = _open_sealed(stored, payload, secret_for, opened.budget)
    else:
        lines = stored
    if len(lines) != payload["plain_size"]:
        raise RefusedFile(TAMPERED, translate("container", "Ukuran isi berkas tidak cocok dengan manifest."))
    # The city's categories (with their field keys when given), then the file's own definitions.
    fields = dict(known_categories) if isinstance(known_categories, dict) else {}
    fields.update(manifest_rules.field_keys(manifest))
    known = set(known_categories) | set(fields)
    items = parse_lines(lines, manifest, known, fields)
    participants = [r for r in items if not tenure_records.is_tenure(r)]
    return SyncFile(manifest, participants, [r for r in items if tenure_records.is_tenure(r)])


def open_v3(opened: Opened, secret_for: Callable[[bytes], bytes | None],
            known_categories: set[str] | frozenset[str] | dict[str, frozenset[str]]) -> SyncFile:
    """A format-3 file checked as far as it can be without parsing its records: the stored
    payload's size and SHA-256 against the signed manifest, and (sealed) that the city holds
    the key. Its records are read, checked and merged in batches later (SyncFile.batches).

    The city calls it after it has decided to trust the signer, as it calls `unpack`."""
    manifest = opened.manifest
    if manifest["counts"]["records"] > MAX_RECORDS:
        raise RefusedFile(TOO_LARGE, translate("container", "Berkas berisi terlalu banyak rekaman; tidak diproses."))
    fields = dict(known_categories) if isinstance(known_categories, dict) else {}
    fields.update(manifest_rules.field_keys(manifest))
    known = set(known_categories) | set(fields)
    reader = chunked.Reader(opened.data, opened.infos[manifest["payload"]["name"]], manifest, opened.budget,
                            secret_for, known, fields)
    reader.verify()
    reader.open_key()
    return SyncFile(manifest, [], reader=reader)


def stored_payload(opened: Opened) -> bytes:
    """The payload entry's bytes, checked against the (signed) manifest's size and SHA-256."""
    payload = opened.manifest["payload"]
    if payload["size"] > opened.budget:
        raise RefusedFile(TOO_LARGE, translate("container", "Berkas sinkronisasi berisi data mampat berlebihan "
                                               "(kemungkinan berkas jebakan); tidak diproses."))
    stored = _read_entry(opened.data, opened.infos[payload["name"]], payload["size"])
    if len(stored) != payload["size"] or hashlib.sha256(stored).hexdigest() != payload["sha256"]:
        raise RefusedFile(TAMPERED, translate("container", "Isi berkas tidak cocok dengan manifest (sidik SHA-256 berbeda): "
                                    "berkas rusak atau telah diubah."))
    return stored


def _open_sealed(stored: bytes, payload: dict, secret_for: Callable[[bytes], bytes | None], budget: int) -> bytes:
    recipient = crypto.unb64(payload["sealed_to"], crypto.KEY_BYTES)
    secret = secret_for(recipient) if recipient is not None else None
    if secret is None:
        raise RefusedFile(WRONG_KEY, translate(
            "container", "Berkas dienkripsi untuk kunci kantor kota yang tidak ada di komputer ini (sidik kunci "
            "{fingerprint}). Pasang kunci privat kota dengan 'jamsostek city-key --install-secret'.").format(
            fingerprint=crypto.fingerprint(recipient or b"")))
    compressed = crypto.unseal(secret, stored)
    if compressed is None:
        raise RefusedFile(TAMPERED, translate("container", "Berkas terenkripsi tidak dapat dibuka: isinya telah diubah."))
    # Inflated in pieces, counting what really comes out: never past the file's budget, nor
    # past the size the (signed) manifest states.
    limit = min(budget, payload["plain_size"])
    inflater = zlib.decompressobj()
    out = bytearray()
    pending = compressed
    try:
        while pending and not inflater.eof:
            out += inflater.decompress(pending, CHUNK)
            pending = inflater.unconsumed_tail
            if len(out) > limit:
                raise RefusedFile(TOO_LARGE, translate(
                    "container", "Isi berkas lebih besar dari yang dinyatakan manifest; tidak diproses."))
    except zlib.error as exc:
        raise RefusedFile(CORRUPT, translate("container", "Isi berkas terenkripsi rusak.")) from exc
    if not inflater.eof:
        raise RefusedFile(CORRUPT, translate("container", "Isi berkas terenkripsi rusak."))
    return bytes(out)


def _decode_all(text: str) -> list | None:
    """Every line at once as one JSON array (one C call), or None when some line is not JSON."""
    body = text.rstrip("\n")
    if not body:
        return []
    try:
        items = json.loads("[" + body.replace("\n", ",") + "]")
    except (json.JSONDecodeError, RecursionError):
        return None
    # A line holding two values ("1,2") would pass the join; the count check catches it.
    return items if len(items) == body.count("\n") + 1 else None


def parse_lines(lines: bytes, manifest: dict, known_categories: set[str],
                field_keys: dict[str, frozenset[str]] | None = None) -> list[dict]:
    """The records of the payload, each checked; all problems reported at once (the first 20)."""
    counts = manifest["counts"]
    if counts["records"] > MAX_RECORDS or sum((manifest.get("tenure") or {}).values()) > MAX_TENURE_RECORDS:
        raise RefusedFile(TOO_LARGE, translate("container", "Berkas berisi terlalu banyak rekaman; tidak diproses."))
    # orjson reads only strict UTF-8, so its answer means the text is; the text is decoded
    # (and held, a copy of the payload) only for the json path.
    items = jsonlines.decode_pieces(lines)
    text = ""
    if items is None:
        try:
            text = lines.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise RefusedFile(CORRUPT, translate("container", "Isi berkas bukan teks UTF-8.")) from exc
        items = _decode_all(text)
    found: list[str] = []
    if items is None:
        items = []
        for number, line in enumerate(text.split("\n"), start=1):
            try:
                items.append(json.loads(line))
            except (json.JSONDecodeError, RecursionError):
                if line or number <= text.count("\n"):
                    found.append(translate("container", "baris {n}: bukan JSON").format(n=number))
    checker = record_rules.Checker(known_categories, field_keys)
    tenure_checker = tenure_records.Checker(known_categories)
    seen: set[str] = set()
    with_tenure = manifest["format_version"] >= 2
    for number, record in enumerate(items, start=1):
        if len(found) >= 20:
            break
        if with_tenure and tenure_records.is_tenure(record):
            bad = tenure_checker.problems(record)
            if not bad and (record[tenure_records.KIND_KEY], record["uuid"]) in seen:
                bad = [translate("container", "UUID muncul dua kali dalam berkas")]
            seen.add((record.get(tenure_records.KIND_KEY), record.get("uuid")))
            if bad:
                found.append(translate("container", "baris {n}: {problems}").format(n=number, problems=Texts(bad, "; ")))
            continue
        bad = checker.problems(record)
        if not bad:
            if record["uuid"] in seen:
                bad = [translate("container", "UUID muncul dua kali dalam berkas")]
            seen.add(record["uuid"])
        if bad:
            found.append(translate("container", "baris {n}: {problems}").format(n=number, problems=Texts(bad, "; ")))
    if found:
        raise RefusedFile(INVALID, translate("container", "Ada rekaman yang tidak valid di berkas; seluruh berkas ditolak."),
                          details=found)
    tenure = [r for r in items if with_tenure and tenure_records.is_tenure(r)]
    people = [r for r in items if not (with_tenure and tenure_records.is_tenure(r))]
    tombstones = sum(1 for r in people if r["tombstone"])
    if len(people) != counts["records"] or tombstones != counts["tombstones"]:
        raise RefusedFile(TAMPERED, translate(
            "container", "Jumlah rekaman ({records}, tombstone {tombstones}) tidak sama dengan manifest "
            "({expected}, tombstone {expected_tombstones}).").format(
            records=len(people), tombstones=tombstones, expected=counts["records"],
            expected_tombstones=counts["tombstones"]))
    expected = {**tenure_records.empty_counts(), **(manifest.get("tenure") or {})}
    if tenure_records.counts_of(tenure) != expected:
        raise RefusedFile(TAMPERED, translate(
            "container", "Jumlah rekaman masa jabatan ({found}) tidak sama dengan manifest ({expected}).").format(
            found=tenure_records.counts_of(tenure), expected=expected))
    return items
