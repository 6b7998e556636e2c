"""Writing the `.jamsync` ZIP container ourselves: a streamed entry deflated by ISA-L.

The standard library's zipfile deflates an entry with zlib, which at its fastest level
spends a full second of a city export's CPU on 105 MB of payload lines; ISA-L writes the
same kind of deflate stream four times faster. zipfile offers no way to hand it a
compressor, so this module writes the three entries itself: a local header, the data
(its CRC-32 and sizes patched into the header once known, as zipfile does on a seekable
file), then the central directory. Only what the format needs: stored and deflated
entries, ASCII names, no ZIP64 (a sync file is at most 512 MB). zipfile and
jamsostek_desktop/archives.py read the result; tests/unit/sync/test_zipout.py proves it.
Pure: no database, no Qt.
"""

from __future__ import annotations

import struct
import zlib
from types import ModuleType
from typing import BinaryIO

from jamsostek_desktop.services.sync.format import deflated
from jamsostek_desktop.services.sync.format.stream import fast_zlib

STORED, DEFLATED = 0, 8
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_VERSION = 20                    # 2.0: deflate, what zipfile writes
_MADE_BY = 3 << 8 | _VERSION     # Unix, so the 0644 mode below is read as a mode
_MODE = 0o644 << 16
_LIMIT = 0xFFFF_FFFF             # past this a ZIP needs ZIP64, which no sync file does


def dos_stamp(created_at: str) -> tuple[int, int]:
    """(time, date) in MS-DOS form from `YYYY-MM-DDTHH:MM:SS...`."""
    year, month, day = int(created_at[0:4]), int(created_at[5:7]), int(created_at[8:10])
    hour, minute, second = int(created_at[11:13]), int(created_at[14:16]), int(created_at[17:19])
    return hour << 11 | minute << 5 | second // 2, (year - 1980) << 9 | month << 5 | day


class _Entry:
    """One entry being written: `write` its uncompressed bytes; closing patches the local header."""

    def __init__(self, archive: ZipOut, name: bytes, stamp: tuple[int, int], method: int,
                 codec: ModuleType, level: int) -> None:
        self._archive, self.name, self.stamp, self.method = archive, name, stamp, method
        self._out = archive.out
        self.offset = self._out.tell() - archive.base
        self._out.write(self._local_header(0, 0, 0))
        self._compressor = codec.compressobj(level, codec.DEFLATED, -15) if method == DEFLATED else None
        self._crc32 = codec.crc32
        self.crc, self.size, self.compressed = 0, 0, 0
        self._pieces = False              # data came deflated (write_deflated): no compressor's tail

    def _local_header(self, crc: int, compressed: int, size: int) -> bytes:
        time, date = self.stamp
        return _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, self.method, time, date, crc, compressed, size,
                           len(self.name), 0) + self.name

    def write(self, data: bytes) -> int:
        if self._pieces:
            raise RuntimeError("plain data after deflated pieces")
        self.crc = self._crc32(data, self.crc)
        self.size += len(data)
        if self._compressor is not None:
            data = self._compressor.compress(data)
        self.compressed += len(data)
        self._out.write(data)
        return len(data)

    def write_deflated(self, piece: deflated.Deflated) -> int:
        """A piece deflated elsewhere (format/deflated.py), written as it is; its CRC-32 combined."""
        if self._compressor is None or (self.size and not self._pieces):
            raise RuntimeError("deflated pieces go only into an empty deflated entry")
        self._pieces = True
        self.crc = deflated.crc32_combine(self.crc, piece.crc32, piece.plain_size)
        self.size += piece.plain_size
        self.compressed += len(piece.data)
        self._out.write(piece.data)
        return len(piece.data)

    def close(self) -> None:
        if self._compressor is not None:
            tail = deflated.FINAL_BLOCK if self._pieces else self._compressor.flush()
            self.compressed += len(tail)
            self._out.write(tail)
            self._compressor = None
        if self.size > _LIMIT or self.compressed > _LIMIT:
            raise ValueError("a sync file's entry past 4 GiB needs ZIP64")
        end = self._out.tell()
        self._out.seek(self._archive.base + self.offset)
        self._out.write(self._local_header(self.crc, self.compressed, self.size))
        self._out.seek(end)
        self._archive.entries.append(self)

    def __enter__(self) -> _Entry:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is None:
            self.close()


class ZipOut:
    """A ZIP archive written to a seekable binary file, entry after entry; `close` writes the directory."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self.base = out.tell()           # offsets in a ZIP count from the archive's first byte
        self.entries: list[_Entry] = []

    def entry(self, name: str, created_at: str, method: int, codec: ModuleType = fast_zlib,
              level: int = 1) -> _Entry:
        return _Entry(self, name.encode("ascii"), dos_stamp(created_at), method, codec, level)

    def add(self, name: str, created_at: str, data: bytes, method: int) -> None:
        # Small entries (the manifest, its signature): the standard library's deflate.
        with self.entry(name, created_at, method, codec=zlib, level=6) as entry:
            entry.write(data)

    def close(self) -> None:
        start = self.out.tell() - self.base
        for e in self.entries:
            time, date = e.stamp
            self.out.write(_CENTRAL.pack(b"PK\x01\x02", _MADE_BY, _VERSION, 0, e.method, time, date, e.crc,
                                         e.compressed, e.size, len(e.name), 0, 0, 0, 0, _MODE, e.offset) + e.name)
        size = self.out.tell() - self.base - start
        count = len(self.entries)
        self.out.write(_END.pack(b"PK\x05\x06", 0, 0, count, count, size, start, 0))
