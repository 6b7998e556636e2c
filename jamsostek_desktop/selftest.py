"""`jamsostek-desktop --self-test`: prove that an installed program works, end to end, on this PC.

It exercises the parts an installer can break (bundled Qt plugins, fonts, the catalogue and
other resources, SQLite, reportlab, the sync crypto) without touching the clerk's data:

    1. a temporary data folder (JAMSOSTEK_HOME) and a city database with its key pair
    2. a kelurahan database with a profile, the city's public key and demo participants
    3. the main window and its dashboard (QtCharts), built offscreen
    4. one roster PDF, read back with Qt's PDF module, shown in the print preview and its first
       page printed to a PDF file (QtPdf, QtPrintSupport, the bundled fonts); the same roster
       drawn by the print dialog's child process (the executable started with --print-worker)
    5. the participants exported to Excel and imported again into an empty database, with the
       import report written (the xlsx writer, calamine, openpyxl)
    6. one (encrypted, signed) sync file exported by the kelurahan, read by child processes (the
       executable started with --export-worker) ...
    7. ... and merged into the city database, whose counts must match, its lines checked by a child
       process (the executable started with --parse-worker) as a city-sized file's are
    8. Qt's text services (collation, case, time zone names: ICU's data), screening's name
       comparison (rapidfuzz) and the PostgreSQL client library (libpq) of the server mode
    9. every module of the program imported: nothing a window or command needs was left out

Each step prints one line; the run ends with "Self-test OK" (exit 0) or names the failed step
(exit 1). Because the Windows GUI executable has no console, the same lines are written to
`selftest.log` in the logs folder of the real data folder (see paths.logs_dir()). The temporary
folder is deleted after a successful run and kept, with its path printed, after a failure.
No personal data is involved: the participants are synthetic.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from jamsostek_desktop import APP_NAME, __version__, paths

DEMO_COUNT = 300
CITY = dict(region_code="18.72", kota="Kota Metro", provinsi="Lampung")
KELURAHAN = dict(region_code="18.72.01.1001", kelurahan="Yosodadi", kecamatan="Metro Timur",
                 kota="Kota Metro", provinsi="Lampung", alamat="Jl. Jenderal Sudirman No. 12, Metro",
                 lurah_nama="Uji Mandiri", lurah_nip="197501012000031001")
LOG_NAME = "selftest.log"


class StepFailed(Exception):
    """A check inside a step did not hold; the message says what was expected."""


class _Run:
    """Runs the steps in order; each report line goes to `out` and, as it is made, to the log file."""

    def __init__(self, out: Callable[[str], None], log_file: Path | None) -> None:
        self.out = out
        self.lines: list[str] = []
        self.log_file = log_file
        if log_file is not None:
            try:
                log_file.write_text("", encoding="utf-8")
            except OSError:
                self.log_file = None   # a read-only data folder must not fail the self-test

    def say(self, line: str) -> None:
        self.lines.append(line)
        self.out(line)
        if self.log_file is not None:
            # Line by line: if Qt aborts the process (no usable platform plugin), the log says how far it got.
            try:
                with open(self.log_file, "a", encoding="utf-8") as fh:
                    fh.write(line + "\n")
            except OSError:
                self.log_file = None

    def step(self, number: int, title: str, action: Callable[[], str]) -> None:
        started = time.perf_counter()
        try:
            detail = action()
        except Exception as exc:
            self.say(f"[{number}] GAGAL / FAILED: {title}: {_describe(exc)}")
            raise
        self.say(f"[{number}] OK {title}: {detail} ({time.perf_counter() - started:.1f} s)")


def _describe(exc: BaseException) -> str:
    message = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {message}"


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise StepFailed(message)


def _use(db_path: Path) -> None:
    """Switch the one deferred database to `db_path` (the catalogue cache holds per-file row ids)."""
    from jamsostek_desktop.services.participants import catalogue
    from jamsostek_desktop.services.startup import init_db

    catalogue.invalidate()
    init_db(db_path)
    catalogue.invalidate()


def _pdf_facts(path: Path, expected_pages: int) -> str:
    """Check the PDF's structure, then read it with Qt's PDF module (the print preview's reader)."""
    data = path.read_bytes()
    size = f"{len(data):,}".replace(",", ".")
    _check(data.startswith(b"%PDF-"), "berkas bukan PDF (header %PDF- tidak ada)")
    _check(data.rstrip().endswith(b"%%EOF"), "PDF terpotong (%%EOF tidak ada)")
    # reportlab writes one uncompressed page object per page ("/Type /Page", not "/Pages").
    pages = len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", data))
    _check(pages == expected_pages, f"PDF berisi {pages} halaman, seharusnya {expected_pages}")
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    try:
        error = document.load(str(path))
        _check(error == QPdfDocument.Error.None_, f"modul PDF Qt tidak dapat membuka berkas: {error.name}")
        _check(document.pageCount() == expected_pages, f"modul PDF Qt membaca {document.pageCount()} halaman")
        text = document.getAllText(0).text()
    finally:
        document.close()
    for needle in ("DAFTAR NAMA", "YOSODADI"):
        _check(needle in text.upper(), f"teks halaman 1 tidak memuat {needle!r}")
    return f"{pages} halaman, {size} byte, teks halaman 1 terbaca"


def _preview_and_print(path: Path, pages: int, out: Path) -> str:
    """The print dialog's preview shows the PDF; its first page goes to a PDF "printer"."""
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from jamsostek_desktop.ui.printing import printer as printing
    from jamsostek_desktop.ui.printing.preview import PreviewPanel

    panel = PreviewPanel()
    try:
        panel.resize(800, 600)
        shown = panel.show_file(str(path))
        QApplication.processEvents()
        _check(shown == pages, f"pratinjau menampilkan {shown} halaman, seharusnya {pages}")
        _check(not panel.grab().isNull(), "pratinjau tidak dapat digambar")
    finally:
        panel.clear()
        panel.deleteLater()
    target = out / "cetak-halaman-1.pdf"
    device = printing.make_printer("f4", True, "uji mandiri")
    device.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    device.setOutputFileName(str(target))
    device.setPrintRange(QPrinter.PrintRange.PageRange)
    device.setFromTo(1, 1)
    sent = printing.print_pdf(None, device, str(path))
    _check(sent == 1 and target.is_file() and target.stat().st_size > 10_000,
           f"{sent} halaman tercetak ke berkas, seharusnya 1")
    return f"pratinjau {shown} halaman, halaman 1 dicetak ke PDF"


def _text_and_server_client() -> str:
    """Qt's collation, case mapping and time zone names come from ICU's data, which the Linux
    bundle trims (installer/icu_data.py); screening scores names with rapidfuzz's C++ build;
    the server mode loads libpq through psycopg; sync files are deflated by ISA-L, whose
    isal_zlib loads igzip_lib from C (PyInstaller cannot see that import)."""
    import functools

    from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone

    indonesian = QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia)
    names = ["budi", "Çitra", "Andi", "Ábdul", "Zaki", "ani"]
    ordered = sorted(names, key=functools.cmp_to_key(QCollator(indonesian).compare))
    _check(ordered == ["Ábdul", "Andi", "ani", "budi", "Çitra", "Zaki"], f"urutan nama salah: {ordered}")
    _check(indonesian.toUpper("straße") == "STRASSE", "huruf besar salah")
    zone = QTimeZone(b"Asia/Jakarta")
    _check(zone.isValid() and zone.standardTimeOffset(QDateTime.currentDateTime()) == 7 * 3600,
           "zona waktu Asia/Jakarta tidak dikenal")
    zone_name = zone.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, indonesian)
    _check(bool(zone_name), "nama zona waktu kosong")
    # Screening compares names with rapidfuzz's C++ scorer (the bundle keeps only that build).
    from rapidfuzz import fuzz, process

    _check(fuzz.token_sort_ratio.__module__.startswith("rapidfuzz.fuzz_cpp"),
           f"pembanding nama bukan C++: {fuzz.token_sort_ratio.__module__}")
    alike = [m[0] for m in process.extract_iter("SITI AMINAH", ["AMINAH SITI", "SITI AMINA", "BUDI SANTOSO"],
                                                 scorer=fuzz.token_sort_ratio, score_cutoff=85)]
    _check(alike == ["AMINAH SITI", "SITI AMINA"], f"nama mirip: {alike}")
    from jamsostek_desktop.services.sync.format import stream

    _check(stream.fast_zlib.__name__ == "isal.isal_zlib", f"pemampat sinkronisasi: {stream.fast_zlib.__name__}")
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    version = psycopg.pq.version()
    _check(version >= 100000, f"libpq versi {version}")
    parsed = conninfo_to_dict("postgresql://staf@localhost/kota")   # parsed by libpq itself
    _check(parsed.get("dbname") == "kota" and parsed.get("user") == "staf", f"alamat server terbaca {parsed}")
    return (f"urutan nama, huruf besar, zona waktu ({zone_name}); nama mirip; pemampat ISA-L; klien PostgreSQL libpq "
            f"{version // 10000}.{version % 10000} ({psycopg.pq.__impl__})")


def _every_module() -> str:
    """Import every module of the program, as the feature windows and commands load them by name."""
    import importlib
    import pkgutil

    import jamsostek_desktop

    names = [info.name for info in pkgutil.walk_packages(jamsostek_desktop.__path__, "jamsostek_desktop.")
             if not info.name.endswith(".__main__")]
    failed = []
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as exc:  # noqa: BLE001 - every failure is listed, not only the first
            failed.append(f"{name} ({_describe(exc)})")
    _check(not failed, f"{len(failed)} modul gagal dimuat: " + "; ".join(failed[:3]))
    _check(len(names) >= 100, f"hanya {len(names)} modul program ditemukan")
    return f"{len(names)} modul program dimuat"


def _steps(run: _Run, work: Path) -> None:
    from jamsostek_desktop.db.models import Participant
    from jamsostek_desktop.domain.scope import Scope
    from jamsostek_desktop.services.participants import demo_data, profile
    from jamsostek_desktop.services.printing import documents
    from jamsostek_desktop.services.sync import export as sync_export
    from jamsostek_desktop.services.sync import importing as sync_import
    from jamsostek_desktop.services.sync import keys as sync_keys

    city_db, kel_db = work / "kota.sqlite3", work / "kelurahan.sqlite3"
    out = work / "keluaran"
    out.mkdir()
    state: dict = {}

    def city_setup() -> str:
        _use(city_db)
        profile.save(dict(CITY), mode="city")
        pub, _secret = sync_keys.generate_city_keys(out / "kunci-kota")
        state["city_key"] = pub
        return f"basis data kota {CITY['region_code']} dan pasangan kunci dibuat"

    def kelurahan_setup() -> str:
        _use(kel_db)
        # The kop's logo: reportlab reads it through Pillow, which the bundle must carry.
        profile.save(dict(KELURAHAN, logo=paths.resource("icons", "jamsostek-64.png").read_bytes()))
        key = sync_keys.import_city_public_key(state["city_key"])
        written = demo_data.generate(DEMO_COUNT, seed=7)
        _check(written == DEMO_COUNT, f"{written} peserta contoh ditulis, seharusnya {DEMO_COUNT}")
        state["live"] = Participant.live().count()
        return f"{written} peserta contoh, kunci kota {key.fingerprint}"

    def main_window() -> str:
        from PySide6.QtWidgets import QApplication

        from jamsostek_desktop.app import create_main_window

        window = create_main_window(kel_db)
        try:
            window.resize(1024, 640)
            QApplication.processEvents()
            title = window.windowTitle()
            _check("Yosodadi" in title and __version__ in title, f"judul jendela tak terduga: {title!r}")
            rows = window.list_page.model.rowCount()
            _check(rows == state["live"], f"daftar peserta memuat {rows} baris, seharusnya {state['live']}")
            _check(not window.grab().isNull(), "jendela tidak dapat digambar")
            window.show_dashboard()       # QtCharts: the bundle must carry it
            QApplication.processEvents()
            _check(len(window.dashboard_page.panels[0].chart.series()) == 1, "grafik dasbor tidak tergambar")
        finally:
            window.deleteLater()   # not close(): the self-test must not store its window size
            QApplication.processEvents()
        return f"jendela utama dan dasbor dibuat ({rows} baris)"

    def roster_pdf() -> str:
        _use(kel_db)
        every = documents.PrintOptions(listing="semua")      # every status: the count checks all
        result = documents.roster(out / "daftar-nominatif.pdf", Scope(), options=every)
        _check(result.rows == state["live"], f"PDF memuat {result.rows} peserta, seharusnya {state['live']}")
        facts = _pdf_facts(result.path, result.pages)
        _check(b"/Subtype /Image" in result.path.read_bytes(), "logo kop tidak tergambar di PDF")
        # The rekapitulasi draws its bar chart with reportlab.graphics.
        summary = documents.summary(out / "rekapitulasi.pdf", Scope(), options=every)
        _check(summary.rows == state["live"] and summary.path.stat().st_size > 10_000,
               f"rekapitulasi memuat {summary.rows} peserta, seharusnya {state['live']}")
        # The print dialog draws in a child process: this executable again, with --print-worker.
        from jamsostek_desktop.services.printing import child

        drawn = child.write("roster", out / "daftar-proses-anak.pdf", Scope(), every)
        _check((drawn.pages, drawn.rows) == (result.pages, result.rows),
               f"proses pencetak: {drawn.pages} halaman, {drawn.rows} peserta; seharusnya {result.pages}, {result.rows}")
        return (f"{facts}; rekapitulasi {summary.pages} halaman; proses pencetak {drawn.pages} halaman; "
                f"{_preview_and_print(result.path, result.pages, out)}")

    def excel_round_trip() -> str:
        from jamsostek_desktop.services.excel import export as excel_export
        from jamsostek_desktop.services.excel import import_report
        from jamsostek_desktop.services.excel import importing as excel_import

        _use(kel_db)
        book = excel_export.export(out / "peserta.xlsx", "full")
        _check(book.rows == state["live"], f"{book.rows} peserta diekspor, seharusnya {state['live']}")
        _use(work / "impor-excel.sqlite3")
        profile.save(dict(KELURAHAN))
        report = excel_import.import_file(book.path)
        _check(report.committed and report.imported == state["live"] and not report.errors,
               f"impor Excel: {report.imported} peserta, {len(report.errors)} galat, seharusnya {state['live']}")
        saved = import_report.save_report(report, out / "laporan-impor.xlsx")
        _check(saved.is_file() and saved.stat().st_size > 0, "laporan impor tidak tertulis")
        return f"{book.rows} peserta diekspor ke {book.path.name} dan diimpor lagi; laporan impor ditulis"

    def sync_out() -> str:
        from jamsostek_desktop.services.sync import payload, payload_parts

        _use(kel_db)
        payload_parts.last_usage.clear()
        result = sync_export.export(out)
        _check(result.written and result.path is not None, result.message or "berkas tidak dibuat")
        # A full file is read by child processes: this executable again, with --export-worker.
        readers = payload._parts()
        _check(readers == 1 or payload_parts.last_usage.get("cpu", 0) > 0,
               "berkas lengkap tidak dibaca oleh proses anak (--export-worker)")
        _check(result.encrypted, "berkas sinkronisasi tidak terenkripsi walau kunci kota terpasang")
        _check(result.records == state["live"], f"{result.records} rekaman dikirim, seharusnya {state['live']}")
        state["sync_file"], state["fingerprint"] = result.path, result.fingerprint
        return f"{result.path.name}, {result.records} rekaman, terenkripsi, dibaca oleh {readers} proses"

    def sync_in() -> str:
        from jamsostek_desktop.services.sync import trust

        _use(city_db)
        # The city accepts the kelurahan's key with the fingerprint its cover letter would carry.
        trust.accept_key(state["sync_file"], state["fingerprint"])
        # A city-sized file is checked by a child process (this executable with --parse-worker)
        # while the merge parses it; this small one is sent that way too, to prove the child runs.
        from jamsostek_desktop.services.sync.format import parse_child

        checked_from, parse_child.CHILD_FROM = parse_child.CHILD_FROM, 0
        try:
            report = sync_import.import_files([state["sync_file"]])
        finally:
            parse_child.CHILD_FROM = checked_from
        item = report.files[0]
        _check(not report.refused, f"berkas ditolak: {item.message}")
        live = Participant.live().where(Participant.kelurahan_code == KELURAHAN["region_code"]).count()
        _check(item.added == state["live"] and live == state["live"],
               f"kota menerima {item.added} dan memuat {live} peserta, seharusnya {state['live']}")
        _check(item.counts_match, "jumlah di kota tidak sama dengan jumlah di berkas")
        return f"{item.added} peserta digabung ke basis data kota, jumlah cocok"

    run.step(1, "basis data kota", city_setup)
    run.step(2, "basis data kelurahan", kelurahan_setup)
    run.step(3, "jendela utama", main_window)
    run.step(4, "PDF daftar nominatif", roster_pdf)
    run.step(5, "Excel keluar dan masuk", excel_round_trip)
    run.step(6, "kirim data (ekspor sinkronisasi)", sync_out)
    run.step(7, "terima data di kota (impor sinkronisasi)", sync_in)
    run.step(8, "layanan teks, pencocokan nama, klien PostgreSQL", _text_and_server_client)
    run.step(9, "semua modul program", _every_module)


def _log_file() -> Path | None:
    try:
        return paths.logs_dir() / LOG_NAME
    except OSError:
        return None


def run(out: Callable[[str], None] = print, keep: bool = False) -> int:
    """Run the self-test; 0 when every step passed, else 1. `out` receives each report line."""
    if not os.environ.get("QT_QPA_PLATFORM"):   # unset or empty: never open a window
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    run_ = _Run(out, _log_file())   # the real data folder's logs, before the temporary one replaces it
    run_.say(f"{APP_NAME} {__version__} self-test, {dt.datetime.now():%Y-%m-%d %H:%M:%S}, "
             f"Python {sys.version.split()[0]}, {'bundle' if getattr(sys, 'frozen', False) else 'source'}")
    from PySide6.QtWidgets import QApplication

    # Before the temporary folder exists: Qt ends the process when no platform plugin loads.
    QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "jamsostek-desktop"])
    work = Path(tempfile.mkdtemp(prefix="jamsostek-selftest-"))
    saved_env = {name: os.environ.get(name) for name in ("JAMSOSTEK_HOME", "JAMSOSTEK_DB")}
    os.environ["JAMSOSTEK_HOME"] = str(work / "data")
    os.environ.pop("JAMSOSTEK_DB", None)
    ok = False
    try:
        run_.say(f"Qt platform: {QApplication.platformName()}, data sementara: {work}")
        _steps(run_, work)
        ok = True
    except Exception:
        run_.say("Self-test GAGAL / FAILED")
        for line in traceback.format_exc().rstrip().splitlines():
            run_.say("    " + line)
        run_.say(f"Folder sementara disimpan untuk diperiksa / temporary folder kept: {work}")
    finally:
        from jamsostek_desktop.db.connection import close_db
        from jamsostek_desktop.services.participants import catalogue

        close_db()
        catalogue.invalidate()
        for name, value in saved_env.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    if ok:
        run_.say("Self-test OK")
        if not keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0 if ok else 1
