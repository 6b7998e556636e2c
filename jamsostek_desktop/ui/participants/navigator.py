"""The navigator at the left: dashboard, all participants, groups and categories, archive.

In city mode a region tree (kota -> kecamatan -> kelurahan) sits above it; picking a
region narrows every list and figure to the kelurahan codes under it.
Each entry carries (kind, value): ("dashboard", None), ("all", None), ("group", name),
("category", code), ("archive", None); region entries carry a kelurahan code prefix.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from jamsostek_desktop.services.participants import catalogue, listing, regions
from jamsostek_desktop.ui.common.labels import catalogue_label

KIND_ROLE = Qt.UserRole + 1
VALUE_ROLE = Qt.UserRole + 2


def _number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class Navigator(QWidget):
    selection_changed = Signal()
    region_changed = Signal()

    def __init__(self, city_mode: bool = False, city_name: str = "", city_code: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("navigator_panel")
        self.city_mode = city_mode
        self._city_name = city_name
        self._city_code = city_code
        self._category_items: dict[str, QTreeWidgetItem] = {}
        self._group_items: dict[str, QTreeWidgetItem] = {}
        self._counts: listing.NavigatorCounts | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        self.region_tree: QTreeWidget | None = None
        if city_mode:
            layout.addWidget(QLabel(self.tr("Wilayah"), self))
            self.region_tree = QTreeWidget(self)
            self.region_tree.setObjectName("region_tree")
            self.region_tree.setAccessibleName(self.tr("Wilayah"))
            self.region_tree.setHeaderHidden(True)
            self.region_tree.setMaximumHeight(220)
            self.region_tree.currentItemChanged.connect(lambda *_: self._region_picked())
            layout.addWidget(self.region_tree)
            layout.addWidget(QLabel(self.tr("Kategori"), self))
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("navigator")
        self.tree.setAccessibleName(self.tr("Navigasi kategori"))
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setTextElideMode(Qt.ElideMiddle)   # long names keep their count visible
        self.tree.currentItemChanged.connect(lambda *_: self.selection_changed.emit())
        layout.addWidget(self.tree, 1)
        self._build()

    def _item(self, parent, text: str, kind: str, value=None, bold: bool = False) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        item.setData(0, KIND_ROLE, kind)
        item.setData(0, VALUE_ROLE, value)
        if bold:
            font = QFont(item.font(0))
            font.setBold(True)
            item.setFont(0, font)
        return item

    def _build(self) -> None:
        self.tree.clear()
        self._category_items.clear()
        self._group_items.clear()
        self.dashboard_item = self._item(self.tree, self.tr("Dasbor"), "dashboard", bold=True)
        self.all_item = self._item(self.tree, self.tr("Semua peserta"), "all", bold=True)
        for group, categories in catalogue.groups():
            group_item = self._item(self.tree, catalogue_label(group), "group", group, bold=True)
            self._group_items[group] = group_item
            for category in categories:
                self._category_items[category.code] = self._item(group_item, catalogue_label(category.name), "category",
                                                                 category.code)
            group_item.setExpanded(True)
        self.archive_item = self._item(self.tree, self.tr("Arsip"), "archive", bold=True)
        if self.region_tree is not None:
            self._build_regions()
        self.tree.setCurrentItem(self.all_item)

    def _build_regions(self) -> None:
        tree = self.region_tree
        tree.blockSignals(True)
        tree.clear()
        root = self._item(tree, self._city_name or self.tr("Semua wilayah"), "region", None, bold=True)
        for kecamatan, kelurahan_list in regions.tree().items():
            prefix = kelurahan_list[0].kecamatan_code if kelurahan_list else None
            kec_item = self._item(root, self.tr("Kec. {name}").format(name=kecamatan), "region", prefix)
            for k in kelurahan_list:
                self._item(kec_item, k.kelurahan, "region", k.code)
        root.setExpanded(True)
        tree.setCurrentItem(root)
        tree.blockSignals(False)

    def rebuild(self) -> None:
        """The catalogue or the region registry changed: rebuild, keeping the selection."""
        kind, value = self.current()
        prefix = self.kelurahan_prefix()
        self.blockSignals(True)
        self._build()
        self.select(kind, value)
        if self.region_tree is not None and prefix:
            self._select_region(prefix)
        self.blockSignals(False)
        self.refresh_counts()

    def preferred_width(self) -> int:
        """Wide enough for every entry with its count, so no category name is cut short."""
        widest = 0
        for item in self.tree.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive):
            depth, parent = 0, item.parent()
            while parent is not None:
                depth, parent = depth + 1, parent.parent()
            text = item.text(0)
            text_width = QFontMetrics(item.font(0)).horizontalAdvance(text)
            widest = max(widest, text_width + (depth + 1) * self.tree.indentation())
        margins = self.layout().contentsMargins()
        scrollbar = self.tree.verticalScrollBar().sizeHint().width()
        return widest + margins.left() + margins.right() + 2 * self.tree.frameWidth() + scrollbar + 8

    def category_codes(self) -> list[str]:
        return list(self._category_items)

    # --- selection ---------------------------------------------------------------
    def current(self) -> tuple[str, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return "all", None
        return item.data(0, KIND_ROLE), item.data(0, VALUE_ROLE)

    def select(self, kind: str, value: str | None = None) -> None:
        if kind == "category" and value in self._category_items:
            self.tree.setCurrentItem(self._category_items[value])
        elif kind == "group" and value in self._group_items:
            self.tree.setCurrentItem(self._group_items[value])
        else:
            item = {"dashboard": self.dashboard_item, "archive": self.archive_item}.get(kind, self.all_item)
            self.tree.setCurrentItem(item)

    def kelurahan_prefix(self) -> str | None:
        if self.region_tree is None:
            return None
        item = self.region_tree.currentItem()
        return item.data(0, VALUE_ROLE) if item is not None else None

    def _select_region(self, prefix: str) -> None:
        for item in self.region_tree.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive):
            if item.data(0, VALUE_ROLE) == prefix:
                self.region_tree.setCurrentItem(item)
                return

    def _region_picked(self) -> None:
        self.refresh_counts()
        self.region_changed.emit()

    def current_title(self) -> str:
        kind, value = self.current()
        if kind == "category":
            title = catalogue_label(catalogue.get(value).name)
        elif kind == "group":
            title = value
        elif kind == "archive":
            title = self.tr("Arsip")
        elif kind == "dashboard":
            title = self.tr("Dasbor")
        else:
            title = self.tr("Semua peserta")
        item = self.region_tree.currentItem() if self.region_tree is not None else None
        if item is not None and item.data(0, VALUE_ROLE):
            title += f" — {item.text(0).split(' (')[0]}"
        return title

    def region_title(self) -> str:
        """The region picked in city mode, or "Semua peserta"."""
        item = self.region_tree.currentItem() if self.region_tree is not None else None
        if item is not None and item.data(0, VALUE_ROLE):
            return item.text(0).split(" (")[0]
        return self.tr("Semua peserta")

    # --- live counts ---------------------------------------------------------------
    def refresh_counts(self) -> None:
        self._counts = listing.navigator_counts(self.kelurahan_prefix())
        self._show_counts()
        if self.region_tree is not None:
            self._refresh_region_counts()

    def add_to_count(self, category_code: str, n: int = 1) -> None:
        """One more participant in a category: adjust the shown counts without a recount."""
        counts = self._counts
        if counts is None or category_code not in self._category_items:
            self.refresh_counts()
            return
        by_category = dict(counts.by_category)
        by_category[category_code] = by_category.get(category_code, 0) + n
        self._counts = listing.NavigatorCounts(by_category, counts.total + n, counts.archived)
        self._show_counts()
        if self.region_tree is not None:
            self._refresh_region_counts()

    def _show_counts(self) -> None:
        counts = self._counts
        self.all_item.setText(0, self.tr("Semua peserta ({n})").format(n=_number(counts.total)))
        self.archive_item.setText(0, self.tr("Arsip ({n})").format(n=_number(counts.archived)))
        for group, group_item in self._group_items.items():
            total = 0
            for i in range(group_item.childCount()):
                child = group_item.child(i)
                code = child.data(0, VALUE_ROLE)
                n = counts.by_category.get(code, 0)
                total += n
                child.setText(0, f"{catalogue_label(catalogue.get(code).name)} ({_number(n)})")
                child.setToolTip(0, child.text(0))
            group_item.setText(0, f"{catalogue_label(group)} ({_number(total)})")

    def _refresh_region_counts(self) -> None:
        per_kelurahan = regions.counts_by_kelurahan()
        for item in self.region_tree.findItems("*", Qt.MatchWildcard | Qt.MatchRecursive):
            prefix = item.data(0, VALUE_ROLE)
            n = sum(v for code, v in per_kelurahan.items() if not prefix or code.startswith(prefix))
            name = item.text(0).split(" (")[0]
            item.setText(0, f"{name} ({_number(n)})")

