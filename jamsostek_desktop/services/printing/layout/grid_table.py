"""A page-sized table with fixed column widths, drawn straight onto the canvas.

reportlab's Table draws every cell line through a full text object (font lookup,
subset split, number formatting): about 1 ms per roster row, 10 s for 10,000 rows.
Here each page is one grid of lines plus one text block, and lines of plain ASCII
text (nearly all of them: NIKs, numbers, most names) go out as raw `Tj` operators in
the font's ASCII-readable subset. Other lines ("Siti ʼAisyah", "Désirée") go through
canvas.drawString, which handles the font subsets (and sets a letter Liberation Sans
lacks in DejaVu Sans); so do the rare lines printed narrowed (columns.Squeezed). A row
listed in `spans` is one cell across the table (a group heading). About 0.1 ms per row.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth
from reportlab.pdfgen.canvas import Canvas

from jamsostek_desktop.services.printing.layout.fonts import font_for


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


class TextBatch:
    """Collects text lines of one page and writes them as one BT ... ET block."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.ops: list[str] = []
        self.slow: list[tuple[float, float, str, str, float, float]] = []
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
            self.slow.append((x, y, text, font, size, 100.0))

    def flush(self) -> None:
        canvas = self.canvas
        if self.ops:
            canvas._code.append("BT")
            canvas._code.extend(self.ops)
            canvas._code.append("ET")
        for x, y, text, font, size, scale in self.slow:
            if scale == 100.0:
                canvas.setFont(font_for(text, font), size)
                canvas.drawString(x, y, text)
            else:
                narrowed = canvas.beginText(x, y)
                narrowed.setFont(font_for(text, font), size)
                narrowed.setHorizScale(scale)
                narrowed.textOut(text)
                canvas.drawText(narrowed)
        self.ops, self.slow, self._current = [], [], None


def draw_grid_table(canvas: Canvas, x: float, top: float, widths: Sequence[float],
                    rows: Sequence[Sequence[Sequence[str]]], heights: Sequence[float],
                    styles: Sequence[Sequence[CellStyle]], pad: float,
                    shading: dict[int, colors.Color] | None = None, line_width: float = 0.5,
                    spans: Collection[int] = ()) -> float:
    """Draw `rows` (each cell a list of text lines) below `top`; returns the height used.

    `styles[r][c]` is the style of each cell, `shading` maps row index -> fill colour,
    `spans` are rows of one cell across the whole table (their vertical lines are left out).
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
    left_x = [f"{v + pad:.2f}" for v in xs]          # formatted once: most cells are left-aligned
    prepared: dict[int, tuple] = {}
    centred: dict[tuple[int, str], str] = {}          # x of a centred text in a column, formatted
    for r, row in enumerate(rows):
        row_top, height = ys[r], heights[r]
        span = r in spans
        row_styles = styles[r]
        info = prepared.get(id(row_styles))
        if info is None:
            info = prepared[id(row_styles)] = _prepare(row_styles)
        uniform, modes = info
        if uniform is not None and not span:
            # Body rows: one font for the row; plain top-aligned cells go out as one
            # operator each, single centred lines (numbers, L/P, RT/RW) nearly so.
            name = batch.select(*uniform)
            if name is not None:
                size = uniform[1]
                top_text = f"{row_top - pad - size:.2f}"
                rest = []
                for c, lines in enumerate(row):
                    if not lines:
                        continue
                    mode = modes[c]
                    if type(lines) is tuple or type(lines) is list:
                        if len(lines) == 1:
                            line = lines[0]
                            if line.isascii():
                                if mode == 0:
                                    ops.append(f"1 0 0 1 {left_x[c]} {top_text} Tm ({escapePDF(line)}) Tj")
                                    continue
                                if mode == 1:
                                    lx = centred.get((c, line))
                                    if lx is None:
                                        lx = centred[(c, line)] = (
                                            f"{(xs[c] + xs[c + 1] - _measure(line, uniform[0], size)) / 2:.2f}")
                                    ops.append(f"1 0 0 1 {lx} {top_text} Tm ({escapePDF(line)}) Tj")
                                    continue
                        elif mode == 0 and "".join(lines).isascii():
                            ops.append(f"1 0 0 1 {left_x[c]} {top_text} Tm ("
                                       + ") Tj T* (".join(map(escapePDF, lines)) + ") Tj")
                            continue
                    rest.append(c)
                for c in rest:
                    _draw_cell(batch, row[c], row_styles[c], xs[c], xs[c + 1], row_top, height, pad)
                continue
        for c, lines in enumerate(row):
            if lines:
                _draw_cell(batch, lines, row_styles[c], xs[c], xs[-1] if span else xs[c + 1], row_top, height, pad)
    batch.flush()
    # the grid as one path: every vertical (broken around spanning rows), then every horizontal
    path = ["q", f"{line_width:g} w"]
    bottom, right = ys[-1], xs[-1]
    path += [f"{v:.2f} {top:.2f} m {v:.2f} {bottom:.2f} l" for v in (xs[0], xs[-1])]
    inner = xs[1:-1]
    if inner:
        r = 0
        while r < len(heights):
            if r in spans:
                r += 1
                continue
            run_top = ys[r]
            while r < len(heights) and r not in spans:
                r += 1
            run_bottom = ys[r]
            path += [f"{v:.2f} {run_top:.2f} m {v:.2f} {run_bottom:.2f} l" for v in inner]
    path += [f"{x:.2f} {v:.2f} m {right:.2f} {v:.2f} l" for v in ys]
    path += ["S", "Q"]
    canvas._code.extend(path)
    return top - bottom


def _prepare(row_styles: Sequence[CellStyle]) -> tuple:
    """(font, size, leading) shared by every cell of a row (or None), and each cell's mode:
    0 left and top, 1 centred and top, 2 anything else."""
    first = row_styles[0]
    uniform = (first.font, first.size, first.leading)
    if any((st.font, st.size, st.leading) != uniform for st in row_styles):
        uniform = None
    modes = [0 if st.align == "LEFT" and st.valign == "TOP" else 1 if st.align == "CENTER" and st.valign == "TOP"
             else 2 for st in row_styles]
    return uniform, modes


def _draw_cell(batch: TextBatch, lines: Sequence[str], st: CellStyle, left: float, right: float,
               row_top: float, height: float, pad: float) -> None:
    """One cell by the general path: any alignment, letters outside ASCII, narrowed lines."""
    leading = st.leading
    if st.valign == "TOP":
        first = row_top - pad - st.size
    elif st.valign == "BOTTOM":
        first = row_top - height + pad + (len(lines) - 1) * leading + (leading - st.size)
    else:
        first = row_top - (height - len(lines) * leading) / 2 - st.size
    name = batch.select(st.font, st.size, leading)
    scales = getattr(lines, "scales", ())
    for i, line in enumerate(lines):
        y = first - i * leading
        scale = scales[i] if scales else 100.0
        if st.align == "LEFT":
            lx = left + pad
        elif st.align == "RIGHT":
            lx = right - pad - _measure(line, st.font, st.size) * scale / 100
        else:
            lx = (left + right - _measure(line, st.font, st.size) * scale / 100) / 2
        if name is not None and line.isascii() and scale == 100.0:
            batch.ops.append(f"1 0 0 1 {lx:.2f} {y:.2f} Tm ({escapePDF(line)}) Tj")
        elif line:
            batch.slow.append((lx, y, line, st.font, st.size, scale))


def draw_text(canvas: Canvas, x: float, y: float, text: str, font: str, size: float,
              align: str = "LEFT") -> None:
    """One line of text by the fast path when it can (page headers and footers of long rosters)."""
    font = font_for(text, font)
    if align == "RIGHT":
        x -= stringWidth(text, font, size)
    elif align == "CENTER":
        x -= stringWidth(text, font, size) / 2
    batch = TextBatch(canvas)
    batch.add(x, y, text, font, size)
    batch.flush()


def forget() -> None:
    """Drop the remembered text widths."""
    _widths.clear()
