"""Copies made before a restore or an upgrade are never thinned away."""

from __future__ import annotations

import datetime as dt

from jamsostek_desktop.services.backup import copies as backup


def test_rotation_keeps_tagged_safety_copies(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    names = ["data-20261101-090000-sebelum-pembaruan.sqlite3", "data-20261110-100000-sebelum-pulihkan.sqlite3",
             "data-20261110-180000.sqlite3", "data-20261110-190000.sqlite3"]
    for name in names:
        (folder / name).write_bytes(b"x")
    deleted = backup.thin_backups(tmp_path / "data.sqlite3", folder, now=dt.datetime(2026, 11, 12, 12, 0))
    assert [p.name for p in deleted] == ["data-20261110-180000.sqlite3"]
    assert {p.name for p in folder.iterdir()} == set(names) - {"data-20261110-180000.sqlite3"}
