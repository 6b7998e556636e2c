"""Format 3: the payload written and read in bounded pieces, never whole in memory.

The payload is a run of sections, each a header line naming its kind and its keys, then
one JSON array per record in that key order (arrays, not objects: the keys are said once,
so the file is about half the size and SQLite and Python build and parse it faster):

    {"section": "participant", "keys": ["uuid", "revision", ...]}
    ["0b1c...", 3, ...]
    {"section": "term", "keys": ["record", "uuid", "revision", ...]}
    ["term", "7f3e...", 1, ...]

Participants come first, then the tenure kinds in tenure_records.KINDS order (what a line
refers to comes before it). The payload entry is `payload.jsonl` (deflated) in a file for
nobody in particular, or `payload.sealed` (stream.py: a sealed key, then authenticated
chunks) for the city office. The manifest and its signature are written after the payload
entry, since they name its size and SHA-256.

`pack_to` writes a file from a producer of line batches; `Reader` checks the stored
payload against the signed manifest (size, SHA-256: integrity before anything is parsed)
and then hands out checked records in batches of at most BATCH, so a city merges a
150,000-person file holding a few thousand records at a time.
"""

from __future__ import annotations

import hashlib
import json
import queue
import threading
import zipfile
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import BinaryIO

from jamsostek_desktop import archives
from jamsostek_desktop.errors import translate
from jamsostek_desktop.services.sync.format import crypto, deflated, parse_child, stream, zipout
from jamsostek_desktop.services.sync.format.sections import (  # noqa: F401 (the format's names, used by callers)
    KEYS,
    PARTICIPANT,
    SECTION_KEY,
    SECTIONS,
    Batch,
    Parser,
    TrustedParser,
    section_header,
    uuid_number,
)

VERSION = 3
BATCH = 5_000           # records handed to the merge at a time
MAX_RATIO = 100         # an entry claiming to inflate more than this is a bomb (container.MAX_RATIO)


class _Hashing:
    """A file-like that hashes and counts what passes through to `raw`."""

    def __init__(self, raw: BinaryIO) -> None:
        self.raw, self.sha, self.size = raw, hashlib.sha256(), 0

    def write(self, data: bytes) -> int:
        self.sha.update(data)
        self.size += len(data)
        return self.raw.write(data)

    def write_deflated(self, piece: deflated.Deflated) -> int:
        """An unsealed payload's piece: its plain lines hashed, its deflated bytes written."""
        if piece.plain is None:
            raise RuntimeError("an unsealed payload's pieces carry their plain lines")
        self.sha.update(piece.plain)
        self.size += len(piece.plain)
        return self.raw.write_deflated(piece)


def _either(write: Callable[[bytes], object], write_deflated: Callable[[deflated.Deflated], object]):
    """One writer for plain lines and for pieces deflated elsewhere (payload's parallel reading)."""
    def put(piece) -> None:
        if isinstance(piece, deflated.Deflated):
            write_deflated(piece)
        else:
            write(piece)
    return put


class _Pipe:
    """Hand the payload's pieces to a second thread that compresses, encrypts, hashes and writes
    them while the first reads the next rows: SQLite, zlib, libsodium and hashlib all release
    the GIL, so on two cores the two halves overlap. At most DEPTH pieces wait in between."""

    DEPTH = 8

    def __init__(self, write: Callable[[bytes], object]) -> None:
        self._queue: queue.Queue = queue.Queue(self.DEPTH)
        self._write = write
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="sync-payload-writer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while (piece := self._queue.get()) is not None:
            if self._error is None:
                try:
                    self._write(piece)
                except BaseException as exc:        # handed back to the producing thread
                    self._error = exc

    def write(self, piece: bytes) -> None:
        if self._error is not None:
            raise self._error
        self._queue.put(piece)

    def close(self) -> None:
        self._queue.put(None)
        self._thread.join()
        if self._error is not None:
            raise self._error


def _produced(produce: Callable[[Callable[[bytes], None]], dict], write: Callable[[bytes], object]) -> dict:
    """Run `produce` with its pieces written by a _Pipe; the pipe is drained (and stopped) either way."""
    pipe = _Pipe(write)
    try:
        extra = produce(pipe.write)
    except BaseException:
        try:
            pipe.close()
        except BaseException:                     # the producer's error is the one to report
            pass
        raise
    pipe.close()
    return extra


def pack_to(out: BinaryIO, manifest: dict, produce: Callable[[Callable[[bytes], None]], dict],
            signing_seed: bytes, seal_to: bytes | None = None, codec: ModuleType = stream.fast_zlib) -> dict:
    """Write a format-3 file to `out` (seekable); returns the manifest as signed.

    `produce(write)` writes the payload lines through `write` (runs of lines, or pieces deflated
    elsewhere: format/deflated.py, never both in one file) and returns what it adds to
    the manifest (its counts); the payload's name, size, SHA-256 and sealing are added here.
    `codec` deflates the payload (ISA-L; `zlib` for the standard library's, the same format).
    """
    from jamsostek_desktop.services.sync.format.container import (
        MANIFEST_NAME,
        PLAIN_PAYLOAD,
        SEALED_PAYLOAD,
        SIGNATURE_NAME,
    )

    created_at = manifest["created_at"]
    archive = zipout.ZipOut(out)
    if seal_to is not None:
        name = SEALED_PAYLOAD
        with archive.entry(name, created_at, zipout.STORED, codec=codec) as entry:
            hashing = _Hashing(entry)
            writer = stream.SealedWriter(hashing, seal_to, codec=codec)
            extra = _produced(produce, _either(writer.write, writer.write_deflated))
            writer.close()
        stored_sha, stored_size, plain_size = hashing.sha.hexdigest(), hashing.size, writer.plain_size
    else:
        name = PLAIN_PAYLOAD
        with archive.entry(name, created_at, zipout.DEFLATED, codec=codec) as entry:
            hashing = _Hashing(entry)
            extra = _produced(produce, _either(hashing.write, hashing.write_deflated))
        stored_sha, stored_size = hashing.sha.hexdigest(), hashing.size
        plain_size = stored_size
    manifest = dict(manifest, **extra, format_version=VERSION, payload={
        "name": name, "sha256": stored_sha, "size": stored_size, "plain_size": plain_size,
        "sealed_to": crypto.b64(seal_to) if seal_to is not None else None,
    })
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")
    signature = crypto.b64(crypto.sign(signing_seed, manifest_bytes)).encode("ascii")
    archive.add(MANIFEST_NAME, created_at, manifest_bytes, zipout.DEFLATED)
    archive.add(SIGNATURE_NAME, created_at, signature, zipout.STORED)
    archive.close()
    return manifest


# --- reading -------------------------------------------------------------------

def _refused(reason: str, message: str, details: list[str] | None = None):
    from jamsostek_desktop.services.sync.format.container import RefusedFile

    return RefusedFile(reason, message, details)


_BOMB = translate("container", "Berkas sinkronisasi berisi data mampat berlebihan (kemungkinan berkas jebakan); "
                  "tidak diproses.")
_DAMAGED = translate("container", "Berkas sinkronisasi rusak (isi arsip tidak utuh). Minta kelurahan mengirim ulang "
                     "berkasnya.")
_HASH = translate("container", "Isi berkas tidak cocok dengan manifest (sidik SHA-256 berbeda): berkas rusak atau "
                  "telah diubah.")


def _stream_refusal(exc: stream.StreamError):
    if exc.reason == "too_large":
        return _refused("too_large", _BOMB)
    if exc.reason == "tampered":
        return _refused("tampered", translate(
            "container", "Berkas terenkripsi tidak dapat dibuka: isinya telah diubah atau terpotong."))
    return _refused("corrupt", translate("container", "Isi berkas terenkripsi rusak."))


class Reader:
    """The payload of one format-3 file whose manifest and signature have been checked."""

    def __init__(self, data: bytes, info: zipfile.ZipInfo, manifest: dict, budget: int,
                 secret_for: Callable[[bytes], bytes | None], known_categories: set[str],
                 field_keys: dict[str, frozenset[str]] | None = None) -> None:
        self.data, self.info, self.manifest, self.budget = data, info, manifest, budget
        self.payload = manifest["payload"]
        self.secret_for, self.known_categories, self.field_keys = secret_for, known_categories, field_keys

    def _stored_pieces(self) -> Iterator[bytes]:
        """The entry's bytes (a deflated entry inflated) in pieces, counted: never past the manifest's
        size, and the entry's CRC-32 and size checked at the end as zipfile checks them.

        Read from the entry's raw bytes (archives.entry_bytes) and inflated by ISA-L: twice as
        fast as zipfile's reader, the same bounds."""
        limit = self.payload["size"]
        try:
            raw = archives.entry_bytes(self.data, self.info)
        except archives.ArchiveError as exc:
            raise _refused("corrupt", _DAMAGED) from exc
        pieces: Iterator = (raw[start:start + stream.CHUNK] for start in range(0, len(raw), stream.CHUNK))
        if self.info.compress_type == zipfile.ZIP_DEFLATED:
            pieces = stream.inflated(pieces, limit, wbits=-15)
        crc, read = 0, 0
        try:
            for piece in pieces:
                read += len(piece)
                if read > limit:
                    raise _refused("tampered", _HASH)
                crc = stream.fast_zlib.crc32(piece, crc)
                yield piece
        except stream.StreamError as exc:
            if exc.reason == "too_large":
                raise _refused("tampered", _HASH) from exc
            raise _refused("corrupt", _DAMAGED) from exc
        if read != self.info.file_size or crc != self.info.CRC:
            raise _refused("corrupt", _DAMAGED)

    def verify(self) -> None:
        """Size and SHA-256 of the stored payload against the signed manifest; nothing is kept."""
        info = self.info
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED) or info.flag_bits & 0x1:
            raise _refused("corrupt", _DAMAGED)          # the program writes only stored and deflated entries
        claimed_ratio = info.file_size / max(1, info.compress_size)
        if (self.payload["size"] > self.budget or self.payload["plain_size"] > self.budget
                or info.file_size > self.budget or (claimed_ratio > MAX_RATIO and info.file_size > stream.CHUNK)):
            raise _refused("too_large", _BOMB)
        sha, size = hashlib.sha256(), 0
        for piece in self._stored_pieces():
            sha.update(piece)
            size += len(piece)
        if size != self.payload["size"] or sha.hexdigest() != self.payload["sha256"]:
            raise _refused("tampered", _HASH)

    def authenticate(self) -> None:
        """A sealed payload's every chunk checked against its tag, to the FINAL one, nothing inflated:
        how a payload merged before is proven intact (with verify's SHA-256) without reading its records."""
        if self.payload["sealed_to"] is None:
            return
        source, key = self._opened_stream(self.secret_for)
        try:
            stream.authenticate(source, key)
        except stream.StreamError as exc:
            raise _stream_refusal(exc) from exc

    def open_key(self) -> None:
        """For a sealed payload: the city holds the key it was sealed to (RefusedFile otherwise)."""
        if self.payload["sealed_to"] is not None:
            self._opened_stream(self.secret_for)

    def _opened_stream(self, secret_for) -> tuple[_PieceReader, bytes]:
        """The sealed stream past its preamble, and its key (RefusedFile when the city lacks it)."""
        recipient = crypto.unb64(self.payload["sealed_to"], crypto.KEY_BYTES)
        source = _PieceReader(self._stored_pieces())
        try:
            return source, stream.stream_key(source, secret_for, recipient or b"")
        except stream.StreamError as exc:
            if exc.reason == "wrong_key":
                raise _refused("wrong_key", translate(
                    "container", "Berkas dienkripsi untuk kunci kantor kota yang tidak ada di komputer ini (sidik "
                    "kunci {fingerprint}). Pasang kunci privat kota dengan 'jamsostek city-key "
                    "--install-secret'.").format(fingerprint=crypto.fingerprint(recipient or b""))) from exc
            raise _stream_refusal(exc) from exc

    def _plain(self, secret_for) -> Iterator[bytes]:
        limit = min(self.budget, self.payload["plain_size"])
        if self.payload["sealed_to"] is None:
            return self._plain_pieces(limit)
        source, key = self._opened_stream(secret_for)
        return stream.inflated(stream.decrypted_chunks(source, key), limit)

    def _plain_pieces(self, limit: int) -> Iterator[bytes]:
        produced = 0
        for piece in self._stored_pieces():
            produced += len(piece)
            if produced > limit:
                raise _refused("too_large", _BOMB)
            yield piece

    def batches(self) -> Iterator[tuple[str, list[dict]]]:
        """(kind, checked records) in payload order, at most BATCH at a time.

        A fault stops the batches at once (nothing after it reaches the merge); the rest is
        still read to name up to MAX_PROBLEMS lines, then RefusedFile is raised, so the
        caller's transaction rolls back what earlier batches wrote. Counts are compared
        with the manifest at the end. A large file is checked by a child process while this
        one parses and merges it (parse_child.py): the same batches and refusals.
        """
        if parse_child.worth_a_child(self.payload["plain_size"]):
            return parse_child.batches(self)
        return self.batches_here()

    def trusted_batches(self) -> Iterator[tuple[str, list[dict]]]:
        """The batches of a file a child checks at the same time, parsed without checks
        (sections.TrustedParser; it raises Mistrust, or the stream's own refusal, where the
        checked reading would look closer). Only parse_child.batches hands them on, each after
        the child's verdict on it."""
        parser = TrustedParser(self.manifest, BATCH)
        for text in stream.line_batches(self._plain(self.secret_for)):
            yield from parser.feed(text)

    def batches_here(self) -> Iterator[tuple[str, list[dict]]]:
        """`batches`, read and checked in this process."""
        pieces = self._plain(self.secret_for)
        parser = Parser(self.manifest, self.known_categories, self.field_keys, BATCH)
        plain = 0
        try:
            for text in stream.line_batches(pieces):
                plain += len(text)
                for kind, records in parser.feed(text):
                    if not parser.problems:
                        yield kind, records
            if plain != self.payload["plain_size"]:
                raise _refused("tampered", translate("container", "Ukuran isi berkas tidak cocok dengan manifest."))
        except stream.StreamError as exc:
            raise _stream_refusal(exc) from exc
        parser.finish()


class _PieceReader:
    """A read(n) file-like over an iterator of byte pieces (the sealed stream reads it in small steps)."""

    def __init__(self, pieces: Iterator[bytes]) -> None:
        self._pieces, self._buffer = pieces, bytearray()

    def read(self, size: int) -> bytes:
        while len(self._buffer) < size:
            piece = next(self._pieces, None)
            if piece is None:
                break
            self._buffer += piece
        out = bytes(self._buffer[:size])
        del self._buffer[:size]
        return out
