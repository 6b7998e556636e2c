"""Sync at city scale stays within bounded memory: a larger file costs time, not memory.

Each step runs in a fresh process on generated data (memory_probe.py), which reports its
peak resident memory (VmHWM). Before format 3 a merge held the whole payload parsed
(about 5 KB a participant: 783 MB at 150,000), so 15,000 more participants cost some
75 MB and 40,000 more some 200 MB; the export held the payload several times over. The
margins below are far under those and over what the page cache and allocator add.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads /proc/self/status")
ROOT = Path(__file__).resolve().parents[3]


def _probe(step: str, count: int, folder: Path) -> dict:
    """Make the data (one process), then measure the step (another)."""
    for _ in range(2):
        out = subprocess.run([sys.executable, "-m", "tests.unit.sync.memory_probe", step, str(count), str(folder)],
                             cwd=ROOT, capture_output=True, text=True, check=True,
                             env={**os.environ, "PROBE_WITHOUT_SCREENING": "1"})
        result = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def _growth(step: str, small: int, large: int, folder: Path) -> tuple[float, dict, dict]:
    a, b = _probe(step, small, folder), _probe(step, large, folder)
    return b["peak"] - a["peak"], a, b


def test_merge_memory_grows_little_with_the_file(tmp_path):
    growth, a, b = _growth("merge", 5_000, 20_000, tmp_path)
    assert growth < 50, (a, b)


def test_export_memory_does_not_grow_with_the_data(tmp_path):
    growth, a, b = _growth("export", 5_000, 20_000, tmp_path)
    assert growth < 10, (a, b)
    assert b["peak"] - b["before"] < 40, b       # the payload is never held: compressor and stream buffers only
    if "readers" in b:                           # read by child processes: nor do they hold it
        assert b["readers"] - a["readers"] < 10 and b["readers"] < 60, (a, b)


@pytest.mark.slow
def test_merge_memory_from_20000_to_60000_participants(tmp_path):
    growth, a, b = _growth("merge", 20_000, 60_000, tmp_path)
    assert growth < 60, (a, b)


@pytest.mark.slow
def test_export_memory_from_20000_to_60000_participants(tmp_path):
    growth, a, b = _growth("export", 20_000, 60_000, tmp_path)
    assert growth < 10, (a, b)
    if "readers" in b:
        assert b["readers"] - a["readers"] < 10, (a, b)
