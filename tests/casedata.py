"""Small cases in the interchange format, written for tests (fictional text)."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def segment(
    sid: str,
    kind: str,
    label: str,
    text: str,
    *,
    heading: str = "",
    page: int = 1,
    line: int = 1,
    parent: str | None = None,
    claims: tuple[str, ...] = (),
    citations: tuple[dict[str, Any], ...] = (),
) -> dict[str, Any]:
    return {
        "id": sid,
        "kind": kind,
        "label": label,
        "heading": heading,
        "text": text,
        "page": page,
        "line": line,
        "end_page": page,
        "end_line": line + 2,
        "level": 0,
        "parent": parent,
        "claims": list(claims),
        "citations": list(citations),
    }


def small_case(text_extra: str = "") -> dict[str, Any]:
    """A complaint with a count and two paragraphs, and an opposition answering one of them."""
    complaint = {
        "id": "d1",
        "title": "Complaint",
        "role": "complaint",
        "party": "Chirrup, Inc.",
        "pages": 2,
        "source_name": "complaint.pdf",
        "sha256": "a" * 64,
        "segments": [
            segment(
                "d1.s0",
                "count",
                "COUNT I",
                "",
                heading="Violation of the Sherman Act",
                claims=("antitrust.sherman-1",),
            ),
            segment(
                "d1.s1",
                "paragraph",
                "¶ 1",
                "The host conspired with a rival." + text_extra,
                parent="d1.s0",
                claims=("antitrust.sherman-1",),
            ),
            segment(
                "d1.s2",
                "paragraph",
                "¶ 2",
                "The host gave no notice.",
                page=2,
                parent="d1.s0",
                claims=("contract.breach",),
            ),
        ],
    }
    opposition = {
        "id": "d2",
        "title": "Opposition",
        "role": "opposition",
        "party": "Stratus Web Services",
        "pages": 1,
        "source_name": "opposition.pdf",
        "sha256": "b" * 64,
        "segments": [
            segment("d2.s0", "heading", "I", "", heading="There Was No Conspiracy"),
            segment(
                "d2.s1",
                "paragraph",
                "",
                "Chirrup alleges a conspiracy but pleads none.",
                parent="d2.s0",
                claims=("antitrust.sherman-1",),
                citations=(
                    {
                        "kind": "record",
                        "text": "Compl. ¶ 1",
                        "normalized": "Compl. ¶ 1",
                        "target": {"role": "complaint", "paragraphs": [1]},
                    },
                ),
            ),
        ],
    }
    return {
        "format": "lawdiff",
        "version": 1,
        "case": {"caption": "Chirrup, Inc. v. Stratus Web Services", "court": "", "docket": ""},
        "documents": [complaint, opposition],
        "links": [
            {
                "source": "d1.s1",
                "target": "d2.s0",
                "score": 0.8,
                "status": "suggested",
                "relation": "rebuts",
                "reasons": [{"signal": "record-cite", "weight": 0.5, "text": "cites Compl. ¶ 1"}],
            }
        ],
    }


def damage_case_file(path: Path) -> None:
    """Scribble over every database page but the header, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 + 100, len(data), 4096):
        data[offset : offset + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    Path(f"{path}-wal").unlink(missing_ok=True)
    Path(f"{path}-shm").unlink(missing_ok=True)
