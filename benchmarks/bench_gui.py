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
              the saves, the dashboard, a large print preview closed again   (peak < 200 MB);
              the preview's PDF is drawn by a child process whose CPU and peak are printed too
Baselines from the same run: an empty Qt window in a fresh process (launch time and
memory), Anki's way of searching (every matching id fetched, ordered, per keystroke) on
the same queries, and enrolment.enrol alone for the save. With --baseline-source DIR (a copy
of an earlier version's source, e.g. `git archive 49e2401 jamsostek_desktop resources | tar -x -C DIR`)
the whole measurement runs twice, each in its own process on the same database: this
version, then the one in DIR; both columns are printed side by side, CPU and wall.
The database is made once with the demo generator and reused (default: a temp folder); its
seal key is kept beside it (`<db>.home`), so no run pays for starting a new seal.
"""

from __future__ import annotations

import argparse
import json
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


def save_values(i: int, nik: str) -> dict:
    return {"nik": nik, "nama": f"Peserta Uji {i}", "tempat_lahir": "Metro", "alamat": "Jl. Uji",
            "rt": "3", "rw": "2", "nomor_rt": "3", "nomor_rw": "2"}


def settle(app) -> None:
    """What the application's event loop does between a clerk's actions: pending events, then the
    widgets deleteLater() gave up (processEvents alone never deletes them, so without this the
    benchmark kept every closed entry form: 12 MB over 20 saves that the program does not keep)."""
    from PySide6.QtCore import QCoreApplication, QEvent

    app.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def measure(db: Path) -> dict:
    """Every figure of one version (the one `import jamsostek_desktop` finds), as a dict."""
    launch_times, launch_rss, launch_cpu = measure_launch(db)
    floor_times, floor_rss, floor_cpu = measure_launch("-")

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    import jamsostek_desktop
    from jamsostek_desktop.app import create_main_window
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.services.participants import enrolment, listing

    memory: list[tuple[str, float]] = []
    window = create_main_window(db)
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

    # Saving: the entry form's Simpan, 20 new participants with valid, unused NIKs, after one
    # save not counted (it loads the form's modules).
    window.navigator.select("category", "ketua-rt")
    saves, saves_cpu, service_only, service_cpu = [], [], [], []
    serial = 9000 + int(time.time()) % 500 * 10

    def unused_nik(i: int) -> str:
        nonlocal serial
        while True:
            serial += 1
            nik = f"1872011208{75 + i % 10:02d}{serial % 10_000:04d}"
            if not Participant.select().where(Participant.nik == nik).exists():
                return nik

    for i in range(21):
        form = window.add_participant()
        for key, value in save_values(i, unused_nik(i)).items():
            form.inputs[key].widget.setText(value)
        started, started_cpu = time.perf_counter(), cpu_seconds()
        form.save()
        page.table.viewport().repaint()
        if i:
            saves.append((time.perf_counter() - started) * 1000)
            saves_cpu.append((cpu_seconds() - started_cpu) * 1000)
        assert form.saved_id is not None
        settle(app)
    from jamsostek_desktop.domain import participant as rules
    from jamsostek_desktop.services.participants import catalogue

    category = catalogue.get("ketua-rt")
    for i in range(20):
        nik = unused_nik(i)
        typed, _ = rules.parse_raw({"nik": nik, "nama": f"Servis {i}", "tanggal_lahir": f"12-08-19{nik[10:12]}",
                                    "jenis_kelamin": "L", "rt": "3", "rw": "2"}, category)
        started, started_cpu = time.perf_counter(), cpu_seconds()
        enrolment.enrol(typed, "ketua-rt")
        service_only.append((time.perf_counter() - started) * 1000)
        service_cpu.append((cpu_seconds() - started_cpu) * 1000)
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
    before_preview = rss_mb()[0]
    dialog = open_print_dialog(window, "roster")
    started = time.perf_counter()
    dialog.preview()
    while dialog.busy or dialog.last_result is None:
        app.processEvents()
        time.sleep(0.01)
    app.processEvents()
    dialog.view.viewport().repaint()
    preview_s = time.perf_counter() - started
    try:        # the document is drawn by a child process (this version; before, in the window)
        from jamsostek_desktop.services.printing.child import last_usage as child_usage
    except ImportError:
        child_usage = {}
    memory.append((f"preview of {largest[1]:,} rows open".replace(",", "."), rss_mb()[0]))
    dialog.close()
    dialog.deleteLater()
    settle(app)
    memory.append(("preview closed", rss_mb()[0]))
    window.close()
    rss, peak = rss_mb()
    return {
        "source": str(Path(jamsostek_desktop.__file__).parent.parent), "total": total,
        "load": os.getloadavg()[0], "cpus": os.cpu_count(),
        "launch": launch_times, "launch_cpu": launch_cpu, "launch_rss": launch_rss,
        "floor": floor_times, "floor_cpu": floor_cpu, "floor_rss": floor_rss,
        "typing": typing, "keystrokes": keystrokes, "keystrokes_cpu": keystrokes_cpu, "results": results,
        "baseline": baseline, "saves": saves, "saves_cpu": saves_cpu, "service": service_only,
        "service_cpu": service_cpu, "dashboard_ms": dashboard_ms, "preview_s": preview_s,
        "preview_rows": largest[1], "before_preview": before_preview, "child": dict(child_usage), "memory": memory, "rss": rss, "peak": peak,
    }


SUBSTRING = ("ahy", "ahyu", "ahyun", "ahyuni", "mar", "maru", "maruf", "ani")


def summary(f: dict) -> list[tuple[str, str, float, float, str]]:
    """(figure, statistic, value, unit, target) rows of one run, in printing order."""
    med, worst = statistics.median, max
    nik_cpu = f["keystrokes_cpu"][len(WORD_TYPING):]
    sub_cpu = [k for t, k in zip(f["typing"], f["keystrokes_cpu"], strict=True) if t in SUBSTRING]
    rows = [
        ("launch to first rows (5 runs), wall", "median", med(f["launch"]) * 1000, "ms", "< 1500"),
        ("  CPU time of the launch", "median", med(f["launch_cpu"]) * 1000, "ms", ""),
        ("  baseline: empty Qt window, wall", "median", med(f["floor"]) * 1000, "ms", ""),
        (f"search keystroke -> table updated ({len(f['typing'])}), CPU", "median", med(f["keystrokes_cpu"]), "ms", ""),
        ("", "worst", worst(f["keystrokes_cpu"]), "ms", "< 30"),
        ("  the same, wall", "median", med(f["keystrokes"]), "ms", ""),
        ("", "worst", worst(f["keystrokes"]), "ms", "< 30"),
        ("  parts of names (ahyuni, maruf, ani), CPU", "worst", worst(sub_cpu), "ms", ""),
        ("  a NIK digit by digit (16), CPU", "worst", worst(nik_cpu), "ms", ""),
        ("  baseline: all matching ids (SQL alone), wall", "median", med(f["baseline"]), "ms", ""),
        ("", "worst", worst(f["baseline"]), "ms", ""),
        ("save in the form -> list refreshed (20), CPU", "median", med(f["saves_cpu"]), "ms", "< 20"),
        ("", "worst", worst(f["saves_cpu"]), "ms", ""),
        ("  the same, wall", "median", med(f["saves"]), "ms", "< 20"),
        ("  enrolment.enrol alone (20), CPU", "median", med(f["service_cpu"]), "ms", ""),
        ("  enrolment.enrol alone (20), wall", "median", med(f["service"]), "ms", ""),
        ("dashboard with its charts shown, wall", "", f["dashboard_ms"], "ms", ""),
        (f"print preview, {f['preview_rows']} rows, wall", "", f["preview_s"] * 1000, "ms", ""),
        ("  drawn by a child process: its CPU (0: in the window)", "", f["child"].get("cpu_s", 0) * 1000, "ms", ""),
        ("  the child's own peak memory (0: in the window)", "", f["child"].get("peak_mb", 0), "MB", ""),
        ("resident memory, baseline: empty Qt window", "", f["floor_rss"], "MB", ""),
        ("resident memory after launch (child)", "", f["launch_rss"], "MB", ""),
    ]
    rows += [(f"  after {step}", "", value, "MB", "") for step, value in f["memory"]]
    rows += [("  before the preview", "", f["before_preview"], "MB", ""),
             ("resident memory at the end", "", f["rss"], "MB", ""),
             ("resident memory, peak of the whole run (VmHWM)", "", f["peak"], "MB", "< 200")]
    return rows


def report(runs: list[tuple[str, dict]]) -> None:
    first = runs[0][1]
    print(f"\nJamsostek Desktop — data-entry window, {first['total']:,} participants".replace(",", "."))
    for label, f in runs:
        print(f"{label}: {f['source']} (load average at its end {f['load']:.2f} on {f['cpus']} CPUs)")
    head = "".join(f"{label:>14}" for label, _ in runs)
    print(f"\n{'figure':<52}{'':>8}{head}   target")
    tables = [summary(f) for _label, f in runs]
    for parts in zip(*tables, strict=True):
        name, stat, _value, unit, target = parts[0]
        values = "".join(f"{p[2]:>11.1f} {p[3]:<2}" for p in parts)
        print(f"{name:<52}{stat:>8}{values}   {target + ' ' + unit if target else ''}")
    for label, f in runs:
        slow = sorted(zip(f["keystrokes_cpu"], f["keystrokes"], f["typing"], f["results"], strict=True),
                      reverse=True)[:8]
        print(f"\n{label}: slowest keystrokes by CPU (CPU ms / wall ms, rows): " + ", ".join(
            f"{t!r} {c:.1f}/{w:.0f} ({n})" for c, w, t, n in slow))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "jamsostek-bench-150k.sqlite3")
    parser.add_argument("--count", type=int, default=150_000)
    parser.add_argument("--baseline-source", type=Path,
                        help="a folder holding an earlier version's jamsostek_desktop and resources")
    parser.add_argument("--baseline-first", action="store_true",
                        help="measure the baseline before this version (the load of a shared machine drifts)")
    parser.add_argument("--json", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--launch-child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.launch_child:
        launch_child(args.launch_child[0], float(args.launch_child[1]))
        sys.stdout.flush()
        os._exit(0)
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="jamsostek-bench-config-")
    home = Path(f"{args.db}.home")
    home.mkdir(mode=0o700, exist_ok=True)
    os.environ["JAMSOSTEK_HOME"] = str(home)
    ensure_database(args.db, args.count)
    if args.json:
        print("JSON " + json.dumps(measure(args.db)))
        return 0
    if args.baseline_source is None:
        report([("this version", measure(args.db))])
        return 0
    start_seal(args.db)
    runs = []
    order = [("this version", None), ("baseline", args.baseline_source.resolve())]
    for label, source in (order[::-1] if args.baseline_first else order):
        env = {**os.environ}
        if source is not None:
            env["PYTHONPATH"] = str(source) + os.pathsep + env.get("PYTHONPATH", "")
        out = subprocess.run([sys.executable, __file__, "--db", str(args.db), "--json"], capture_output=True,
                             text=True, env=env, check=True)
        runs.append((label, json.loads(out.stdout.split("JSON ", 1)[1])))
    report(sorted(runs, key=lambda run: run[0] != "this version"))
    return 0


def start_seal(path: Path) -> None:
    """A database made elsewhere has no seal key in this run's folder: the first write would
    start one and reseal every row, inside whichever version's measurement came first."""
    from jamsostek_desktop.db.connection import close_db, db
    from jamsostek_desktop.services.accounts import seal
    from jamsostek_desktop.services.startup import init_db

    init_db(path)
    with db.atomic():
        seal.participants([-1])     # seals nobody, but takes the database's key: made here when missing
    close_db()


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    # Skip interpreter teardown: PySide6 can crash while collecting widgets at exit.
    os._exit(code)
