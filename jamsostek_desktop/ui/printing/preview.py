"""The print dialog's preview: the PDF pages, what is being prepared, and a Cancel button.

    +------------------------------------------------+
    |  pages of the PDF, one under the other          |
    |  (QPdfView; the first pages while the rest of   |
    |  a long roster is still being drawn)            |
    +------------------------------------------------+
    | "Menyiapkan halaman 120 dari 4.300"  [=====  ] [Batal] |

The document is kept open only while shown: `clear()` closes it, so a closed dialog
holds no rendered pages.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget


class PreviewPanel(QWidget):
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pdf = QPdfDocument(self)
        self.view = QPdfView(objectName="preview")
        self.view.setDocument(self.pdf)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self.tr("Tekan Pratinjau untuk melihat dokumen."), objectName="preview_info")
        self.info.setWordWrap(True)
        self.bar = QProgressBar(objectName="preview_progress")
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Batal"), objectName="preview_cancel")
        self.cancel_button.clicked.connect(self.cancel_requested)
        status = QHBoxLayout()
        status.addWidget(self.info, 1)
        status.addWidget(self.bar)
        status.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(status)
        self.set_running(False)

    def set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        if running:
            self.bar.setRange(0, 0)             # busy until the first report

    def set_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(min(1000, done * 1000 // total))

    def show_file(self, path: str) -> int:
        """Show the PDF at `path`; returns its page count."""
        self.pdf.close()
        self.pdf.load(path)
        return self.pdf.pageCount()

    def page_count(self) -> int:
        return self.pdf.pageCount()

    def clear(self) -> None:
        self.pdf.close()
