"""Commands of the sync feature: export, import, keys, and the conflict list."""

from __future__ import annotations

import sys

from jamsostek_desktop.cli import bounded


def register(sub) -> None:
    p = sub.add_parser("export-sync", help="kirim data: tulis berkas .jamsync untuk kantor kota")
    p.add_argument("out", metavar="OUT", help="berkas atau folder tujuan")
    p.add_argument("--full", action="store_true", help="kirim semua data, bukan hanya perubahan")
    p.add_argument("--resend", type=bounded(1, 10**9), metavar="SEQ", help="tulis ulang berkas nomor SEQ yang hilang")
    p.set_defaults(handler=cmd_export, personal=True)

    p = sub.add_parser("import-sync", help="terima data: gabungkan berkas .jamsync (basis data kota)")
    p.add_argument("files", metavar="FILE", nargs="+")
    p.add_argument("--dry-run", action="store_true", help="periksa dan laporkan saja, tanpa menyimpan")
    p.set_defaults(handler=cmd_import, reads=lambda args: args.dry_run)

    p = sub.add_parser("city-keygen", help="buat pasangan kunci kantor kota (OUT.pub dan OUT.key)")
    p.add_argument("out_prefix", metavar="OUT_PREFIX")
    p.set_defaults(handler=cmd_keygen)

    p = sub.add_parser("city-key", help="pasang kunci kota (kelurahan: --import BERKAS.pub)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--import", dest="import_file", metavar="PUBFILE",
                       help="kunci publik kota; berkas kiriman berikutnya dienkripsi untuknya")
    group.add_argument("--install-secret", metavar="KEYFILE",
                       help="kunci privat kota di komputer kantor kota yang lain")
    p.set_defaults(handler=cmd_city_key, reads=lambda args: not (args.import_file or args.install_secret))

    p = sub.add_parser("sync-accept-key", help="terima kunci instalasi kelurahan setelah mencocokkan sidiknya "
                                             "(administrator)")
    p.add_argument("file", metavar="FILE", help="berkas .jamsync yang ditandatangani kunci itu")
    p.add_argument("--sidik", metavar="SIDIK", help='sidik kunci dari surat pengantar kelurahan, '
                                                    'contoh "3F2A 91C0 5B7D 0E44 A1C9" (ditanya bila tidak diberi)')
    p.set_defaults(handler=cmd_accept_key)

    p = sub.add_parser("sync-fingerprint", help="kelurahan: tampilkan sidik kunci komputer ini untuk kantor kota")
    p.set_defaults(handler=cmd_fingerprint)

    p = sub.add_parser("sync-letter", help="kelurahan: cetak surat pengantar berisi sidik kunci (PDF)")
    p.add_argument("out", metavar="OUT.pdf")
    p.add_argument("--paper", choices=("f4", "a4"), default="f4", type=str.lower)
    p.set_defaults(handler=cmd_letter, personal=True)

    p = sub.add_parser("sync-issues", help="daftar konflik dan NIK ganda dari sinkronisasi")
    p.add_argument("--all", action="store_true", help="termasuk yang sudah selesai")
    p.set_defaults(handler=cmd_issues, reads=True, personal=True)

    p = sub.add_parser("sync-resolve", help="selesaikan konflik atau NIK ganda")
    p.add_argument("issue", type=bounded(1, 2**62), metavar="ID")
    choice = p.add_mutually_exclusive_group(required=True)
    choice.add_argument("--incoming", action="store_true", help="konflik: pakai versi kelurahan")
    choice.add_argument("--current", action="store_true", help="konflik: pertahankan versi kota")
    choice.add_argument("--keep", metavar="UUID", help="NIK ganda: pertahankan pendaftaran ini, arsipkan lainnya")
    choice.add_argument("--send-back", action="store_true", help="NIK ganda: kembalikan ke kelurahan")
    p.add_argument("--note", default="", help="catatan keputusan")
    p.set_defaults(handler=cmd_resolve)


def cmd_export(args) -> int:
    from jamsostek_desktop.services.sync import export as sync_export

    result = sync_export.export(args.out, full=args.full, resend=args.resend)
    print(result.message if not result.written else f"{result.message}\n{result.path}")
    if result.fingerprint:
        print(f"Sidik kunci komputer ini: {result.fingerprint} (dicocokkan kantor kota; "
              "cetak surat pengantar dengan 'jamsostek sync-letter SURAT.pdf')")
    for warning in result.warnings:
        print(f"PERINGATAN: {warning}", file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from jamsostek_desktop.services.sync import importing as sync_import

    report = sync_import.import_files(args.files, dry_run=args.dry_run)
    for line in report.lines():
        print(line)
    if report.refused:
        for f in report.refused:
            print(f"Galat: {f.path.name}: {f.message}", file=sys.stderr)
        return 2
    return 0


def cmd_keygen(args) -> int:
    from jamsostek_desktop.services.sync import keys as sync_keys

    pub, key = sync_keys.generate_city_keys(args.out_prefix)
    fingerprint = sync_keys.read_city_public_key(pub).fingerprint
    print(f"Kunci publik (bagikan ke kelurahan): {pub}")
    print(f"Kunci privat (RAHASIA, simpan cadangannya di tempat aman): {key}")
    print(f"Sidik kunci: {fingerprint}")
    return 0


def cmd_city_key(args) -> int:
    from jamsostek_desktop.services.sync import keys as sync_keys

    if args.import_file:
        key = sync_keys.import_city_public_key(args.import_file)
        print(f"Kunci publik {key.kota or key.region_code} dipasang (sidik {key.fingerprint}); "
              "berkas kiriman berikutnya dienkripsi.")
    elif args.install_secret:
        print(f"Kunci privat kota dipasang (sidik {sync_keys.install_city_secret(args.install_secret)}).")
    else:
        key = sync_keys.city_public_key()
        if key is None:
            print("Belum ada kunci publik kota; berkas kiriman TIDAK dienkripsi.")
        else:
            print(f"Kunci publik {key.kota or key.region_code}, sidik {key.fingerprint}.")
    return 0


def cmd_accept_key(args) -> int:
    from jamsostek_desktop.errors import AppError
    from jamsostek_desktop.services.sync import trust

    typed = args.sidik
    if typed is None:
        request = trust.request(args.file)
        if sys.stdin is None or not sys.stdin.isatty():
            raise AppError("Beri --sidik dengan sidik kunci dari surat pengantar kelurahan.")
        typed = input(f"Sidik kunci {request.kelurahan_name} ({request.kelurahan_code}) menurut surat "
                      "pengantarnya: ")
    name, fingerprint = trust.accept_key(args.file, typed)
    print(f"Kunci {name} diterima (sidik {fingerprint}); impor ulang berkasnya.")
    return 0


def cmd_fingerprint(args) -> int:
    from jamsostek_desktop.services.sync import keys as sync_keys

    installation_id, fingerprint = sync_keys.own_fingerprint()
    print(f"Sidik kunci komputer ini: {fingerprint}")
    print(f"ID instalasi: {installation_id}")
    print("Bacakan sidik itu ke kantor kota, atau cetak surat pengantar: jamsostek sync-letter SURAT.pdf")
    return 0


def cmd_letter(args) -> int:
    from jamsostek_desktop.services.sync import cover_letter

    letter = cover_letter.write(args.out, paper=args.paper)
    print(f"Surat pengantar (sidik kunci {letter.fingerprint}) -> {letter.path}")
    return 0


def cmd_issues(args) -> int:
    from jamsostek_desktop.services.sync import conflicts

    issues = conflicts.list_issues(include_resolved=args.all)
    if not issues:
        print("Tidak ada konflik atau NIK ganda yang terbuka.")
        return 0
    for i in issues:
        line = f"{i.id:>5}  {i.kind_label:10} {conflicts.STATUS_LABELS[i.status]:8} {i.kelurahan:20} {i.subject}: {i.summary}"
        if i.resolution:
            line += f" — {i.resolution} ({i.resolved_by}){': ' + i.note if i.note else ''}"
        print(line)
        if i.kind == "duplicate" and i.status == "open":
            for e in conflicts.enrolments(i.id):
                print(f"         {e.uuid}  {e.nama}, {e.category}, {e.kelurahan}"
                      + (" (diarsipkan)" if e.archived else ""))
    return 0


def cmd_resolve(args) -> int:
    from jamsostek_desktop.services.sync import conflicts

    if args.incoming or args.current:
        conflicts.resolve_conflict(args.issue, conflicts.TAKE_INCOMING if args.incoming else conflicts.KEEP_CURRENT,
                                   args.note)
        print(f"Konflik {args.issue} diselesaikan.")
    else:
        archived = conflicts.resolve_duplicate(args.issue, args.keep, args.note)
        print(f"NIK ganda {args.issue} diselesaikan; {archived} pendaftaran diarsipkan.")
    return 0
