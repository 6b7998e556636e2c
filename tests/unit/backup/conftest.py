"""Fixtures of the backup tests: a database with participants, a tiny disk."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid

import pytest


@pytest.fixture
def filled_db(kelurahan_db):
    from jamsostek_desktop.services.participants import demo_data

    demo_data.generate(300, seed=7)
    return kelurahan_db


def corrupt(path) -> None:
    """Overwrite pages in the middle of the file with garbage, as a bad sector would."""
    size = os.path.getsize(path)
    with open(path, "r+b") as fh:
        for offset in range(4096 * 2, size, 4096 * 3):
            fh.seek(offset)
            fh.write(b"\xde\xad\xbe\xef" * 256)


def mount_tmpfs(tmp_path, size: str):
    """A small tmpfs (root only); the test is skipped where it cannot be mounted."""
    if os.name != "posix" or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("tmpfs needs root")
    target = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    target.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(target)],
                          capture_output=True)
    if done.returncode != 0:
        pytest.skip("tmpfs cannot be mounted here")
    return target


def unmount(target) -> None:
    subprocess.run(["umount", "-l", str(target)], capture_output=True)


@pytest.fixture
def tiny_disk(tmp_path):
    """A 64 KB disk: too small for any backup."""
    target = mount_tmpfs(tmp_path, "64k")
    yield target
    unmount(target)


@pytest.fixture
def small_disk(tmp_path):
    """A 4 MB disk to hold a database and then run full."""
    target = mount_tmpfs(tmp_path, "4m")
    yield target
    from jamsostek_desktop.db.connection import close_db

    close_db()
    unmount(target)


def fill(folder) -> None:
    """Fill the disk holding `folder` to the last byte."""
    fd = os.open(os.path.join(folder, "pengisi.bin"), os.O_WRONLY | os.O_CREAT, 0o644)
    try:
        for size in (65536, 4096, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                pass
    finally:
        os.close(fd)
