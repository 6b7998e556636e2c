"""Printing a finished PDF straight to a printer: the system's print dialog, then page by page.

The PDF that was previewed is what is printed: each page is rendered by Qt's PDF module
at 300 dpi and drawn on the printer's full page, so margins, kop and signatures land
where the preview shows them. The paper (F4 or A4) and orientation are preset in the
dialog; the clerk picks the printer, the pages and the copies.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QProgressDialog, QWidget

RENDER_DPI = 300
F4_SIZE = QSizeF(215, 330)


def page_size(paper: str) -> QPageSize:
    if paper == "a4":
        return QPageSize(QPageSize.PageSizeId.A4)
    return QPageSize(F4_SIZE, QPageSize.Unit.Millimeter, "F4 (215 x 330 mm)")


def make_printer(paper: str, landscape: bool, title: str) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    printer.setFullPage(True)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    printer.setPageLayout(QPageLayout(page_size(paper), orientation, QMarginsF(0, 0, 0, 0)))
    return printer


def choose_printer(parent: QWidget | None, paper: str, landscape: bool, title: str) -> QPrinter | None:
    """The system print dialog with the document's paper preset; None when the clerk cancels."""
    printer = make_printer(paper, landscape, title)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("printing", "Cetak ke printer"))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return printer


def print_pdf(parent: QWidget | None, printer: QPrinter, path: str) -> int:
    """Print the PDF at `path` on `printer` (the page range it was given); returns pages sent."""
    document = QPdfDocument()
    document.load(path)
    count = document.pageCount()
    first, last = 1, count
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = max(1, printer.fromPage()), min(count, printer.toPage() or count)
    progress = QProgressDialog(QCoreApplication.translate("printing", "Mengirim halaman ke printer…"),
                               QCoreApplication.translate("printing", "Batal"), 0, last - first + 1, parent)
    progress.setObjectName("printer_progress")
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(400)
    painter = QPainter()
    sent = 0
    try:
        if not painter.begin(printer):
            return 0
        for number in range(first, last + 1):
            if progress.wasCanceled():
                break
            if sent:
                printer.newPage()
            points = document.pagePointSize(number - 1)
            image = document.render(number - 1, QSize(round(points.width() * RENDER_DPI / 72),
                                                      round(points.height() * RENDER_DPI / 72)))
            target = QRectF(printer.pageLayout().fullRectPixels(printer.resolution()))
            painter.drawImage(target, image)
            sent += 1
            progress.setValue(sent)
    finally:
        if painter.isActive():
            painter.end()
        progress.reset()
        progress.deleteLater()
        document.close()
    return sent
