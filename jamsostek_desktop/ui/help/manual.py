"""Bantuan > Panduan: the short offline manual, and F1 for the page of the window in front.

The manual is HTML in resources/manual/<language>/ (Indonesian, and English for an English
interface), with pictures of the real windows in resources/manual/img/ that
`make screenshots` takes. A QTextBrowser shows it: no web engine, nothing online.

F1 works in every window (`install_f1`): each window gets an F1 shortcut when it first
comes to the front, and names its page through TOPICS, by its objectName, so a dialog
added later gets its page with one line.

    +-- Panduan -------------------------------------------------------+
    | [Daftar isi] [< Kembali]                                         |
    | +--------------------------------------------------------------+ |
    | | Formulir peserta                                             | |
    | | ...                                                 [picture] | |
    | +--------------------------------------------------------------+ |
    |                                                       [Tutup]    |
    +------------------------------------------------------------------+
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.paths import resource
from jamsostek_desktop.ui.common import i18n, screen

INDEX = "index.html"
# objectName of a window -> its page (with an anchor where one page covers several windows).
TOPICS = {
    "participant_form": "formulir.html",
    "category_chooser": "formulir.html",
    "status_dialog": "status.html",
    "reason_dialog": "status.html#arsip",
    "history_dialog": "status.html#riwayat",
    "excel_import_wizard": "excel.html",
    "excel_export_dialog": "excel.html#ekspor",
    "sync_export_dialog": "kirim.html",
    "sync_import_dialog": "kirim.html#terima",
    "sync_issues_dialog": "kirim.html#konflik",
    "accept_key_dialog": "kirim.html#kunci",
    "print_dialog": "cetak.html",
    "profile_dialog": "cetak.html#kop",
    "tenure_window": "jabatan.html",
    "replace_dialog": "jabatan.html#ganti",
    "extend_dialog": "jabatan.html#sk",
    "coverage_dialog": "jabatan.html#cakupan",
    "event_dialog": "jabatan.html#peristiwa",
    "claim_dialog": "jabatan.html#peristiwa",
    "pick_participant": "jabatan.html#peristiwa",
    "residents_window": "penduduk.html",
    "residents_import_wizard": "penduduk.html#impor",
    "screening_review": "periksa.html",
    "reference_import": "periksa.html#pembanding",
    "setup_wizard": "mulai.html",
    "login_dialog": "mulai.html#masuk",
    "users_dialog": "akun.html",
    "user_form": "akun.html",
    "reset_password_dialog": "akun.html",
    "change_password_dialog": "akun.html#sandi",
    "audit_log_dialog": "akun.html#log",
    "restore_dialog": "akun.html#cadangan",
    "language_dialog": "akun.html#bahasa",
}


def manual_folder(language: str | None = None) -> Path:
    """The manual in the interface language (Indonesian when no English copy is there)."""
    code = language or i18n.current_language()
    folder = resource("manual", code)
    return folder if folder.is_dir() else resource("manual", "id")


def topic_of(window: QWidget | None) -> str:
    """The page (and anchor) about `window`; the main window's depends on the page it shows."""
    if window is None:
        return INDEX
    if window.objectName() == "main_window":
        return "dasbor.html" if window.pages.currentWidget() is window._dashboard_page else "daftar.html"
    return TOPICS.get(window.objectName(), INDEX)


def page_url(topic: str, language: str | None = None) -> QUrl:
    page, _, anchor = topic.partition("#")
    url = QUrl.fromLocalFile(str(manual_folder(language) / page))
    if anchor:
        url.setFragment(anchor)
    return url


class ManualDialog(QDialog):
    """The manual's viewer: not modal, so the clerk reads it beside the window it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("manual_dialog")
        self.setWindowTitle(self.tr("Panduan Jamsostek Desktop"))
        self.setWindowModality(Qt.NonModal)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("manual_browser")
        self.browser.setOpenExternalLinks(False)
        contents = QPushButton(self.tr("Daftar isi"), self)
        contents.setObjectName("manual_contents")
        contents.clicked.connect(lambda: self.show_topic(INDEX))
        back = QPushButton(self.tr("< Kembali"), self)
        back.setObjectName("manual_back")
        back.clicked.connect(self.browser.backward)
        self.browser.backwardAvailable.connect(back.setEnabled)
        back.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.button(QDialogButtonBox.Close).setText(self.tr("Tutup"))
        buttons.rejected.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(contents)
        top.addWidget(back)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen.fit(self, 900, 700)

    def show_topic(self, topic: str) -> None:
        self.browser.setSource(page_url(topic))

    def topic(self) -> str:
        """The page shown now, with its anchor (what tests and the window title read)."""
        url = self.browser.source()
        name = Path(url.toLocalFile()).name
        return f"{name}#{url.fragment()}" if url.fragment() else name


_viewer: ManualDialog | None = None


def open_manual(topic: str = INDEX, parent: QWidget | None = None) -> ManualDialog:
    """Show the manual at `topic`, reusing the open viewer."""
    global _viewer
    if _viewer is not None:
        try:
            _viewer.isVisible()
        except RuntimeError:       # deleted with the dialog it was opened over
            _viewer = None
    if _viewer is None:
        _viewer = ManualDialog(parent)
        _viewer.setAttribute(Qt.WA_DeleteOnClose)
        _viewer.destroyed.connect(_forget)
    _viewer.show_topic(topic)
    _viewer.show()
    _viewer.raise_()
    return _viewer


def _forget(*_args) -> None:
    global _viewer
    _viewer = None


def _give_f1(_focus_window=None) -> None:
    """The window that just came to the front gets F1 for its page (once): a shortcut of its
    own, so F1 works in a modal dialog too, and no Python runs for the program's other keys."""
    window = QApplication.activeWindow()
    if window is None or window.property("jamsostek_f1") or window.objectName() == "manual_dialog":
        return
    window.setProperty("jamsostek_f1", True)
    shortcut = QShortcut(QKeySequence(Qt.Key_F1), window)
    shortcut.setContext(Qt.WindowShortcut)
    shortcut.activated.connect(lambda: open_manual(topic_of(window), window))


_installed = False


def install_f1(app: QGuiApplication | None = None) -> None:
    """F1 in every window of the program: each gets its shortcut when it first comes to the front."""
    global _installed
    app = app or QGuiApplication.instance()
    if not _installed and app is not None:
        _installed = True
        app.focusWindowChanged.connect(_give_f1)
        _give_f1()
