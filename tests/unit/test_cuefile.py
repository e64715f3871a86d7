"""The rules shared by the editable cue files: read, tables, weights between 0 and 1."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.cuefile import check_unit, read_cue_file, table, weights_table
from lawdiff.core.errors import KnownError


def test_reads_toml_and_keeps_the_raw_text(tmp_path: Path) -> None:
    path = tmp_path / "cues.toml"
    path.write_text('[settings]\nname = "x"\n', encoding="utf-8")
    data, raw = read_cue_file(path, "cue file")
    assert data == {"settings": {"name": "x"}}
    assert raw.startswith("[settings]")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[settings\n", "not a valid cue file"),
        (b"\xff\xfe\x00bad", "cannot read the cue file"),
    ],
)
def test_bad_files_name_the_file(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "cues.toml"
    path.write_bytes(content)
    with pytest.raises(KnownError, match=message) as caught:
        read_cue_file(path, "cue file")
    assert "cues.toml" in str(caught.value)


def test_a_missing_file_is_a_known_error(tmp_path: Path) -> None:
    with pytest.raises(KnownError, match="cannot read"):
        read_cue_file(tmp_path / "absent.toml", "cue file")


def test_table_must_be_a_table() -> None:
    assert table({}, "weights", Path("c.toml")) == {}
    assert table({"weights": {"a": 1}}, "weights", Path("c.toml")) == {"a": 1}
    with pytest.raises(KnownError, match=r"\[weights\] must be a table"):
        table({"weights": 3}, "weights", Path("c.toml"))


@pytest.mark.parametrize("value", [0, 0.5, 1, 1.0])
def test_unit_values_pass(value: object) -> None:
    check_unit(value, "w", Path("c.toml"))


@pytest.mark.parametrize("value", [True, -0.1, 1.5, "0.5", None])
def test_other_values_are_refused(value: object) -> None:
    with pytest.raises(KnownError, match="between 0 and 1"):
        check_unit(value, "w", Path("c.toml"))


DEFAULTS = {"strong": 0.9, "medium": 0.6, "weak": 0.3}


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, DEFAULTS),
        ({"weights": {"weak": 0.1}}, {"strong": 0.9, "medium": 0.6, "weak": 0.1}),
        ({"weights": {"faint": 0}}, {**DEFAULTS, "faint": 0}),
    ],
)
def test_weights_override_the_defaults(data: dict[str, object], expected: dict[str, float]) -> None:
    assert weights_table(data, Path("cues.toml"), DEFAULTS) == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"weights": {"strong": "high"}}, r"\[weights\] strong must be a number"),
        ({"weights": {"weak": 1.5}}, r"\[weights\] weak must be a number"),
        ({"weights": {"weak": True}}, r"\[weights\] weak must be a number"),
        ({"weights": [0.5]}, r"\[weights\] must be a table"),
    ],
)
def test_bad_weights_name_the_level_and_file(data: dict[str, object], message: str) -> None:
    with pytest.raises(KnownError, match=message) as caught:
        weights_table(data, Path("cues.toml"), DEFAULTS)
    assert "cues.toml" in str(caught.value)
