"""Rebuild Qt's ICU data library (libicudata.so.NN, 32 MB) with only what the program can reach.

Linux only: QtCore links ICU there (on Windows Qt uses the system's ICU), and ICU's data is one
symbol, `icudtNN_dat`, holding a "common data" package of some 3,900 items. Qt asks ICU for
collation (QCollator), locale-aware case mapping, time zone names and the codecs QStringConverter
lacks; the program speaks Indonesian and English. Kept: every item that is not locale data
(properties, normalisation, aliases, time zone rules, plural rules, likely subtags ...), the
locale data of root, English and Indonesian in every tree, the break rules, and the Windows-1252
codec. Left out: the other 700-odd locales' names, currencies, units, collations and number
spellings, the CJK/Thai/Khmer/Lao/Burmese break dictionaries, transliteration, and the other
codecs. The bundle's self-test (selftest.py step 3) sorts, cases and names a time zone through
this data.

Used by build_installer.spec; by hand: `python installer/icu_data.py LIBICUDATA OUT_FOLDER`.
Needs binutils' `nm` and a C compiler driver (`cc`) to assemble the new library.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

LANGUAGES = ("root", "en", "id")
KEPT_CODECS = ("ibm-5348_P100-1997",)   # windows-1252; UTF-8/16/32, ASCII and Latin-1 need no file
DROPPED_TREES = ("translit",)
DICTIONARY = ".dict"


def _locale_item(name: str) -> str | None:
    """The locale a locale-data item belongs to ('id_ID.res' -> 'id'), else None."""
    match = re.fullmatch(r"([a-z]{2,3})(_[A-Za-z0-9]*)*\.res", name)
    return match.group(1) if match else None


def keep(item: str) -> bool:
    """`item` is a package item name without the package prefix, e.g. 'coll/id.res'."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name.endswith(DICTIONARY):
        return False
    if name.endswith(".cnv"):
        return name[:-4] in KEPT_CODECS
    if name in ("res_index.res", "pool.res", "root.res"):
        return True
    language = _locale_item(name)
    if language is None:
        return True          # not locale data: properties, rules, supplemental data
    return language in LANGUAGES


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common data package ("CmnD") into its header and (name, bytes) items."""
    header_size = struct.unpack_from("<H", data, 0)[0]
    if data[2:4] != b"\xda\x27" or data[12:16] != b"CmnD":
        raise ValueError("not a little-endian ICU common data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        name = data[start:data.index(b"\0", start)].decode("ascii")
        end = toc[i + 1][1] if i + 1 < count else len(data) - header_size
        items.append((name, data[header_size + data_offset:header_size + end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The inverse of read_package: TOC, names, then each item aligned to 16 bytes (as icupkg)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    table_size = 4 + 8 * len(items)
    data_start = (table_size + len(names) + 15) // 16 * 16
    toc, body, name_offset = [], bytearray(), table_size
    for name, blob in items:
        toc.append(struct.pack("<II", name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += blob
        body += b"\0" * (-len(body) % 16)
    out = header + struct.pack("<I", len(items)) + b"".join(toc) + names
    return out + b"\0" * (len(header) + data_start - len(out)) + bytes(body)


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol, file offset, size) of the icudtNN_dat symbol; the library's one loaded section."""
    listing = subprocess.run(["nm", "-D", "-S", "--defined-only", str(library)],
                             capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and re.fullmatch(r"icudt\d+_dat", parts[3]):
            address, size = int(parts[0], 16), int(parts[1], 16)
            return parts[3], _file_offset(library, address), size
    raise ValueError(f"{library}: no icudtNN_dat symbol")


def _file_offset(library: Path, address: int) -> int:
    headers = subprocess.run(["readelf", "-lW", str(library)], capture_output=True, text=True,
                             check=True).stdout
    for line in headers.splitlines():
        parts = line.split()
        if parts[:1] == ["LOAD"]:
            offset, vaddr, filesz = int(parts[1], 16), int(parts[2], 16), int(parts[4], 16)
            if vaddr <= address < vaddr + filesz:
                return address - vaddr + offset
    raise ValueError(f"{library}: address {address:#x} is in no loaded segment")


def _soname(library: Path) -> str:
    dynamic = subprocess.run(["readelf", "-dW", str(library)], capture_output=True, text=True,
                             check=True).stdout
    match = re.search(r"\(SONAME\)\s+Library soname: \[([^\]]+)\]", dynamic)
    return match.group(1) if match else library.name


def trimmed(library: Path | str, folder: Path | str) -> tuple[Path, int, int]:
    """Write the trimmed library into `folder`; returns (path, items kept, items in the original)."""
    library, folder = Path(library), Path(folder)
    symbol, offset, size = _data_symbol(library)
    with open(library, "rb") as fh:
        fh.seek(offset)
        header, items = read_package(fh.read(size))
    prefix = items[0][0].split("/", 1)[0] + "/"          # 'icudt73l/'
    kept = [(name, blob) for name, blob in items if keep(name[len(prefix):])]
    folder.mkdir(parents=True, exist_ok=True)
    package = folder / f"{prefix[:-1]}.dat"
    package.write_bytes(write_package(header, kept))
    source = folder / "icudata.S"
    source.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "{package.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n', encoding="ascii")
    soname = _soname(library)
    out = folder / soname
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        raise FileNotFoundError("no C compiler driver (cc) to assemble the ICU data library")
    subprocess.run([compiler, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-Wl,-z,noexecstack",
                    "-o", out.name, source.name], cwd=folder, check=True)
    return out, len(kept), len(items)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    library, folder = Path(argv[0]), Path(argv[1])
    out, kept, total = trimmed(library, folder)
    print(f"{out}: {kept} of {total} items, {library.stat().st_size:,} -> {out.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
