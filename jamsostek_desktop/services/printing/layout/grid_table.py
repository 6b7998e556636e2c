"""A page-sized table with fixed column widths, drawn straight onto the canvas.

reportlab's Table draws every cell line through a full text object (font lookup,
subset split, number formatting): about 1 ms per roster row, 10 s for 10,000 rows.
Here each page is one grid of lines plus one text block, and lines of plain ASCII
text (nearly all of them: NIKs, numbers, most names) go out as raw `Tj` operators in
the font's ASCII-readable subset. Other lines ("Siti ʼAisyah", "Désirée") go through
canvas.drawString, which handles the font subsets. About 0.1 ms per row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas


@dataclass(frozen=True)
class CellStyle:
    font: str
    size: float
    leading: float
    align: str = "LEFT"        # LEFT, CENTER, RIGHT
    valign: str = "TOP"        # TOP, MIDDLE, BOTTOM


_widths: dict[tuple[str, str, float], float] = {}


def _measure(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: centred columns (L/P, RT/RW) repeat the same few texts."""
    key = (text, font, size)
    found = _widths.get(key)
    if found is None:
        found = stringWidth(text, font, size)
        if len(_widths) < 100_000:
            _widths[key] = found
    return found


def forget_measures() -> None:
    """Drop the remembered widths once a document is written (a roster of a city's thousands of
    names would otherwise stay in memory for the rest of the session)."""
    _widths.clear()


class TextBatch:
    """Collects text lines of one page and writes them as one BT ... ET block."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.ops: list[str] = []
        self.slow: list[tuple[float, float, str, str, float]] = []
        self._current: tuple[str, float, float] | None = None
        self._current_name: str | None = None
        self._names: dict[str, str | None] = {}

    def ascii_name(self, font_name: str) -> str | None:
        """The PDF name of the font's ASCII subset, or None if ASCII is not mapped as itself."""
        if font_name not in self._names:
            font = getFont(font_name)
            doc = self.canvas._doc
            name = None
            if hasattr(font, "splitString") and font.splitString("Az~ ", doc) == [(0, b"Az~ ")]:
                name = font.getSubsetInternalName(0, doc)
            self._names[font_name] = name
        return self._names[font_name]

    def select(self, font: str, size: float, leading: float | None = None) -> str | None:
        """Make `font` current for the following raw lines; None if it has no ASCII subset."""
        leading = leading or size * 1.2
        if self._current == (font, size, leading):
            return self._current_name
        name = self.ascii_name(font)
        if name is not None:
            self.ops.append(f"{name} {size:g} Tf {leading:g} TL")
            self._current, self._current_name = (font, size, leading), name
        return name

    def add(self, x: float, y: float, text: str, font: str, size: float) -> None:
        if not text:
            return
        if text.isascii() and self.select(font, size) is not None:
            self.ops.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm ({escapePDF(text)}) Tj")
        else:
            self.slow.append((x, y, text, font, size))

    def flush(self) -> None:
        canvas = self.canvas
        if self.ops:
            canvas._code.append("BT")
            canvas._code.extend(self.ops)
            canvas._code.append("ET")
        for x, y, text, font, size in self.slow:
            canvas.setFont(font, size)
            canvas.drawString(x, y, text)
        self.ops, self.slow, self._current = [], [], None


def draw_grid_table(canvas: Canvas, x: float, top: float, widths: Sequence[float],
                    rows: Sequence[Sequence[Sequence[str]]], heights: Sequence[float],
                    styles: Sequence[Sequence[CellStyle]], pad: float,
                    shading: dict[int, colors.Color] | None = None, line_width: float = 0.5) -> float:
    """Draw `rows` (each cell a list of text lines) below `top`; returns the height used.

    `styles[r][c]` is the style of each cell, `shading` maps row index -> fill colour.
    The inner loop is written for speed: it runs for every line of every cell.
    """
    xs = [x]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] - h)
    for r, fill in (shading or {}).items():
        canvas.setFillColor(fill)
        canvas.rect(x, ys[r + 1], xs[-1] - x, heights[r], stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    batch = TextBatch(canvas)
    ops = batch.ops
    slow = batch.slow
    left_x = [f"{v + pad:.2f}" for v in xs]          # formatted once: most cells are left-aligned
    for r, row in enumerate(rows):
        row_top, height = ys[r], heights[r]
        top_text = None                                  # first baseline of top-aligned cells, formatted
        for c, lines in enumerate(row):
            if not lines:
                continue
            st = styles[r][c]
            leading = st.leading
            if st.valign == "TOP":
                first = row_top - pad - st.size
            elif st.valign == "BOTTOM":
                first = row_top - height + pad + (len(lines) - 1) * leading + (leading - st.size)
            else:
                first = row_top - (height - len(lines) * leading) / 2 - st.size
            name = batch.select(st.font, st.size, leading)
            plain = lines[0].isascii() if len(lines) == 1 else all(line.isascii() for line in lines)
            if name is not None and st.align == "LEFT" and plain:
                # one text position per cell; T* steps down by the leading for each further line
                if st.valign == "TOP":
                    if top_text is None:
                        top_text = f"{first:.2f}"
                    y_text = top_text
                else:
                    y_text = f"{first:.2f}"
                ops.append(f"1 0 0 1 {left_x[c]} {y_text} Tm ("
                           + ") Tj T* (".join(map(escapePDF, lines)) + ") Tj")
                continue
            for i, line in enumerate(lines):
                y = first - i * leading
                if st.align == "LEFT":
                    lx = xs[c] + pad
                elif st.align == "RIGHT":
                    lx = xs[c + 1] - pad - _measure(line, st.font, st.size)
                else:
                    lx = (xs[c] + xs[c + 1] - _measure(line, st.font, st.size)) / 2
                if name is not None and line.isascii():
                    ops.append(f"1 0 0 1 {lx:.2f} {y:.2f} Tm ({escapePDF(line)}) Tj")
                elif line:
                    slow.append((lx, y, line, st.font, st.size))
    batch.flush()
    # the grid as one path: every vertical, then every horizontal line
    path = ["q", f"{line_width:g} w"]
    bottom, right = ys[-1], xs[-1]
    path += [f"{v:.2f} {top:.2f} m {v:.2f} {bottom:.2f} l" for v in xs]
    path += [f"{x:.2f} {v:.2f} m {right:.2f} {v:.2f} l" for v in ys]
    path += ["S", "Q"]
    canvas._code.extend(path)
    return top - bottom


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              align: str = "LEFT") -> None:
    """One line of text by the fast path when it can (page headers and footers of long rosters)."""
    if align == "RIGHT":
        x -= stringWidth(text, font, size)
    elif align == "CENTER":
        x -= stringWidth(text, font, size) / 2
    batch = TextBatch(canvas)
    batch.add(x, y, text, font, size)
    batch.flush()
