"""Benchmark of the data-entry window at 150,000 participants; prints the figures.

    python benchmarks/bench_gui.py [--db PATH] [--count 150000]

Figures (targets from issue 3):
  launch      process start -> main window shown with its first rows painted   (< 1.5 s)
  keystroke   key press in the search box -> table model reset and repainted  (< 100 ms, median and worst of 20)
  save        Simpan in the entry form -> written, list and counts refreshed   (< 50 ms)
  memory      resident set size after launch, scrolling to the end and the searches (< 250 MB)
The baseline printed next to the keystroke figure is Anki's way (every matching id
fetched, ordered, per keystroke) run on the same queries in the same process.
The database is made once with the demo generator and reused (default: a temp folder).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCH_TYPING = ["s", "sl", "sla", "slam", "slame", "slamet", "slamet ", "slamet s", "slamet sa", "slamet san",
                 "1", "18", "187", "1872", "18720", "187201", "1872011", "3/2", "rt 3", "zzz"]


def ensure_database(path: Path, count: int) -> None:
    if path.exists():
        return
    from jamsostek_desktop.db.connection import close_db
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.startup import init_db

    print(f"Membuat basis data contoh {count} peserta di {path} …", flush=True)
    init_db(path)
    profile.save({"region_code": "18.72.01.1001", "kelurahan": "Yosodadi", "kecamatan": "Metro Timur",
                  "kota": "Kota Metro"})
    started = time.perf_counter()
    demo_data.generate(count, seed=1)
    print(f"  selesai dalam {time.perf_counter() - started:.1f} s", flush=True)
    close_db()


def rss_mb() -> tuple[float, float]:
    """(current, peak) resident memory of this process in MB."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                values[key] = int(value.split()[0]) / 1024
    return values.get("VmRSS", 0.0), values.get("VmHWM", 0.0)


def cpu_seconds() -> float:
    """CPU time this process has used (user + system): what the work costs without contention."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def launch_child(db: str, started: float) -> None:
    """Run in a fresh process: time from process start to the first rows painted.

    With db "-" the baseline: an empty QMainWindow shown, the floor Python and Qt set.
    """
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    if db == "-":
        empty = QMainWindow()
        empty.resize(1366, 768)
        empty.show()
        app.processEvents()
        print(f"{time.time() - started:.4f} {rss_mb()[0]:.1f} {cpu_seconds():.4f}")
        return
    from jamsostek_desktop.app import create_main_window

    window = create_main_window(db)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    window.list_page.table.viewport().repaint()
    assert window.list_page.model.row_at(0) is not None
    elapsed = time.time() - started
    print(f"{elapsed:.4f} {rss_mb()[0]:.1f} {cpu_seconds():.4f}")


def measure_launch(db: Path | str, runs: int = 5) -> tuple[list[float], float, list[float]]:
    times, rss, cpu = [], 0.0, []
    for _ in range(runs):
        started = time.time()
        out = subprocess.run([sys.executable, __file__, "--launch-child", str(db), str(started)],
                             capture_output=True, text=True, check=True, env={**os.environ})
        seconds, memory, cpu_used = out.stdout.split()[-3:]
        times.append(float(seconds))
        rss = max(rss, float(memory))
        cpu.append(float(cpu_used))
    return times, rss, cpu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "jamsostek-bench-150k.sqlite3")
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--launch-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.launch_child:
        launch_child(args.launch_child[0], float(args.launch_child[1]))
        sys.stdout.flush()
        os._exit(0)
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="jamsostek-bench-config-")
    os.environ["JAMSOSTEK_HOME"] = tempfile.mkdtemp(prefix="jamsostek-bench-home-")
    ensure_database(args.db, args.count)

    launch_times, launch_rss, launch_cpu = measure_launch(args.db)
    floor_times, _, floor_cpu = measure_launch("-")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import enrolment, listing

    window = create_main_window(args.db)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    page = window.list_page
    total = page.model.rowCount()

    # Scroll to the end and back: pages are fetched and dropped as the view moves.
    page.table.scrollToBottom()
    app.processEvents()
    page.table.viewport().repaint()
    page.table.scrollToTop()
    app.processEvents()

    # Search keystrokes: each step types one more character (or starts a new word list).
    keystrokes, keystrokes_cpu, baseline, results = [], [], [], []
    for text in SEARCH_TYPING:
        previous = page.search.text()
        page.search.setFocus()
        if not (text.startswith(previous) and len(text) == len(previous) + 1):
            page.search.blockSignals(True)
            page.search.setText(text[:-1])
            page.search.blockSignals(False)
        started, started_cpu = time.perf_counter(), cpu_seconds()
        QTest.keyClick(page.search, text[-1])
        page.table.viewport().repaint()
        keystrokes.append((time.perf_counter() - started) * 1000)
        keystrokes_cpu.append((cpu_seconds() - started_cpu) * 1000)
        results.append(page.model.rowCount())
        query = page.current_query()
        started = time.perf_counter()
        listing.ids(query)
        baseline.append((time.perf_counter() - started) * 1000)
    page.search.clear()
    app.processEvents()

    # Saving: the entry form's Simpan, 20 new participants with valid, unused NIKs.
    window.navigator.select("category", "ketua-rt")
    saves, saves_cpu, service_only = [], [], []
    serial = 9000
    for i in range(20):
        while True:
            serial += 1
            nik = f"1872011208{75 + i % 10:02d}{serial:04d}"
            if not Participant.select().where(Participant.nik == nik).exists():
                break
        form = window.add_participant()
        values = {"nik": nik, "nama": f"Peserta Uji {i}", "tempat_lahir": "Metro", "alamat": "Jl. Uji",
                  "rt": "3", "rw": "2", "nomor_rt": "3", "nomor_rw": "2"}
        for key, value in values.items():
            form.inputs[key].widget.setText(value)
        started, started_cpu = time.perf_counter(), cpu_seconds()
        form.save()
        page.table.viewport().repaint()
        saves.append((time.perf_counter() - started) * 1000)
        saves_cpu.append((cpu_seconds() - started_cpu) * 1000)
        assert form.saved_id is not None
    from jamsostek_desktop.domain import participant as rules
    from jamsostek_desktop.services.participants import catalogue

    category = catalogue.get("ketua-rt")
    for i in range(20):
        serial += 1
        nik = f"1872011208{75 + i % 10:02d}{serial:04d}"
        typed, _ = rules.parse_raw({"nik": nik, "nama": f"Servis {i}", "tanggal_lahir": f"12-08-19{75 + i % 10}",
                                    "jenis_kelamin": "L", "rt": "3", "rw": "2"}, category)
        started = time.perf_counter()
        enrolment.enrol(typed, "ketua-rt")
        service_only.append((time.perf_counter() - started) * 1000)
    window.close()
    rss, peak = rss_mb()

    def line(name, values, unit="ms", target=None):
        extra = f"  (target < {target} {unit})" if target else ""
        print(f"{name:<44} median {statistics.median(values):8.1f} {unit}   worst {max(values):8.1f} {unit}{extra}")

    print(f"\nJamsostek Desktop — data-entry window, {total:,} participants".replace(",", "."))
    print(f"load average while measuring: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    print(f"{'launch to first rows (5 runs)':<44} median {statistics.median(launch_times):8.2f} s    "
          f"worst {max(launch_times):8.2f} s    (target < 1.5 s)")
    print(f"{'  CPU time of the launch':<44} median {statistics.median(launch_cpu):8.2f} s    "
          f"worst {max(launch_cpu):8.2f} s")
    print(f"{'  baseline: empty Qt window (5 runs)':<44} median {statistics.median(floor_times):8.2f} s    "
          f"worst {max(floor_times):8.2f} s    (CPU {statistics.median(floor_cpu):.2f} s)")
    line("search keystroke -> table updated (20)", keystrokes, target=100)
    line("  CPU time of the keystroke", keystrokes_cpu)
    line("  baseline: all matching ids per keystroke", baseline)
    line("save in the form -> list refreshed (20)", saves, target=50)
    line("  CPU time of the save", saves_cpu)
    line("  of which enrolment.enrol alone (20)", service_only)
    print(f"{'resident memory after launch (child)':<44} {launch_rss:8.1f} MB")
    print(f"{'resident memory at the end / peak':<44} {rss:8.1f} MB / {peak:.1f} MB   (target < 250 MB)")
    print("\nper keystroke (ms, rows): " + ", ".join(
        f"{t!r} {k:.0f} ({n})" for t, k, n in zip(SEARCH_TYPING, keystrokes, results, strict=True)))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while collecting widgets at exit.
    os._exit(code)
