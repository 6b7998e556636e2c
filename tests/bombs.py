"""Decompression bombs for the tests: small ZIP entries that inflate enormously, built quickly.

`deflated(pattern, size)` deflates `size` bytes of a repeated pattern (one block compressed,
its bytes repeated), so a 200 MB entry is made in a fraction of a second. `zip_with` writes an
archive with such entries, header sizes honest or not.
"""

from __future__ import annotations

import io
import zipfile
import zlib

BLOCK = 1024 * 1024


def deflated(pattern: bytes, size: int, prefix: bytes = b"", suffix: bytes = b"") -> tuple[bytes, int]:
    """(raw deflate stream, crc32) of `prefix`, `pattern` repeated to `size` bytes, `suffix`.

    After a full flush zlib starts afresh, so one block compressed that way gives the same
    bytes every time: the stream is those bytes repeated, made in milliseconds.
    """
    block = pattern * (BLOCK // len(pattern))
    whole, rest = divmod(size, len(block))
    tail = pattern * (rest // len(pattern))
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    parts = [packer.compress(prefix) + packer.flush(zlib.Z_FULL_FLUSH)]
    again = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH) == again
    parts += [again] * whole
    parts.append(packer.compress(tail + suffix) + packer.flush())
    crc = zlib.crc32(prefix)
    for _ in range(whole):
        crc = zlib.crc32(block, crc)
    return b"".join(parts), zlib.crc32(tail + suffix, crc)


def inflated_size(pattern: bytes, size: int, prefix: bytes = b"", suffix: bytes = b"") -> int:
    """How many bytes deflated(...) stands for."""
    block = pattern * (BLOCK // len(pattern))
    whole, rest = divmod(size, len(block))
    return len(prefix) + whole * len(block) + (rest // len(pattern)) * len(pattern) + len(suffix)


def zip_with(entries: dict[str, bytes | tuple], declared: dict[str, int] | None = None) -> bytes:
    """A ZIP whose entries are plain bytes (deflated here) or bombs: the arguments of deflated().

    `declared` overrides the size an entry's headers state (a lying sender).
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in entries.items():
            if isinstance(content, bytes):
                archive.writestr(name, content, compress_type=zipfile.ZIP_DEFLATED)
                continue
            raw, crc = deflated(*content)
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 23, 8, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            # zipfile would deflate again; write the ready stream by hand-stating the sizes.
            info.CRC, info.compress_size = crc, len(raw)
            info.file_size = (declared or {}).get(name, inflated_size(*content))
            # zipfile would deflate the stream again: write the entry by hand, where it would.
            info.header_offset = archive.start_dir
            archive.fp.seek(archive.start_dir)
            archive.fp.write(info.FileHeader())
            archive.fp.write(raw)
            archive.start_dir = archive.fp.tell()
            archive.filelist.append(info)
            archive.NameToInfo[name] = info
            archive._didModify = True
    return buffer.getvalue()
