"""Text that is not valid UTF-8 in the database (written by another tool): `check` names the
rows, and no export crashes on them (issue 12).

Reproduced first: one participant whose name holds a stray byte (\\xC3 with nothing after it,
as a Latin-1 editor leaves "Ã") made the roster, the Excel export, the sync export and the
audit CSV stop with "Could not decode to UTF-8 column", and `check` called the database healthy.
"""

from __future__ import annotations

import sqlite3
import zipfile

import pytest

from jamsostek_desktop.cli import main
from tests.conftest import copy_template


def _build_office() -> None:
    from jamsostek_desktop.services.participants import demo_data, profile
    from tests.conftest import PROFILE

    profile.save(dict(PROFILE))
    demo_data.generate(12, seed=6)


@pytest.fixture
def spoiled(tmp_path):
    """A kelurahan database where one name, one address and one audit value are not UTF-8."""
    db = copy_template("office-12", tmp_path / "kel.sqlite3", _build_office)
    conn = sqlite3.connect(db)
    try:
        uuid = conn.execute("SELECT uuid FROM participant ORDER BY id LIMIT 1 OFFSET 4").fetchone()[0]
        conn.execute("UPDATE participant SET nama = CAST(X'53C3206B6172746F' AS TEXT), "
                     "alamat = CAST(X'4A6C2EFF' AS TEXT) WHERE uuid = ?", (uuid,))
        conn.execute("UPDATE audit_entry SET new_value = CAST(X'C3' AS TEXT) WHERE id = 3")
        conn.commit()
    finally:
        conn.close()
    return db, uuid


def run(db, *args) -> int:
    return main(["--db", str(db), *args])


def test_check_names_the_rows_whose_text_is_not_utf8(spoiled, capsys):
    db, uuid = spoiled
    assert run(db, "check") == 1
    out = capsys.readouterr().out
    assert "BERMASALAH" in out
    assert f"peserta {uuid}" in out and "nama" in out and "alamat" in out
    assert "log audit 3" in out and "new_value" in out
    assert "UTF-8" in out


def test_exports_do_not_crash_on_them(spoiled, tmp_path, capsys):
    db, uuid = spoiled
    assert run(db, "roster", str(tmp_path / "daftar")) == 0
    assert run(db, "summary", str(tmp_path / "rekap")) == 0
    assert run(db, "export-xlsx", str(tmp_path / "semua")) == 0
    assert run(db, "export-xlsx", str(tmp_path / "bpjs"), "--template", "bpjs") == 0
    assert run(db, "audit", "export", str(tmp_path / "audit")) == 0
    assert run(db, "stats") == 0
    assert run(db, "export-sync", str(tmp_path / "kirim")) == 0
    with zipfile.ZipFile(tmp_path / "kirim.jamsync") as archive:
        payload = archive.read("payload.jsonl").decode("utf-8")
    assert "S\ufffd karto" in payload                # shown with a replacement mark, not dropped
    assert "Traceback" not in capsys.readouterr().err


def test_the_list_shows_them(spoiled):
    from jamsostek_desktop.services.participants import listing
    from jamsostek_desktop.services.startup import init_db

    db, uuid = spoiled
    init_db(db)
    ids = listing.ids(listing.ListQuery())
    names = [row.nama for row in listing.rows(list(ids)).values()]
    assert "S\ufffd karto" in names
