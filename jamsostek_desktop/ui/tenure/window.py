"""The "Masa jabatan & klaim" window: terms ending, posts and their history, replacements,
coverage per month, deaths, accidents and claims, each on a tab.

    +- Masa jabatan, penggantian & klaim -----------------------------------------+
    | [Masa jabatan berakhir] [Jabatan] [Penggantian] [Cakupan bulanan] [Peristiwa] |
    | +--------------------------------------------------------------------------+ |
    | | Nama | NIK | Jabatan | TMT berakhir | Keterangan                         | |
    | +--------------------------------------------------------------------------+ |
    | [Perpanjang (SK baru)…] [Ganti pejabat…] [Riwayat jabatan]                  |
    +------------------------------------------------------------------------------+

The kelurahan records here; the city office (which receives all of it through sync) sees
its whole area, or the region picked in its tree, and changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain import terms as rules
from jamsostek_desktop.domain.formatting import short_date
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.tenure import clock, documents, labels, posts, replacement, terms
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.i18n import translated
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.tenure import actions
from jamsostek_desktop.ui.tenure.widgets import (
    NOTE,
    WARN,
    RowsModel,
    days_text,
    jabatan_text,
    selected_key,
    table,
)

SHOWN = 1000       # rows a list shows at once: a city's terms ending can run to tens of thousands


def _button(parent: QWidget, name: str, text: str, slot) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


def _row(*widgets) -> QHBoxLayout:
    row = QHBoxLayout()
    for w in widgets:
        row.addWidget(w)
    row.addStretch(1)
    return row


class TermsTab(QWidget):
    """Terms ending within 60 days (or ended), and people whose post is still held by someone else."""

    def __init__(self, window: TenureWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.band = QComboBox(self)
        self.band.setObjectName("band")
        self.band.addItem(self.tr("Berakhir ≤ 60 hari dan yang sudah berakhir"), None)
        self.band.addItem(translated(labels.band("30")), "30")
        self.band.addItem(translated(labels.band(rules.ENDED)), rules.ENDED)
        self.band.currentIndexChanged.connect(self.reload)
        self.model = RowsModel([self.tr("Nama"), self.tr("NIK"), self.tr("Jabatan"), self.tr("Unit"),
                                self.tr("Kelurahan"), self.tr("TMT berakhir"), self.tr("Keterangan")], self)
        self.view = table(self, "ending_table", self.model, self.tr("Masa jabatan berakhir"), stretch=3)
        self.view.setColumnHidden(4, not window.city_mode)
        self.lonely = RowsModel([self.tr("Nama"), self.tr("NIK"), self.tr("Jabatan yang dituju"), self.tr("Unit"),
                                 self.tr("Masih dipegang")], self)
        self.lonely_view = table(self, "without_post_table", self.lonely, self.tr("Peserta tanpa jabatan"), stretch=3)
        self.lonely_view.setMaximumHeight(150)
        self.more = QLabel(self)
        self.more.setObjectName("more")
        self.more.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(_row(QLabel(self.tr("Tampilkan:"), self), self.band))
        layout.addWidget(self.view, 3)
        layout.addWidget(self.more)
        if not window.city_mode:
            layout.addLayout(_row(
                _button(self, "extend", self.tr("Perpanjang (SK baru)…"), lambda: self._with_selected(actions.extend)),
                _button(self, "replace", self.tr("Ganti pejabat…"), lambda: self._with_selected(actions.replace))))
            caption = QLabel(self.tr("Peserta tanpa jabatan: jabatan yang dituju masih dipegang orang lain. "
                                     "Catat dulu penggantian pemegangnya, lalu tetapkan jabatannya."), self)
            caption.setWordWrap(True)
            layout.addWidget(caption)
            layout.addWidget(self.lonely_view, 1)
            layout.addLayout(_row(_button(self, "assign", self.tr("Tetapkan jabatan"), self.assign),
                                  _button(self, "replace_holder", self.tr("Ganti pejabat pemegangnya…"),
                                          self.replace_holder)))
        else:
            self.lonely_view.hide()

    def reload(self) -> None:
        today = clock.today()
        band, prefix = self.band.currentData(), self.window_.prefix
        soon, ended = terms.ending_count(30 if band == "30" else None, kelurahan_prefix=prefix)
        if band == "30":
            rows, total = terms.ending(30, kelurahan_prefix=prefix, include_ended=False, limit=SHOWN), soon
        elif band == rules.ENDED:
            rows = [r for r in terms.ending(0, kelurahan_prefix=prefix, limit=SHOWN) if r.end < today]
            total = ended
        else:
            rows, total = terms.ending(None, kelurahan_prefix=prefix, limit=SHOWN), soon + ended
        self.more.setVisible(total > len(rows))
        self.more.setText(self.tr("Ditampilkan {shown} dari {total}; yang lain menyusul setelah yang di atas "
                                  "diselesaikan.").format(shown=len(rows), total=total))
        colours = {i: WARN if r.end < today else NOTE for i, r in enumerate(rows) if (r.end - today).days <= 30}
        self.model.set_rows([(r.nama, r.nik, jabatan_text(r.jabatan) or catalogue_label(r.category), r.unit,
                              r.kelurahan_code, short_date(r.end), days_text((r.end - today).days)) for r in rows],
                            [r.participant_id for r in rows], colours)
        if not self.window_.city_mode:
            self._without = terms.without_post(self.window_.prefix)
            self.lonely.set_rows([(w.nama, w.nik, jabatan_text(w.wanted_jabatan), w.wanted_unit,
                                   ", ".join(w.holders) or "–") for w in self._without],
                                 list(range(len(self._without))))

    def _with_selected(self, action) -> None:
        pid = selected_key(self.view)
        if pid is None:
            ask.inform(self, self.tr("Masa jabatan"), self.tr("Pilih dulu satu baris di daftar."))
            return
        if action(self, pid, self.window_.main):
            self.window_.reload()

    def _lonely(self):
        index = selected_key(self.lonely_view)
        return self._without[index] if index is not None else None

    def assign(self) -> None:
        item = self._lonely()
        if item is None or item.post_id is None:
            return
        try:
            terms.assign(item.participant_id, item.post_id)
        except AppError as exc:
            ask.show_error(self, self.tr("Tetapkan jabatan"), exc)
            return
        self.window_.reload()

    def replace_holder(self) -> None:
        item = self._lonely()
        if item is None or not item.holder_ids:
            return
        if actions.replace(self, item.holder_ids[0], self.window_.main):
            self.window_.reload()


class PostsTab(QWidget):
    """Every post with its holders; the selected post's history below it, printable."""

    def __init__(self, window: TenureWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.search = QLineEdit(self)
        self.search.setObjectName("post_search")
        self.search.setPlaceholderText(self.tr("Cari jabatan, unit atau nama pemegang …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.model = RowsModel([self.tr("Jabatan"), self.tr("Unit"), self.tr("Kategori"), self.tr("Kelurahan"),
                                self.tr("Pemegang"), self.tr("Keterangan")], self)
        self.view = table(self, "posts_table", self.model, self.tr("Jabatan"), stretch=4)
        self.view.setColumnHidden(3, not window.city_mode)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self.show_history())
        self.history = RowsModel([self.tr("Masa"), self.tr("Nama"), self.tr("NIK"), self.tr("SK"),
                                  self.tr("TMT mulai"), self.tr("TMT berakhir"), self.tr("Keterangan")], self)
        self.history_view = table(self, "history_table", self.history, self.tr("Riwayat jabatan"), stretch=6)
        self.history_title = QLabel(self)
        self.history_title.setObjectName("history_title")
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 3)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history_view, 2)
        buttons = [_button(self, "print_history", self.tr("Cetak riwayat…"), self.ask_print)]
        if not window.city_mode:
            buttons.append(_button(self, "replace_holder", self.tr("Ganti pejabat…"), self.replace_holder))
        layout.addLayout(_row(*buttons))

    def reload(self) -> None:
        rows = posts.listing(self.window_.prefix, self.search.text())
        notes, colours = [], {}
        for i, r in enumerate(rows):
            if r.clash:
                notes.append(self.tr("pemegang melebihi jumlah kursi ({n})").format(n=r.seats))
                colours[i] = WARN
            elif r.vacant:
                notes.append(self.tr("menunggu pengganti"))
                colours[i] = NOTE
            else:
                notes.append("" if r.holders else self.tr("kosong"))
        self.model.set_rows([(jabatan_text(r.jabatan), r.unit, catalogue_label(r.category), r.kelurahan_code,
                              ", ".join(r.holders) or "–", notes[i]) for i, r in enumerate(rows)], [r.id for r in rows],
                            colours)
        self.show_history()

    def post_id(self) -> int | None:
        return selected_key(self.view)

    def show_history(self) -> None:
        post_id = self.post_id()
        if post_id is None:
            self.history.set_rows([], [])
            self.history_title.setText(self.tr("Pilih jabatan untuk melihat riwayat pemegangnya."))
            return
        h = posts.history(post_id)
        post = f"{jabatan_text(h.post.jabatan)}, {h.post.unit}" if h.post.unit else jabatan_text(h.post.jabatan)
        self.history_title.setText(self.tr("Riwayat {post}").format(post=post))
        rows = []
        for line in h.lines:
            if line.close_reason == rules.EXTENDED:
                remark = self.tr("diperpanjang {date}").format(date=short_date(line.closed_on))
            elif line.closed_on:
                remark = self.tr("berhenti {date}: {reason}").format(date=short_date(line.closed_on),
                                                                      reason=translated(labels.reason(line.close_reason)))
                if line.followed_by:
                    remark += self.tr("; diganti {name}").format(name=line.followed_by)
            else:
                remark = self.tr("menjabat")
            sk = " ".join(p for p in (line.sk_kind, line.sk_number) if p)
            rows.append((line.number, line.nama, line.nik, sk, short_date(line.start), short_date(line.end), remark))
        self.history.set_rows(rows, [line.participant_id for line in h.lines])

    def ask_print(self) -> None:
        if self.post_id() is None:
            ask.inform(self, self.tr("Cetak riwayat"), self.tr("Pilih dulu satu jabatan."))
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan riwayat jabatan"), "riwayat-jabatan.pdf",
                                              self.tr("Dokumen PDF (*.pdf)"))
        if path:
            self.print_history(path)

    def print_history(self, path: str):
        try:
            written = documents.history_pdf(self.post_id(), path)
        except AppError as exc:
            ask.show_error(self, self.tr("Cetak riwayat"), exc)
            return None
        ask.inform(self, self.tr("Cetak riwayat"), self.tr("Riwayat jabatan tersimpan: {path}").format(
            path=str(written.path)))
        return written

    def replace_holder(self) -> None:
        index = self.history_view.currentIndex()
        running = [i for i in range(self.history.rowCount()) if self.history.data(self.history.index(i, 6))
                   == self.tr("menjabat")]
        row = index.row() if index.isValid() else (running[0] if running else None)
        if row is None:
            ask.inform(self, self.tr("Ganti pejabat"), self.tr("Jabatan ini tidak punya pemegang yang menjabat."))
            return
        if actions.replace(self, self.history.key(row), self.window_.main):
            self.window_.reload()


class ReplacementsTab(QWidget):
    """Every replacement in the area, newest first; an open one waits for its new holder."""

    def __init__(self, window: TenureWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.model = RowsModel([self.tr("Tanggal"), self.tr("Jabatan"), self.tr("Unit"), self.tr("Kelurahan"),
                                self.tr("Berhenti"), self.tr("Alasan"), self.tr("Pengganti")], self)
        self.view = table(self, "replacements_table", self.model, self.tr("Penggantian"), stretch=2)
        self.view.setColumnHidden(3, not window.city_mode)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        if not window.city_mode:
            layout.addLayout(_row(_button(self, "complete", self.tr("Pilih pengganti…"), self.complete),
                                  _button(self, "enter_new", self.tr("Daftarkan pengganti baru…"), self.enter_new)))

    def reload(self) -> None:
        self._rows = replacement.listing(self.window_.prefix)
        self.model.set_rows([(short_date(r.date), jabatan_text(r.jabatan), r.unit, r.kelurahan_code, r.leaving,
                              translated(labels.reason(r.reason)),
                              r.incoming or self.tr("menunggu pengganti")) for r in self._rows],
                            [r.id for r in self._rows], {i: NOTE for i, r in enumerate(self._rows) if not r.incoming})

    def _open(self):
        rid = selected_key(self.view)
        row = next((r for r in self._rows if r.id == rid), None)
        if row is None or row.incoming:
            ask.inform(self, self.tr("Penggantian"), self.tr("Pilih penggantian yang masih menunggu pengganti."))
            return None
        return row

    def complete(self, choice: int | None = None) -> None:
        row = self._open()
        if row is None:
            return
        people = replacement.candidates(replacement.leaving_of(row.id))
        if not people:
            ask.inform(self, self.tr("Pilih pengganti"), self.tr("Belum ada peserta lain di kategori ini; daftarkan "
                                                                 "pengganti baru."))
            return
        names = [f"{c.nama} — {c.nik}" for c in people]
        if choice is None:
            text, ok = QInputDialog.getItem(self, self.tr("Pilih pengganti"), self.tr("Pemegang baru:"), names, 0, False)
            if not ok:
                return
            choice = names.index(text)
        try:
            replacement.complete(row.id, people[choice].id)
        except AppError as exc:
            ask.show_error(self, self.tr("Pilih pengganti"), exc)
            return
        self.window_.reload()

    def enter_new(self) -> None:
        row = self._open()
        if row is not None:
            actions.enter_new_holder(self.window_.main, replacement.leaving_of(row.id))


class TenureWindow(QDialog):
    """Non-modal: the clerk keeps it open beside the list."""

    def __init__(self, main, prefix: str | None = None) -> None:
        super().__init__(main)
        from jamsostek_desktop.ui.tenure.events_tab import CoverageTab, EventsTab

        self.setObjectName("tenure_window")
        self.setWindowTitle(self.tr("Masa jabatan, penggantian & klaim"))
        self.main = main
        self.city_mode = bool(getattr(main, "city_mode", False))
        self.prefix = prefix
        self.resize(1100, 680)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("tenure_tabs")
        self.terms_tab, self.posts_tab = TermsTab(self), PostsTab(self)
        self.replacements_tab, self.coverage_tab, self.events_tab = ReplacementsTab(self), CoverageTab(self), EventsTab(self)
        for tab, title in ((self.terms_tab, self.tr("Masa jabatan berakhir")), (self.posts_tab, self.tr("Jabatan")),
                           (self.replacements_tab, self.tr("Penggantian")),
                           (self.coverage_tab, self.tr("Cakupan bulanan")),
                           (self.events_tab, self.tr("Peristiwa && klaim"))):
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        if self.city_mode:
            note = QLabel(self.tr("Data ini dicatat kelurahan dan diterima lewat sinkronisasi; kantor kota "
                                  "melihat dan mencetaknya."), self)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.tabs)
        self.reload()

    def reload(self) -> None:
        for tab in (self.terms_tab, self.posts_tab, self.replacements_tab, self.coverage_tab, self.events_tab):
            tab.reload()
        refresh = getattr(self.main, "refresh_data", None)
        if callable(refresh) and self.isVisible():
            refresh()
