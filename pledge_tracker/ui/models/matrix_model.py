"""The accountability matrix as a Qt table: supporters down, commitments across.

A thin adapter over a `Matrix` computed in a worker: `data()` only reads Python lists and
dicts, so scrolling 250 supporters by every commitment never touches the database.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from pledge_tracker.domain.dto import Cell, CommitmentDTO, Matrix, StakeholderRow
from pledge_tracker.domain.levels import Level
from pledge_tracker.domain.scoring import DEFAULT_RANK_THRESHOLD
from pledge_tracker.ui import locale_text
from pledge_tracker.ui.context import MatrixFilter
from pledge_tracker.ui.labels import group_label, level_label, stakeholder_kind_label
from pledge_tracker.ui.models.matrix_rows import (
    SortKey,
    format_coverage,
    format_date,
    format_score,
    visible_commitments,
    visible_rows,
)

_User = Qt.ItemDataRole.UserRole
LevelRole = _User + 1  # Level of a cell
ReviewRole = _User + 2  # bool: the cell needs review
CellRole = _User + 3  # the Cell itself
GroupStartRole = _User + 4  # bool: the column opens a commitment group (cells and header)
GroupRole = _User + 5  # header: CommitmentGroup of a column
CommitmentRole = _User + 6  # header: CommitmentDTO of a column
RowRole = _User + 7  # header: StakeholderRow of a row
ScoreRole = _User + 8  # header: float | None
CoverageRole = _User + 9  # header: float | None

Index = QModelIndex | QPersistentModelIndex
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
)  # built once: paint asks often


class MatrixModel(QAbstractTableModel):
    """Visible rows and columns of one as-of matrix, filtered and sorted in memory."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix: Matrix | None = None
        self._filter = MatrixFilter()
        self._sort = SortKey.NAME
        self._reverse = False
        self.rank_threshold = DEFAULT_RANK_THRESHOLD  # sorting by score ranks only these
        self._rows: list[StakeholderRow] = []
        self._columns: list[CommitmentDTO] = []
        self._group_starts: set[int] = set()

    # -- loading -------------------------------------------------------------------------
    @property
    def matrix(self) -> Matrix | None:
        return self._matrix

    def set_matrix(self, matrix: Matrix | None) -> None:
        self._matrix = matrix
        self._rebuild()

    def update_rows(self, matrix: Matrix, stakeholder_ids: Collection[int]) -> None:
        """Show `matrix`, which differs from the one shown only in these supporters' rows.

        Those rows are repainted (dataChanged, their headers too), never the whole table: no
        reset, so the cursor, selection and scroll stay. When a new score moves a row in the
        sort order, the rows are moved (a layout change), not reloaded.
        """
        self._matrix = matrix
        rows = visible_rows(
            matrix.rows, self._filter, self._sort, self._reverse, self.rank_threshold
        )
        before = [r.stakeholder.id for r in self._rows]
        if [r.stakeholder.id for r in rows] == before:
            self._rows = rows
        else:
            self._move_rows(rows, before)
        last = len(self._columns) - 1
        for i, row in enumerate(self._rows):
            if row.stakeholder.id in stakeholder_ids and last >= 0:
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
                self.headerDataChanged.emit(Qt.Orientation.Vertical, i, i)

    def _move_rows(self, rows: list[StakeholderRow], before: list[int]) -> None:
        """Put the rows in their new order, keeping every index on the same supporter."""
        self.layoutAboutToBeChanged.emit()
        where = {r.stakeholder.id: i for i, r in enumerate(rows)}
        kept = self.persistentIndexList()
        moved = [
            self.index(where[before[i.row()]], i.column())
            if before[i.row()] in where
            else QModelIndex()
            for i in kept
        ]
        self._rows = rows
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def set_view(self, wanted: MatrixFilter, key: SortKey, reverse: bool = False) -> None:
        self._filter, self._sort, self._reverse = wanted, key, reverse
        self._rebuild()

    def _rebuild(self) -> None:
        self.beginResetModel()
        if self._matrix is None:
            self._rows, self._columns = [], []
        else:
            self._rows = visible_rows(
                self._matrix.rows, self._filter, self._sort, self._reverse, self.rank_threshold
            )
            self._columns = visible_commitments(self._matrix.commitments, self._filter)
        self._group_starts = {
            i
            for i, c in enumerate(self._columns)
            if i == 0 or c.group != self._columns[i - 1].group
        }
        self.endResetModel()

    # -- lookups for views ---------------------------------------------------------------
    def row_at(self, row: int) -> StakeholderRow:
        return self._rows[row]

    def commitment_at(self, column: int) -> CommitmentDTO:
        return self._columns[column]

    def cell_at(self, index: Index) -> Cell | None:
        if not index.isValid() or self._matrix is None:
            return None
        return self._matrix.cell(
            self._rows[index.row()].stakeholder.id, self._columns[index.column()].id
        )

    def look_at(self, row: int, column: int) -> tuple[Level, bool, bool] | None:
        """What a cell looks like (level, needs review, opens a group): one call per paint."""
        if self._matrix is None or not (0 <= row < len(self._rows)):
            return None
        if not 0 <= column < len(self._columns):
            return None
        cell = self._matrix.cells.get((self._rows[row].stakeholder.id, self._columns[column].id))
        if cell is None:
            return (Level.NOT_APPLICABLE, False, column in self._group_starts)
        return (cell.level, cell.needs_review, column in self._group_starts)

    def index_of(self, stakeholder_id: int, commitment_id: int) -> QModelIndex:
        """The index showing one pair, or an invalid index when it is filtered out."""
        row = next(
            (i for i, r in enumerate(self._rows) if r.stakeholder.id == stakeholder_id), None
        )
        col = next((i for i, c in enumerate(self._columns) if c.id == commitment_id), None)
        if row is None or col is None:
            return QModelIndex()
        return self.index(row, col)

    def visible_rows(self) -> list[StakeholderRow]:
        return list(self._rows)

    # -- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _CELL_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.cell_at(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.level.glyph
        if role == LevelRole:
            return cell.level
        if role == ReviewRole:
            return cell.needs_review
        if role == CellRole:
            return cell
        if role == GroupStartRole:
            return index.column() in self._group_starts
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(index, cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cell_accessible(index, cell)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._columns):
                return self._column_header(section, role)
        elif 0 <= section < len(self._rows):
            return self._row_header(self._rows[section], role)
        return None

    def _column_header(self, section: int, role: int) -> Any:
        commitment = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(commitment.number)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._commitment_tooltip(commitment)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return locale_text.code_and_title(commitment, " ")
        if role == GroupRole:
            return commitment.group
        if role == GroupStartRole:
            return section in self._group_starts
        if role == CommitmentRole:
            return commitment
        return None

    def _row_header(self, row: StakeholderRow, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.stakeholder.name
        if role == ScoreRole:
            return row.summary.score
        if role == CoverageRole:
            return row.summary.coverage
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._row_tooltip(row)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("{0}, score {1}, coverage {2}").format(
                row.stakeholder.name,
                format_score(row.summary.score),
                format_coverage(row.summary.coverage),
            )
        return None

    # -- texts ---------------------------------------------------------------------------
    def _cell_tooltip(self, index: Index, cell: Cell) -> str:
        person = self._rows[index.row()].stakeholder
        commitment = self._columns[index.column()]
        lines = [f"{person.name} — {locale_text.code_and_title(commitment, ': ')}"]
        lines.append(self.tr("Level: {0}").format(level_label(cell.level)))
        if cell.effective is not None:
            lines.append(self.tr("Effective: {0}").format(format_date(cell.effective)))
        if cell.assessor:
            lines.append(self.tr("Assessor: {0}").format(cell.assessor))
        if cell.needs_review:
            lines.append(self.tr("⚑ Needs review: its evidence is older than the freshness age"))
        return "\n".join(lines)

    def _cell_accessible(self, index: Index, cell: Cell) -> str:
        text = self.tr("{0} on {1}: {2}").format(
            self._rows[index.row()].stakeholder.name,
            self._columns[index.column()].code,
            level_label(cell.level),
        )
        return text + (self.tr(", needs review") if cell.needs_review else "")

    def _commitment_tooltip(self, commitment: CommitmentDTO) -> str:
        lines = [locale_text.code_and_title(commitment, ": "), group_label(commitment.group)]
        if not commitment.wording_verified:
            lines.append(self.tr("Wording not yet verified against the official text"))
        if key := locale_text.titles_key([commitment]):
            lines.append(key)
        return "\n".join(lines)

    def _row_tooltip(self, row: StakeholderRow) -> str:
        person = row.stakeholder
        kind = stakeholder_kind_label(person.kind)
        if person.country_code:
            kind = f"{kind}, {person.country_code}"
        lines = [f"{person.name} ({kind})"]
        if person.founding:
            lines.append(self.tr("Founding supporter"))
        if person.joined:
            joined = format_date(person.joined)
            if not person.joined_verified:
                joined += self.tr(" (inferred, not verified)")
            lines.append(self.tr("Joined: {0}").format(joined))
        summary = row.summary
        lines.append(
            self.tr("Score {0} · coverage {1} ({2} of {3} assessed)").format(
                format_score(summary.score),
                format_coverage(summary.coverage),
                summary.assessed,
                summary.applicable,
            )
        )
        if not person.active:
            lines.append(self.tr("Inactive"))
        return "\n".join(lines)


def level_of(index: Index) -> Level | None:
    """The level shown at an index (None outside the table)."""
    value = index.data(LevelRole)  # Qt hands a StrEnum back as a plain str
    try:
        return Level(value) if value is not None else None
    except ValueError:
        return None
