"""ZIP archives from outside (sync files, spreadsheets), read within bounds of the bytes really produced.

A ZIP entry says how big it is, and a reader that trusts it can be made to inflate a few
kilobytes into gigabytes (a "zip bomb"). Here every entry is inflated from its raw
compressed bytes with zlib, counting what really comes out, and stopped at a budget set
from the archive's real size (`budget`), whatever its headers claim:
- only stored and deflated entries (no bzip2, lzma or encryption, which the program never writes);
- an entry that inflates to more than its header declares is refused too, so a later
  reader that trusts the header (python-calamine, zipfile) meets only honest entries;
- `scan` inflates every entry once and keeps nothing (spreadsheets, before the reader
  opens them); `read` returns one entry's bytes (the sync file's manifest and payload).
Nothing here imports anything above errors.py.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

CHUNK = 1024 * 1024
STORED, DEFLATED = zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED
_LOCAL_HEADER = struct.Struct("<4sHHHHHIIIHH")
_LOCAL_SIGNATURE = b"PK\x03\x04"


class ArchiveError(Exception):
    """An archive refused; `too_large` tells a bomb (or an absurd size) from a damaged file."""

    def __init__(self, detail: str, too_large: bool = False) -> None:
        super().__init__(detail)
        self.too_large = too_large


def budget(size: int, ratio: int, floor: int, cap: int) -> int:
    """How many bytes an archive of `size` bytes may inflate to: `ratio` times its size, at
    least `floor` (small honest files), at most `cap`."""
    return min(cap, max(floor, ratio * size))


def is_zip(data: bytes) -> bool:
    return data[:4] == _LOCAL_SIGNATURE


def open_archive(data: bytes, max_entries: int = 10_000) -> zipfile.ZipFile:
    """The archive's directory; ArchiveError when it is not a readable ZIP."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError, EOFError) as exc:
        raise ArchiveError(f"not a readable ZIP archive: {exc}") from exc
    if len(infos) > max_entries:
        raise ArchiveError(f"{len(infos)} entries", too_large=True)
    return archive


def _raw(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """The entry's compressed bytes, found through its local header."""
    offset = info.header_offset
    header = data[offset:offset + _LOCAL_HEADER.size]
    if len(header) != _LOCAL_HEADER.size:
        raise ArchiveError(f"{info.filename}: header outside the file")
    fields = _LOCAL_HEADER.unpack(header)
    if fields[0] != _LOCAL_SIGNATURE:
        raise ArchiveError(f"{info.filename}: no local header")
    start = offset + _LOCAL_HEADER.size + fields[9] + fields[10]
    end = start + info.compress_size
    if end > len(data):
        raise ArchiveError(f"{info.filename}: data beyond the end of the file")
    return memoryview(data)[start:end]


def entry_bytes(data: bytes, info: zipfile.ZipInfo) -> memoryview:
    """An entry's bytes as stored (compressed, for a deflated entry), for a reader that inflates
    them itself within its own bounds (the sync payload: services/sync/format/chunked.py)."""
    return _raw(data, info)


def inflate(data: bytes, info: zipfile.ZipInfo, limit: int, sink=None) -> int:
    """Inflate one entry, at most `limit` bytes, passing each piece to `sink`; returns its size.

    ArchiveError when the method is not stored/deflate, the entry is encrypted or damaged,
    it produces more than `limit`, or more (or less) than its header declares.
    """
    if info.flag_bits & 0x1:
        raise ArchiveError(f"{info.filename}: encrypted")
    if info.compress_type not in (STORED, DEFLATED):
        raise ArchiveError(f"{info.filename}: compression method {info.compress_type}")
    raw = _raw(data, info)
    if info.compress_type == STORED:
        if len(raw) > limit:
            raise ArchiveError(f"{info.filename}: {len(raw)} bytes", too_large=True)
        if sink is not None:
            sink(raw)
        produced = len(raw)
    else:
        produced = _inflate_deflate(raw, info, limit, sink)
    if produced != info.file_size:
        raise ArchiveError(f"{info.filename}: {produced} bytes, header says {info.file_size}",
                           too_large=produced > info.file_size)
    return produced


def _inflate_deflate(raw: memoryview, info: zipfile.ZipInfo, limit: int, sink) -> int:
    inflater = zlib.decompressobj(-15)
    produced = 0
    try:
        for start in range(0, len(raw), CHUNK):
            if inflater.eof:
                break
            pending = bytes(raw[start:start + CHUNK])
            while pending:
                # Never more than CHUNK out of one call: memory stays small whatever the ratio.
                piece = inflater.decompress(pending, CHUNK)
                pending = inflater.unconsumed_tail
                produced += len(piece)
                if produced > limit or produced > info.file_size:
                    raise ArchiveError(f"{info.filename}: more than {min(limit, info.file_size)} bytes",
                                       too_large=True)
                if sink is not None and piece:
                    sink(piece)
                if inflater.eof:
                    break
        piece = inflater.flush()
        produced += len(piece)
        if produced > limit or produced > info.file_size:
            raise ArchiveError(f"{info.filename}: more than {min(limit, info.file_size)} bytes", too_large=True)
        if sink is not None and piece:
            sink(piece)
    except zlib.error as exc:
        raise ArchiveError(f"{info.filename}: damaged ({exc})") from exc
    if not inflater.eof:
        raise ArchiveError(f"{info.filename}: truncated")
    return produced


def read(data: bytes, info: zipfile.ZipInfo, limit: int) -> bytes:
    """One entry's bytes, never more than `limit` of them (see inflate)."""
    out = bytearray()
    inflate(data, info, limit, out.extend)
    return bytes(out)


def scan(data: bytes, total: int) -> int:
    """Inflate every entry once, keeping nothing; ArchiveError past `total` bytes in all."""
    archive = open_archive(data)
    produced = 0
    for info in archive.infolist():
        if info.is_dir():
            continue
        produced += inflate(data, info, total - produced)
    return produced
