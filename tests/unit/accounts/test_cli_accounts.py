"""`jamsostek init --admin`, `user ...` commands."""

from __future__ import annotations

from jamsostek_desktop.cli import main
from jamsostek_desktop.services.accounts import users as accounts


def run(db, *args, capsys=None):
    code = main(["--db", str(db), *args])
    return code


def test_init_with_admin_then_manage_users(tmp_path, monkeypatch, capsys):
    db = tmp_path / "k.sqlite3"
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "admin-rahasia")
    assert run(db, "init", "--code", "18.72.01.1001", "--name", "Yosodadi", "--kecamatan", "Metro Timur",
               "--kota", "Kota Metro", "--admin", "admin") == 0
    assert accounts.list_users()[0].role == "admin"
    # A database with accounts is closed to commands without --user.
    monkeypatch.setenv("JAMSOSTEK_NEW_PASSWORD", "operator-rahasia")
    assert run(db, "user", "add", "budi") == 2
    assert "masuk" in capsys.readouterr().err.lower()
    assert run(db, "--user", "admin", "user", "add", "budi", "--full-name", "Budi") == 0
    assert run(db, "--user", "admin", "user", "list") == 0
    out = capsys.readouterr().out
    assert "budi" in out and "Operator" in out
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "salah-salah")
    for _ in range(5):
        assert run(db, "--user", "budi", "stats") == 2
    err = capsys.readouterr().err
    assert "terkunci" in err
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "admin-rahasia")
    assert run(db, "--user", "admin", "user", "status", "budi") == 0
    assert "terkunci sampai" in capsys.readouterr().out
    assert run(db, "--user", "admin", "user", "unlock", "budi") == 0
    monkeypatch.setenv("JAMSOSTEK_NEW_PASSWORD", "budi-baru-123")
    assert run(db, "--user", "admin", "user", "reset-password", "budi") == 0
    assert run(db, "--user", "admin", "user", "set", "budi", "--role", "verifikator") == 0
    monkeypatch.setenv("JAMSOSTEK_PASSWORD", "budi-baru-123")
    assert run(db, "--user", "budi", "stats") == 0


def test_database_without_accounts_is_open_to_the_cli(kelurahan_db, capsys):
    assert run(kelurahan_db, "backup") == 0
    assert "Cadangan dibuat" in capsys.readouterr().out
