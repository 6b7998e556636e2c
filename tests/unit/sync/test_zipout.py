"""The container's own ZIP writer (format/zipout.py): what it writes any ZIP reader opens, checks and inflates."""

from __future__ import annotations

import io
import os
import zipfile
import zlib

import pytest

from jamsostek_desktop import archives
from jamsostek_desktop.services.sync.format import stream, zipout


def _archive(codec, prefix: bytes = b"") -> tuple[bytes, bytes]:
    lines = b"".join(b'["%d","Peserta \xc3\xa9 %d"]\n' % (n, n * 7) for n in range(20_000)) + os.urandom(3000)
    out = io.BytesIO()
    out.write(prefix)
    archive = zipout.ZipOut(out)
    with archive.entry("payload.jsonl", "2026-11-23T08:41:37Z", zipout.DEFLATED, codec=codec) as entry:
        for start in range(0, len(lines), 65_536):           # written in pieces, as the export writes
            entry.write(lines[start:start + 65_536])
    archive.add("manifest.json", "2026-11-23T08:41:37Z", b'{"a": 1}' * 100, zipout.DEFLATED)
    archive.add("manifest.sig", "2026-11-23T08:41:37Z", b"c2lnbmF0dXJl", zipout.STORED)
    archive.close()
    return out.getvalue()[len(prefix):], lines


@pytest.mark.parametrize("codec", [stream.fast_zlib, zlib], ids=["isal", "zlib"])
def test_zipfile_reads_checks_and_inflates_every_entry(codec):
    data, lines = _archive(codec)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None                                  # every CRC-32 holds
        assert archive.namelist() == ["payload.jsonl", "manifest.json", "manifest.sig"]
        assert archive.read("payload.jsonl") == lines
        assert archive.read("manifest.sig") == b"c2lnbmF0dXJl"
        info = archive.getinfo("payload.jsonl")
        assert info.date_time == (2026, 11, 23, 8, 41, 36)               # MS-DOS time: even seconds
        assert info.compress_type == zipfile.ZIP_DEFLATED and info.external_attr >> 16 == 0o644
        assert info.compress_size < len(lines) // 2
        assert archive.getinfo("manifest.sig").compress_type == zipfile.ZIP_STORED
    # The bounded reader the program uses for every archive from outside reads it too.
    assert archives.scan(data, 10 * len(lines)) == len(lines) + 800 + 12
    opened = archives.open_archive(data)
    assert archives.read(data, opened.getinfo("payload.jsonl"), len(lines)) == lines
    with pytest.raises(archives.ArchiveError):
        archives.read(data, opened.getinfo("payload.jsonl"), len(lines) - 1)


def test_an_archive_after_other_bytes_counts_its_offsets_from_its_own_start():
    data, lines = _archive(stream.fast_zlib, prefix=b"x" * 1000)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.read("payload.jsonl") == lines


def test_an_unfinished_entry_is_not_listed():
    out = io.BytesIO()
    archive = zipout.ZipOut(out)
    with pytest.raises(RuntimeError), archive.entry("payload.jsonl", "2026-11-23T08:41:37Z", zipout.DEFLATED) as entry:
        entry.write(b"[1]\n")
        raise RuntimeError("the producer failed")
    assert archive.entries == []
