"""lawdiff's desktop app (PySide6); the only package that imports Qt.

Importing it first guards against a PySide6 6.12 reference-count bug on Python 3.11
(see :mod:`lawdiff.gui.none_refcount`).
"""

from lawdiff.gui.none_refcount import guard_none_refcount

guard_none_refcount()
