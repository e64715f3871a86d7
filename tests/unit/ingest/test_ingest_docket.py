"""Whole dockets: RECAP names, docket order, folders expanded, one outcome per file."""

from __future__ import annotations

from pathlib import Path

import pytest

from lawdiff.core.errors import KnownError
from lawdiff.core.model import Changes, DocumentId, FilingMeta, docket_order_said
from lawdiff.core.progress import Cancelled
from lawdiff.ingest.docket import (
    DocketStore,
    RecapName,
    docket_number,
    docket_order,
    docket_place,
    expand_inputs,
    recap_name,
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gov.uscourts.cand.300924.163.0.pdf", RecapName("cand", "300924", 163, 0)),
        ("gov.uscourts.cacd.646349.637.0_1.pdf", RecapName("cacd", "646349", 637, 0)),
        ("GOV.USCOURTS.NYSD.1.22.3.PDF", RecapName("nysd", "1", 22, 3)),
        ("gov.uscourts.cand.300924.163.pdf", None),
        ("motion.pdf", None),
    ],
)
def test_recap_names(name: str, expected: RecapName | None) -> None:
    assert recap_name(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("gov.uscourts.cand.321533.146.3.pdf", (146, 3)),
        ("dkt220_second_amended_complaint.pdf", (220, 0)),
        ("dkt167-1_defs_MIL_memo.pdf", (167, 1)),
        ("ECF 12 opposition.pdf", (12, 0)),
        ("opposition.pdf", None),
        ("postdoc7.pdf", None),
    ],
)
def test_docket_numbers(name: str, expected: tuple[int, int] | None) -> None:
    assert docket_number(name) == expected


def test_docket_order_by_entry_then_attachment_then_name() -> None:
    names = [
        "notes.txt",
        "gov.uscourts.cand.1.20.0.pdf",
        "dkt167-1_memo.pdf",
        "dkt9_complaint.pdf",
        "gov.uscourts.cand.1.167.0.pdf",
        "answer.pdf",
    ]
    ordered = [p.name for p in docket_order(Path(n) for n in names)]
    assert ordered == [
        "dkt9_complaint.pdf",
        "gov.uscourts.cand.1.20.0.pdf",
        "gov.uscourts.cand.1.167.0.pdf",
        "dkt167-1_memo.pdf",
        "answer.pdf",
        "notes.txt",
    ]


def test_folders_are_expanded_without_hidden_or_foreign_files(tmp_path: Path) -> None:
    for name in ["dkt2_b.pdf", "dkt1_a.docx", "sub/dkt3_c.txt", ".hidden/dkt0.pdf", "x.png"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    loose = tmp_path / "sub" / "dkt3_c.txt"
    found = expand_inputs([tmp_path, loose])
    assert [p.name for p in found] == ["dkt1_a.docx", "dkt2_b.pdf", "dkt3_c.txt"]
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(KnownError, match=r"^empty: is a folder with no PDF"):
        expand_inputs([empty])


def _store(results: dict[str, Changes | Exception], stored: list[str]) -> object:
    def store_one(path: Path) -> Changes:
        stored.append(path.name)
        result = results[path.name]
        if isinstance(result, Exception):
            raise result
        return result

    return store_one


def test_each_file_has_an_outcome(tmp_path: Path) -> None:
    paths = [tmp_path / n for n in ["dkt1_a.pdf", "dkt2_b.pdf", "dkt3_c.pdf"]]
    stored: list[str] = []
    shelf = DocketStore(
        paths,
        _store(  # type: ignore[arg-type]
            {
                "dkt1_a.pdf": Changes(
                    documents_added=(DocumentId(1),), warnings=("page 2 is an image",)
                ),
                "dkt2_b.pdf": KnownError("is damaged or not a readable PDF", paths[1]),
                "dkt3_c.pdf": Changes(skipped=("dkt3_c.pdf: already in this case as a.pdf",)),
            },
            stored,
        ),
    )
    for path in paths:
        shelf.read(path)
    assert [(o.path.name, o.status) for o in shelf.outcomes] == [
        ("dkt1_a.pdf", "imported"),
        ("dkt2_b.pdf", "refused"),
        ("dkt3_c.pdf", "duplicate"),
    ]
    assert shelf.outcomes[0].warnings == ("page 2 is an image",)
    assert shelf.outcomes[1].detail == "is damaged or not a readable PDF"
    assert shelf.outcomes[2].detail == "already in this case as a.pdf"


def test_files_are_stored_once_their_places_are_certain(tmp_path: Path) -> None:
    paths = [tmp_path / n for n in ["dkt3_c.pdf", "dkt1_a.pdf", "notes.pdf", "dkt5_e.pdf"]]
    ok = Changes(documents_added=(DocumentId(1),))
    stored: list[str] = []
    shelf = DocketStore(paths, _store(dict.fromkeys([p.name for p in paths], ok), stored))  # type: ignore[arg-type]
    assert [p.name for p in shelf.reading_order()] == [
        "notes.pdf",  # its place needs its stamp: read first
        "dkt1_a.pdf",
        "dkt3_c.pdf",
        "dkt5_e.pdf",
    ]
    shelf.read(paths[0])
    assert stored == []  # notes.pdf may yet come first
    shelf.read(paths[2], FilingMeta(ecf_number="2"))
    assert stored == []  # dkt1 comes first and is not read yet
    shelf.read(paths[1])
    assert stored == ["dkt1_a.pdf", "notes.pdf", "dkt3_c.pdf"]
    shelf.read(paths[3])
    assert [o.order for o in shelf.outcomes] == [
        "docket number 1",
        "docket number 2",
        "docket number 3",
        "docket number 5",
    ]


def test_cancel_stops_the_docket_and_keeps_what_was_stored(tmp_path: Path) -> None:
    paths = [tmp_path / "dkt1.pdf", tmp_path / "dkt2.pdf"]
    ok = Changes(documents_added=(DocumentId(1),))
    stored: list[str] = []
    shelf = DocketStore(paths, _store({"dkt1.pdf": ok, "dkt2.pdf": Cancelled()}, stored))  # type: ignore[arg-type]
    shelf.read(paths[0])
    with pytest.raises(Cancelled):
        shelf.read(paths[1])
    assert [o.path.name for o in shelf.outcomes] == ["dkt1.pdf"]


def test_docket_place_by_number_then_filing_date_then_name() -> None:
    stamped = FilingMeta(ecf_number="167-1", filed="2021-01-12")
    dated = FilingMeta(filed="2020-05-01")
    assert docket_place("gov.uscourts.cand.1.20.0.pdf", stamped).by == "docket number 20"
    assert docket_place("reply.pdf", stamped).by == "docket number 167-1"
    assert docket_place("reply.pdf", dated).by == "filed 2020-05-01"
    assert docket_place("reply.pdf", FilingMeta()).by == "name"
    assert docket_place("reply.pdf").by == "name"


def test_docket_order_reads_stamps_where_names_say_nothing() -> None:
    metas = {
        Path("a_reply.pdf"): FilingMeta(ecf_number="30", filed="2021-03-01"),
        Path("b_motion.pdf"): FilingMeta(ecf_number="12", filed="2021-01-12"),
        Path("c_exhibit.pdf"): FilingMeta(ecf_number="12-2", filed="2021-01-12"),
        Path("d_late.txt"): FilingMeta(filed="2021-02-01"),
        Path("e_early.txt"): FilingMeta(filed="2020-12-01"),
        Path("f_notes.txt"): FilingMeta(),
    }
    names = [*metas, Path("dkt20_opposition.pdf")]
    ordered = [p.name for p in docket_order(sorted(names, reverse=True), metas)]
    assert ordered == [
        "b_motion.pdf",
        "c_exhibit.pdf",
        "dkt20_opposition.pdf",
        "a_reply.pdf",
        "e_early.txt",
        "d_late.txt",
        "f_notes.txt",
    ]


def test_the_store_follows_docket_order_and_says_which(tmp_path: Path) -> None:
    paths = [tmp_path / n for n in ["a.pdf", "b.pdf", "c.txt"]]
    ok = Changes(documents_added=(DocumentId(1),))
    stored: list[str] = []
    shelf = DocketStore(paths, _store({"a.pdf": ok, "b.pdf": ok, "c.txt": ok}, stored))  # type: ignore[arg-type]
    shelf.read(paths[0], FilingMeta(ecf_number="9"))
    shelf.read(paths[2])
    shelf.read(paths[1], FilingMeta(ecf_number="4"))
    assert [(o.path.name, o.order) for o in shelf.outcomes] == [
        ("b.pdf", "docket number 4"),
        ("a.pdf", "docket number 9"),
        ("c.txt", "name"),
    ]
    assert docket_order_said(shelf.outcomes) == "docket order: 2 by docket number, 1 by name"
