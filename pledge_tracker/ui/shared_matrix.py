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
                answer = self._answers[key] = Future()
                while len(self._answers) > KEEP:
                    del self._answers[next(iter(self._answers))]
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
