"""A file the city merged before is proven intact, not parsed again (issue 19, re-import under 0.5 s).

Its manifest, signature and trust are checked as for any file; then the payload's SHA-256
against the signed manifest and, for a sealed payload, every chunk's tag to the final one
(format/stream.py `authenticate`); its records are never inflated or parsed, and nothing is written.
"""

from __future__ import annotations

import pytest

from jamsostek_desktop.services.participants import demo_data
from jamsostek_desktop.services.sync import export, importing
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.services.sync.format import chunked, container, sections, stream


def _merged_file(offices, tmp_path, sealed: bool):
    if sealed:
        offices.use("city")
        public, _ = sync_keys.generate_city_keys(tmp_path / "metro")
    offices.use("yosodadi")
    if sealed:
        sync_keys.import_city_public_key(public)
    demo_data.generate(40, seed=11)
    sent = export.export(tmp_path / "kirim.jamsync", full=True)
    assert sent.encrypted is sealed
    offices.use("city")
    assert importing.import_files([sent.path]).files[0].outcome == "merged"
    return sent.path


@pytest.mark.parametrize("sealed", [True, False], ids=["sealed", "plain"])
def test_a_file_merged_before_is_proven_intact_without_being_parsed(offices, tmp_path, monkeypatch, sealed):
    path = _merged_file(offices, tmp_path, sealed)
    authenticated, real = [], stream.authenticate
    monkeypatch.setattr(stream, "authenticate", lambda source, key: authenticated.append(real(source, key)))

    def parsed(*args):
        raise AssertionError("a payload merged before was parsed again")

    monkeypatch.setattr(sections.Parser, "feed", parsed)
    if sealed:
        monkeypatch.setattr(stream, "inflated", parsed)         # not even inflated
    before = offices.digest("city")
    offices.use("city")
    report = importing.import_files([path])
    assert report.files[0].outcome == "already" and report.files[0].unchanged == 40, report.lines()
    assert len(authenticated) == (1 if sealed else 0)
    assert not sealed or authenticated[0] > 0           # the whole stream's plaintext, tag by tag
    assert offices.digest("city") == before


@pytest.mark.parametrize("sealed", [True, False], ids=["sealed", "plain"])
def test_a_changed_copy_of_a_merged_file_is_refused(offices, tmp_path, sealed):
    """Same installation and sequence, but one byte of the payload changed: not the payload merged."""
    path = _merged_file(offices, tmp_path, sealed)
    data = bytearray(path.read_bytes())
    opened = container.read_manifest(bytes(data))
    info = opened.infos[opened.manifest["payload"]["name"]]
    start = info.header_offset + 30 + len(info.filename)
    data[start + info.compress_size // 2] ^= 0x20
    changed = tmp_path / "changed.jamsync"
    changed.write_bytes(bytes(data))
    before = offices.digest("city")
    offices.use("city")
    report = importing.import_files([changed])
    assert report.refused and report.files[0].reason in (container.TAMPERED, container.CORRUPT), report.lines()
    assert offices.digest("city") == before
    assert chunked.VERSION == 3
