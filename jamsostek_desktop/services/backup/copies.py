"""Backups with SQLite's online backup API, their rotation, and restore.

A backup is a complete single-file database (journal mode DELETE) named
`<db>-YYYYMMDD-HHMMSS[-tag].sqlite3` in the backups folder. It is written through
fileio (the only writer allowed into that folder) to a hidden `.partial` file, checked
with quick_check, synced and only then renamed, so a file under a backup's name is
always complete; a crash leaves at most a partial file, removed by the next backup.
Automatic backups happen only when the data changed since the newest backup (compared
by a fingerprint of both files).
Restore verifies the chosen file, keeps the current database as a backup first
and swaps files with the database closed.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from jamsostek_desktop import fileio, paths
from jamsostek_desktop.errors import DatabaseInUseError, StorageError, ValidationError, translate
from jamsostek_desktop.services.accounts import session
from jamsostek_desktop.services.backup import integrity
from jamsostek_desktop.services.backup import rotation as backup_rotation

log = logging.getLogger(__name__)

SUFFIX = ".sqlite3"
PARTIAL = ".partial"
TAG_BEFORE_RESTORE = "sebelum-pulihkan"
TAG_DAMAGED = "rusak"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6})(?:-(?P<n>\d+))?(?:-(?P<tag>[a-z-]+))?\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime          # local time, from the name
    tag: str
    size: int
    seq: int = 1                   # the -2, -3 ... of several backups in one second


def _current_db_path() -> Path:
    from jamsostek_desktop.db.connection import db

    if not db.database or db.database == ":memory:":
        raise StorageError(translate("copies", "Tidak ada basis data yang terbuka untuk dicadangkan."))
    return Path(db.database)


def backup_folder() -> Path:
    return paths.backups_dir()


def list_backups(db_path: str | Path | None = None, folder: str | Path | None = None) -> list[BackupInfo]:
    """Complete backups of `db_path` in `folder`, newest first."""
    stem = Path(db_path or _current_db_path()).stem
    folder = Path(folder) if folder else backup_folder()
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        m = _NAME.match(entry.name)
        if not m or m["stem"] != stem or not entry.is_file():
            continue
        try:
            taken = dt.datetime.strptime(m["ts"], "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupInfo(Path(entry.path), taken, m["tag"] or "", entry.stat().st_size,
                                int(m["n"] or 1)))
    found.sort(key=lambda b: (b.taken_at, b.seq), reverse=True)
    return found


def _unused_name(folder: Path, stem: str, now: dt.datetime, tag: str) -> Path:
    base = f"{stem}-{now:%Y%m%d-%H%M%S}"
    tail = f"-{tag}" if tag else ""
    candidate = folder / f"{base}{tail}{SUFFIX}"
    n = 2
    while candidate.exists():
        candidate = folder / f"{base}-{n}{tail}{SUFFIX}"
        n += 1
    return candidate


def _copy_database(source: Path, target: Path) -> None:
    """Online backup of `source` into a new single-file database at `target`, checked."""
    src = sqlite3.connect(f"file:{source.as_posix()}?mode=ro", uri=True, timeout=10)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # self-contained: no -wal file beside it
            if dst.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise StorageError(translate("copies", "Salinan cadangan gagal diperiksa; cadangan dibatalkan."))
        finally:
            dst.close()
    finally:
        src.close()


def _write_backup(source: Path, target: Path, doing: str) -> Path:
    """Copy through fileio: a temporary file beside `target`, checked, synced, then renamed,
    so the final name only ever holds a complete file (and is never the open database)."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with fileio.Staged(target, backup=True, private=True, what=translate("copies", "Cadangan")) as staged:
            _copy_database(source, staged.path)
    except (OSError, sqlite3.Error) as exc:
        error = integrity.storage_error(exc, doing)
        if error is None:
            error = StorageError(translate("copies", "Gagal {doing}: {reason}.").format(doing=doing, reason=exc))
        raise error from exc
    return target


def _remove_quietly(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _remove_stale_partials(folder: Path) -> None:
    """Temporary files of a backup that was killed half-way (and SQLite's journal beside one)."""
    for entry in fileio.temporaries(folder, "*" + SUFFIX):
        _remove_quietly(entry)
        _remove_quietly(Path(f"{entry}-journal"))


def make_backup(dest: str | Path | None = None, *, db_path: str | Path | None = None, tag: str = "",
                second_folder: str | Path | None = None, thin: bool = True,
                check_permission: bool = True) -> Path:
    """Back up the database. `dest` given: exactly that file; else a new file in the backups folder.

    `check_permission=False` is the program's own automatic backup, which nobody asks for.
    """
    if check_permission:
        session.require("backup.make")
    source = Path(db_path or _current_db_path())
    if not source.exists():
        raise StorageError(translate("copies", "Basis data tidak ditemukan: {path}.").format(path=source))
    if dest is not None:
        dest = Path(dest)
        if dest.is_dir():
            dest = _unused_name(dest, source.stem, dt.datetime.now(), tag)
        elif dest.suffix.lower() != SUFFIX:
            dest = dest.with_name(dest.name + SUFFIX)     # a backup is found by its suffix
        return _write_backup(source, dest, translate("copies", "membuat cadangan"))
    folder = backup_folder()
    _remove_stale_partials(folder)
    target = _write_backup(source, _unused_name(folder, source.stem, dt.datetime.now(), tag),
                           translate("copies", "membuat cadangan"))
    log.info("backup written (%d bytes)", target.stat().st_size)
    if thin:
        thin_backups(source, folder)
    if second_folder:
        copy_to_second_folder(target, Path(second_folder), source)
    return target


def copy_to_second_folder(backup_file: Path, folder: Path, db_path: Path) -> Path | None:
    """Copy a finished backup to a flash drive; a missing drive is logged, not fatal."""
    if not folder.is_dir():
        log.warning("second backup folder not available")
        return None
    try:
        _remove_stale_partials(folder)
        target = _write_backup(backup_file, folder / backup_file.name,
                               translate("copies", "menyalin cadangan ke folder kedua"))
    except StorageError:
        log.warning("copy to second backup folder failed", exc_info=True)
        return None
    thin_backups(db_path, folder)
    return target


def thin_backups(db_path: str | Path | None = None, folder: str | Path | None = None,
                 now: dt.datetime | None = None) -> list[Path]:
    """Delete the backups the rotation does not keep; returns the deleted files."""
    now = now or dt.datetime.now()
    recent = now.date() - dt.timedelta(days=1)
    # Copies made before a restore or an upgrade, and damaged files kept for inspection, are
    # the only copy of what was replaced: rotation never deletes them.
    backups = [b for b in list_backups(db_path, folder) if not b.tag]
    kept_times = backup_rotation.keep([b.taken_at for b in backups], now)
    deleted, seen = [], set()
    for b in backups:  # newest first; several files in one second count as one backup
        duplicate = b.taken_at in seen and b.taken_at.date() < recent
        seen.add(b.taken_at)
        if b.taken_at in kept_times and not duplicate:
            continue
        _remove_quietly(b.path)
        _remove_quietly(Path(str(b.path) + "-wal"))  # beside a copied damaged database
        deleted.append(b.path)
    return deleted


def fingerprint(path: str | Path) -> tuple | None:
    """What changes whenever data changes: change sequence, counts, last audit entry, settings."""
    try:
        conn = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error:
        return None
    try:
        parts = []
        for sql in ('SELECT MAX("change_seq"), COUNT(*), SUM("revision") FROM "participant"',
                    "SELECT MAX(\"id\") FROM \"audit_entry\" WHERE \"action\" NOT IN ('login', 'lock')",
                    'SELECT COUNT(*), group_concat("value", \'|\') FROM "setting"',
                    'SELECT COUNT(*), MAX("updated_at") FROM "profile"',
                    'SELECT COUNT(*), SUM("potential"), group_concat("fields", \'|\') FROM "category"'):
            try:
                parts.append(tuple(conn.execute(sql).fetchone()))
            except sqlite3.Error:
                parts.append(None)
        return tuple(parts)
    finally:
        conn.close()


def has_changed_since_last_backup(db_path: str | Path | None = None) -> bool:
    source = Path(db_path or _current_db_path())
    backups = list_backups(source)
    if not backups:
        return True
    return fingerprint(source) != fingerprint(backups[0].path)


def backup_if_changed(db_path: str | Path | None = None, second_folder: str | Path | None = None) -> Path | None:
    """The automatic backup: a new file only when the data changed since the newest backup."""
    source = Path(db_path or _current_db_path())
    if not has_changed_since_last_backup(source):
        return None
    return make_backup(db_path=source, second_folder=second_folder, check_permission=False)


def verify_backup(path: str | Path) -> integrity.CheckReport:
    """A backup fit to restore: a healthy Jamsostek database this program can open."""
    report = integrity.full_check(path)
    if not report.ok:
        raise ValidationError(translate("copies", "Berkas cadangan tidak dapat dipakai: {name}.").format(
                              name=Path(path).name),
                              problems=report.problems[:5])
    return report


def restore(backup_file: str | Path, db_path: str | Path | None = None, *,
            check_permission: bool = True) -> Path | None:
    """Replace the database with a verified backup; the current file is kept as a backup first.

    Returns the backup of the previous database (None if it was missing). The
    database is reopened (and migrated) afterwards. `check_permission=False` is the
    start-up recovery of a damaged file, when nobody can log in.
    """
    from jamsostek_desktop.db.connection import close_db, db
    from jamsostek_desktop.services.startup import init_db

    if check_permission:
        session.require("backup.restore")
    backup_file = Path(backup_file)
    target = Path(db_path or _current_db_path())
    verify_backup(backup_file)
    kept = _keep_current(target)
    staged = target.with_name("." + target.name + ".restore" + PARTIAL)
    _write_backup(backup_file, staged, translate("copies", "memulihkan cadangan"))
    was_open = not db.is_closed() and Path(db.database).resolve() == target.resolve()
    if was_open:
        _checkpoint(db)
        close_db()
    try:
        # The WAL of the old file must go before the swap, or SQLite would replay it onto the new one.
        for extra in ("-wal", "-shm"):
            Path(str(target) + extra).unlink(missing_ok=True)
        # The one write over the database: the verified copy takes its place, with it closed.
        os.replace(staged, target)
        fileio.fsync_folder(target.parent)
    except OSError as exc:
        _remove_quietly(staged)
        raise integrity.storage_error(exc, translate("copies", "memulihkan cadangan")) or StorageError(
            translate("copies", "Gagal memulihkan cadangan: {reason}.").format(reason=exc)) from exc
    init_db(target)
    from jamsostek_desktop.db.connection import db as reopened
    from jamsostek_desktop.services.accounts import audit

    with reopened.atomic():
        audit.record("restore_backup", "backup", paths.printable(backup_file.name),
                     reason=audit.KEPT_AS.format(name=kept.name) if kept else "")
    log.info("database restored from a backup")
    return kept


def _checkpoint(database) -> None:
    busy = database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy and busy[0]:
        raise DatabaseInUseError(translate(
            "copies", "Basis data sedang dipakai; tutup jendela dan proses lain lalu ulangi pemulihan."))


def _keep_current(target: Path) -> Path | None:
    """Back up the database about to be replaced; a damaged one is copied byte for byte."""
    if not target.exists():
        return None
    folder = backup_folder()
    if integrity.quick_check(target).ok:
        kept = _unused_name(folder, target.stem, dt.datetime.now(), TAG_BEFORE_RESTORE)
        return _write_backup(target, kept, translate("copies", "mencadangkan basis data saat ini"))
    kept = _unused_name(folder, target.stem, dt.datetime.now(), TAG_DAMAGED)
    try:
        for extra in ("", "-wal"):
            source = Path(str(target) + extra)
            if source.exists():
                what = translate("copies", "Salinan basis data rusak")
                with open(source, "rb") as src, \
                        fileio.Staged(Path(str(kept) + extra), backup=True, private=True, what=what) as staged, \
                        staged.open("wb") as copy:
                    shutil.copyfileobj(src, copy)
    except OSError as exc:
        raise integrity.storage_error(exc, translate("copies", "menyimpan basis data yang rusak")) or StorageError(
            translate("copies", "Basis data yang rusak tidak dapat disimpan: {reason}.").format(reason=exc)) from exc
    return kept


def newest_good_backup(db_path: str | Path) -> BackupInfo | None:
    """The newest backup that passes the integrity check (start-up recovery)."""
    for info in list_backups(db_path):
        if info.tag == TAG_DAMAGED:
            continue
        try:
            if integrity.quick_check(info.path).ok:
                return info
        except StorageError:
            log.warning("backup %s could not be read; trying an older one", info.path.name)
    return None
