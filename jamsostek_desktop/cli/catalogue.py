"""Catalogue commands: list categories, add a category or a field, import a catalogue file."""

from __future__ import annotations

import json


def register(sub) -> None:
    p = sub.add_parser("category", help="katalog kategori pekerja")
    csub = p.add_subparsers(dest="category_command", metavar="AKSI")
    csub.required = True
    c = csub.add_parser("list", help="daftar kategori")
    c.add_argument("--json", action="store_true")
    c.set_defaults(handler=cmd_list)
    c = csub.add_parser("add", help="tambah kategori")
    c.add_argument("--code", required=True, help="kode stabil, contoh juru-parkir")
    c.add_argument("--name", required=True)
    c.add_argument("--group", required=True)
    c.add_argument("--fields", default="[]", help='JSON: [{"key": "lokasi", "label": "Lokasi", "required": true}]')
    c.add_argument("--key-field", default=None)
    c.set_defaults(handler=cmd_add)
    c = csub.add_parser("add-field", help="tambah field pada kategori")
    c.add_argument("code")
    c.add_argument("--key", required=True)
    c.add_argument("--label", required=True)
    c.add_argument("--type", default="text", choices=["text", "int", "date", "choice"])
    c.add_argument("--required", action="store_true")
    c.add_argument("--choices", default="", help="pilihan dipisah koma (jenis choice)")
    c.set_defaults(handler=cmd_add_field)
    c = csub.add_parser("import", help="tambah (atau perbarui dengan --replace) kategori dari berkas JSON")
    c.add_argument("file")
    c.add_argument("--replace", action="store_true")
    c.set_defaults(handler=cmd_import)
    c = csub.add_parser("potential", help="isi jumlah potensi (untuk cakupan)")
    c.add_argument("code")
    c.add_argument("count", type=int)
    c.set_defaults(handler=cmd_potential)


def cmd_list(args) -> int:
    from jamsostek_desktop.services import catalogue

    cats = catalogue.all_categories()
    if args.json:
        print(json.dumps([{"code": c.code, "name": c.name, "group": c.group,
                           "fields": [f.as_dict() for f in c.fields]} for c in cats], ensure_ascii=False))
        return 0
    for group, members in catalogue.groups():
        print(group)
        for c in members:
            print(f"  {c.code:30} {c.name}")
    return 0


def cmd_add(args) -> int:
    from jamsostek_desktop.errors import ValidationError
    from jamsostek_desktop.services import catalogue

    try:
        fields = json.loads(args.fields)
    except json.JSONDecodeError as exc:
        raise ValidationError("--fields harus JSON yang valid.") from exc
    c = catalogue.add_category(args.code, args.name, args.group, fields, args.key_field)
    print(f"Kategori {c.name} ({c.code}) ditambahkan.")
    return 0


def cmd_add_field(args) -> int:
    from jamsostek_desktop.services import catalogue

    field = {"key": args.key, "label": args.label, "type": args.type, "required": args.required}
    if args.choices:
        field["choices"] = [c.strip() for c in args.choices.split(",") if c.strip()]
    catalogue.add_field(args.code, field)
    print(f"Field {args.key} ditambahkan pada {args.code}.")
    return 0


def cmd_import(args) -> int:
    from pathlib import Path

    from jamsostek_desktop.services import catalogue

    added = catalogue.import_file(Path(args.file), replace=args.replace)
    print(f"{added} kategori baru ditambahkan.")
    return 0


def cmd_potential(args) -> int:
    from jamsostek_desktop.services import catalogue

    catalogue.set_potential(args.code, args.count)
    print(f"Potensi {args.code}: {args.count}.")
    return 0
