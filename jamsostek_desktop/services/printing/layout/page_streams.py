"""A long roster's finished pages kept deflated while the rest is drawn.

reportlab keeps each page's drawing operators as text until the document is saved, and
deflates them only then: a 35,000-row roster (1,320 pages) held about 20 MB of page text
in the window's memory at the end of the drawing. Deflated as soon as a page is shown, the
same pages take about a tenth of that. The file is the same: the stream, its FlateDecode
filter and its length are what reportlab would have written at save time.
"""

from __future__ import annotations

from reportlab import rl_config
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFZCompress
from reportlab.pdfgen.canvas import Canvas


def deflate_last_page(canvas: Canvas) -> None:
    """Call right after `canvas.showPage()`: the page just finished is deflated now."""
    pages = canvas._doc.Pages.pages
    if not pages:
        return
    page = pages[-1]
    if page.Contents or not page.stream or not page.compression or rl_config.useA85:
        return              # already formatted, empty, uncompressed or ASCII85-encoded: reportlab's way
    dictionary = PDFDictionary({"Filter": PDFArray([PDFName(PDFZCompress.pdfname)])})
    stream = PDFStream(dictionary, PDFZCompress.encode(page.stream))
    stream.__Comment__ = "page stream"
    page.Contents = stream
    page.stream = None
