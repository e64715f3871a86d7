"""``lawdiff gui PATH`` opens a case; it never creates or converts one (issue 17, item 6)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from lawdiff.gui.app import open_window


def test_gui_on_a_missing_case_creates_nothing(
    qtbot: object, tmp_path: Path, errors: list[str]
) -> None:
    window = open_window(tmp_path / "new.lawdiff")
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.case is None
    assert errors and "no such case file" in errors[0]
    assert list(tmp_path.iterdir()) == []


def test_gui_on_another_programs_database_leaves_it(
    qtbot: object, tmp_path: Path, errors: list[str]
) -> None:
    db = tmp_path / "f.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE notes (body TEXT)")
    conn.commit()
    conn.close()
    before = db.read_bytes()
    window = open_window(db)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.case is None and "not a lawdiff case" in errors[0]
    assert db.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["f.db"]
