"""Every deliberately broken file fails with one clear line naming it, quickly."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Filing
from lawdiff.ingest import load_filing
from tests.badfiles import BadInput, good_pdf_bytes, make_bad_inputs, owner_password_pdf

TIME_LIMIT = 10.0  # seconds per file: a hostile file must never hang the import


@pytest.fixture(scope="module")
def bad_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad")


@pytest.fixture(scope="module")
def bad_inputs(bad_folder: Path) -> list[BadInput]:
    return make_bad_inputs(bad_folder)


def test_helper_makes_at_least_twenty(bad_inputs: list[BadInput]) -> None:
    assert len(bad_inputs) >= 20
    assert len({bad.name for bad in bad_inputs}) == len(bad_inputs)


@pytest.mark.parametrize("index", range(25))
def test_bad_input_raises_known_error(bad_inputs: list[BadInput], index: int) -> None:
    inputs = bad_inputs
    if index >= len(inputs):
        pytest.skip("not generated on this machine (qpdf missing or running as root)")
    bad = inputs[index]
    start = time.monotonic()
    with pytest.raises(KnownError) as caught:
        load_filing(bad.path)
    message = str(caught.value)
    assert time.monotonic() - start < TIME_LIMIT
    assert bad.name in message
    assert bad.expected.lower() in message.lower(), message
    assert "\n" not in message
    assert "Traceback" not in message


def test_owner_password_only_pdf_opens(bad_folder: Path) -> None:
    path = owner_password_pdf(bad_folder)
    if path is None:
        pytest.skip("qpdf is not installed")
    filing = load_filing(path)
    assert isinstance(filing, Filing)
    assert "Generated bravo text on page 1" in filing.pages[0].text


def test_too_many_pages_is_refused(bad_folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from lawdiff.ingest import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    path = bad_folder / "long.pdf"
    path.write_bytes(good_pdf_bytes(pages=5))
    with pytest.raises(KnownError, match=r"long\.pdf: has 5 pages; lawdiff imports at most 3"):
        load_filing(path)
