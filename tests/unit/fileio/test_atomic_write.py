"""fileio: the one atomic write, its refusals and its output names."""

from __future__ import annotations

import os
import stat

import pytest

from jamsostek_desktop import fileio
from jamsostek_desktop.errors import StorageError


@pytest.fixture
def protected(tmp_path):
    """A registered "open database" with a backups folder, restored afterwards."""
    database = tmp_path / "data" / "kelurahan.sqlite3"
    database.parent.mkdir()
    database.write_bytes(fileio.SQLITE_HEADER + b"\0" * 100)
    backups = tmp_path / "data" / "backups"
    backups.mkdir()
    before = fileio.protected_database()
    fileio.protect(database, [backups])
    yield database, backups
    fileio.protect(before, [])


def leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.startswith(".")]


def test_a_render_that_fails_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "laporan.pdf"
    target.write_bytes(b"lama")

    def render(stream):
        stream.write(b"setengah")
        raise RuntimeError("pencetak rusak")

    with pytest.raises(RuntimeError):
        fileio.write_with(target, render)
    assert target.read_bytes() == b"lama"
    assert leftovers(tmp_path) == []


def test_the_file_is_synced_renamed_and_the_folder_synced(tmp_path, monkeypatch):
    synced = []
    real_fsync = os.fsync

    def fsync(fd):
        synced.append(stat.S_ISDIR(os.fstat(fd).st_mode))
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    target = tmp_path / "a.csv"
    assert fileio.write_text(target, "x;y\n") == target
    assert target.read_text() == "x;y\n"
    assert False in synced                                   # the file's bytes
    if os.name != "nt":
        assert synced[-1] is True                            # then its folder, after the rename
    assert leftovers(tmp_path) == []


def test_two_phase_commit_gives_the_name_only_on_commit(tmp_path):
    target = tmp_path / "kirim.jamsync"
    staged = fileio.Staged(target)
    with staged.open("wb") as fh:
        fh.write(b"isi")
    assert not target.exists() and staged.path.exists()
    assert staged.commit() == target and target.read_bytes() == b"isi"
    discarded = fileio.Staged(tmp_path / "batal.jamsync")
    discarded.discard()
    assert leftovers(tmp_path) == [] and not (tmp_path / "batal.jamsync").exists()


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_private_files_are_for_their_owner_and_exclusive_ones_never_replaced(tmp_path):
    key = tmp_path / "kota.key"
    fileio.write_text(key, "rahasia", private=True, exclusive=True, what="Berkas kunci")
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    with pytest.raises(fileio.TargetExistsError, match="Berkas kunci sudah ada"):
        fileio.write_text(key, "lain", private=True, exclusive=True, what="Berkas kunci")
    assert key.read_text() == "rahasia"
    # Every output (a roster lists NIKs, an export birth dates) is for its owner only (UU PDP),
    # whatever the umask says.
    old = os.umask(0o022)
    try:
        fileio.write_bytes(tmp_path / "daftar.pdf", b"%PDF")
        with fileio.Staged(tmp_path / "ekspor.xlsx") as staged, staged.open("wb") as fh:
            fh.write(b"PK")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "daftar.pdf").stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "ekspor.xlsx").stat().st_mode) == 0o600


def test_a_full_disk_is_a_clear_message_and_nothing_is_left(tmp_path, monkeypatch):
    target = tmp_path / "ekspor.xlsx"

    def render(stream):
        raise OSError(28, "No space left on device")

    with pytest.raises(StorageError, match="Berkas Excel tidak dapat disimpan.*penuh"):
        fileio.write_with(target, render, what="Berkas Excel")
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(StorageError, match="Folder tujuan tidak ada"):
        fileio.write_bytes(tmp_path / "tidak-ada" / "x.pdf", b"")


@pytest.mark.parametrize("name", ["kelurahan.sqlite3", "kelurahan.sqlite3-wal", "kelurahan.sqlite3-shm",
                                  "kelurahan.sqlite3-journal", "kelurahan.sqlite3.lock"])
def test_the_database_and_its_companions_are_refused(protected, name):
    database, _backups = protected
    target = database.parent / name
    with pytest.raises(fileio.ProtectedTargetError, match="basis data yang sedang dibuka|pendamping"):
        fileio.write_bytes(target, b"%PDF")
    # The backup feature may not write over them either.
    with pytest.raises(fileio.ProtectedTargetError):
        fileio.write_bytes(target, b"x", backup=True)
    assert database.read_bytes().startswith(fileio.SQLITE_HEADER)
    assert leftovers(database.parent) == []


def test_the_backup_folder_belongs_to_backups(protected):
    _database, backups = protected
    with pytest.raises(fileio.ProtectedTargetError, match="folder cadangan"):
        fileio.write_bytes(backups / "laporan.pdf", b"%PDF")
    with pytest.raises(fileio.ProtectedTargetError, match="folder cadangan"):
        fileio.check(backups / "sub" / "laporan.pdf")
    assert fileio.write_bytes(backups / "kelurahan-20260101-000000.sqlite3", b"x", backup=True).exists()


def test_any_database_file_is_refused_and_a_folder_is_not_a_file(protected, tmp_path):
    other = tmp_path / "salinan.pdf"
    other.write_bytes(fileio.SQLITE_HEADER + b"data")
    with pytest.raises(fileio.ProtectedTargetError, match="berkas basis data"):
        fileio.write_bytes(other, b"%PDF")
    assert other.read_bytes().startswith(fileio.SQLITE_HEADER)
    with pytest.raises(fileio.ProtectedTargetError, match="folder"):
        fileio.check(tmp_path)


@pytest.mark.skipif(os.name == "nt", reason="symbolic and hard links")
def test_another_name_for_the_database_is_the_database(protected, tmp_path):
    database, _backups = protected
    (tmp_path / "tautan.pdf").symlink_to(database)
    os.link(database, tmp_path / "keras.pdf")
    for name in ("tautan.pdf", "keras.pdf"):
        with pytest.raises(fileio.ProtectedTargetError, match="basis data yang sedang dibuka"):
            fileio.check(tmp_path / name)


@pytest.mark.parametrize("typed, written", [
    ("daftar", "daftar.pdf"),
    ("daftar.pdf", "daftar.pdf"),
    ("DAFTAR.PDF", "DAFTAR.PDF"),
    ("daftar.rt03", "daftar.rt03.pdf"),
    ("data.sqlite3", "data.sqlite3.pdf"),
])
def test_output_names_get_the_documents_suffix(tmp_path, typed, written):
    assert fileio.output_path(tmp_path / typed, ".pdf") == tmp_path / written


def test_the_name_as_typed_is_refused_when_it_is_the_database(protected):
    database, _backups = protected
    with pytest.raises(fileio.ProtectedTargetError, match="basis data yang sedang dibuka"):
        fileio.output_path(database, ".pdf")
