"""Benchmark of the data-entry window at 150,000 participants; prints the figures.

    python benchmarks/bench_gui.py [--db PATH] [--count 150000]

Figures (targets from issues 3, 17 and 19):
  launch      process start -> main window shown with its first rows painted        (< 1.5 s)
  keystroke   key press in the search box -> table model reset and repainted, for
              word prefixes, parts of names ("ahyuni", "maruf"), a NIK typed digit by
              digit, RT/RW and no match                                          (worst < 30 ms)
  save        Simpan in the entry form -> written, list and counts refreshed, the new
              row selected and painted                                            (< 20 ms)
  memory      resident set size through a day's work: launch, the searches, scrolling,
              the saves, the dashboard, a large print preview closed again   (peak < 200 MB)
Baselines from the same run: an empty Qt window in a fresh process (launch time and
memory), Anki's way of searching (every matching id fetched, ordered, per keystroke) on
the same queries, and enrolment.enrol alone for the save.
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

WORD_TYPING = ["s", "sl", "sla", "slam", "slame", "slamet", "slamet ", "slamet s", "slamet sa", "slamet san",
               "a", "ah", "ahy", "ahyu", "ahyun", "ahyuni", "m", "ma", "mar", "maru", "maruf", "an", "ani",
               "3/2", "rt 3", "zzz"]


def search_typing(nik: str) -> list[str]:
    """The words above, then a NIK that exists typed digit by digit (16 keystrokes)."""
    return WORD_TYPING + [nik[:n] for n in range(1, 17)]


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
    """(wall seconds, largest resident MB, CPU seconds) of `runs` fresh launches."""
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
    floor_times, floor_rss, floor_cpu = measure_launch("-")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import enrolment, listing

    memory: list[tuple[str, float]] = []
    window = create_main_window(args.db)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    memory.append(("launch", rss_mb()[0]))
    page = window.list_page
    total = page.model.rowCount()

    # Scroll to the end and back: pages are fetched and dropped as the view moves.
    page.table.scrollToBottom()
    app.processEvents()
    page.table.viewport().repaint()
    page.table.scrollToTop()
    app.processEvents()

    # Search keystrokes: each step types one more character (or starts a new text).
    someone = Participant.select(Participant.nik).where(Participant.nik.startswith("1872")) \
        .order_by(Participant.id.desc()).first().nik
    typing = search_typing(someone)
    keystrokes, keystrokes_cpu, baseline, results = [], [], [], []
    for text in typing:
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
    memory.append(("searches and scrolling", rss_mb()[0]))

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
        app.processEvents()
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
    memory.append(("saves", rss_mb()[0]))

    # The dashboard with its charts, for everyone.
    started = time.perf_counter()
    window.show_dashboard()
    app.processEvents()
    dashboard_ms = (time.perf_counter() - started) * 1000
    memory.append(("dashboard", rss_mb()[0]))

    # A large print preview (the largest category's roster), closed again.
    from jamsostek_desktop.ui.printing.menu import open_print_dialog

    largest = max(listing.navigator_counts().by_category.items(), key=lambda item: item[1])
    window.navigator.select("category", largest[0])
    app.processEvents()
    dialog = open_print_dialog(window, "roster")
    started = time.perf_counter()
    dialog.preview()
    while dialog.busy or dialog.last_result is None:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    preview_s = time.perf_counter() - started
    memory.append((f"preview of {largest[1]:,} rows open".replace(",", "."), rss_mb()[0]))
    dialog.close()
    dialog.deleteLater()
    app.processEvents()
    memory.append(("preview closed", rss_mb()[0]))
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
    line(f"search keystroke -> table updated ({len(typing)})", keystrokes, target=30)
    line("  CPU time of the keystroke", keystrokes_cpu)
    substring = [k for t, k in zip(typing, keystrokes, strict=True) if t in ("ahy", "ahyu", "ahyun", "ahyuni",
                                                                            "mar", "maru", "maruf", "ani")]
    line("  of which parts of names (ahyuni, maruf, ani)", substring)
    nik_keys = keystrokes[len(WORD_TYPING):]
    line("  of which a NIK digit by digit (16)", nik_keys)
    line("  baseline: all matching ids per keystroke", baseline)
    line("save in the form -> list refreshed (20)", saves, target=20)
    line("  CPU time of the save", saves_cpu)
    line("  baseline: enrolment.enrol alone (20)", service_only)
    print(f"{'dashboard with its charts shown':<44} {dashboard_ms:8.1f} ms")
    print(f"{'print preview, ' + str(largest[1]) + ' rows':<44} {preview_s:8.2f} s")
    print(f"{'resident memory, baseline: empty Qt window':<44} {floor_rss:8.1f} MB")
    print(f"{'resident memory after launch (child)':<44} {launch_rss:8.1f} MB")
    for step, value in memory:
        print(f"{'  after ' + step:<44} {value:8.1f} MB")
    print(f"{'resident memory at the end / peak':<44} {rss:8.1f} MB / {peak:.1f} MB   (target peak < 200 MB)")
    print("\nper keystroke (ms, rows): " + ", ".join(
        f"{t!r} {k:.0f} ({n})" for t, k, n in zip(typing, keystrokes, results, strict=True)))
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while collecting widgets at exit.
    os._exit(code)
