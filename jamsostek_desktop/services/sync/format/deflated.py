"""Payload pieces deflated apart, joined into one stream (a full export read by several processes).

Deflate streams can be cut into independent pieces the way pigz does: each piece is
compressed by a fresh compressor (no back-reference into another piece) and ends with a
sync flush (non-final blocks, byte-aligned), so pieces written one after the other in any
order, then one empty final block, inflate to the pieces' bytes in that order. What the
container checks over the whole payload is combined from each piece's own check: CRC-32
for the deflated ZIP entry (ISA-L's crc32_combine), Adler-32 for the zlib stream a sealed
file encrypts (`adler32_combine`, zlib's formula). The format is unchanged: any inflater,
the standard library's included, reads the result (tests/unit/sync/test_deflated.py).
Pure: no database, no Qt.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass

try:
    from isal import isal_zlib as fast_zlib
except ImportError:              # pragma: no cover (stream.py reads and writes without it, slower)
    fast_zlib = zlib

FINAL_BLOCK = b"\x03\x00"         # an empty fixed-Huffman block with BFINAL set: the stream's end
ZLIB_HEADER = b"\x78\x01"         # deflate, 32 KB window, fastest level: what zlib writes at level 1
_BASE = 65521                     # Adler-32's modulus

# Pieces need ISA-L's CRC-32 combination; without the wheel a full export is read on one
# connection, as on a one-core PC.
AVAILABLE = hasattr(fast_zlib, "crc32_combine")
_adler32 = getattr(fast_zlib, "adler32", zlib.adler32)      # ISA-L's: three times zlib's speed


@dataclass(frozen=True)
class Deflated:
    """`data` inflates (raw deflate, non-final blocks) to `plain_size` bytes with these checks;
    `plain` is those bytes themselves when the writer must hash them (an unsealed file)."""

    data: bytes
    plain_size: int
    crc32: int
    adler32: int
    plain: bytes | None = None


def piece(plain: bytes, level: int = 1, keep_plain: bool = False) -> Deflated:
    compressor = fast_zlib.compressobj(level, fast_zlib.DEFLATED, -15)
    data = compressor.compress(plain) + compressor.flush(fast_zlib.Z_SYNC_FLUSH)
    return Deflated(data, len(plain), fast_zlib.crc32(plain), _adler32(plain), plain if keep_plain else None)


def crc32_combine(crc1: int, crc2: int, length2: int) -> int:
    return fast_zlib.crc32_combine(crc1, crc2, length2)


def adler32_combine(adler1: int, adler2: int, length2: int) -> int:
    """The Adler-32 of A+B from those of A and B and B's length (zlib's adler32_combine)."""
    remainder = length2 % _BASE
    sum1 = adler1 & 0xFFFF
    sum2 = (remainder * sum1) % _BASE
    sum1 += (adler2 & 0xFFFF) + _BASE - 1
    sum2 += ((adler1 >> 16) & 0xFFFF) + ((adler2 >> 16) & 0xFFFF) + _BASE - remainder
    sum1 %= _BASE
    sum2 %= _BASE
    return sum1 | (sum2 << 16)
