"""Work-arounds for bugs in the Qt bindings, applied once before any widget exists.

PySide6 6.12 on Python 3.11 drops one reference to None every time it hands Python an
invalid QVariant: `QComboBox.currentData()` with nothing chosen, `QModelIndex.data()` for
a role the model does not answer, `QObject.property()` of an unset name. Each call brings
None's reference count closer to zero; when it gets there the interpreter aborts with
"Fatal Python error: none_dealloc" (seen at exit after one assessment dialog). Python 3.12
made None immortal, which is what `protect_none()` does by hand on older versions: it adds
a huge number of references that nothing ever releases.
"""

from __future__ import annotations

import ctypes
import sys

_done = False


def protect_none() -> None:
    """Make None effectively immortal on CPython < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is a PyObject's first field
    refcount.value += sys.maxsize // 4
    _done = True
