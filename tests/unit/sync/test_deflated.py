"""Pieces deflated apart and joined (format/deflated.py): any inflater reads them as one stream,
the ZIP entry's CRC-32 and the sealed stream's Adler-32 hold, and plain and deflated writes
are never mixed in one payload."""

from __future__ import annotations

import io
import os
import random
import zipfile
import zlib

import pytest

from jamsostek_desktop.services.sync.format import crypto, deflated, stream, zipout


def _parts() -> list[bytes]:
    rng = random.Random(7)
    lines = [b'["%d","Peserta \xc3\xa9 %d","%s"]\n' % (n, n * 7, os.urandom(rng.randrange(0, 40)).hex().encode())
             for n in range(30_000)]
    cuts = sorted(rng.sample(range(1, len(lines)), 9))
    return [b"".join(lines[a:b]) for a, b in zip([0, *cuts], [*cuts, len(lines)], strict=True)] + [b""]


def test_adler32_and_crc32_combine_as_zlib_counts_the_whole():
    rng = random.Random(3)
    for _ in range(200):
        a, b = os.urandom(rng.randrange(0, 70_000)), os.urandom(rng.randrange(0, 70_000))
        assert deflated.adler32_combine(zlib.adler32(a), zlib.adler32(b), len(b)) == zlib.adler32(a + b)
        assert deflated.crc32_combine(zlib.crc32(a), zlib.crc32(b), len(b)) == zlib.crc32(a + b)


def test_pieces_joined_inflate_with_the_standard_library():
    parts = _parts()
    raw = b"".join(deflated.piece(part).data for part in parts) + deflated.FINAL_BLOCK
    assert zlib.decompress(raw, -15) == b"".join(parts)


def test_a_zip_entry_of_pieces_is_what_zipfile_checks_and_reads():
    parts = _parts()
    out = io.BytesIO()
    archive = zipout.ZipOut(out)
    with archive.entry("payload.jsonl", "2026-11-24T08:41:37Z", zipout.DEFLATED) as entry:
        for part in parts:
            entry.write_deflated(deflated.piece(part))
    archive.close()
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as zipped:
        assert zipped.testzip() is None                 # the combined CRC-32 holds
        assert zipped.read("payload.jsonl") == b"".join(parts)
        assert zipped.getinfo("payload.jsonl").file_size == sum(map(len, parts))


def test_a_zip_entry_takes_plain_data_or_pieces_never_both():
    archive = zipout.ZipOut(io.BytesIO())
    entry = archive.entry("payload.jsonl", "2026-11-24T08:41:37Z", zipout.DEFLATED)
    entry.write(b"plain\n")
    with pytest.raises(RuntimeError):
        entry.write_deflated(deflated.piece(b"piece\n"))
    other = archive.entry("other.jsonl", "2026-11-24T08:41:37Z", zipout.DEFLATED)
    other.write_deflated(deflated.piece(b"piece\n"))
    with pytest.raises(RuntimeError):
        other.write(b"plain\n")


def test_a_sealed_stream_of_pieces_opens_and_inflates_to_the_lines():
    secret, public = crypto.new_box_keypair()
    parts = _parts()
    out = io.BytesIO()
    writer = stream.SealedWriter(out, public)
    for part in parts:
        writer.write_deflated(deflated.piece(part))
    writer.close()
    assert writer.plain_size == sum(map(len, parts))
    source = io.BytesIO(out.getvalue())
    key = stream.stream_key(source, lambda recipient: secret, public)
    pieces = list(stream.decrypted_chunks(source, key))
    assert zlib.decompress(b"".join(pieces)) == b"".join(parts)     # header and Adler-32 checked by zlib
    assert b"".join(stream.inflated(iter(pieces), 10**9)) == b"".join(parts)


def test_a_sealed_stream_takes_plain_lines_or_pieces_never_both():
    _, public = crypto.new_box_keypair()
    writer = stream.SealedWriter(io.BytesIO(), public)
    writer.write(b"plain\n")
    with pytest.raises(RuntimeError):
        writer.write_deflated(deflated.piece(b"piece\n"))
    other = stream.SealedWriter(io.BytesIO(), public)
    other.write_deflated(deflated.piece(b"piece\n"))
    with pytest.raises(RuntimeError):
        other.write(b"plain\n")
