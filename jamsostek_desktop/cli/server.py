"""Commands of the city office's server: `city-move --to postgresql://...` (docs/postgresql.md)."""

from __future__ import annotations

import sys


def register(sub) -> None:
    p = sub.add_parser(
        "city-move",
        help="pindahkan basis data kota (berkas --db) ke server PostgreSQL yang kosong, dengan bukti per tabel")
    p.add_argument("--to", required=True, metavar="URL",
                   help="postgresql://PENGGUNA@HOST/DB (kata sandi dari PGPASSWORD atau berkas pgpass)")
    p.set_defaults(handler=cmd_city_move, needs_db=False, reads=True)


def cmd_city_move(args) -> int:
    from jamsostek_desktop.errors import AppError
    from jamsostek_desktop.paths import is_server_url, resolve_db_path
    from jamsostek_desktop.services.server import city_move

    source = resolve_db_path(args.db)
    if isinstance(source, str):
        raise AppError("--db harus berkas basis data kota (SQLite) yang akan dipindahkan, bukan alamat server.")
    if not is_server_url(args.to):
        raise AppError("--to harus alamat server PostgreSQL: postgresql://PENGGUNA@HOST/DB")

    def progress(done: int, total: int) -> None:
        print(f"\r  tabel {done}/{total}", end="", file=sys.stderr, flush=True)

    report = city_move.move(source, args.to, progress=progress)
    print(file=sys.stderr)
    print(f"Dipindahkan: {report.source} -> {report.target}")
    print(f"  {'tabel':22} {'baris berkas':>12} {'baris server':>12}  checksum (SHA-256)")
    for table in report.tables:
        mark = "sama" if table.equal else "BEDA"
        print(f"  {table.table:22} {table.source_rows:>12} {table.target_rows:>12}  {table.target_sum[:16]}  {mark}")
    print(f"Hasil: {len(report.tables)} tabel, {report.rows} baris, jumlah dan checksum sama di kedua sisi. "
          "Berkas SQLite tidak diubah.")
    return 0
