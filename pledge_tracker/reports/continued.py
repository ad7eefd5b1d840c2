"""A table whose record, broken across pages, says whose it is at the top of the next page.

The full report prints a long rationale as several rows of one supporter; only the first
names the supporter and the level. When the table breaks between two of those rows, the
row at the top of the new page repeats them, marked "(continued)".
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Table


class ContinuedTable(Table):
    """A Table that fills a continuation row's cells when a page break puts it first.

    `continued[row]` maps columns to what that row shows when it opens a page (row numbers
    count the header rows).
    """

    continued: dict[int, dict[int, Any]] = {}

    def split(self, available_width: float, available_height: float) -> list[Any]:
        if self.continued:
            self._longTableOptimize = 0  # rows after a cut measure afresh: they may grow
        parts = super().split(available_width, available_height)
        if len(parts) != 2 or not self.continued:
            return parts
        first, rest = parts
        cut, head = len(first._cellvalues), self.repeatRows or 0
        rest.continued = {
            row - cut + head: cells for row, cells in self.continued.items() if row > cut
        }
        for column, value in self.continued.get(cut, {}).items():
            rest._cellvalues[head] = list(rest._cellvalues[head])
            rest._cellvalues[head][column] = value
        return parts
