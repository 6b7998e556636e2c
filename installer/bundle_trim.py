"""What build_installer.spec leaves out of the bundle, and the check that nothing left is orphaned.

PyInstaller collects every library the Qt plugins and Python extensions link, down to the host's
desktop libraries. Four rules narrow that (issue 19, the bundle under 120 MB):

* `unused(name)`: Qt plugins, Qt libraries and data the program never loads (see UNUSED_PARTS).
* `HOST_LIBRARIES` (Linux): libraries every Linux desktop has and that must match the host's own
  (the X server's client library, fontconfig's configuration format, GLib's modules, the C++
  runtime Mesa loads): the list AppImage's linuxdeployqt keeps out of every AppImage
  (its excludelist), for the same reasons. They are loaded from the system.
* `reachable(...)`: a library stays only while something kept still links it (its ELF NEEDED
  entries); the libraries only the left-out ones needed (e.g. GTK's cairo and pango after the GTK
  theme plugin) go too.
* `share_private_copies(...)`: a wheel's renamed private copy of a library the bundle already has
  (psycopg's OpenSSL and Kerberos, Pillow's zstd, xz and libXau) becomes a link to that library
  when every user of the copy finds all its symbols and symbol versions there.
"""

from __future__ import annotations

import functools
import posixpath
import re
import subprocess
from collections.abc import Callable, Iterable

# Substrings of a collected file's path (lower case, forward slashes) that the program never loads.
UNUSED_PARTS = (
    # The virtual keyboard input plugin and the QML/Quick libraries only it needs (about 25 MB).
    "virtualkeyboard", "qt6quick", "qt6qml",
    # Display back-ends an office PC does not use (X11, and offscreen for the self-test, stay).
    "wayland", "wlshellintegration", "libqeglfs", "egldeviceintegrations", "eglfs", "libqvnc",
    "libqlinuxfb", "libqvkkhrdisplay", "libqminimalegl",
    # The GTK and desktop-portal themes: Qt draws its own widgets and file dialogs instead; GTK's
    # libraries (cairo, pango, harfbuzz, gdk-pixbuf, atk: 5 MB) go with them.
    "plugins/platformthemes/",
    # TLS, network reachability and evdev/TUIO touch input: the program opens no network
    # connection through Qt (PostgreSQL goes through libpq) and reads keyboard and mouse via X11.
    "plugins/tls/", "plugins/networkinformation/", "plugins/generic/",
    # Image formats: the program reads PNG (built into Qt) and JPEG (the kop's logo), and ICO/SVG
    # icons; not TIFF, WebP, ICNS, TGA, WBMP, GIF or PDF-as-image.
    "imageformats/libqtiff", "imageformats/libqwebp", "imageformats/libqicns", "imageformats/libqtga",
    "imageformats/libqwbmp", "imageformats/libqgif", "imageformats/libqpdf",
)
# reportlab's Type 1 and demo fonts: every document registers the bundled TrueType fonts
# (services/printing/layout/fonts.py); the standard fonts' metrics are Python modules.
UNUSED_PARTS += ("reportlab/fonts/",)
# Qt's own translations: only the program's two languages are ever loaded (ui/common/i18n.py).
QT_TRANSLATIONS = "pyside6/qt/translations/"
KEPT_LANGUAGES = ("_en.qm", "_id.qm")
# python-stdnum's data files: only the Indonesian NIK region table (stdnum/id/loc.dat) is read.
STDNUM_DATA = "stdnum/"
KEPT_STDNUM_DATA = "stdnum/id/"

# linuxdeployqt's excludelist (generated from AppImage's), the entries a Linux build can collect.
HOST_LIBRARIES = frozenset({
    "libasound.so.2", "libcom_err.so.2", "libdrm.so.2", "libEGL.so.1", "libexpat.so.1",
    "libfontconfig.so.1", "libfreetype.so.6", "libfribidi.so.0", "libgbm.so.1", "libgcc_s.so.1",
    "libgdk_pixbuf-2.0.so.0", "libgio-2.0.so.0", "libglapi.so.0", "libGLdispatch.so.0",
    "libglib-2.0.so.0", "libGL.so.1", "libGLX.so.0", "libgmp.so.10", "libgobject-2.0.so.0",
    "libgpg-error.so.0", "libharfbuzz.so.0", "libICE.so.6", "libjack.so.0", "libOpenGL.so.0",
    "libp11-kit.so.0", "libpango-1.0.so.0", "libpangocairo-1.0.so.0", "libpangoft2-1.0.so.0",
    "libSM.so.6", "libstdc++.so.6", "libthai.so.0", "libusb-1.0.so.0", "libuuid.so.1",
    "libX11.so.6", "libxcb-dri2.so.0", "libxcb-dri3.so.0", "libxcb.so.1", "libz.so.1",
    # Not in that list, for the same reason: the CUPS client library speaks to the host's print
    # server and reads its configuration; a desktop that prints has it. Without it Qt's CUPS
    # plugin does not load and the print dialog offers printing to a PDF file only. Its own
    # dependencies (GnuTLS, Kerberos, Avahi: 6 MB) then go too.
    "libcups.so.2",
})


def _normal(name: str) -> str:
    return name.lower().replace("\\", "/")


def unused(name: str) -> bool:
    """True for a collected file (its bundle path) the program never loads."""
    name = _normal(name)
    if QT_TRANSLATIONS in name and not name.endswith(KEPT_LANGUAGES):
        return True
    if name.startswith(STDNUM_DATA) and name.endswith(".dat") and not name.startswith(KEPT_STDNUM_DATA):
        return True
    return any(part in name for part in UNUSED_PARTS)


def basename(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


@functools.cache
def elf_needed(path: str) -> list[str]:
    """The shared libraries an ELF file links (its DT_NEEDED entries); [] for anything else."""
    try:
        with open(path, "rb") as fh:
            if fh.read(4) != b"\x7fELF":
                return []
    except OSError:
        return []
    dynamic = subprocess.run(["readelf", "-dW", path], capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic)


def is_root(entry: tuple) -> bool:
    """What the program loads by itself: Python extensions, Qt plugins, the Python runtime."""
    dest, _src, kind = entry
    dest = _normal(dest)
    return kind == "EXTENSION" or "/plugins/" in dest or basename(dest).startswith("libpython")


def reachable(binaries: Iterable[tuple], needed: Callable[[str], list[str]] = elf_needed,
              host: frozenset = frozenset()) -> list[tuple]:
    """The binaries TOC without `host` libraries and without libraries nothing kept links.

    A SYMLINK entry (dest, relative target, 'SYMLINK') stays when its target stays.
    """
    entries = [e for e in binaries if basename(e[0]) not in host]
    by_name: dict[str, list[tuple]] = {}
    for entry in entries:
        by_name.setdefault(basename(entry[0]), []).append(entry)
    kept: set[tuple] = set()
    todo = [e for e in entries if is_root(e)]
    while todo:
        entry = todo.pop()
        if entry in kept:
            continue
        kept.add(entry)
        dest, src, kind = entry
        if kind == "SYMLINK":      # src is the link's relative target
            todo += [e for e in by_name.get(basename(src), []) if e[2] != "SYMLINK"]
            continue
        for name in needed(src):
            todo += by_name.get(name, [])
    return [e for e in entries if e in kept]


@functools.cache
def elf_versions(path: str) -> tuple[dict[str, set[str]], set[str]]:
    """({library: symbol versions `path` needs from it}, {versions `path` defines})."""
    text = subprocess.run(["readelf", "-VW", path], capture_output=True, text=True).stdout
    needs: dict[str, set[str]] = {}
    defines: set[str] = set()
    section, library = "", ""
    for line in text.splitlines():
        if line.startswith("Version definition section"):
            section = "defines"
        elif line.startswith("Version needs section"):
            section = "needs"
        elif line.startswith("Version symbols section"):
            section = ""
        elif section == "needs" and "File:" in line:
            library = line.split("File:", 1)[1].split()[0]
        elif section == "needs" and "Name:" in line:
            needs.setdefault(library, set()).add(line.split("Name:", 1)[1].split()[0])
        elif section == "defines" and "Name:" in line:
            defines.add(line.split("Name:", 1)[1].split()[0])
    return needs, defines


@functools.cache
def elf_symbols(path: str) -> tuple[set[str], set[str]]:
    """(dynamic symbols `path` defines, dynamic symbols it leaves undefined), without versions."""
    text = subprocess.run(["readelf", "--dyn-syms", "-W", path], capture_output=True, text=True).stdout
    defined: set[str] = set()
    undefined: set[str] = set()
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0].endswith(":") and parts[0][:-1].isdigit():
            name = parts[7].split("@", 1)[0]
            (undefined if parts[6] == "UND" else defined).add(name)
    return defined, undefined


_PRIVATE_COPY = re.compile(r"(lib[A-Za-z0-9_+.]*?)-[0-9a-f]{8}\.so\.(\d+)(\.\d+)*")


def share_private_copies(binaries: list[tuple], needed: Callable[[str], list[str]] = elf_needed,
                         versions: Callable[[str], tuple] = elf_versions,
                         symbols: Callable[[str], tuple] = elf_symbols) -> list[tuple]:
    """Replace a wheel's private copy of a library by a link to the copy the bundle already has.

    Wheels carry renamed private copies of their libraries (auditwheel: libzstd-40ad5e7e.so.1.5.7):
    psycopg brings OpenSSL and Kerberos, Pillow zstd and xz, while Python's ssl module and Qt link
    the same libraries from the system (libssl.so.3, libkrb5.so.3, libzstd.so.1). A private copy
    becomes a symbolic link to the shared one when, for every library that links the copy, each
    symbol version it asks for and each symbol the copy would have given it is in the shared one.
    One OpenSSL per process instead of two, and 4 MB less.
    """
    names = {basename(e[0]): e for e in binaries if e[2] != "SYMLINK"}
    candidates = {}
    for name in names:
        match = _PRIVATE_COPY.fullmatch(name)
        shared = f"{match.group(1)}.so.{match.group(2)}" if match else None
        if shared in names:
            candidates[name] = names[shared]
    changed = True
    while changed:          # a copy kept for one user may be the user that keeps another
        changed = False
        for name, shared in list(candidates.items()):
            if not _can_share(name, shared, binaries, candidates, needed, versions, symbols):
                del candidates[name]
                changed = True
    out = []
    for dest, src, kind in binaries:
        if kind != "SYMLINK" and basename(dest) in candidates:
            depth = dest.replace("\\", "/").count("/")
            out.append((dest, "../" * depth + candidates[basename(dest)][0].replace("\\", "/"), "SYMLINK"))
        else:
            out.append((dest, src, kind))
    return out


def _can_share(name, shared, binaries, candidates, needed, versions, symbols) -> bool:
    private_src = next(src for dest, src, kind in binaries if kind != "SYMLINK" and basename(dest) == name)
    private_defined = symbols(private_src)[0]
    shared_defined = symbols(shared[1])[0]
    shared_versions = versions(shared[1])[1]
    for dest, src, kind in binaries:
        if kind == "SYMLINK" or basename(dest) in candidates or name not in needed(src):
            continue
        if not versions(src)[0].get(name, set()) <= shared_versions:
            return False
        if not (symbols(src)[1] & private_defined) <= shared_defined:
            return False
    return True



def without_dangling_links(entries: list[tuple], kept: Iterable[tuple]) -> list[tuple]:
    """`entries` without SYMLINK entries whose target is not among the `kept` files.

    PyInstaller lists a top-level link beside each library it collects in a folder
    (libQt6Core.so.6 -> PySide6/Qt/lib/libQt6Core.so.6); a library left out takes its link along.
    """
    files = {posixpath.normpath(dest.replace("\\", "/")) for dest, _src, kind in kept if kind != "SYMLINK"}
    links = {posixpath.normpath(dest.replace("\\", "/")): src for dest, src, kind in kept if kind == "SYMLINK"}

    def target_exists(dest: str, src: str, hops: int = 8) -> bool:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(dest.replace("\\", "/")), src))
        if target in files:
            return True
        return hops > 0 and target in links and target_exists(target, links[target], hops - 1)

    return [e for e in entries if e[2] != "SYMLINK" or target_exists(e[0], e[1])]
