"""The dashboard page: totals, men/women, coverage, charts, the category table (potential
editable) and the contributions. It scrolls on a low screen.

    +-------------------------------------------------------------------+
    | Dasbor — Semua peserta                                            |
    | [Terdaftar] [Laki-laki] [Perempuan] [Cakupan + which have targets]|
    | +- chart panels (dashboard_panels.PANELS): categories, statuses, -+ |
    | |  enrolments per month, terms of office ending                 | |
    | +- Per kategori -------------------------+ +- Iuran ------------+ |
    | | Kategori | Terdaftar | Potensi | Cak.  | | JKK+JKM / bulan    | |
    | |          |           | (edit)  |       | |                    | |
    +-------------------------------------------------------------------+
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from jamsostek_desktop.domain.formatting import rupiah, thousands
from jamsostek_desktop.domain.scope import Scope
from jamsostek_desktop.errors import AppError
from jamsostek_desktop.services.participants import dashboard
from jamsostek_desktop.services.printing import memory
from jamsostek_desktop.ui.common import messages as ask
from jamsostek_desktop.ui.common.labels import catalogue_label
from jamsostek_desktop.ui.participants.dashboard_panels import PANELS


def percent(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 100:.1f}%".replace(".", ",")


class CategoryFiguresModel(QAbstractTableModel):
    """Per category: registered, potential (editable by the clerk) and coverage."""

    HEADERS = (QT_TRANSLATE_NOOP("CategoryFiguresModel", "Kategori"),
               QT_TRANSLATE_NOOP("CategoryFiguresModel", "Terdaftar"),
               QT_TRANSLATE_NOOP("CategoryFiguresModel", "Potensi"),
               QT_TRANSLATE_NOOP("CategoryFiguresModel", "Cakupan"))
    potential_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[dashboard.CategoryFigure] = []

    def set_rows(self, rows: list[dashboard.CategoryFigure]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.HEADERS):
            return QCoreApplication.translate("CategoryFiguresModel", self.HEADERS[section])
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole and section == 2:
            return QCoreApplication.translate(
                "CategoryFiguresModel", "Jumlah pekerja kategori ini di wilayah (klik dua kali untuk mengisi)")
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (catalogue_label(row.name), thousands(row.registered),
                    thousands(row.potential) if row.potential is not None else "–",
                    percent(row.coverage))[column]
        if role == Qt.EditRole and column == 2:
            return "" if row.potential is None else str(row.potential)
        if role == Qt.TextAlignmentRole and column > 0:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column == 0:
            return catalogue_label(row.group)
        return None

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemIsEditable if index.isValid() and index.column() == 2 else base

    def setData(self, index, value, role=Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.EditRole or not index.isValid() or index.column() != 2:
            return False
        text = str(value).replace(".", "").strip()
        if text and not text.isdigit():
            return False
        potential = int(text) if text else None
        row = self._rows[index.row()]
        try:
            dashboard.set_potential(row.code, potential)
        except AppError as exc:
            ask.show_error(None, QCoreApplication.translate("CategoryFiguresModel", "Potensi"), exc)
            return False
        self._rows[index.row()] = dashboard.CategoryFigure(row.code, row.name, row.group, row.registered,
                                                           potential)
        self.dataChanged.emit(self.index(index.row(), 2), self.index(index.row(), 3))
        self.potential_changed.emit()
        return True

    def figure(self, code: str) -> dashboard.CategoryFigure | None:
        return next((r for r in self._rows if r.code == code), None)

    def row_of(self, code: str) -> int:
        return next(i for i, r in enumerate(self._rows) if r.code == code)


class DashboardPage(QScrollArea):
    # A bar was clicked: show the list of (navigator kind, its value) with this status filter.
    list_requested = Signal(object, object, object)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard_page")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.NoFrame)
        content = QWidget(self)
        content.setObjectName("dashboard_content")
        self.setWidget(content)
        self._build(content)

    def _build(self, content: QWidget) -> None:
        self._scope = Scope()
        self.figures: dashboard.Figures | None = None
        self.title = QLabel(self)
        self.title.setObjectName("dashboard_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)

        cards = QHBoxLayout()
        self.card_total = self._card(cards, "card_total", self.tr("Peserta terdaftar"))
        self.card_men = self._card(cards, "card_men", self.tr("Laki-laki"))
        self.card_women = self._card(cards, "card_women", self.tr("Perempuan"))
        self.card_coverage = self._card(cards, "card_coverage", self.tr("Cakupan (terdaftar / potensi)"))

        self.category_model = CategoryFiguresModel(self)
        self.category_model.potential_changed.connect(self._update_coverage)
        self.category_table = QTableView(self)
        self.category_table.setObjectName("category_figures")
        self.category_table.setAccessibleName(self.tr("Angka per kategori"))
        self.category_table.setModel(self.category_model)
        self.category_table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                            | QAbstractItemView.AnyKeyPressed)
        self.category_table.setAlternatingRowColors(True)
        self.category_table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.category_table.selectionModel().selectionChanged.connect(lambda *_: self._show_selection_money())
        self.category_table.verticalHeader().hide()
        self.category_table.verticalHeader().setDefaultSectionSize(24)
        header = self.category_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        # Tall enough to enter the targets without scrolling inside the scrolling page.
        self.category_table.setMinimumHeight(12 * 24 + 30)
        by_category = QGroupBox(self.tr("Per kategori"), self)
        table_box = QVBoxLayout(by_category)
        table_box.addWidget(self.category_table)
        # A wrapping hint, not a long box title: the box stays narrow enough for a 1024 px screen.
        hint = QLabel(self.tr("Isi kolom Potensi (klik dua kali) dengan jumlah pekerja kategori itu di wilayah: "
                              "cakupan dihitung darinya."), by_category)
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(dark);")
        table_box.addWidget(hint)

        money_box = QGroupBox(self.tr("Iuran yang dibayar APBD"), self)
        money_grid = QGridLayout(money_box)
        money_grid.addWidget(QLabel(self.tr("Per bulan"), money_box), 0, 1, Qt.AlignRight)
        money_grid.addWidget(QLabel(self.tr("Per tahun"), money_box), 0, 2, Qt.AlignRight)
        self.money_labels: dict[str, QLabel] = {}
        for row, (key, caption) in enumerate((("jkk_jkm", self.tr("JKK + JKM")),
                                              ("with_jht", self.tr("+ JHT yang ikut")),
                                              ("if_all_jht", self.tr("Skenario: semua JHT"))), start=1):
            text = QLabel(caption, money_box)
            text.setWordWrap(True)          # English captions wrap instead of squeezing the category table
            money_grid.addWidget(text, row, 0)
            for column, period in enumerate(("monthly", "yearly"), start=1):
                label = QLabel(money_box)
                label.setObjectName(f"{period}_{key}")
                label.setAlignment(Qt.AlignRight | Qt.AlignVCenter)
                bold = label.font()
                bold.setBold(True)
                label.setFont(bold)
                money_grid.addWidget(label, row, column)
                self.money_labels[f"{period}_{key}"] = label
        self.money_note = QLabel(money_box)
        self.money_note.setObjectName("money_note")
        self.money_note.setWordWrap(True)
        self.money_note.setStyleSheet("color: palette(dark);")
        money_grid.addWidget(self.money_note, 4, 0, 1, 3)
        self.selection_money = QLabel(self.tr("Pilih satu atau beberapa kategori di tabel untuk melihat "
                                              "iurannya."), money_box)
        self.selection_money.setObjectName("selection_money")
        self.selection_money.setWordWrap(True)
        money_grid.addWidget(self.selection_money, 5, 0, 1, 3)

        side = QVBoxLayout()
        side.addWidget(money_box)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(by_category, 3)
        body.addLayout(side, 2)

        self.coverage_note = QLabel(self.card_coverage.parentWidget())
        self.coverage_note.setObjectName("coverage_note")
        self.coverage_note.setWordWrap(True)
        self.coverage_note.setStyleSheet("color: palette(dark);")
        self.card_coverage.parentWidget().layout().addWidget(self.coverage_note)

        self.panels = [panel(self) for panel in PANELS]
        charts = QGridLayout()
        row = column = 0
        for panel in self.panels:
            if panel.wide:
                row, column = row + (column > 0), 0
                charts.addWidget(panel, row, 0, 1, 2)
                row += 1
            else:
                charts.addWidget(panel, row, column)
                row, column = (row + 1, 0) if column else (row, 1)

        layout = QVBoxLayout(content)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addLayout(cards)
        layout.addLayout(charts)
        layout.addLayout(body, 1)

    def _card(self, row: QHBoxLayout, name: str, caption: str) -> QLabel:
        frame = QFrame(self)
        frame.setFrameShape(QFrame.StyledPanel)
        inner = QVBoxLayout(frame)
        title = QLabel(caption, frame)
        title.setStyleSheet("color: palette(dark);")
        title.setWordWrap(True)      # a long caption (English) wraps instead of widening the page at 1024 px
        value = QLabel(frame)
        value.setObjectName(name)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        value.setFont(font)
        inner.addWidget(title)
        inner.addWidget(value)
        row.addWidget(frame, 1)
        return value

    def show_scope(self, scope: Scope, title: str) -> None:
        self._scope = scope
        self.title.setText(self.tr("Dasbor — {title}").format(title=title))
        self.reload()

    def reload(self) -> None:
        f = dashboard.figures(self._scope)
        self.figures = f
        self.card_total.setText(thousands(f.total))
        self.card_men.setText(f"{thousands(f.men)}  ({percent(f.men / f.total if f.total else None)})")
        self.card_women.setText(f"{thousands(f.women)}  ({percent(f.women / f.total if f.total else None)})")
        self.category_model.set_rows(f.categories)
        c = f.contributions
        self.money_labels["monthly_jkk_jkm"].setText(rupiah(c.monthly_jkk_jkm))
        self.money_labels["yearly_jkk_jkm"].setText(rupiah(c.yearly_jkk_jkm))
        self.money_labels["monthly_with_jht"].setText(rupiah(c.monthly_with_jht))
        self.money_labels["yearly_with_jht"].setText(rupiah(c.yearly_with_jht))
        self.money_labels["monthly_if_all_jht"].setText(rupiah(f.monthly_if_all_jht))
        self.money_labels["yearly_if_all_jht"].setText(rupiah(f.monthly_if_all_jht * 12))
        self.money_note.setText(self.tr("Untuk {n} peserta Aktif ({j} ikut JHT), dengan tarif yang berlaku hari ini. "
                                        "Baris skenario bukan anggaran.")
                                .format(n=thousands(c.people), j=thousands(f.jht_people)))
        self._update_coverage()
        self._show_selection_money()
        for panel in self.panels:
            panel.refresh(self._scope, f)
        memory.give_back()

    def open_list(self, kind: str | None, value: str | None, status: str | None) -> None:
        """A chart's bar was clicked: its list (a category), or everyone in scope with a status."""
        self.list_requested.emit(kind, value, status)

    def selected_codes(self) -> list[str]:
        rows = sorted({i.row() for i in self.category_table.selectionModel().selectedRows()})
        return [self.category_model._rows[r].code for r in rows]

    def _show_selection_money(self) -> None:
        codes = self.selected_codes()
        if not codes:
            self.selection_money.setText(self.tr("Pilih satu atau beberapa kategori di tabel untuk melihat "
                                                 "iurannya."))
            return
        t = dashboard.contributions_of(codes, self._scope)
        names = ", ".join(catalogue_label(self.category_model.figure(c).name) for c in codes[:3]) + (
            " …" if len(codes) > 3 else "")
        self.selection_money.setText(self.tr(
            "<b>{names}</b> ({n} orang): JKK + JKM {m} per bulan ({y} per tahun); dengan JHT {mj} per bulan "
            "({yj} per tahun).").format(names=names, n=thousands(t.people), m=rupiah(t.monthly_jkk_jkm),
                                        y=rupiah(t.yearly_jkk_jkm), mj=rupiah(t.monthly_with_jht),
                                        yj=rupiah(t.yearly_with_jht)))

    def _update_coverage(self) -> None:
        rows = self.category_model._rows
        with_potential = [r for r in rows if r.potential]
        potential = sum(r.potential for r in with_potential)
        coverage = sum(r.registered for r in with_potential) / potential if potential else None
        self.card_coverage.setText(percent(coverage))
        self.card_coverage.setToolTip(self.tr("Dihitung dari kategori yang potensinya sudah diisi."))
        names = [catalogue_label(r.name) for r in with_potential]
        if not names:
            self.coverage_note.setText(self.tr("Belum ada kategori yang punya target: isi kolom Potensi di tabel."))
        else:
            shown = ", ".join(names[:4]) + (self.tr(" dan {n} lainnya").format(n=len(names) - 4) if len(names) > 4 else "")
            self.coverage_note.setText(self.tr("Dari {n} kategori yang punya target: {names}.").format(
                n=len(names), names=shown))
