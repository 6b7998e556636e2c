"""The city trusts an installation only after a person typed its key's fingerprint (issue 12).

Reproduced first: anyone holding the city's public key (it is handed to every kelurahan)
could generate a key, write a signed file claiming to be a kelurahan that had not sent
yet, and the city merged it and from then on trusted that impostor's key for the
kelurahan. Now a file from an installation nobody accepted is refused before its payload
is read, and the key is accepted only with the fingerprint from the kelurahan's cover letter.
"""

from __future__ import annotations

import pytest

from jamsostek_desktop.cli import main as cli
from jamsostek_desktop.db.sync_models import SyncPeer
from jamsostek_desktop.errors import ValidationError
from jamsostek_desktop.services.participants import enrolment
from jamsostek_desktop.services.sync import export as sync_export
from jamsostek_desktop.services.sync import importing as sync_import
from jamsostek_desktop.services.sync import trust
from jamsostek_desktop.services.sync.format import crypto

from .conftest import KELURAHAN, Offices, nik, person
from .helpers import build, record


@pytest.fixture
def strangers(tmp_path) -> Offices:
    """Yosodadi and the city, which has not accepted any installation yet."""
    o = Offices(tmp_path / "db")
    o.folder.mkdir()
    for name in ("yosodadi", "city"):
        o.create(name)
    return o


@pytest.fixture
def first_file(strangers, tmp_path):
    strangers.use("yosodadi")
    enrolment.enrol(person(nik(1), "Orang Satu"), "ketua-rt", accept_warnings=True)
    return sync_export.export(tmp_path / "pertama.jamsync")


def test_a_file_from_an_unknown_installation_is_not_merged(strangers, first_file):
    before = strangers.digest("city")
    strangers.use("city")
    report = sync_import.import_files([first_file.path])
    [refused] = report.refused
    assert refused.reason == trust.UNTRUSTED
    assert first_file.fingerprint in refused.message and "surat pengantar" in refused.message
    assert strangers.digest("city") == before


def test_an_unknown_installation_s_tenure_lines_are_never_unpacked(strangers, first_file, monkeypatch):
    """Format 2 carries posts and terms in the same payload: refused on the manifest alone too."""
    import json
    import zipfile

    from jamsostek_desktop.services.sync.format import container

    with zipfile.ZipFile(first_file.path) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["tenure"]["post"] == 1 and manifest["tenure"]["term"] == 1     # the enrolment's term

    def never(*args, **kwargs):
        raise AssertionError("the payload of an untrusted file was unpacked")

    monkeypatch.setattr(container, "unpack", never)
    monkeypatch.setattr(container, "stored_payload", never)
    strangers.use("city")
    [refused] = sync_import.import_files([first_file.path]).refused
    assert refused.reason == trust.UNTRUSTED


def test_an_impostor_with_the_city_key_cannot_register_as_a_kelurahan(strangers, tmp_path):
    # The attacker signs with a key of their own, claiming to be Hadimulyo Barat.
    impostor = crypto.new_signing_seed()
    data = build([record(1)], impostor, kelurahan={"code": KELURAHAN["hadimulyo"]["region_code"],
                                                   "name": "Hadimulyo Barat", "kecamatan": "Metro Pusat",
                                                   "kota": "Kota Metro"})
    fake = tmp_path / "palsu.jamsync"
    fake.write_bytes(data)
    before = strangers.digest("city")
    strangers.use("city")
    report = sync_import.import_files([fake])
    assert [f.reason for f in report.refused] == [trust.UNTRUSTED]
    assert SyncPeer.select().count() == 0
    # The city asks Hadimulyo for its letter: the fingerprint on it is not the impostor's.
    strangers.create("hadimulyo")
    from jamsostek_desktop.services.sync import keys

    _, real = keys.own_fingerprint()
    strangers.use("city")
    with pytest.raises(ValidationError) as refused:
        trust.accept_key(fake, real)
    assert "TIDAK diterima" in refused.value.message
    assert SyncPeer.select().count() == 0
    assert strangers.digest("city") == before


def test_the_right_fingerprint_lets_the_file_in(strangers, first_file):
    strangers.use("city")
    request = trust.request(first_file.path)
    assert (request.kelurahan_name, request.kelurahan_code, request.trusted) == ("Yosodadi", "18.72.01.1001", False)
    with pytest.raises(ValidationError):
        trust.accept_key(first_file.path, "3F2A")                      # not the whole fingerprint
    typed = first_file.fingerprint.replace(" ", "-").lower()           # as a person may type it
    name, fingerprint = trust.accept_key(first_file.path, typed)
    assert (name, fingerprint) == ("Yosodadi", first_file.fingerprint)
    assert trust.request(first_file.path).trusted
    report = sync_import.import_files([first_file.path])
    assert not report.refused and report.files[0].added == 1


def test_the_command_line_asks_for_the_fingerprint(strangers, first_file, capsys):
    city = str(strangers.paths["city"])
    strangers.use("city")
    from jamsostek_desktop.services.startup import close_database

    close_database()
    assert cli(["--db", city, "import-sync", str(first_file.path)]) == 2
    assert "sync-accept-key" in capsys.readouterr().err
    assert cli(["--db", city, "sync-accept-key", str(first_file.path)]) == 2    # no terminal, no --sidik
    assert "--sidik" in capsys.readouterr().err
    assert cli(["--db", city, "sync-accept-key", str(first_file.path), "--sidik", first_file.fingerprint]) == 0
    assert cli(["--db", city, "import-sync", str(first_file.path)]) == 0
    assert "baru 1" in capsys.readouterr().out


def test_the_kelurahan_shows_its_fingerprint(strangers, first_file, capsys):
    path = str(strangers.paths["yosodadi"])
    from jamsostek_desktop.services.startup import close_database

    close_database()
    assert cli(["--db", path, "sync-fingerprint"]) == 0
    assert first_file.fingerprint in capsys.readouterr().out
