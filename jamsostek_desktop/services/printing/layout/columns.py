"""The roster's columns, their widths sized from the content, and wrapping that never breaks a word.

Fixed columns (No, NIK, RT/RW, JHT ...) are as wide as their widest possible value.
Text columns (names, birth place and date, addresses, the category's key field) share
the rest: each is at least as wide as its longest word, then they grow where a point of
width saves the most lines, judged on what the roster actually holds; on an F4 portrait
page that keeps rows to one or two lines (over 30 rows a page instead of 14). A word is never broken: a line
is cut only between words, and a single word wider than its column (a rare
e-mail-like text) is printed narrowed (`squeeze`) rather than split.
"""

from __future__ import annotations

import bisect
import math
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from jamsostek_desktop.services.printing.layout.fonts import BOLD, REGULAR, register_fonts

FONT_SIZE = 8.0
LEADING = 9.4
PAD = 2.2                    # cell padding, all sides
MAX_LINES = 16               # a runaway text stops here (with "…"), so a row always fits a page


@dataclass(frozen=True)
class Column:
    key: str                 # what the cell shows: "no", "nik", "nama", ... (see RosterLayout.cells)
    header: str
    align: str = "LEFT"
    sample: str = ""         # a fixed column is as wide as this text (or its header's longest word)
    text: bool = False       # a text column: sized from its content, wrapped by words
    minimum: float = 0.0     # at least this wide (points): the signature column
    takes_rest: bool = False  # gets the width nobody else needs (the signature column)


def header_floor(column: Column) -> float:
    """The width the header needs with its words unbroken (bold)."""
    words = column.header.split() or [""]
    return max(stringWidth(w, BOLD, FONT_SIZE) for w in words) + 2 * PAD + 0.5


def fixed_width(column: Column) -> float:
    sample = stringWidth(column.sample, REGULAR, FONT_SIZE) + 2 * PAD + 0.5 if column.sample else 0.0
    return max(sample, header_floor(column), column.minimum)


@dataclass(frozen=True)
class Measure:
    """A text's widths as wrap() sees them: on one line, on two lines at best, its longest word."""

    one: float
    two: float
    longest: float


def measure(text: str) -> Measure:
    """Widths summed word by word exactly as wrap() sums them, so line counts agree.

    `two` is the narrowest width that holds the text on two lines (greedy wrapping is
    optimal, so "fits on two lines at width w" is exactly `two <= w`).
    """
    words = text.split()
    if not words:
        return Measure(0.0, 0.0, 0.0)
    space = word_width(" ")
    widths = [word_width(w) for w in words]
    one = sum(widths) + space * (len(words) - 1)
    longest = max(widths)
    if len(words) == 1:
        return Measure(one, one, longest)
    best, prefix = one, -space
    for w in widths[:-1]:
        prefix += space + w
        best = min(best, max(prefix, one - prefix - space))
    return Measure(one, best, longest)


class _Share:
    """How many of a column's texts fit a width: sorted widths with cumulative counts."""

    def __init__(self, by_width: dict[float, int], total: int) -> None:
        self.widths = sorted(by_width)
        self.counts, running = [], 0
        for w in self.widths:
            running += by_width[w]
            self.counts.append(running)
        self.total = total

    def at(self, text_width: float) -> float:
        index = bisect.bisect_right(self.widths, text_width)
        return self.counts[index - 1] / self.total if index and self.total else (1.0 if not self.total else 0.0)


@dataclass
class ColumnStats:
    """What a text column holds: the share of its texts that fit a width on one and on two
    lines, and its longest word. Widths are rounded up to whole points: close enough to
    choose column widths, and it keeps the choices `allocate` weighs few."""

    one: _Share
    two: _Share
    longest_word: float
    widest: float

    @classmethod
    def of(cls, measured: list[tuple[Measure, int]]) -> ColumnStats:
        """From [(measure of a text, how many rows hold it)]."""
        ones: dict[float, int] = {}
        twos: dict[float, int] = {}
        longest = widest = 0.0
        total = 0
        for m, n in measured:
            one, two = float(math.ceil(m.one)), float(math.ceil(m.two))
            ones[one] = ones.get(one, 0) + n
            twos[two] = twos.get(two, 0) + n
            longest, widest = max(longest, m.longest), max(widest, m.one)
            total += n
        return cls(_Share(ones, total), _Share(twos, total), longest, widest)

    def breakpoints(self) -> list[float]:
        """Text widths at which more texts fit (on one line or on two)."""
        return sorted(set(self.one.widths) | set(self.two.widths))


CELL_EXTRA = 2 * PAD + 0.5   # a column's width beyond its text: padding and a hair for rounding


def expected_lines(shares: dict[int, tuple[float, float]], one_line: bool = True) -> float:
    """Rows' expected extra lines when columns wrap independently: P(> 1 line) + P(> 2 lines).

    Without `one_line`, only P(> 2 lines): the rows that would take three lines or more.
    """
    one = two = 1.0
    for fit_one, fit_two in shares.values():
        one *= fit_one
        two *= fit_two
    return ((1.0 - one) if one_line else 0.0) + (1.0 - two)


def allocate(columns: list[Column], width: float, stats: dict[str, ColumnStats]) -> list[float]:
    """Column widths filling `width`: fixed columns first, then the text columns by content.

    Text columns start at their longest word. First every text is given room for two
    lines where the page allows (a third line costs as much as a second); then columns
    grow a step at a time where a point of width saves the most lines (a row is as high
    as its tallest cell; columns are taken as independent), until every text fits on
    one line or the page is full.
    """
    widths = [0.0 if c.text else fixed_width(c) for c in columns]
    texts = [i for i, c in enumerate(columns) if c.text]
    if not texts:
        return _give_rest(columns, widths, width)
    column_stats = {i: stats[columns[i].key] for i in texts}
    floor = {i: max(header_floor(columns[i]), column_stats[i].longest_word + CELL_EXTRA, columns[i].minimum)
             for i in texts}
    room = width - sum(widths)
    if sum(floor.values()) >= room:
        # Not even every longest word fits: share what there is (long words print narrowed).
        scale = room / sum(floor.values())
        for i in texts:
            widths[i] = floor[i] * scale
        return widths
    two_lines = {i: max(floor[i], (column_stats[i].two.widths or [0.0])[-1] + CELL_EXTRA) for i in texts}
    if sum(two_lines.values()) <= room:
        current = two_lines
    else:
        current = _most_within_two_lines(floor, room - sum(floor.values()), column_stats)
    current = _grow(current, room - sum(current.values()), column_stats, one_line=True)
    for i in texts:
        widths[i] = current[i]
    return _give_rest(columns, widths, width)


def _most_within_two_lines(floor: dict[int, float], budget: float,
                           column_stats: dict[int, ColumnStats]) -> dict[int, float]:
    """Widths giving the most rows of at most two lines (columns taken as independent).

    A knapsack over whole points: each column may take any of its two-line breakpoints,
    and the product of the shares that fit is the largest the budget allows.
    """
    points = int(budget)
    best: dict[int, tuple[float, dict[int, float]]] = {0: (0.0, {})}
    for i, st in column_stats.items():
        options = [(0, floor[i])]
        for w in st.two.widths:
            step = math.ceil(w + CELL_EXTRA - floor[i])
            if 0 < step <= points:
                options.append((step, floor[i] + step))
        following: dict[int, tuple[float, dict[int, float]]] = {}
        for used, (score, chosen) in best.items():
            for step, column_width in options:
                total = used + step
                if total > points:
                    continue
                fit = st.two.at(column_width - CELL_EXTRA)
                value = score + (math.log(fit) if fit > 0 else -1e6)
                if total not in following or value > following[total][0]:
                    following[total] = (value, {**chosen, i: column_width})
        best = following
    return dict(max(best.values(), key=lambda item: item[0])[1])


def _grow(current: dict[int, float], budget: float, column_stats: dict[int, ColumnStats],
          one_line: bool) -> dict[int, float]:
    """Spend `budget` points where each saves the most expected lines, breakpoint by breakpoint."""
    points = {i: [w + CELL_EXTRA for w in st.breakpoints()] for i, st in column_stats.items()}

    def share(i: int, column_width: float) -> tuple[float, float]:
        st = column_stats[i]
        return st.one.at(column_width - CELL_EXTRA), st.two.at(column_width - CELL_EXTRA)

    while budget > 1e-6:
        shares = {i: share(i, w) for i, w in current.items()}
        now = expected_lines(shares, one_line)
        if now <= 1e-12:
            break
        best, best_ratio = None, 0.0
        for i in current:
            for candidate in points[i]:
                step = candidate - current[i]
                if step <= 1e-9:
                    continue
                if step > budget:
                    break
                trial = dict(shares)
                trial[i] = share(i, candidate)
                ratio = (now - expected_lines(trial, one_line)) / step
                if ratio > best_ratio + 1e-12:
                    best, best_ratio = (i, candidate), ratio
        if best is None:
            break
        i, candidate = best
        budget -= candidate - current[i]
        current[i] = candidate
    return current


def _give_rest(columns: list[Column], widths: list[float], width: float) -> list[float]:
    """Width nobody needs: to the column that takes the rest, else shared by the text columns."""
    rest = width - sum(widths)
    if rest <= 0:
        return widths
    takers = [i for i, c in enumerate(columns) if c.takes_rest] or [i for i, c in enumerate(columns) if c.text]
    if not takers:
        takers = list(range(len(columns)))
    share = sum(widths[i] for i in takers) or 1.0
    return [w + (rest * w / share if i in takers else 0.0) for i, w in enumerate(widths)]


# --- measuring and wrapping ------------------------------------------------------------------

_word_widths: dict[str, float] = {}


def word_width(word: str) -> float:
    """Width of a word in the body font; names and streets repeat, so widths are remembered."""
    found = _word_widths.get(word)
    if found is None:
        register_fonts()
        found = stringWidth(word, REGULAR, FONT_SIZE)
        if len(_word_widths) < 200_000:
            _word_widths[word] = found
    return found


def text_width(text: str) -> float:
    return stringWidth(" ".join(text.split()), REGULAR, FONT_SIZE)


class Squeezed(tuple):
    """Lines of a cell where a word wider than the column is printed narrowed.

    `scales[i]` is the horizontal scale (percent) of line i; 100 for the others.
    """

    scales: tuple[float, ...] = ()


@lru_cache(maxsize=65_536)
def wrap(text: str, width: float) -> tuple[str, ...]:
    """Lines of `text` fitting `width`, cut between words only, at most MAX_LINES.

    Cached: places, streets and key fields repeat down a roster, and each row is
    wrapped twice (measuring, then drawing)."""
    words = text.split()
    if not words:
        return ()
    space = word_width(" ")
    widths = [word_width(w) for w in words]
    if sum(widths) + space * (len(words) - 1) <= width:
        return (" ".join(words),)
    lines: list[str] = []
    line_widths: list[float] = []
    current: list[str] = []
    used = 0.0
    for word, w in zip(words, widths, strict=True):
        if current and used + space + w > width:
            lines.append(" ".join(current))
            line_widths.append(used)
            current, used = [word], w
        else:
            used += (space if current else 0) + w
            current.append(word)
    lines.append(" ".join(current))
    line_widths.append(used)
    if len(lines) > MAX_LINES:
        lines = lines[:MAX_LINES]
        line_widths = line_widths[:MAX_LINES]
        lines[-1] += " …"
        line_widths[-1] = text_width(lines[-1])
    if max(line_widths) <= width + 0.01:
        return tuple(lines)
    squeezed = Squeezed(lines)
    squeezed.scales = tuple(min(100.0, 100.0 * width / w) if w > 0 else 100.0 for w in line_widths)
    return squeezed


def line_count(text: str, width: float, measured: Measure | None = None) -> int:
    """How many lines wrap() gives, without wrapping when one or two lines are certain."""
    m = measured or measure(text)
    if m.one == 0.0:
        return 0
    if m.one <= width:
        return 1
    if m.two < width - 1e-6 and m.longest <= width:
        return 2
    return len(wrap(text, width))


def forget() -> None:
    """Drop the remembered word widths and wrapped texts (a long print leaves many behind)."""
    _word_widths.clear()
    wrap.cache_clear()
