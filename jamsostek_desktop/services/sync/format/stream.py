"""The payload of a format-3 sync file, written and read in bounded chunks.

PyNaCl's SealedBox is one-shot: the whole payload had to sit in memory, compressed and
then encrypted, on both sides. Format 3 seals only a random key and encrypts the
compressed payload as a libsodium secretstream (XChaCha20-Poly1305), chunk by chunk:

    MAGIC                     b"JSS3" (4 bytes)
    SealedBox(key)            80 bytes: the 32-byte stream key sealed to the city's X25519 key
    stream header             24 bytes (secretstream)
    chunk *                   4-byte big-endian length n, then n bytes of ciphertext;
                              each decrypts to at most CHUNK bytes of the zlib stream, the last
                              one (and only it) carries the FINAL tag

Every chunk is authenticated as it is read, in order (secretstream chains them), and a
stream without its FINAL chunk is refused: chunks cannot be dropped, reordered, cut short
or spliced from another file. The plain payload (format 3 unencrypted) is the lines in a
deflated ZIP entry, as before. Both are read in pieces of whole lines (`line_batches`),
inflated within a byte budget (`inflated`). Pure: no database, no Qt.

Deflate is ISA-L's (`isal`, the same RFC 1950/1951 streams as zlib): it compresses a
city's 105 MB of lines four times faster than zlib's fastest level, into a smaller file,
and inflates twice as fast. `codec=zlib` writes with the standard library, as before.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable, Iterator
from types import ModuleType
from typing import BinaryIO

from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_ABYTES as ABYTES,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_HEADERBYTES as HEADERBYTES,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_init_pull,
    crypto_secretstream_xchacha20poly1305_init_push,
    crypto_secretstream_xchacha20poly1305_keygen,
    crypto_secretstream_xchacha20poly1305_pull,
    crypto_secretstream_xchacha20poly1305_push,
    crypto_secretstream_xchacha20poly1305_state,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_TAG_FINAL as TAG_FINAL,
)
from nacl.bindings import (
    crypto_secretstream_xchacha20poly1305_TAG_MESSAGE as TAG_MESSAGE,
)
from nacl.exceptions import CryptoError

from jamsostek_desktop.services.sync.format import crypto, deflated

try:
    from isal import isal_zlib as fast_zlib
except ImportError:              # pragma: no cover (a platform without the wheel: slower, same bytes format)
    fast_zlib = zlib
DEFLATE_ERRORS = (zlib.error, fast_zlib.error)

MAGIC = b"JSS3"
SEALED_KEY_BYTES = 80          # 32-byte key + SealedBox's 48 bytes (ephemeral key and MAC)
CHUNK = 1024 * 1024            # plaintext bytes of the zlib stream per chunk
_LENGTH = struct.Struct(">I")


class StreamError(Exception):
    """A payload stream refused; `reason` is "wrong_key", "tampered", "corrupt" or "too_large"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(detail or reason)
        self.reason = reason


# --- writing -------------------------------------------------------------------

class SealedWriter:
    """Compress and encrypt payload lines into `out` as they come; `close()` writes the FINAL chunk.

    Memory stays at about two chunks whatever the payload's size.
    """

    def __init__(self, out: BinaryIO, public_key: bytes, level: int = 1, codec: ModuleType = fast_zlib) -> None:
        self._out = out
        key = crypto_secretstream_xchacha20poly1305_keygen()
        self._state = crypto_secretstream_xchacha20poly1305_state()
        header = crypto_secretstream_xchacha20poly1305_init_push(self._state, key)
        out.write(MAGIC + crypto.seal(public_key, key) + header)
        self._compressor = codec.compressobj(level)
        self._pending = bytearray()
        self.plain_size = 0
        self._adler: int | None = None          # set once pieces come deflated (write_deflated)

    def write(self, lines: bytes) -> None:
        if self._adler is not None:
            raise RuntimeError("plain lines after deflated pieces")
        self.plain_size += len(lines)
        self._pending += self._compressor.compress(lines)
        self._push_full()

    def write_deflated(self, piece: deflated.Deflated) -> None:
        """A piece deflated elsewhere (format/deflated.py): the zlib stream is then put together
        here, its header before the first piece and its Adler-32 after the last."""
        if self._adler is None:
            if self.plain_size:
                raise RuntimeError("deflated pieces after plain lines")
            self._adler = 1                     # the Adler-32 of nothing
            self._pending += deflated.ZLIB_HEADER
        self._adler = deflated.adler32_combine(self._adler, piece.adler32, piece.plain_size)
        self.plain_size += piece.plain_size
        self._pending += piece.data
        self._push_full()

    def _push_full(self) -> None:
        while len(self._pending) >= CHUNK:
            self._push(bytes(self._pending[:CHUNK]), TAG_MESSAGE)
            del self._pending[:CHUNK]

    def _push(self, piece: bytes, tag: int) -> None:
        box = crypto_secretstream_xchacha20poly1305_push(self._state, piece, None, tag)
        self._out.write(_LENGTH.pack(len(box)) + box)

    def close(self) -> None:
        if self._adler is None:
            self._pending += self._compressor.flush()
        else:
            self._pending += deflated.FINAL_BLOCK + struct.pack(">I", self._adler)
        while len(self._pending) > CHUNK:
            self._push(bytes(self._pending[:CHUNK]), TAG_MESSAGE)
            del self._pending[:CHUNK]
        self._push(bytes(self._pending), TAG_FINAL)
        self._pending.clear()


# --- reading -------------------------------------------------------------------

def _exactly(source: BinaryIO, size: int) -> bytes:
    data = source.read(size)
    if len(data) != size:
        raise StreamError("tampered", "stream cut short")
    return data


def stream_key(source: BinaryIO, secret_for: Callable[[bytes], bytes | None], recipient: bytes) -> bytes:
    """Read the stream's preamble and open its key: StreamError("wrong_key") without the secret."""
    if source.read(len(MAGIC)) != MAGIC:
        raise StreamError("corrupt", "not a format-3 sealed stream")
    sealed_key = _exactly(source, SEALED_KEY_BYTES)
    secret = secret_for(recipient)
    if secret is None:
        raise StreamError("wrong_key")
    key = crypto.unseal(secret, sealed_key)
    if key is None:
        raise StreamError("tampered", "the stream key does not open")
    return key


def decrypted_chunks(source: BinaryIO, key: bytes) -> Iterator[bytes]:
    """The stream's plaintext chunks (the zlib stream), each authenticated before it is yielded."""
    state = crypto_secretstream_xchacha20poly1305_state()
    crypto_secretstream_xchacha20poly1305_init_pull(state, _exactly(source, HEADERBYTES), key)
    while True:
        head = source.read(_LENGTH.size)
        if len(head) != _LENGTH.size:
            raise StreamError("tampered", "no final chunk")
        (size,) = _LENGTH.unpack(head)
        if not ABYTES <= size <= CHUNK + ABYTES:
            raise StreamError("corrupt", f"chunk of {size} bytes")
        try:
            piece, tag = crypto_secretstream_xchacha20poly1305_pull(state, _exactly(source, size), None)
        except CryptoError as exc:
            raise StreamError("tampered", "a chunk does not authenticate") from exc
        yield piece
        if tag == TAG_FINAL:
            if source.read(1):
                raise StreamError("tampered", "bytes after the final chunk")
            return


def authenticate(source: BinaryIO, key: bytes) -> int:
    """Check every chunk's tag to the FINAL one without inflating anything; returns the plaintext size.

    A payload the city merged before is proven intact this way (with its SHA-256), not parsed again."""
    return sum(len(piece) for piece in decrypted_chunks(source, key))


def inflated(pieces: Iterator[bytes], limit: int, wbits: int = zlib.MAX_WBITS) -> Iterator[bytes]:
    """Inflate a zlib stream given in pieces, never more than CHUNK out of one call nor `limit` in all.

    `wbits=-15` reads a raw deflate stream (a deflated ZIP entry's bytes)."""
    inflater = fast_zlib.decompressobj(wbits)
    produced = 0
    try:
        for pending in pieces:
            while pending:
                if inflater.eof:
                    raise StreamError("corrupt", "data after the end of the compressed stream")
                out = inflater.decompress(pending, CHUNK)
                pending = inflater.unconsumed_tail
                if inflater.unused_data:
                    raise StreamError("corrupt", "data after the end of the compressed stream")
                produced += len(out)
                if produced > limit:
                    raise StreamError("too_large", f"more than {limit} bytes")
                if out:
                    yield out
        tail = inflater.flush()
    except DEFLATE_ERRORS as exc:
        raise StreamError("corrupt", f"damaged compressed data ({exc})") from exc
    if produced + len(tail) > limit:
        raise StreamError("too_large", f"more than {limit} bytes")
    if tail:
        yield tail
    if not inflater.eof:
        raise StreamError("corrupt", "compressed stream cut short")


def line_batches(pieces: Iterator[bytes], batch_bytes: int = CHUNK) -> Iterator[bytes]:
    """Regroup pieces into runs of whole lines (each ends with a newline), about `batch_bytes` each.

    A last line without its newline is handed over as it is: the caller's count check sees it.
    One megabyte: a run's parsed values are about six times its text, so runs of 1 MB rather
    than 4 took 55 MB off a city-sized merge's peak and a little off its CPU time (issue 19).
    """
    carry = b""
    buffer: list[bytes] = []
    held = 0
    for piece in pieces:
        buffer.append(piece)
        held += len(piece)
        if held >= batch_bytes:
            joined = carry + b"".join(buffer)
            cut = joined.rfind(b"\n") + 1
            if cut:
                yield joined[:cut]
            carry, buffer, held = joined[cut:], [], 0
    rest = carry + b"".join(buffer)
    if rest:
        yield rest
