"""core.files: the one set of file checks (one message each) and the one read that hashes."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.files import HEAD, file_facts, read_head, readable_file


def test_one_read_gives_head_and_hash(tmp_path: Path) -> None:
    data = os.urandom(3 * (1 << 20) + 17)  # more than one block
    path = tmp_path / "f.bin"
    path.write_bytes(data)
    facts = file_facts(path)
    assert facts.head == data[:HEAD] == read_head(path)
    assert facts.sha256 == hashlib.sha256(data).hexdigest()


def _missing(folder: Path) -> Path:
    return folder / "gone.pdf"


def _folder(folder: Path) -> Path:
    (folder / "a.pdf").mkdir()
    return folder / "a.pdf"


def _pipe(folder: Path) -> Path:
    os.mkfifo(folder / "p.pdf")
    return folder / "p.pdf"


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_missing, "no such file (was it moved or renamed?)"),
        (_folder, "is a folder, not a file"),
        (_pipe, "is not a regular file (a pipe or device?)"),
    ],
)
@pytest.mark.parametrize("check", [file_facts, read_head, readable_file])
def test_each_problem_has_one_message(
    make: Callable[[Path], Path], message: str, check: Callable[[Path], object], tmp_path: Path
) -> None:
    path = make(tmp_path)
    with pytest.raises(KnownError) as caught:
        check(path)
    assert caught.value.path == path
    assert message in str(caught.value)
