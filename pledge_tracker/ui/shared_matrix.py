"""One as-of matrix for every view of a window that shows it (matrix, supporters, dashboard).

The views load in worker threads; the first to ask for a date computes the matrix and the
others wait for that answer instead of computing their own. The window forgets every answer
when data changes or another database is opened (AppContext connects that first, before any
view reloads), so a view never gets a matrix older than the change it reacts to.
"""

from __future__ import annotations

import datetime as dt
import threading
from concurrent.futures import Future

from pledge_tracker.db.uow import Database
from pledge_tracker.domain.dto import Matrix
from pledge_tracker.services import window_reads

KEEP = 4  # answers kept (a few as-of dates the user went back and forth between)


class SharedMatrix:
    """Matrices of every supporter (inactive too) by (as-of date, freshness age)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._answers: dict[tuple[dt.date, int], Future[Matrix]] = {}
        self._generation = 0  # how many times the answers were forgotten

    @property
    def generation(self) -> int:
        """Changes when data changes: a matrix read before then must not be offered after."""
        return self._generation

    def get(
        self, database: Database, as_of: dt.date, freshness_months: int, *, fresh: bool = False
    ) -> Matrix:
        """The matrix, computed here (in the caller's thread) unless another view has it;
        `fresh`: computed here in any case (a reload asked for), and shared from then on."""
        key = (as_of, freshness_months)
        with self._lock:
            if fresh:
                self._answers.pop(key, None)
            answer = self._answers.get(key)
            mine = answer is None
            if answer is None:
                answer = self._keep(key, Future())
        if not mine:
            return answer.result()
        try:
            grid = window_reads.whole_matrix(database, as_of, freshness_months)
        except BaseException as error:
            with self._lock:
                if self._answers.get(key) is answer:
                    del self._answers[key]  # the next view tries again
            answer.set_exception(error)
            raise
        answer.set_result(grid)
        return grid

    def forget(self) -> None:
        """Drop every answer (the data changed); a computation under way finishes for the
        views already waiting on it, and the next request computes afresh."""
        with self._lock:
            self._answers.clear()
            self._generation += 1

    def offer(self, grid: Matrix, freshness_months: int, generation: int) -> bool:
        """Share a matrix a view brought up to date itself (some rows read again).

        Taken only if nothing changed since `generation` and no view has read the matrix
        meanwhile (its answer is as fresh); True when taken.
        """
        key = (grid.as_of, freshness_months)
        with self._lock:
            if generation != self._generation or key in self._answers:
                return False
            self._keep(key, Future()).set_result(grid)
        return True

    def _keep(self, key: tuple[dt.date, int], answer: Future[Matrix]) -> Future[Matrix]:
        """Hold `answer` under `key`, dropping the oldest beyond KEEP (lock held)."""
        self._answers[key] = answer
        while len(self._answers) > KEEP:
            del self._answers[next(iter(self._answers))]
        return answer
