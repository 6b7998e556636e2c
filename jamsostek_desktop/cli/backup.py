"""Commands of the backup feature: `backup [OUT]`, `restore FILE [--yes]`, `check`."""

from __future__ import annotations

import sys

from jamsostek_desktop.errors import AppError


def register(sub) -> None:
    p = sub.add_parser("backup", help="buat cadangan basis data (bawaan: folder cadangan)")
    p.add_argument("out", nargs="?", default=None, metavar="OUT", help="berkas atau folder tujuan")
    p.add_argument("--list", action="store_true", help="tampilkan cadangan yang ada")
    p.set_defaults(handler=cmd_backup, reads=True)

    p = sub.add_parser("restore", help="pulihkan basis data dari berkas cadangan")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="jangan bertanya sebelum mengganti basis data")
    p.set_defaults(handler=cmd_restore, needs_db=False)

    p = sub.add_parser("check", help="periksa integritas basis data (integrity_check, foreign key, versi, jumlah)")
    p.set_defaults(handler=cmd_check, needs_db=False, reads=True)


def cmd_backup(args) -> int:
    from jamsostek_desktop.services.backup import copies as backup

    if args.list:
        backups = backup.list_backups()
        if not backups:
            print("Belum ada cadangan.")
        for b in backups:
            print(f"{b.taken_at:%d-%m-%Y %H:%M:%S}  {b.size / 1_048_576:8.1f} MB  {b.path}")
        return 0
    from jamsostek_desktop.services import startup

    if startup.on_server():
        from jamsostek_desktop.services.backup import server_backup

        path = server_backup.make_dump(args.out)
    else:
        path = backup.make_backup(args.out)
    print(f"Cadangan dibuat: {path}")
    return 0


def _confirm(question: str) -> bool:
    if sys.stdin is None or not sys.stdin.isatty():
        raise AppError("Pemulihan mengganti basis data: jalankan di terminal untuk konfirmasi, atau beri --yes.")
    return input(f"{question} [y/N] ").strip().lower() in ("y", "ya", "yes")


def cmd_restore(args) -> int:
    from jamsostek_desktop.cli import open_database
    from jamsostek_desktop.paths import resolve_db_path
    from jamsostek_desktop.services.backup import copies as backup
    from jamsostek_desktop.services.backup import integrity

    # The instance lock is held (cli/command.py): no window or writer has the file open.
    db_path = resolve_db_path(args.db)
    report = backup.verify_backup(args.file)
    healthy = db_path.exists() and integrity.quick_check(db_path).ok
    if healthy:
        open_database(args)  # logs in --user; restore needs an administrator
    elif db_path.exists():
        print("Basis data saat ini rusak; salinannya disimpan di folder cadangan sebelum diganti.")
    participants = report.counts.get("participant", 0)
    if not args.yes and not _confirm(
            f"Ganti {db_path} dengan cadangan {args.file} ({participants} peserta)?"):
        print("Dibatalkan; basis data tidak diubah.")
        return 1
    kept = backup.restore(args.file, db_path, check_permission=healthy)
    if kept:
        print(f"Basis data sebelumnya disimpan sebagai {kept}")
    print(f"Basis data dipulihkan dari {args.file} ({participants} peserta).")
    return 0


def cmd_check(args) -> int:
    from jamsostek_desktop.paths import resolve_db_path
    from jamsostek_desktop.services.backup import integrity

    db_path = resolve_db_path(args.db)
    if isinstance(db_path, str):
        from jamsostek_desktop.services import startup

        report = integrity.full_check(db_path)      # a server database (docs/postgresql.md)
        db_path = startup.database_target()
    elif not db_path.exists():
        raise AppError(f"Basis data tidak ditemukan: {db_path}")
    else:
        report = integrity.full_check(db_path)
    print(f"Basis data: {db_path}")
    print(f"Versi skema: {report.schema_version} (program: {report.latest_version})")
    for table, label in integrity.COUNTED_TABLES.items():
        if table in report.counts:
            print(f"  {label:14} {report.counts[table]:>9}")
    for notice in report.notices:
        print(f"  Catatan: {notice}")
    if report.ok:
        print("Hasil: baik (integrity_check ok, foreign key ok, teks UTF-8 ok, segel log audit dan data ok).")
        return 0
    print("Hasil: BERMASALAH")
    for problem in report.problems:
        print(f"  - {problem}")
    return 1
