"""250 supporters by every commitment of the Call: the matrix repaints from plain data, fast."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QTableView

from pledge_tracker.domain.dto import (
    Cell,
    CommitmentDTO,
    Matrix,
    StakeholderDTO,
    StakeholderRow,
    Summary,
)
from pledge_tracker.domain.kinds import CommitmentGroup, StakeholderKind
from pledge_tracker.domain.levels import LEVEL_ORDER
from pledge_tracker.ui.context import MatrixFilter
from pledge_tracker.ui.models.matrix_model import MatrixModel
from pledge_tracker.ui.models.matrix_rows import SortKey
from pledge_tracker.ui.widgets.level_delegate import LevelDelegate
from pledge_tracker.ui.widgets.matrix_headers import GroupedHeader, SupporterHeader
from tests.reference import COMMITMENTS


def synthetic_matrix(supporters: int = 250) -> Matrix:
    """A matrix with no database behind it: the model must need nothing else."""
    groups = list(CommitmentGroup)
    commitments = tuple(
        CommitmentDTO(i, f"c{i}", f"C-{i}", groups[i % 3], i, f"Commitment {i}", "…", False)
        for i in range(1, COMMITMENTS + 1)
    )
    rows, cells = [], {}
    for s in range(1, supporters + 1):
        person = StakeholderDTO(
            s, f"s{s}", f"Supporter {s:03d}", StakeholderKind.GOVERNMENT, None, dt.date(2020, 1, 1)
        )
        rows.append(
            StakeholderRow(person, Summary(float(s % 100), 0.5, COMMITMENTS // 2, COMMITMENTS))
        )
        for c in commitments:
            level = LEVEL_ORDER[(s + c.id) % len(LEVEL_ORDER)]
            cells[(s, c.id)] = Cell(s, c.id, level, needs_review=(s + c.id) % 5 == 0)
    return Matrix(dt.date.today(), commitments, tuple(rows), cells, Summary(50.0, 0.5, 1, 2))


def test_250_supporters_filter_sort_and_repaint_from_plain_data(qtbot) -> None:
    """No database exists here: filtering, sorting and painting need only the Matrix.

    How fast it repaints is measured by `make benchmark` (benchmarks/matrix.py), not here.
    """
    model = MatrixModel()
    table = QTableView()
    qtbot.addWidget(table)
    table.setHorizontalHeader(GroupedHeader(table))
    table.setVerticalHeader(SupporterHeader(table))
    table.setModel(model)
    table.setItemDelegate(LevelDelegate(table))
    table.resize(1200, 900)
    table.show()
    model.set_matrix(synthetic_matrix())
    model.set_view(MatrixFilter(text="supporter 1"), SortKey.SCORE)
    assert model.rowCount() == 100  # "Supporter 100" to "Supporter 199" (names are zero-padded)
    model.set_view(MatrixFilter(), SortKey.NAME)
    assert model.rowCount() == 250
    bar = table.verticalScrollBar()
    for value in range(0, bar.maximum() + 1, max(1, bar.pageStep())):
        bar.setValue(value)
        table.viewport().repaint()  # every visible cell painted from the model's plain data
    bar.setValue(bar.maximum())
    table.viewport().repaint()
    last = model.index(249, 0).data()  # painting asked the model, which still answers
    assert table.rowAt(table.viewport().height() - 2) == 249 and last is not None
