"""Reading what the matrix view shows: the whole as-of matrix, or only the rows a change moved.

Both run in workers. A newer read drops the answers of older ones; rows asked for by a read
that was dropped come along with the next one, so no change is lost. A saved assessment
(`Changes.matrix_cells()` non-empty) reads its supporters' rows only; an unknown change, a
new date or a whole read still under way reads the whole matrix.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import Matrix
from pledge_tracker.services import matrix_patch
from pledge_tracker.services.matrix_patch import MatrixRows
from pledge_tracker.ui.context import AppContext


class MatrixLoader(QObject):
    """Keeps the matrix view's data current, reading as little as each change needs.

    Signals
    -------
    started: a read began (the view shows that it is working).
    loaded(Matrix): a whole matrix was read.
    rows_loaded(Matrix, frozenset[int]): the shown matrix with these supporters' rows read
        again (the rest is the shown matrix itself).
    failed(BaseException): the newest read failed.
    """

    started = Signal()
    loaded = Signal(object)
    rows_loaded = Signal(object, object)
    failed = Signal(object)

    def __init__(
        self, context: AppContext, shown: Callable[[], Matrix | None], parent: QObject
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._shown = shown  # the matrix on screen, which a rows read patches
        self._token = 0  # a newer read (whole matrix or some rows) drops older answers
        self._whole_pending = False  # a read of the whole matrix is under way
        self._rows_pending: set[int] = set()  # supporters whose rows are being read again

    def reload(self) -> None:
        """Read the whole matrix for the as-of date (shared with the window's other views)."""
        self._token += 1
        self._whole_pending = True
        self._rows_pending.clear()  # the whole read covers them
        token, ctx = self._token, self._context
        day, months = ctx.as_of, ctx.settings.freshness_months

        def compute(_worker: object) -> Matrix:
            # Recomputed on every reload (a change may come from another program); the other
            # views then share this answer.
            return ctx.shared_matrix(day, months, fresh=True)

        self.started.emit()
        ctx.run(compute, lambda grid: self._on_loaded(token, grid), self._on_failed, owner=self)

    def follow(self, changed: Changes) -> None:
        """Read what a change may have moved: some rows, the whole matrix, or nothing."""
        cells = changed.matrix_cells()
        shown = self._shown()
        if cells is None or self._whole_pending or shown is None:
            self.reload()  # unknown cells, or nothing current to patch
        elif shown.as_of != self._context.as_of:
            self.reload()
        elif cells:
            self._reload_rows({supporter for supporter, _commitment in cells})

    def _reload_rows(self, supporters: set[int]) -> None:
        self._token += 1
        self._rows_pending |= supporters  # an unfinished earlier read's rows come along
        token, ctx, wanted = self._token, self._context, frozenset(self._rows_pending)
        day, months, database = ctx.as_of, ctx.settings.freshness_months, ctx.database
        generation = ctx.matrix_generation  # data changes after this make the answer stale

        def read(_worker: object) -> MatrixRows:
            return matrix_patch.read_rows(database, day, months, wanted)

        self.started.emit()
        ctx.run(
            read,
            lambda part: self._on_rows_loaded(token, part, months, generation),
            self._on_failed,
            owner=self,
        )

    def _on_loaded(self, token: int, grid: Matrix) -> None:
        if token == self._token:
            self._whole_pending = False
            self.loaded.emit(grid)

    def _on_rows_loaded(self, token: int, part: MatrixRows, months: int, generation: int) -> None:
        shown = self._shown()
        if token != self._token or shown is None:
            return
        grid = matrix_patch.patched(shown, part)
        if grid is None:  # a supporter appeared, left or changed meanwhile: read it whole
            self.reload()
            return
        self._rows_pending.clear()
        self._context.offer_matrix(grid, months, generation)  # the other views may share it
        self.rows_loaded.emit(grid, part.stakeholder_ids)

    def _on_failed(self, error: BaseException) -> None:
        self.failed.emit(error)
