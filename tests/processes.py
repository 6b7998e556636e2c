"""Real processes for the tests of faults and attacks: the command line, and Python workers
that start together (a barrier file) to act at the same moment."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI = "from jamsostek_desktop.cli import main; raise SystemExit(main())"
# The same, reporting the process's peak memory on stderr at the end ("peak 123 MB"): VmHWM of
# this very program (ru_maxrss would count the pytest process it was forked from).
CLI_PEAK = """
import re, resource, sys
from jamsostek_desktop.cli import main

def peak_mb():
    try:
        with open("/proc/self/status") as status:
            return int(re.search(r"VmHWM:\\s+(\\d+) kB", status.read())[1]) // 1024
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

code = 1
try:
    code = main()
finally:
    print(f"peak {peak_mb()} MB", file=sys.stderr)
raise SystemExit(code)
"""


def environment(home: Path, **extra: str) -> dict[str, str]:
    """The test's data folder, no database or password from the caller's environment."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("JAMSOSTEK_DB", "JAMSOSTEK_PASSWORD", "JAMSOSTEK_NEW_PASSWORD")}
    env.update(JAMSOSTEK_HOME=str(home), PYTHONPATH=str(ROOT), **extra)
    return env


def jamsostek(*args: str | bytes | os.PathLike, home: Path, env: dict[str, str] | None = None,
              timeout: float = 120, peak: bool = False, **popen) -> subprocess.CompletedProcess:
    """Run the `jamsostek` command line as its own process (arguments may be bytes).

    `peak`: the process prints its peak memory last on stderr ("peak 123 MB").
    """
    popen.setdefault("capture_output", True)
    return subprocess.run([sys.executable, "-c", CLI_PEAK if peak else CLI, *args],
                          env={**environment(home), **(env or {})}, cwd=ROOT, timeout=timeout, **popen)


def start_together(script: str, count: int, folder: Path, home: Path, args=(), env=None):
    """`count` Python processes running `script`, released at once; returns their Popen objects.

    The script finds `wait_for_start()` defined; it blocks until every process has started
    (so imports and connections are done) and the test lets them go.
    """
    go = folder / "go"
    ready = folder / "ready"
    ready.mkdir(parents=True, exist_ok=True)
    prelude = textwrap.dedent(f"""
        import os, sys, time
        from pathlib import Path

        def wait_for_start():
            (Path({str(ready)!r}) / str(os.getpid())).touch()
            while not Path({str(go)!r}).exists():
                time.sleep(0.005)
    """)
    code = prelude + textwrap.dedent(script)
    processes = [subprocess.Popen([sys.executable, "-c", code, str(i), *map(str, args)],
                                  env={**environment(home), **(env or {})}, cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for i in range(count)]
    deadline = time.monotonic() + 120
    while len(list(ready.iterdir())) < count:
        if time.monotonic() > deadline or any(p.poll() is not None for p in processes):
            for p in processes:
                p.kill()
            outputs = [p.communicate()[1] for p in processes]
            raise AssertionError("workers did not start:\n" + "\n".join(o for o in outputs if o))
        time.sleep(0.02)
    go.touch()
    return processes


def finish(processes, timeout: float = 180) -> list[tuple[int, str, str]]:
    """(exit code, stdout, stderr) of each process, in order."""
    out = []
    for p in processes:
        stdout, stderr = p.communicate(timeout=timeout)
        out.append((p.returncode, stdout, stderr))
    return out
