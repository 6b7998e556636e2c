"""The list after one save in the entry form: the view told of one line, not reset.

A reset makes Qt lay out the header, selection and columns again and repaint everything,
about half of a save's cost at 150,000 rows. In name order (the default) a newcomer's row is
known from one count on the name index, so the view is told of one inserted row, the pages
held move down around it (their lines keep their display texts), and an edited participant's
line is read again, moved, or removed when the list no longer matches it. Other sort orders,
and the reference path (fast_paths off), read the list again.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QModelIndex

from jamsostek_desktop.services.participants import fast_paths, listing
from jamsostek_desktop.services.participants.listing import ParticipantRow


class OneChange:
    """Mixed into ParticipantTableModel (a QAbstractTableModel holding `_pages`, `_count`,
    `_query`, `_prepared`)."""

    def reload_after_insert(self, participant_id: int) -> int | None:
        """Show one newly written participant; returns its row, or None when it is not listed.

        In name order the view is told of one inserted row (Qt keeps its header, selection
        and column widths; a reset made it lay out and repaint everything again, about half
        of a save's cost at 150,000 rows), and the count grows by one exactly when the
        newcomer matches the list, which finding its row tells anyway: no COUNT for each save.
        """
        if not self._same_list():
            return self._reload_after_insert_reset(participant_id)
        self._prepared.forget_count()
        name = self._prepared.listed_name(participant_id)
        if name is None:
            # Not in this list (a filter or a search it does not match): no line moves.
            return None
        row = self._prepared.position(participant_id, name)
        number, offset = divmod(row, self.page_size())
        shifted = self._pages_with(participant_id, number, offset)
        if shifted is None:
            # The page the view is about to show, read around the newcomer, not from the top.
            page = self._prepared.page_around(participant_id, offset, self.page_size(), name)
        self.beginInsertRows(QModelIndex(), row, row)
        self._forget_pages()
        if shifted is None:
            self._pages[number] = page
        else:
            self._pages = shifted
        self._count += 1
        self.endInsertRows()
        return row

    def _pages_with(self, participant_id: int, number: int, offset: int):
        """The pages held, with the newcomer put in at its place and the lines after it moved
        down one (a page whose first line would come from a page not held is dropped); None
        when its page is not held, or when others may have written meanwhile (a server).

        The lines on screen keep their objects, so their display texts are not made again.
        """
        held = self._pages.get(number)
        last = (self._count - 1) // self.page_size()
        if held is None or offset > len(held) or (len(held) < self.page_size() and number != last) \
                or not listing.only_writer():
            return None
        newcomer = listing.rows([participant_id]).get(participant_id)
        if newcomer is None:
            return None
        pages: OrderedDict[int, list[ParticipantRow]] = OrderedDict()
        for at, page in self._pages.items():
            if at < number:
                pages[at] = page
            elif at == number:
                pages[at] = (page[:offset] + [newcomer] + page[offset:])[:self.page_size()]
            else:
                before = self._pages.get(at - 1)
                if before is not None and len(before) == self.page_size():
                    pages[at] = [before[-1]] + (page[:-1] if len(page) == self.page_size() else page)
        return pages

    def reload_after_edit(self, participant_id: int) -> int | None:
        """Show one participant changed in the form; returns their row, or None when the list
        no longer holds them.

        Only that line is read again, moved when the new name sorts elsewhere, or removed when
        the list's filter or search no longer matches it; the others keep their place.
        """
        old = self._cached_row_of(participant_id)
        if not self._same_list() or old is None:
            self.reload()
            return self.row_of_id(participant_id)
        name = self._prepared.listed_name(participant_id)
        if name is None:
            self.beginRemoveRows(QModelIndex(), old, old)
            self._forget_pages()
            self._prepared.forget_count()
            self._count -= 1
            self.endRemoveRows()
            return None
        new = self._prepared.position(participant_id, name)
        if new == old:
            number, offset = divmod(old, self.page_size())
            fresh = listing.rows([participant_id]).get(participant_id)
            page = self._pages.get(number)
            if fresh is None or page is None or offset >= len(page):
                self.reload()
                return self.row_of_id(participant_id)
            page[offset] = fresh
            if self._last_number == number:
                self._last_page[offset] = [fresh, None]
            self.dataChanged.emit(self.index(old, 0), self.index(old, self.columnCount() - 1))
            return old
        # Qt numbers the destination before the move: below the old row it is one further.
        self.beginMoveRows(QModelIndex(), old, old, QModelIndex(), new + 1 if new > old else new)
        self._forget_pages()
        self.endMoveRows()
        return new

    def _same_list(self) -> bool:
        """Whether one changed participant can be placed by position (name order, same query)
        instead of listing again; the reference path (fast_paths off) always lists again."""
        return fast_paths.enabled and self._query.sort == "nama" and self._prepared.query == self._query

    def _cached_row_of(self, participant_id: int) -> int | None:
        """The row showing a participant among the pages read before the change (no query:
        after the change the database tells where they are now, not where they were)."""
        for number, page in self._pages.items():
            for offset, item in enumerate(page):
                if item.id == participant_id:
                    return number * self.page_size() + offset
        return None

    def _reload_after_insert_reset(self, participant_id: int) -> int | None:
        """The list read again after an insert: other sort orders, another query, and the
        reference the incremental path is compared with."""
        if self._query.sort != "nama":
            self.reload()
            return self.row_of_id(participant_id)
        self.beginResetModel()
        self._forget_pages()
        self._prepared = listing.PreparedList(self._query)
        row = listing.position(self._query, participant_id)
        if row is not None:
            self._count += 1
            number, offset = divmod(row, self.page_size())
            self._pages[number] = listing.page_around(self._query, participant_id, offset, self.page_size())
        self.endResetModel()
        return row
