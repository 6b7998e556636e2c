"""The format-3 payload stream: chunks authenticated in order, nothing dropped, bounded inflation."""

from __future__ import annotations

import io
import os
import struct
import zlib

import pytest

from jamsostek_desktop.services.sync.format import crypto, stream


def _sealed(payload: bytes, public: bytes, piece: int = 100_000) -> bytes:
    out = io.BytesIO()
    writer = stream.SealedWriter(out, public)
    for start in range(0, len(payload), piece):
        writer.write(payload[start:start + piece])
    writer.close()
    assert writer.plain_size == len(payload)
    return out.getvalue()


def _read(data: bytes, secret: bytes, public: bytes, limit: int = 10**9) -> bytes:
    source = io.BytesIO(data)
    key = stream.stream_key(source, lambda recipient: secret if recipient == public else None, public)
    return b"".join(stream.inflated(stream.decrypted_chunks(source, key), limit))


@pytest.fixture(scope="module")
def keys():
    return crypto.new_box_keypair()


@pytest.fixture(scope="module")
def payload():
    # Incompressible enough to need several chunks: random hex lines.
    return b"".join(os.urandom(40).hex().encode() + b"\n" for _ in range(60_000))


def test_round_trip_over_several_chunks(keys, payload):
    secret, public = keys
    data = _sealed(payload, public)
    assert len(data) > 2 * stream.CHUNK          # really chunked
    assert _read(data, secret, public) == payload


def test_empty_payload_round_trips(keys):
    secret, public = keys
    assert _read(_sealed(b"", public), secret, public) == b""


def _chunk_offsets(data: bytes) -> list[tuple[int, int]]:
    at = len(stream.MAGIC) + stream.SEALED_KEY_BYTES + 24
    out = []
    while at < len(data):
        (size,) = struct.unpack(">I", data[at:at + 4])
        out.append((at, 4 + size))
        at += 4 + size
    return out


def test_a_dropped_last_chunk_is_refused(keys, payload):
    secret, public = keys
    data = _sealed(payload, public)
    last_at, _ = _chunk_offsets(data)[-1]
    with pytest.raises(stream.StreamError) as caught:
        _read(data[:last_at], secret, public)
    assert caught.value.reason == "tampered"


def test_swapped_chunks_are_refused(keys, payload):
    secret, public = keys
    data = _sealed(payload, public)
    (a, la), (b, lb) = _chunk_offsets(data)[:2]
    swapped = data[:a] + data[b:b + lb] + data[a:a + la] + data[b + lb:]
    with pytest.raises(stream.StreamError) as caught:
        _read(swapped, secret, public)
    assert caught.value.reason in ("tampered", "corrupt")


def test_a_changed_byte_is_refused(keys, payload):
    secret, public = keys
    data = bytearray(_sealed(payload, public))
    data[len(data) // 2] ^= 1
    with pytest.raises(stream.StreamError) as caught:
        _read(bytes(data), secret, public)
    assert caught.value.reason in ("tampered", "corrupt")


def test_bytes_after_the_final_chunk_are_refused(keys):
    secret, public = keys
    with pytest.raises(stream.StreamError) as caught:
        _read(_sealed(b"a\n", public) + b"x", secret, public)
    assert caught.value.reason == "tampered"


def test_without_the_secret_the_key_is_not_opened(keys, payload):
    _, public = keys
    other_secret, other_public = crypto.new_box_keypair()
    data = _sealed(b"a\n", public)
    with pytest.raises(stream.StreamError) as caught:
        stream.stream_key(io.BytesIO(data), lambda recipient: None, public)
    assert caught.value.reason == "wrong_key"
    with pytest.raises(stream.StreamError) as caught:
        stream.stream_key(io.BytesIO(data), lambda recipient: other_secret, public)
    assert caught.value.reason == "tampered"


def test_a_bomb_stops_at_the_budget(keys):
    secret, public = keys
    bomb = _sealed(b"\n" * (50 * 1024 * 1024), public)
    assert len(bomb) < 1_000_000
    with pytest.raises(stream.StreamError) as caught:
        _read(bomb, secret, public, limit=5 * 1024 * 1024)
    assert caught.value.reason == "too_large"


def test_line_batches_keep_lines_whole():
    lines = [f"line {i}".encode() * (i % 7 + 1) + b"\n" for i in range(5000)]
    text = b"".join(lines)
    pieces = [text[i:i + 333] for i in range(0, len(text), 333)]
    batches = list(stream.line_batches(iter(pieces), batch_bytes=4096))
    assert len(batches) > 5
    assert all(b.endswith(b"\n") for b in batches)
    assert b"".join(batches) == text


def test_raw_deflate_inflates_within_the_budget():
    compressor = zlib.compressobj(1, zlib.DEFLATED, -15)
    raw = compressor.compress(b"x" * 100_000) + compressor.flush()
    assert b"".join(stream.inflated(iter([raw[:10], raw[10:]]), 10**6, wbits=-15)) == b"x" * 100_000
    with pytest.raises(stream.StreamError):
        list(stream.inflated(iter([raw]), 1000, wbits=-15))


def test_the_payload_pipe_hands_back_errors_from_either_side():
    """chunked._produced: the writing thread's failure (disk full) stops the export; the
    producing side's failure is the one reported; pieces arrive whole and in order."""
    from jamsostek_desktop.services.sync.format import chunked

    got: list[bytes] = []
    assert chunked._produced(lambda write: [write(b"%d\n" % i) for i in range(500)] and {"n": 1}, got.append) == {"n": 1}
    assert got == [b"%d\n" % i for i in range(500)]

    def full_disk(piece: bytes) -> None:
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        chunked._produced(lambda write: [write(b"x") for _ in range(100)] and {}, full_disk)

    def broken(write):
        write(b"a")
        raise ValueError("the producer's own fault")

    with pytest.raises(ValueError):
        chunked._produced(broken, full_disk)
