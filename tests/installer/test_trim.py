"""What build_installer.spec leaves out (installer/bundle_trim.py) and the ICU data rebuild
(installer/icu_data.py), on made-up library graphs and on the ICU data of the installed PySide6."""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer"))
import bundle_trim  # noqa: E402
import icu_data  # noqa: E402


def test_unused_parts_and_kept_languages():
    assert bundle_trim.unused("PySide6/Qt/plugins/platformthemes/libqgtk3.so")
    assert bundle_trim.unused("PySide6/Qt/plugins/imageformats/libqtiff.so")
    assert not bundle_trim.unused("PySide6/Qt/plugins/imageformats/libqjpeg.so")
    assert not bundle_trim.unused("PySide6/Qt/plugins/platforms/libqxcb.so")
    assert bundle_trim.unused("PySide6/Qt/translations/qtbase_de.qm")
    assert not bundle_trim.unused("PySide6/Qt/translations/qtbase_id.qm")
    assert bundle_trim.unused("stdnum/oui.dat") and not bundle_trim.unused("stdnum/id/loc.dat")
    assert bundle_trim.unused("reportlab/fonts/Vera.ttf")


GRAPH = {
    "/s/_imaging.so": ["libtiff-1a2b3c4d.so.6", "libzstd-40ad5e7e.so.1.5.7"],
    "/s/libtiff-1a2b3c4d.so.6": ["libzstd-40ad5e7e.so.1.5.7"],
    "/s/libzstd-40ad5e7e.so.1.5.7": [],
    "/s/libqgtk3.so": ["libgtk-3.so.0", "libcairo.so.2"],
    "/s/libcairo.so.2": ["libpixman-1.so.0", "libX11.so.6"],
    "/s/libpixman-1.so.0": [],
    "/s/libX11.so.6": [],
    "/s/libQt6Core.so.6": ["libzstd.so.1"],
    "/s/libzstd.so.1": [],
    "/s/QtCore.abi3.so": ["libQt6Core.so.6"],
}
TOC = [
    ("PIL/_imaging.so", "/s/_imaging.so", "EXTENSION"),
    ("pillow.libs/libtiff-1a2b3c4d.so.6", "/s/libtiff-1a2b3c4d.so.6", "BINARY"),
    ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "/s/libzstd-40ad5e7e.so.1.5.7", "BINARY"),
    ("libcairo.so.2", "/s/libcairo.so.2", "BINARY"),
    ("libpixman-1.so.0", "/s/libpixman-1.so.0", "BINARY"),
    ("libX11.so.6", "/s/libX11.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
    ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
    ("libzstd.so.1", "/s/libzstd.so.1", "BINARY"),
    ("PySide6/QtCore.abi3.so", "/s/QtCore.abi3.so", "EXTENSION"),
]


def test_libraries_only_a_left_out_plugin_needed_go_with_it():
    kept = bundle_trim.reachable(TOC, needed=GRAPH.get)      # the GTK theme plugin is not in TOC
    names = {dest for dest, _src, _kind in kept}
    assert "libcairo.so.2" not in names and "libpixman-1.so.0" not in names and "libX11.so.6" not in names
    assert {"libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "libzstd.so.1",
            "pillow.libs/libtiff-1a2b3c4d.so.6"} <= names


def test_host_libraries_are_left_out():
    kept = bundle_trim.reachable(TOC + [("PySide6/Qt/plugins/platformthemes/libqgtk3.so", "/s/libqgtk3.so",
                                         "BINARY")], needed=GRAPH.get, host=frozenset({"libX11.so.6"}))
    names = {dest for dest, _src, _kind in kept}
    assert "libcairo.so.2" in names and "libX11.so.6" not in names


def _symbols(defined_by_src):
    def symbols(src):
        return defined_by_src.get(src, (set(), set()))
    return symbols


def test_a_private_copy_becomes_a_link_when_the_shared_library_has_every_symbol():
    symbols = _symbols({
        "/s/libzstd-40ad5e7e.so.1.5.7": ({"ZSTD_compress", "ZSTD_decompress"}, set()),
        "/s/libzstd.so.1": ({"ZSTD_compress", "ZSTD_decompress", "ZSTD_other"}, set()),
        "/s/_imaging.so": (set(), {"ZSTD_decompress", "PyModule_Create"}),
        "/s/libtiff-1a2b3c4d.so.6": (set(), {"ZSTD_compress"}),
    })
    shared = bundle_trim.share_private_copies(TOC, needed=GRAPH.get, versions=lambda src: ({}, set()),
                                              symbols=symbols)
    assert ("pillow.libs/libzstd-40ad5e7e.so.1.5.7", "../libzstd.so.1", "SYMLINK") in shared
    kept = bundle_trim.reachable(shared, needed=GRAPH.get)
    assert ("libzstd.so.1", "/s/libzstd.so.1", "BINARY") in kept


def test_a_private_copy_stays_when_a_user_needs_a_symbol_the_shared_library_lacks():
    symbols = _symbols({
        "/s/libzstd-40ad5e7e.so.1.5.7": ({"ZSTD_compress", "ZSTD_new_in_1_5_7"}, set()),
        "/s/libzstd.so.1": ({"ZSTD_compress"}, set()),
        "/s/libtiff-1a2b3c4d.so.6": (set(), {"ZSTD_new_in_1_5_7"}),
    })
    shared = bundle_trim.share_private_copies(TOC, needed=GRAPH.get, versions=lambda src: ({}, set()),
                                              symbols=symbols)
    assert shared == TOC


def test_a_private_copy_stays_when_a_user_needs_a_newer_symbol_version():
    def versions(src):
        if src == "/s/libtiff-1a2b3c4d.so.6":
            return {"libzstd-40ad5e7e.so.1.5.7": {"ZSTD_1.5.7"}}, set()
        if src == "/s/libzstd.so.1":
            return {}, {"ZSTD_1.5.4"}
        return {}, set()

    shared = bundle_trim.share_private_copies(TOC, needed=GRAPH.get, versions=versions,
                                              symbols=lambda src: (set(), set()))
    assert shared == TOC


def _qt_icu_data() -> Path:
    spec = importlib.util.find_spec("PySide6")
    found = sorted(Path(spec.origin).parent.glob("Qt/lib/libicudata.so.*")) if spec else []
    if not found or not (shutil.which("nm") and shutil.which("readelf") and shutil.which("cc")):
        pytest.skip("needs PySide6's ICU data library (Linux wheels) and binutils with a C compiler")
    return found[0]


def test_icu_package_round_trips_and_keeps_the_programs_languages(tmp_path):
    library = _qt_icu_data()
    out, kept, total = icu_data.trimmed(library, tmp_path)
    assert out.name == library.name and out.stat().st_size < library.stat().st_size / 4
    header, items = icu_data.read_package((tmp_path / f"{items_prefix(out)}.dat").read_bytes())
    names = {name.split("/", 1)[1] for name, _blob in items}
    assert len(items) == kept < total
    assert {"coll/ucadata.icu", "coll/root.res", "coll/id.res", "coll/en.res", "zone/id.res", "root.res",
            "id.res", "en_US.res", "pool.res", "zoneinfo64.res", "likelySubtags.res", "cnvalias.icu"} <= names
    assert not names & {"de.res", "coll/de.res", "brkitr/cjdict.dict", "translit/root.res", "zh.res"}
    # write_package(read_package(x)) is x for the trimmed package: the format is read back exactly.
    again = icu_data.write_package(header, items)
    assert again == (tmp_path / f"{items_prefix(out)}.dat").read_bytes()


def items_prefix(library: Path) -> str:
    """'libicudata.so.73' -> 'icudt73l' (the package name the data carries)."""
    return f"icudt{library.name.rsplit('.', 1)[1]}l"


def test_locale_items_are_told_from_other_data():
    assert icu_data.keep("coll/id.res") and icu_data.keep("id_ID.res") and icu_data.keep("en_US_POSIX.res")
    assert not icu_data.keep("coll/de.res") and not icu_data.keep("de_.res") and not icu_data.keep("zh_Hant_TW.res")
    assert icu_data.keep("supplementalData.res") and icu_data.keep("plurals.res") and icu_data.keep("nfkc.nrm")
    assert not icu_data.keep("ibm-943_P15A-2003.cnv") and icu_data.keep("ibm-5348_P100-1997.cnv")
    assert not icu_data.keep("brkitr/thaidict.dict") and icu_data.keep("brkitr/word.brk")


def test_links_to_left_out_libraries_go_too():
    kept = [("PySide6/Qt/lib/libQt6Core.so.6", "/s/libQt6Core.so.6", "BINARY"),
            ("psycopg_binary.libs/libkrb5-f18b4d11.so.3.3", "../libkrb5.so.3", "SYMLINK"),
            ("libkrb5.so.3", "/s/libkrb5.so.3", "BINARY")]
    links = [("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
             ("libkeyutils-dfe70bd6.so.1.5", "psycopg_binary.libs/libkeyutils-dfe70bd6.so.1.5", "SYMLINK"),
             ("libkrb5-f18b4d11.so.3.3", "psycopg_binary.libs/libkrb5-f18b4d11.so.3.3", "SYMLINK")]
    assert bundle_trim.without_dangling_links(links, kept + links) == [links[0], links[2]]
