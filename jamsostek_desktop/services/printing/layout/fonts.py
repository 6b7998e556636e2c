"""The fonts of every printed document: Liberation Sans, with DejaVu Sans for rare letters.

Liberation Sans has Arial's metrics, so a document measures the same as the offices'
own Arial letters, and it covers the Latin letters Indonesian names carry ("Siti
ʼAisyah Ḥasanah", "Désirée Łukasik"). A text with a letter it lacks (another script)
is set in DejaVu Sans instead of printing an empty box. Both are TrueType files in
resources/fonts and are embedded (subset) in each PDF: no document names a font it
does not carry (tests/unit/printing/test_fonts.py).
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from jamsostek_desktop import paths

REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSans-Bold"
_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}
_FALLBACK_OF = {REGULAR: FALLBACK, BOLD: FALLBACK_BOLD}


@lru_cache(maxsize=1)
def register_fonts() -> None:
    """Register the bundled fonts once per process.

    Also turns off ASCII85 stream encoding: the page streams stay zlib-compressed,
    files are a fifth smaller and a long roster saves faster. And it makes Liberation
    Sans the default of reportlab's canvases, charts and table cells: their default (Helvetica) would
    be named in every PDF without being embedded, even where no text uses it.
    """
    from reportlab.graphics import shapes
    from reportlab.platypus import tables

    rl_config.useA85 = 0
    rl_config.canvas_basefontname = REGULAR
    shapes.STATE_DEFAULTS["fontName"] = REGULAR
    tables.CellStyle.fontname = REGULAR
    for name, file_name in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(paths.resource("fonts", file_name))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    pdfmetrics.registerFontFamily(FALLBACK, normal=FALLBACK, bold=FALLBACK_BOLD, italic=FALLBACK,
                                  boldItalic=FALLBACK_BOLD)


@lru_cache(maxsize=1)
def _covered() -> frozenset[int]:
    register_fonts()
    return frozenset(pdfmetrics.getFont(REGULAR).face.charToGlyph)


def covered(text: str) -> bool:
    """Every letter of `text` is in Liberation Sans (ASCII always is)."""
    if text.isascii():
        return True
    have = _covered()
    return all(ord(ch) in have or ch in "\n\t" for ch in text)


def font_for(text: str, font: str) -> str:
    """`font`, or its DejaVu counterpart when `text` has a letter Liberation Sans lacks."""
    return font if covered(text) else _FALLBACK_OF.get(font, font)


def markup(text: str) -> str:
    """`text` escaped for a Paragraph, letters Liberation Sans lacks set in DejaVu Sans."""
    if covered(text):
        return escape(text)
    have = _covered()
    out, run, fallback = [], [], False
    for ch in text:
        missing = ord(ch) not in have
        if run and missing != fallback:
            out.append(_run("".join(run), fallback))
            run = []
        fallback = missing
        run.append(ch)
    if run:
        out.append(_run("".join(run), fallback))
    return "".join(out)


def _run(text: str, fallback: bool) -> str:
    return f'<font name="{FALLBACK}">{escape(text)}</font>' if fallback else escape(text)
