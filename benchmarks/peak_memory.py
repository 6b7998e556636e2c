"""Peak resident memory for the benchmarks that run every step in one process.

`report_at_exit()` prints the process's peak (VmHWM, or getrusage's ru_maxrss where /proc
is missing) when the script ends, under its timings; bench_sync.py and bench_gui.py
measure each step's own peak instead (fresh processes, /proc/self/status along the way).
"""

from __future__ import annotations

import atexit
import resource


def peak_mb() -> float:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024   # KiB on Linux


def report_at_exit(what: str = "this benchmark") -> None:
    atexit.register(lambda: print(f"peak resident memory of {what} (all steps, one process): {peak_mb():.1f} MB"))
