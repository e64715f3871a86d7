"""PySide6 6.12 on Python 3.11 drops a reference to None per void call; the guard absorbs it."""

from __future__ import annotations

import sys

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter

import lawdiff.gui  # noqa: F401 - installs the guard
from lawdiff.gui.none_refcount import HEADROOM, guard_none_refcount


def test_many_void_calls_do_not_exhaust_none(qapp: object) -> None:
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    color = QColor(10, 20, 30)
    for _ in range(200_000):  # far more than None's natural reference count on 3.11
        painter.fillRect(QRect(0, 0, 2, 2), color)
    painter.end()
    if sys.version_info < (3, 12):
        assert sys.getrefcount(None) > HEADROOM // 2
    assert guard_none_refcount() is (sys.version_info < (3, 12))
