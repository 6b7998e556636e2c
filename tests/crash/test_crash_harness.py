"""The crash harness in short form (>= 20 SIGKILLs), and proof that it can fail."""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARNESS = ROOT / "benchmarks" / "crash_harness.py"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="fork and SIGKILL")


def load_harness():
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_harness"] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_short_run_finds_no_failure(tmp_path):
    env = dict(os.environ, JAMSOSTEK_HOME=str(tmp_path / "home"))
    done = subprocess.run([sys.executable, str(HARNESS), "--kills", "25", "--seed", "7"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    rows = {m[0]: (int(m[1]), int(m[2]), int(m[3]), int(m[4]))
            for m in re.findall(r"^(\w+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)$", done.stdout, re.M)}
    assert {"save", "backup"} <= set(rows)
    assert sum(kills for kills, _, _, _ in rows.values()) >= 20
    print(done.stdout)
    for name, (kills, checks, _commits, failures) in rows.items():
        assert kills == checks and failures == 0, name
    # Kills land both mid-operation and between commits (how often each depends on the machine).
    assert sum(commits for _, _, commits, _ in rows.values()) > 0
    assert re.search(r"TOTAL\s+25\s+25\s+0$", done.stdout, re.M)


def test_the_harness_catches_a_backup_written_in_place(tmp_path, monkeypatch):
    harness = load_harness()
    monkeypatch.setenv("JAMSOSTEK_HOME", str(tmp_path / "home"))

    class Naive(harness.MakeBackups):
        """Writes a backup straight to its final name, the mistake the harness must catch."""

        name = "naive"

        def work(self, start):
            from jamsostek_desktop import paths

            source = self.db.read_bytes() * 20  # big enough to be cut mid-write
            i = 0
            while True:
                target = paths.backups_dir() / f"kelurahan-20260101-0000{i % 60:02d}.sqlite3"
                with open(target, "wb") as fh:
                    for offset in range(0, len(source), 4096):
                        fh.write(source[offset:offset + 4096])
                        fh.flush()
                        time.sleep(0.001)  # almost all of its time mid-write, so kills land there
                self.journal.write("backup", target.name, 0)
                i += 1

    harness.OPERATIONS["naive"] = Naive
    tallies = harness.run(8, ["naive"], tmp_path, seed=3, verbose=False)
    assert tallies["naive"].kills == 8
    assert any("tidak lengkap" in f for f in tallies["naive"].failures)
