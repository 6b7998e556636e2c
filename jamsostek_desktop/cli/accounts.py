"""Commands of the accounts feature: `user add|list|set|reset-password|status|unlock`, `audit list|export`.

The acting user logs in with the global `--user` (password in JAMSOSTEK_PASSWORD);
a new or reset password comes from JAMSOSTEK_NEW_PASSWORD or a terminal prompt.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import sys

from jamsostek_desktop.cli import bounded
from jamsostek_desktop.errors import AppError, ValidationError


def register(sub) -> None:
    user = sub.add_parser("user", help="kelola akun pengguna (administrator)")
    users = user.add_subparsers(dest="user_command", metavar="AKSI")
    users.required = True

    p = users.add_parser("add", help="tambah pengguna (kata sandi dari JAMSOSTEK_NEW_PASSWORD atau ditanya)")
    p.add_argument("username")
    p.add_argument("--role", default="operator", choices=("operator", "verifikator", "admin"))
    p.add_argument("--full-name", default="", help="nama lengkap")
    p.set_defaults(handler=cmd_user_add)

    p = users.add_parser("list", help="daftar pengguna")
    p.set_defaults(handler=cmd_user_list, reads=True, personal=True)

    p = users.add_parser("set", help="ubah peran, nama atau status aktif pengguna")
    p.add_argument("username")
    p.add_argument("--role", choices=("operator", "verifikator", "admin"))
    p.add_argument("--full-name")
    p.add_argument("--active", dest="active", action="store_true", default=None, help="aktifkan")
    p.add_argument("--inactive", dest="active", action="store_false", help="nonaktifkan")
    p.set_defaults(handler=cmd_user_set)

    p = users.add_parser("reset-password", help="atur kata sandi baru (JAMSOSTEK_NEW_PASSWORD atau ditanya)")
    p.add_argument("username")
    p.set_defaults(handler=cmd_user_reset)

    p = users.add_parser("status", help="status kunci (lock-out) pengguna")
    p.add_argument("username")
    p.set_defaults(handler=cmd_user_status, reads=True, personal=True)

    p = users.add_parser("unlock", help="buka kunci akun sebelum waktunya")
    p.add_argument("username")
    p.set_defaults(handler=cmd_user_unlock)

    audit = sub.add_parser("audit", help="log audit: tampilkan atau ekspor ke CSV")
    audits = audit.add_subparsers(dest="audit_command", metavar="AKSI")
    audits.required = True
    for name, handler, text in (("list", cmd_audit_list, "tampilkan entri terbaru"),
                                ("export", cmd_audit_export, "ekspor ke berkas CSV")):
        p = audits.add_parser(name, help=text)
        if name == "export":
            p.add_argument("out", metavar="BERKAS.csv")
        else:
            p.add_argument("--limit", type=bounded(1, 100_000), default=50)
        p.add_argument("--actor", default="", help="pengguna")
        p.add_argument("--table", default="", help="participant, profile, category, contribution_rate, user_account")
        p.add_argument("--action", default="", help="create, update, archive, status, login ...")
        p.add_argument("--record", default="", help="kunci rekaman (UUID peserta, nama pengguna ...)")
        p.add_argument("--search", default="", help="teks dalam kolom, nilai atau alasan")
        p.add_argument("--from", dest="date_from", default=None, help="tanggal awal YYYY-MM-DD")
        p.add_argument("--to", dest="date_to", default=None, help="tanggal akhir YYYY-MM-DD")
        p.set_defaults(handler=handler, reads=True, personal=True)


def new_password(prompt: str = "Kata sandi baru: ") -> str:
    value = os.environ.get("JAMSOSTEK_NEW_PASSWORD")
    if value is not None:
        return value
    if sys.stdin is not None and sys.stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Ulangi kata sandi: ") != first:
            raise ValidationError("Kedua kata sandi tidak sama.")
        return first
    raise AppError("Kata sandi baru tidak diberikan: isi JAMSOSTEK_NEW_PASSWORD atau jalankan di terminal.")


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%d-%m-%Y %H:%M UTC") if value else "-"


def cmd_user_add(args) -> int:
    from jamsostek_desktop.services.accounts import users as accounts

    actor = accounts.create_user(args.username, new_password(), role=args.role, full_name=args.full_name)
    print(f"Pengguna {actor.username} ({args.role}) dibuat.")
    return 0


def cmd_user_list(args) -> int:
    from jamsostek_desktop.services.accounts import users as accounts

    users = accounts.list_users()
    if not users:
        print("Belum ada pengguna.")
        return 0
    print(f"{'Pengguna':20} {'Peran':14} {'Aktif':6} {'Terkunci':9} {'Masuk terakhir':22} Nama")
    for u in users:
        print(f"{u.username:20} {u.role_label:14} {'ya' if u.active else 'tidak':6} "
              f"{'ya' if u.locked() else 'tidak':9} {_when(u.last_login_at):22} {u.full_name}")
    return 0


def cmd_user_set(args) -> int:
    from jamsostek_desktop.services.accounts import users as accounts

    if args.role is None and args.full_name is None and args.active is None:
        raise ValidationError("Tidak ada yang diubah: beri --role, --full-name, --active atau --inactive.")
    u = accounts.update_user(args.username, full_name=args.full_name, role=args.role, active=args.active)
    print(f"Pengguna {u.username}: {u.role_label}, {'aktif' if u.active else 'nonaktif'}.")
    return 0


def cmd_user_reset(args) -> int:
    from jamsostek_desktop.services.accounts import users as accounts

    accounts.reset_password(args.username, new_password())
    print(f"Kata sandi {args.username} diganti; pengguna diminta menggantinya saat masuk berikutnya.")
    return 0


def cmd_user_status(args) -> int:
    from jamsostek_desktop.services.accounts import users as accounts

    u = accounts.lock_status(args.username)
    state = f"terkunci sampai {_when(u.locked_until)}" if u.locked() else "tidak terkunci"
    print(f"{u.username}: {state}; salah kata sandi berturut-turut: {u.failed_attempts} "
          f"dari {accounts.MAX_ATTEMPTS}; {'aktif' if u.active else 'nonaktif'}.")
    return 0


def cmd_user_unlock(args) -> int:
    from jamsostek_desktop.services.accounts import users as accounts

    accounts.unlock(args.username)
    print(f"Kunci akun {args.username} dibuka.")
    return 0


def _date(text: str | None, what: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"Tanggal {what} tidak valid: {text} (format YYYY-MM-DD).") from exc


def _filter(args):
    from jamsostek_desktop.services.accounts.audit import AuditFilter

    return AuditFilter(actor=args.actor, table=args.table, action=args.action, record=args.record,
                       text=args.search, date_from=_date(args.date_from, "awal"),
                       date_to=_date(args.date_to, "akhir"))


def cmd_audit_list(args) -> int:
    from jamsostek_desktop.services.accounts import audit
    from jamsostek_desktop.services.accounts.session import require

    require("audit.view")
    for e in audit.entries(_filter(args), limit=args.limit):
        change = f"{e.field}: {e.old_value or ''} -> {e.new_value or ''}" if e.field else (e.new_value or "")
        print(f"{e.at:%Y-%m-%d %H:%M:%S}  {e.actor:12} {audit.action_label(e.action):20} "
              f"{audit.table_label(e.table):16} {e.record:36} {change}"
              + (f"  ({e.reason})" if e.reason else ""))
    return 0


def cmd_audit_export(args) -> int:
    from jamsostek_desktop.services.accounts import audit

    done = audit.export_csv(args.out, _filter(args))
    print(f"{done.rows} entri log audit diekspor ke {done.path}.")
    return 0
