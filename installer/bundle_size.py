"""Where a built bundle's bytes are: the total, a breakdown by kind and the biggest files.

Usage: `python installer/bundle_size.py [dist/jamsostek-desktop] [--top 25] [--compare OTHER]`.
The total counts every regular file once (symlinks are not followed), as `du -sb` does;
`--compare` prints an older build's figure beside each line, for the before/after table.
"""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

# The first pattern a file's path (relative to the bundle, lower case) contains names its kind.
KINDS = (
    ("launchers", lambda p: "/" not in p),
    ("ICU data and libraries", lambda p: "libicu" in p),
    ("libpython", lambda p: "libpython" in p),
    ("Qt plugins", lambda p: "/qt/plugins/" in p),
    ("Qt translations", lambda p: "/qt/translations/" in p),
    ("Qt libraries", lambda p: "/qt/lib/" in p or "libqt6" in p or "libpyside6" in p or "libshiboken6" in p),
    ("PySide6/shiboken6 bindings", lambda p: "pyside6/" in p or "shiboken6/" in p),
    ("Python archive (base_library.zip)", lambda p: p.endswith("base_library.zip")),
    ("Python extension modules", lambda p: ".cpython-" in p or "/lib-dynload/" in p or p.endswith(".pyd")),
    ("program resources", lambda p: "/resources/" in p),
    ("other shared libraries", lambda p: ".so" in p or p.endswith(".dll")),
)


def files(folder: Path) -> dict[str, int]:
    found = {}
    for root, _dirs, names in os.walk(folder):
        for name in names:
            path = Path(root) / name
            if not path.is_symlink():
                found[path.relative_to(folder).as_posix()] = path.stat().st_size
    return found


def kind(relative: str) -> str:
    lowered = relative.lower()
    return next((name for name, matches in KINDS if matches(lowered)), "other data")


def by_kind(sizes: dict[str, int]) -> Counter:
    totals: Counter = Counter()
    for relative, size in sizes.items():
        totals[kind(relative)] += size
    return totals


def mb(size: int | None) -> str:
    return "-" if size is None else f"{size / 1_000_000:.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default="dist/jamsostek-desktop")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--compare", help="an older build's folder, printed beside this one")
    args = parser.parse_args(argv)
    now = files(Path(args.folder))
    old = files(Path(args.compare)) if args.compare else None
    print(f"{args.folder}: {sum(now.values()):,} bytes ({mb(sum(now.values()))} MB) in {len(now)} files")
    if old is not None:
        print(f"{args.compare}: {sum(old.values()):,} bytes ({mb(sum(old.values()))} MB) in {len(old)} files")
    header = "| kind | MB |" if old is None else "| kind | MB before | MB after |"
    print("\n" + header)
    print("|---" * (header.count("|") - 1) + "|")
    kinds_now = by_kind(now)
    kinds_old = by_kind(old) if old is not None else Counter()
    for name in sorted(set(kinds_now) | set(kinds_old), key=lambda k: -max(kinds_now[k], kinds_old[k])):
        cells = [mb(kinds_now.get(name))] if old is None else [mb(kinds_old.get(name)), mb(kinds_now.get(name))]
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\n| biggest files ({args.folder}) | MB |" + (" MB before |" if old is not None else ""))
    print("|---|---|" + ("---|" if old is not None else ""))
    for relative, size in sorted(now.items(), key=lambda item: -item[1])[:args.top]:
        before = "" if old is None else f" {mb(old.get(relative))} |"
        print(f"| {relative} | {mb(size)} |{before}")
    if old is not None:
        gone = sorted(((size, rel) for rel, size in old.items() if rel not in now), reverse=True)
        print(f"\nleft out: {len(gone)} files, {mb(sum(s for s, _ in gone))} MB; biggest:")
        for size, relative in gone[:args.top]:
            print(f"  {mb(size):>6} MB  {relative}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
