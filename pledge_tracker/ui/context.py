"""The one object every view is given: the open database, settings, undo, as-of and filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pledge_tracker.db.uow import Database, Tx
from pledge_tracker.domain.changes import Changes
from pledge_tracker.domain.dto import CommitmentDTO, Matrix, StakeholderDTO
from pledge_tracker.services import window_reads
from pledge_tracker.ui import workers
from pledge_tracker.ui.settings import Settings
from pledge_tracker.ui.shared_matrix import SharedMatrix
from pledge_tracker.ui.writer import WriteJob, Writer, on_writer_thread, write_retrying

T = TypeVar("T")


@dataclass(frozen=True)
class MatrixFilter:
    """What the matrix (and the dashboard that follows it) shows."""

    kinds: frozenset[str] = field(default_factory=frozenset)  # empty: every kind
    founding_only: bool = False
    text: str = ""  # name or country code
    include_inactive: bool = False
    stakeholder_ids: frozenset[int] = field(default_factory=frozenset)  # empty: everyone
    commitment_ids: frozenset[int] = field(default_factory=frozenset)  # empty: all columns


@dataclass(frozen=True)
class Directory:
    """Every supporter (active or not, by name) and every commitment (in Call order)."""

    supporters: tuple[StakeholderDTO, ...]
    commitments: tuple[CommitmentDTO, ...]


class AppContext(QObject):
    """Shared state of one main window. Views listen to its signals to refresh."""

    data_changed = Signal(object)  # Changes: what changed, where, by whom
    as_of_changed = Signal(object)  # dt.date
    filter_changed = Signal(object)  # MatrixFilter
    database_replaced = Signal()  # another database was opened in this window
    error_raised = Signal(object)  # an exception the window should explain to the user
    write_waiting = Signal(bool)  # True while a save waits for another program's lock
    write_busy = Signal(bool)  # True while saves are queued on the writer thread
    settings_changed = Signal()  # preferences changed (display name, freshness age, paper)
    undo_closed = Signal(str)  # the undo history ended at a step that cannot be undone

    def __init__(
        self, database: Database, settings: Settings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.settings = settings
        self.undo_stack = QUndoStack(self)
        self._as_of = dt.date.today()
        self._filter = MatrixFilter()
        if settings.display_name:
            database.actor = settings.display_name
        self._directory: Directory | None = None
        self._matrices = SharedMatrix()
        self.writer = Writer(self)  # every write of this window, in order, off the GUI thread
        self.writer.waiting.connect(self.write_waiting)
        self.writer.busy.connect(self.write_busy)
        # Connected first, so the caches are fresh before any view reacts to the same change.
        self.data_changed.connect(self._forget_directory)
        self.database_replaced.connect(lambda: self._forget_directory(Changes()))

    def directory(self) -> Directory:
        """Every supporter and commitment, for pickers and filters (read once, kept until
        one of them changes: a few hundred rows, so the first read is quick)."""
        if self._directory is None:
            self._directory = Directory(*window_reads.directory(self.database))
        return self._directory

    def _forget_directory(self, changed: Changes) -> None:
        if changed.touches({"stakeholder", "commitment"}):
            self._directory = None
        self._matrices.forget()  # any change may move a level, a score or a count

    def shared_matrix(
        self, as_of: dt.date, freshness_months: int, *, fresh: bool = False
    ) -> Matrix:
        """The as-of matrix of every supporter, computed once for all the views that show it
        (safe to call from workers; `fresh` recomputes it; see ui/shared_matrix.py)."""
        return self._matrices.get(self.database, as_of, freshness_months, fresh=fresh)

    @property
    def matrix_generation(self) -> int:
        """Moves on every data change: see `offer_matrix`."""
        return self._matrices.generation

    def offer_matrix(self, grid: Matrix, freshness_months: int, generation: int) -> bool:
        """Share a matrix a view patched (some rows read again after a change), unless data
        changed again since `generation` or another view already read it afresh."""
        return self._matrices.offer(grid, freshness_months, generation)

    @property
    def as_of(self) -> dt.date:
        return self._as_of

    def set_as_of(self, day: dt.date) -> None:
        if day != self._as_of:
            self._as_of = day
            self.as_of_changed.emit(day)

    @property
    def filter(self) -> MatrixFilter:
        return self._filter

    def set_filter(self, value: MatrixFilter) -> None:
        if value != self._filter:
            self._filter = value
            self.filter_changed.emit(value)

    def apply_settings(self) -> None:
        """Use changed preferences at once: the new name signs the next change."""
        if self.settings.display_name:
            self.database.actor = self.settings.display_name
        self.settings_changed.emit()

    def write(self, fn: Callable[[Tx], T]) -> T:
        """Run one small unit of work on the writer thread, wait for it, announce what changed.

        The window keeps painting meanwhile (clicks and keys wait). Errors propagate to the
        caller (a dialog shows them and keeps the user's input).
        """
        if on_writer_thread():  # a job that saves more: it is already the writer
            return write_retrying(self.database, fn)[0]
        job = self.writer.start(self.database, fn)
        result = self.writer.wait_for(job)
        self.data_changed.emit(job.changes)
        return result

    def submit(
        self,
        fn: Callable[[Tx], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Queue a save whose result nobody waits for; `on_done`/`on_error` run afterwards
        on the GUI thread (errors go to `error_raised` unless `on_error` takes them).

        With an `owner` widget, the callbacks are skipped if it was deleted meanwhile.
        """

        def finished(job: WriteJob[T]) -> None:
            alive = owner is None or shiboken6.isValid(owner)
            if job.error is None:
                self.data_changed.emit(job.changes)
                if on_done is not None and alive:
                    on_done(job.outcome())
            elif on_error is None:
                self.error_raised.emit(job.error)  # the window explains it, owner or not
            elif alive:
                on_error(job.error)

        self.writer.start(self.database, fn, then=finished)

    def run(
        self,
        fn: Callable[[workers.Worker], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> workers.Worker:
        """Run slow work in the thread pool; `fn` calls services given `self.database`.

        Pass the widget that asked as `owner`: if it is gone when the work ends, its
        callbacks are not called.
        """
        return workers.start(fn, on_success, on_failure or self.error_raised.emit, owner=owner)

    def close_undo_history(self, step: str) -> None:
        """End the undo history at `step` (an import, demonstration data, a restore).

        Such a step is not undoable, and undoing past it would retract an unrelated earlier
        edit while the user means to back out the step: so Ctrl+Z stops here, and says so.
        """
        self.undo_stack.clear()
        self.undo_closed.emit(step)

    def replace_database(self, database: Database) -> None:
        self.writer.drain()  # saves queued for the old database land there first
        old = self.database
        self.database = database
        if self.settings.display_name:
            database.actor = self.settings.display_name
        self.undo_stack.clear()
        self.database_replaced.emit()
        old.dispose()
