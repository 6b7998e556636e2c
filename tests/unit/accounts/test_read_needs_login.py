"""Read commands that show personal data need a login once the database has accounts (issue 12).

Reproduced first: without `--user`, `stats`, `profile`, `user list`, `user status`, the
roster, the Excel export and `import-xlsx --dry-run` (which names the person a NIK already
belongs to) all answered anyone at the keyboard.
"""

from __future__ import annotations

import pytest

from jamsostek_desktop.cli import main
from tests.conftest import PASSWORDS


@pytest.fixture
def office(staffed_db, tmp_path):
    """Yosodadi with staff and one enrolled person; a sheet that repeats that person's NIK."""
    from jamsostek_desktop.services.accounts import session
    from jamsostek_desktop.services.participants import enrolment
    from jamsostek_desktop.services.startup import close_database
    from tests.unit.excel.conftest import HEADER, SLAMET, person_row, write_book

    session.set_actor(session.Actor("admin", "admin"))
    import datetime as dt

    enrolment.enrol({"nik": SLAMET, "nama": "Slamet Riyadi", "tempat_lahir": "Metro",
                     "tanggal_lahir": dt.date(1975, 8, 12), "jenis_kelamin": "L", "alamat": "Jl. Kenanga",
                     "rt": 3, "rw": 2, "fields": {"nomor_rt": 3, "nomor_rw": 2}}, "ketua-rt")
    session.set_actor(None)
    close_database()
    sheet = write_book(tmp_path / "ulang.xlsx", {"Ketua RT": [HEADER, person_row(1, SLAMET, nama="Slamet R.")]})
    return staffed_db, sheet


def commands(tmp_path, sheet):
    return {
        "stats": ["stats"],
        "stats --json": ["stats", "--json"],
        "profile": ["profile"],
        "user list": ["user", "list"],
        "user status": ["user", "status", "budi"],
        "import-xlsx --dry-run": ["import-xlsx", str(sheet), "--dry-run"],
        "roster": ["roster", str(tmp_path / "daftar"), "--peserta", "semua"],      # the draft one too
        "export-xlsx": ["export-xlsx", str(tmp_path / "data")],
        "audit list": ["audit", "list"],
        # issue 14 and 20's read commands, declared the same way
        "term list": ["term", "list", "--days", "3650"],
        "post list": ["post", "list"],
        "post history": ["post", "history", "1"],
        "coverage --json": ["coverage", "--json"],
        "event list": ["event", "list"],
        "claim letter": ["claim", "letter", "1", str(tmp_path / "surat")],
        "residents list": ["residents", "list"],
        "residents import --dry-run": ["residents", "import", str(sheet), "--dry-run"],
    }


CASES = ["stats", "stats --json", "profile", "user list", "user status", "import-xlsx --dry-run", "roster",
         "export-xlsx", "audit list", "term list", "post list", "post history", "coverage --json", "event list",
         "claim letter", "residents list", "residents import --dry-run"]


@pytest.mark.parametrize("case", CASES)
def test_without_a_login_nothing_personal_is_shown(office, tmp_path, case, capsys):
    db, sheet = office
    code = main(["--db", str(db), *commands(tmp_path, sheet)[case]])
    out, err = capsys.readouterr()
    assert code == 2
    assert "masuk" in err.lower() and "--user" in err
    for secret in ("Slamet", "budi", "Budi Santoso", "197501012000031001", "Jumlah peserta"):
        assert secret not in out
    assert not (tmp_path / "daftar.pdf").exists() and not (tmp_path / "data.xlsx").exists()


@pytest.mark.parametrize("case", ["stats", "user list", "import-xlsx --dry-run", "roster", "post list",
                                  "coverage --json"])
def test_with_a_login_they_work(office, tmp_path, case, capsys, monkeypatch):
    db, sheet = office
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", PASSWORDS["admin"])
    code = main(["--db", str(db), "--user", "admin", *commands(tmp_path, sheet)[case]])
    out, err = capsys.readouterr()
    assert code in (0, 1), err                 # 1: the dry run found the NIK taken, as it should
    if case in ("import-xlsx --dry-run", "post list"):
        assert "Slamet Riyadi" in out          # the person is named to someone logged in


def test_without_accounts_the_commands_stay_open(kelurahan_db, capsys):
    from jamsostek_desktop.services.startup import close_database

    close_database()
    assert main(["--db", str(kelurahan_db), "stats"]) == 0
    assert "Jumlah peserta" in capsys.readouterr().out
