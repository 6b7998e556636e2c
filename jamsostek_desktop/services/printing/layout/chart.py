"""The summary's bar chart: participants per category, every category, labels never cut.

Labels are the catalogue's short names where it has them ("PTHL"), wrapped over two
lines when still too long; the value axis counts whole people, with a step that keeps
a handful of gridlines whether the largest bar is 2 or 20,000.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from jamsostek_desktop.domain.formatting import thousands
from jamsostek_desktop.services.printing.layout.fonts import BOLD, REGULAR, font_for

BAR = colors.HexColor("#2f5d8a")
LABEL_SIZE = 8
VALUE_SIZE = 7.5
LABEL_MAX = 48 * mm


def value_step(largest: int) -> int:
    """A whole-number axis step giving at most about six intervals: 1, 2, 5, 10, 20, 50 ..."""
    if largest <= 5:
        return 1
    raw = largest / 6
    magnitude = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if raw <= factor * magnitude:
            return max(1, int(factor * magnitude))
    return max(1, int(10 * magnitude))


def wrapped_label(text: str, width: float) -> str:
    """The label on at most two lines within `width`; a third line is joined to the second."""
    font = font_for(text, REGULAR)
    lines = simpleSplit(text, font, LABEL_SIZE, width) or [text]
    if len(lines) > 2:
        lines = [lines[0], " ".join(lines[1:])]
    return "\n".join(lines)


def bar_chart(labels: list[str], values: list[int], width: float, title: str) -> Drawing:
    """Horizontal bars, top to bottom in the order given."""
    label_width = min(LABEL_MAX, max((stringWidth(t, font_for(t, REGULAR), LABEL_SIZE) for t in labels),
                                     default=20) + 4)
    names = [wrapped_label(t, label_width) for t in labels]
    lines = max((n.count("\n") + 1 for n in names), default=1)
    slot = max(13.0, lines * LABEL_SIZE * 1.15 + 4)
    plot_height = slot * len(labels)
    bottom, top_room = 30, 4
    drawing = Drawing(width, plot_height + bottom + top_room)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_width + 6, bottom
    chart.width, chart.height = width - label_width - 6 - 14 * mm, plot_height
    # the chart draws bottom-up: reverse so the first category is at the top
    chart.data = [list(reversed(values))]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = max(2, slot * 0.3)
    chart.categoryAxis.categoryNames = list(reversed(names))
    chart.categoryAxis.labels.fontName = REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.leading = LABEL_SIZE * 1.15
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.textAnchor = "end"
    chart.categoryAxis.labels.dx = -5
    largest = max(values, default=0)
    step = value_step(largest)
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max(step, step * math.ceil(largest / step)) if largest else step * 2
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = REGULAR
    chart.valueAxis.labels.fontSize = VALUE_SIZE
    chart.valueAxis.labelTextFormat = lambda v: thousands(int(round(v)))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#cccccc")
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barLabelFormat = lambda v: thousands(int(v))
    chart.barLabels.fontName = REGULAR
    chart.barLabels.fontSize = VALUE_SIZE
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    drawing.add(String(chart.x + chart.width / 2, 4, title, fontName=BOLD, fontSize=8, textAnchor="middle"))
    return drawing
