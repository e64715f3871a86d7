"""Keep PySide6 6.12 from crashing Python 3.11 by releasing ``None`` one reference per call.

Measured here (PySide6/shiboken6 6.12.0, CPython 3.11.7): every call of a C++ method that
returns ``void`` (``QPainter.fillRect``, ``setPen``, ``save`` …) lowers ``None``'s reference
count by one, as if ``None`` were immortal (it is from Python 3.12 on). A few thousand painted
rows later Python aborts with "none_dealloc: deallocating None". Until the wheel is fixed we
give ``None`` a reference count no session can exhaust; on 3.12+ this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # ≈ 10^12 leaked references


def guard_none_refcount() -> bool:
    """Raise ``None``'s reference count far out of reach on CPython < 3.12; True if done."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is PyObject's first field
    if refcount.value < HEADROOM:
        refcount.value += HEADROOM
    return True
