"""The audit entries one open database appended in this process: "my own changes".

A window is told of its own saves when it makes them; when it later looks for colleagues'
changes (db LISTEN/NOTIFY or the audit sequence) it skips the entries listed here.
"""

from __future__ import annotations

import threading
from collections import deque

# Ranges kept: the feed only asks about entries newer than the last it read, so old ranges
# are never needed again; a bound keeps a long session's memory flat.
KEPT_RANGES = 4096


class OwnEntries:
    """Ranges of audit entry ids (first..last, both included) appended by this process."""

    def __init__(self) -> None:
        self._ranges: deque[tuple[int, int]] = deque(maxlen=KEPT_RANGES)
        self._lock = threading.Lock()  # units commit on the GUI thread and in workers

    def add(self, first: int, last: int) -> None:
        """Note that one committed unit appended the entries first..last."""
        with self._lock:
            self._ranges.append((first, last))

    def __contains__(self, entry_id: object) -> bool:
        if not isinstance(entry_id, int):
            return False
        with self._lock:
            return any(first <= entry_id <= last for first, last in self._ranges)

    def covers(self, first: int, last: int) -> bool:
        """Whether every entry first..last is one of ours (True for an empty range)."""
        return all(entry_id in self for entry_id in range(first, last + 1))
