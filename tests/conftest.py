"""Shared fixtures: where the real-filing corpus and the sample case live."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from lawdiff.core.model import Filing

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
CORPUS = Path(os.environ.get("LAWDIFF_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    """The folder of real filings (../shared/corpus); tests using it skip where it is absent."""
    if not (CORPUS / "README.md").is_file():
        pytest.skip(f"real-filing corpus not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled fictional sample case (data/sample)."""
    return DATA / "sample"


@pytest.fixture(scope="session")
def load_corpus_filing() -> Callable[[Path], Filing]:
    """``load_filing(path, ocr=False)``, each file read once per test session.

    Several stages' corpus tests read the same long filings; importing each once keeps the
    suite's run time in bounds.
    """
    from lawdiff.ingest import load_filing

    cache: dict[Path, Filing] = {}

    def load(path: Path) -> Filing:
        if path not in cache:
            cache[path] = load_filing(path, ocr=False)
        return cache[path]

    return load
