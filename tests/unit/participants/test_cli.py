"""The command line: init, demo-data, stats, catalogue; errors in Indonesian, nothing half-written."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from jamsostek_desktop.cli import main

INIT = ["init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
        "--kota", "Kota Metro", "--provinsi", "Lampung", "--lurah", "Budi Santoso",
        "--nip", "197501012000031001"]


def run(db, *args):
    return main(["--db", str(db), *args])


def test_init_demo_and_stats_json(db_path, capsys):
    assert run(db_path, *INIT) == 0
    assert "Yosodadi (18.72.01.1001) siap" in capsys.readouterr().out
    assert run(db_path, "demo-data", "--count", "250", "--seed", "5") == 0
    capsys.readouterr()
    assert run(db_path, "stats", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 250
    assert sum(data["by_category"].values()) == 250
    assert sum(data["by_status"].values()) == 250
    assert set(data["by_status"]) <= {"draft", "verified", "submitted", "active", "inactive", "rejected"}


def test_stats_on_an_empty_database(db_path, capsys):
    assert run(db_path, *INIT) == 0
    capsys.readouterr()
    assert run(db_path, "stats", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"total": 0, "by_category": {}, "by_status": {}, "by_sex": {}}


def test_invalid_profile_is_refused_in_indonesian_and_writes_nothing(db_path, capsys):
    assert run(db_path, "init", "--code", "18.72", "--name", "X", "--kota", "Kota Metro") == 2
    err = capsys.readouterr().err
    assert err.startswith("Galat: Profil belum lengkap") and "10 digit" in err
    assert not db_path.exists()     # the failed init left no database behind
    assert run(db_path, "profile") == 2
    assert "Basis data tidak ditemukan" in capsys.readouterr().err


def test_demo_data_needs_a_profile(empty_db, capsys):
    from jamsostek_desktop.services.startup import close_database

    close_database()
    assert run(empty_db, "demo-data", "--count", "5") == 2
    assert "Profil kelurahan belum diisi" in capsys.readouterr().err


def test_city_init(db_path, capsys):
    assert run(db_path, "init", "--city", "--code", "18.72", "--name", "Kota Metro") == 0
    assert "Kota Metro (18.72) siap" in capsys.readouterr().out


def test_category_add_and_list(db_path, capsys):
    run(db_path, *INIT)
    fields = json.dumps([{"key": "lokasi", "label": "Lokasi", "required": True}])
    assert run(db_path, "category", "add", "--code", "juru-parkir", "--name", "Juru Parkir",
               "--group", "Sosial & Kebencanaan", "--fields", fields) == 0
    assert run(db_path, "category", "add-field", "juru-parkir", "--key", "rompi", "--label", "Nomor rompi") == 0
    capsys.readouterr()
    assert run(db_path, "category", "list", "--json") == 0
    cats = {c["code"]: c for c in json.loads(capsys.readouterr().out)}
    assert [f["key"] for f in cats["juru-parkir"]["fields"]] == ["lokasi", "rompi"]


def test_env_variable_chooses_the_database(tmp_path, monkeypatch, capsys):
    target = tmp_path / "via-env.sqlite3"
    monkeypatch.setenv("JAMSOSTEK_DB", str(target))
    assert main(INIT) == 0
    assert target.exists()


def test_default_database_lives_in_the_data_folder(isolated_home, capsys):
    assert main(INIT) == 0
    assert (isolated_home / "jamsostek.sqlite3").exists()


@pytest.mark.parametrize("module", ["jamsostek_desktop.cli"])
def test_console_entry_point_runs(empty_db, module):
    db_path = empty_db
    result = subprocess.run([sys.executable, "-c", "from jamsostek_desktop.cli import main; raise SystemExit(main())",
                             "--db", str(db_path), "stats", "--json"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["total"] == 0


def test_init_with_a_bad_admin_password_saves_nothing(db_path, monkeypatch, capsys):
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "x")
    assert run(db_path, *INIT, "--admin", "admin") == 2
    assert "Kata sandi" in capsys.readouterr().err
    from jamsostek_desktop.services.accounts import users as accounts
    from jamsostek_desktop.services.participants import profile
    from jamsostek_desktop.services.startup import init_db

    init_db(db_path)
    assert profile.get() is None and not accounts.any_account()
