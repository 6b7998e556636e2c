"""Refused files through the command line: a clear message, exit code 2, the city database unchanged."""

from __future__ import annotations

import io
import json
import zipfile

import pytest

from jamsostek_desktop.cli import main as cli
from jamsostek_desktop.db.sync_models import SyncPeer
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync import keys as sync_keys
from jamsostek_desktop.services.sync.format import crypto

from .conftest import nik, person
from .helpers import pack_v3, read_v3


@pytest.fixture
def exported(offices, tmp_path):
    """Yosodadi's first file, already merged once at the city, and a second one not yet merged."""
    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    first = sync_export.export(tmp_path / "one.jamsync")
    offices.use("city")
    sync_import.import_files([first.path])
    offices.use("yosodadi")
    enrolment.enrol(person(nik(2), "Orang Dua"), "ketua-rt", accept_warnings=True)
    second = sync_export.export(tmp_path / "two.jamsync")
    return second.path


def run_import(offices, path, capsys) -> tuple[int, str]:
    before = offices.digest("city")
    code = cli(["--db", str(offices.paths["city"]), "import-sync", str(path)])
    err = capsys.readouterr().err
    assert offices.digest("city") == before, "a refused file changed the database"
    return code, err


def rewrite(path, tmp_path, change) -> str:
    src = zipfile.ZipFile(io.BytesIO(path.read_bytes()))
    out = tmp_path / "changed.jamsync"
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, change(info.filename, src.read(info.filename)), compress_type=info.compress_type)
    return out


def test_truncated(offices, exported, tmp_path, capsys):
    cut = tmp_path / "cut.jamsync"
    cut.write_bytes(exported.read_bytes()[:-200])
    code, err = run_import(offices, cut, capsys)
    assert code == 2 and "rusak" in err


def test_flipped_payload_byte(offices, exported, tmp_path, capsys):
    data = bytearray(exported.read_bytes())
    at = data.index(b"payload.jsonl") + 60
    data[at] ^= 0x20
    flipped = tmp_path / "flipped.jamsync"
    flipped.write_bytes(bytes(data))
    code, err = run_import(offices, flipped, capsys)
    assert code == 2 and ("rusak" in err or "diubah" in err)


def test_changed_manifest(offices, exported, tmp_path, capsys):
    changed = rewrite(exported, tmp_path, lambda n, b: b.replace(b'"live": 2', b'"live": 3')
                      if n == "manifest.json" else b)
    code, err = run_import(offices, changed, capsys)
    assert code == 2 and "Tanda tangan" in err


def test_wrong_signature(offices, exported, tmp_path, capsys):
    impostor = crypto.new_signing_seed()
    changed = rewrite(exported, tmp_path, lambda n, b: crypto.b64(crypto.sign(impostor, b"x")).encode()
                      if n == "manifest.sig" else b)
    code, err = run_import(offices, changed, capsys)
    assert code == 2 and "Tanda tangan" in err


def test_unknown_format_version(offices, exported, tmp_path, capsys):
    def newer(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["format_version"] = 7
        return json.dumps(manifest).encode()
    code, err = run_import(offices, rewrite(exported, tmp_path, newer), capsys)
    assert code == 2 and "versi 7" in err and "Perbarui" in err


def test_decompression_bomb(offices, exported, tmp_path, capsys):
    bomb = rewrite(exported, tmp_path, lambda n, b: b"{}\n" * (2 * 1024 * 1024) if n == "payload.jsonl" else b)
    code, err = run_import(offices, bomb, capsys)
    assert code == 2 and "jebakan" in err


def test_file_for_another_city(offices, tmp_path, capsys):
    offices.create("other_city")
    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    result = sync_export.export(tmp_path / "one.jamsync")
    before = offices.digest("other_city")
    code = cli(["--db", str(offices.paths["other_city"]), "import-sync", str(result.path)])
    assert code == 2 and "bukan dari wilayah kota ini" in capsys.readouterr().err
    assert offices.digest("other_city") == before


def test_new_key_for_a_known_installation_needs_an_administrator(offices, exported, tmp_path, capsys):
    # The kelurahan's key file is replaced (a stolen database signing with a new key).
    offices.use("yosodadi")
    installation_id, _ = sync_keys.installation()
    key_path = sync_keys.paths.keys_dir() / f"installation-{installation_id}.key"
    key_path.unlink()
    sync_keys.write_private(key_path, {"type": sync_keys.INSTALLATION_TYPE, "installation_id": installation_id,
                                       "secret_key": crypto.b64(crypto.new_signing_seed())})
    resigned = sync_export.export(tmp_path / "resigned.jamsync", resend=2)
    code, err = run_import(offices, resigned.path, capsys)
    assert code == 2 and "kunci yang berbeda" in err and "sync-accept-key" in err

    city = str(offices.paths["city"])
    assert cli(["--db", city, "sync-accept-key", str(resigned.path), "--sidik", "0000 0000 0000 0000 0000"]) == 2
    assert "TIDAK diterima" in capsys.readouterr().err
    assert cli(["--db", city, "sync-accept-key", str(resigned.path), "--sidik", resigned.fingerprint.lower()]) == 0
    assert "diterima" in capsys.readouterr().out
    assert cli(["--db", str(offices.paths["city"]), "import-sync", str(resigned.path)]) == 0
    offices.use("city")
    assert SyncPeer.select().count() == 2          # both kelurahan of the fixture, one key each


def test_new_installation_for_a_known_kelurahan_is_refused(offices, exported, tmp_path, capsys):
    from jamsostek_desktop.db.models import Setting

    offices.use("yosodadi")
    Setting.delete().where(Setting.key == sync_keys.INSTALLATION_SETTING).execute()
    fresh = sync_export.export(tmp_path / "fresh.jamsync")
    assert fresh.sequence == 1 and fresh.full
    code, err = run_import(offices, fresh.path, capsys)
    assert code == 2 and "dari komputer lain" in err and fresh.fingerprint in err


def test_invalid_record_refuses_the_whole_file(offices, exported, tmp_path, capsys):
    # Sign a payload with a bad record with the kelurahan's own key: a bug, not an attack.
    offices.use("yosodadi")
    _, seed = sync_keys.installation()
    manifest, sections = read_v3(exported)
    sections["participant"][0]["jenis_kelamin"] = "X"
    data = pack_v3(manifest, sections, seed)
    bad = tmp_path / "bad.jamsync"
    bad.write_bytes(data)
    code, err = run_import(offices, bad, capsys)
    assert code == 2 and "tidak valid" in err


def test_cli_export_and_import_report(offices, tmp_path, capsys):
    offices.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    out = tmp_path / "cli.jamsync"
    assert cli(["--db", str(offices.paths["yosodadi"]), "export-sync", str(out)]) == 0
    captured = capsys.readouterr()
    assert "Berkas nomor 1 ditulis" in captured.out and "PERINGATAN" in captured.err
    assert cli(["--db", str(offices.paths["yosodadi"]), "export-sync", str(out)]) == 0
    assert "Tidak ada perubahan" in capsys.readouterr().out
    assert cli(["--db", str(offices.paths["city"]), "import-sync", "--dry-run", str(out)]) == 0
    assert "UJI COBA" in capsys.readouterr().out
    assert cli(["--db", str(offices.paths["city"]), "import-sync", str(out)]) == 0
    text = capsys.readouterr().out
    assert "Digabung — Yosodadi (18.72.01.1001)" in text and "baru 1" in text and "(cocok)" in text
    assert cli(["--db", str(offices.paths["city"]), "sync-issues"]) == 0
    assert "Tidak ada konflik" in capsys.readouterr().out
