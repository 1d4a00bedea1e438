"""Ranked search results: one row per member, at its best match, with the matching text.

The order is the search service's (names and handles before notes), so the columns do not sort.
Results come a page at a time: ``fetchMore`` (called by the view as the user scrolls to the end)
asks for the next page through ``moreNeeded``; a generation number drops pages that arrive for a
query the user has already changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app.domain.search import MatchField, SearchHit, SearchPage
from app.ui.models.roles import CHIPS_ROLE, ID_ROLE, LABEL_ROLE, SPANS_ROLE
from app.ui.models.rows_table import TitledTableModel

Index = QModelIndex | QPersistentModelIndex

NAME, MATCHED, HANDLES, TAGS = range(4)


class SearchResultsModel(TitledTableModel):
    moreNeeded = Signal(int, int)  # generation, offset

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([self.tr("Name"), self.tr("Matched"), self.tr("Handles"),
                          self.tr("Tags")], parent=parent)
        self._where = {
            MatchField.NAME: self.tr("Name"), MatchField.ALIAS: self.tr("Other name"),
            MatchField.HANDLE: self.tr("Handle"), MatchField.TAG: self.tr("Tag"),
            MatchField.CUSTOM: self.tr("Field"), MatchField.PROFILE: self.tr("Profile"),
            MatchField.NOTE: self.tr("Note"),
        }
        self._profile = {"interests": self.tr("Interests"), "needs": self.tr("Needs"),
                         "location": self.tr("Location")}
        self._hits: list[SearchHit] = []
        self._query = ""
        self._generation = 0
        self._has_more = False
        self._asking = False
        self._tag_colors: dict[str, str] = {}

    # -- fed by the page -------------------------------------------------------------------
    @property
    def generation(self) -> int:
        return self._generation

    @property
    def query(self) -> str:
        return self._query

    @property
    def has_more(self) -> bool:
        return self._has_more

    def start(self, query: str) -> int:
        """A new query: drop what is shown; returns the generation its pages must carry."""
        self.beginResetModel()
        self._generation += 1
        self._query = query
        self._hits = []
        self._has_more = False
        self._asking = False
        self.endResetModel()
        return self._generation

    def add_page(self, generation: int, page: SearchPage) -> bool:
        """Append a page of hits; False (and nothing changes) when it is stale."""
        if generation != self._generation or page.offset != len(self._hits):
            return False
        self._asking = False
        self._has_more = page.has_more
        if page.hits:
            first = len(self._hits)
            self.beginInsertRows(QModelIndex(), first, first + len(page.hits) - 1)
            self._hits.extend(page.hits)
            self.endInsertRows()
        return True

    def set_tag_colors(self, colors: dict[str, str]) -> None:
        self._tag_colors = dict(colors)
        if self._hits:
            self.dataChanged.emit(self.index(0, TAGS), self.index(len(self._hits) - 1, TAGS),
                                  [CHIPS_ROLE])

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def member_id(self, row: int) -> int | None:
        hit = self.hit(row)
        return hit.member_id if hit is not None else None

    def where(self, hit: SearchHit) -> str:
        """Where the query matched, as the Matched column labels it ("Note", "Handle · wechat")."""
        if hit.field is MatchField.HANDLE and hit.label:
            return f"{self._where[hit.field]} · {hit.label}"
        if hit.field is MatchField.CUSTOM and hit.label:
            return hit.label
        if hit.field is MatchField.PROFILE:
            return self._profile.get(hit.label, self._where[hit.field])
        return self._where[hit.field]

    # -- Qt model interface ----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)



    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == NAME:
                return hit.display_name
            if column == MATCHED:
                return hit.matched
            if column == HANDLES:
                return " · ".join(h.handle or h.platform_id for h in hit.handles)
            return ", ".join(hit.tags)
        if role == SPANS_ROLE and column == MATCHED:
            return hit.spans
        if role == LABEL_ROLE and column == MATCHED:
            return self.where(hit)
        if role == CHIPS_ROLE and column == TAGS:
            return tuple((name, self._tag_colors.get(name, "")) for name in hit.tags)
        if role == ID_ROLE:
            return hit.member_id
        return None

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._has_more and not self._asking

    def fetchMore(self, parent: Index) -> None:
        if self.canFetchMore(parent):
            self._asking = True
            self.moreNeeded.emit(self._generation, len(self._hits))
