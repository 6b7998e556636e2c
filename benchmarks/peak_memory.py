"""Peak resident memory for the benchmarks that run every step in one process.

`report_at_exit()` prints the process's peak (VmHWM, or getrusage's ru_maxrss where /proc
is missing) when the script ends, under its timings; bench_sync.py and bench_gui.py
measure each step's own peak instead (fresh processes, /proc/self/status along the way).
"""

from __future__ import annotations

import atexit
import os
import resource
import time


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


# --- the sync benchmarks' steps, whose work may run in child processes ---------------------

def cpu_now() -> float:
    """This process's CPU time and that of its children it has waited for (an export's readers)."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def children_peak() -> str:
    """` children_peak=MB` when the step's export was read by child processes (their largest VmHWM)."""
    try:
        from jamsostek_desktop.services.sync import payload_parts
        from jamsostek_desktop.services.sync.format import parse_child
    except ImportError:              # a baseline from before the readers were processes
        return ""
    usage = payload_parts.last_usage
    if usage:
        return f" children_peak={usage['peak_mb']:.1f} children_mapped={usage['mapped_mb']:.1f}"
    checker = parse_child.last_usage
    return f" checker_peak={checker['peak_mb']:.1f}" if checker else ""


def children_figures(results: list[tuple]) -> str:
    """The readers' peak, when the step's export was read by child processes (CPU above includes theirs)."""
    def figure(name: str) -> list[float]:
        return [float(word.split("=")[1]) for r in results for word in r[3].split() if word.startswith(name + "=")]

    peaks, mapped, checker = figure("children_peak"), figure("children_mapped"), figure("checker_peak")
    together = f", {max(figure('together')):.1f} MB together" if figure("together") else ""
    if checker:
        return f" (its checking child: {max(checker):.1f} MB{together})"
    return (f" (its readers: {max(peaks):.1f} MB each at most, of which {max(mapped):.1f} MB the database file"
            f" mapped{together})") if peaks else ""


def together_peak_mb(process) -> float:
    """Waits for `process`; the largest resident memory of it and its children at once (Linux,
    sampled every 20 ms: a child's memory counts while it lives, not after)."""
    def resident(pid: int) -> float:
        try:
            with open(f"/proc/{pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return 0.0

    def children(pid: int) -> list[int]:
        found = []
        try:
            for task in os.listdir(f"/proc/{pid}/task"):
                with open(f"/proc/{pid}/task/{task}/children") as listed:
                    found += [int(child) for child in listed.read().split()]
        except OSError:
            pass
        return found

    peak = 0.0
    while process.poll() is None:
        peak = max(peak, resident(process.pid) + sum(map(resident, children(process.pid))))
        time.sleep(0.02)
    return peak
