"""A small fictional case in the interchange format, built in code (no real filing text).

Expected figures (accepted + suggested links counted):

* motion arguments (headings): I, II, II.A, II.B, II.C, II.D; II is partly answered (II.D is
  not), I and II.D are unanswered, II.A–II.C answered.
* links counted: 3 (one accepted rebuttal, one suggested rebuttal, one accepted concession);
  a fourth, rejected link never appears.
"""

from __future__ import annotations

from typing import Any

HOSTILE = (
    "<script>alert(1)</script> {{ 7*7 }} &amp; & "
    "\u05e9\u05dc\u05d5\u05dd \u0639\u0631\u0628\u064a \u202egnp.exe"
)
CAPTION = "Acme Widgets LLC v. Borealis Cloud, Inc."
CASE_CITE = "Brown Shoe Co. v. United States, 370 U.S. 294 (1962)"
STATUTE = "15 U.S.C. § 1"


def seg(
    sid: str,
    label: str,
    heading: str,
    text: str,
    page: int,
    line: int,
    *,
    kind: str = "heading",
    parent: str | None = None,
    claims: tuple[str, ...] = (),
    citations: tuple[tuple[str, str], ...] = (),
    level: int = 0,
) -> dict[str, Any]:
    """One segment in the interchange format."""
    return {
        "id": sid,
        "kind": kind,
        "label": label,
        "heading": heading,
        "text": text,
        "page": page,
        "line": line,
        "level": level,
        "parent": parent,
        "claims": list(claims),
        "citations": [{"kind": k, "text": t, "normalized": t} for k, t in citations],
    }


def _motion() -> dict[str, Any]:
    sherman = ("antitrust.sherman-1",)
    return {
        "id": "d1",
        "title": "Motion for Preliminary Injunction",
        "role": "motion",
        "party": "Plaintiff Acme Widgets LLC",
        "filed": "2026-01-05",
        "pages": 12,
        "segments": [
            seg("d1.s0", "I.", "INTRODUCTION", "Acme asks for relief.", 1, 4),
            seg("d1.s1", "II.", "ARGUMENT", "", 3, 1),
            seg(
                "d1.s2",
                "II.A",
                "Acme Is Likely to Succeed on Its Antitrust Claim",
                "",
                4,
                2,
                parent="d1.s1",
                claims=sherman,
                level=1,
            ),
            seg(
                "d1.s3",
                "",
                "",
                "The market is widgets. " + CASE_CITE + "; " + STATUTE + ".",
                4,
                9,
                kind="paragraph",
                parent="d1.s2",
                claims=sherman,
                citations=(("case", CASE_CITE), ("statute", STATUTE)),
            ),
            seg(
                "d1.s4",
                "II.B",
                "Borealis Breached the Contract",
                "",
                7,
                3,
                parent="d1.s1",
                claims=("contract.breach",),
                level=1,
            ),
            seg(
                "d1.s5",
                "",
                "",
                HOSTILE,
                7,
                10,
                kind="paragraph",
                parent="d1.s4",
                claims=("contract.breach",),
            ),
            seg(
                "d1.s6",
                "II.C",
                "Acme Will Suffer Irreparable Harm",
                "Harm is coming.",
                9,
                1,
                parent="d1.s1",
                claims=("injunction.irreparable-harm",),
                level=1,
            ),
            seg(
                "d1.s7",
                "II.D",
                "The Balance of Equities Favors Acme",
                "Equities.",
                11,
                5,
                parent="d1.s1",
                claims=("injunction.balance-of-equities",),
                level=1,
            ),
        ],
    }


def _opposition() -> dict[str, Any]:
    return {
        "id": "d2",
        "title": "Opposition to Motion for Preliminary Injunction",
        "role": "opposition",
        "party": "Defendant Borealis Cloud, Inc.",
        "filed": "2026-01-19",
        "pages": 10,
        "segments": [
            seg("d2.s0", "I.", "INTRODUCTION", "Borealis opposes.", 1, 3),
            seg(
                "d2.s1",
                "II.A",
                "Acme Is Unlikely to Succeed on Its Antitrust Claim",
                "See Mot. at 4:2. " + CASE_CITE + ".",
                3,
                7,
                claims=("antitrust.sherman-1",),
                citations=(("case", CASE_CITE), ("record", "Mot. at 4:2")),
            ),
            seg(
                "d2.s2",
                "II.B",
                "There Was No Breach",
                "No breach. " + HOSTILE,
                6,
                1,
                claims=("contract.breach",),
            ),
            seg(
                "d2.s3",
                "II.C",
                "Harm Is Conceded but Temporary",
                "Some harm.",
                8,
                12,
                claims=("injunction.irreparable-harm",),
            ),
        ],
    }


def _link(
    source: str, target: str, relation: str, status: str, score: float, note: str = ""
) -> dict[str, Any]:
    return {
        "source": source,
        "target": target,
        "relation": relation,
        "status": status,
        "score": score,
        "origin": "auto",
        "reasons": [{"signal": "heading-parallel", "weight": score, "text": "headings mirror"}],
        "note": note,
    }


def small_case() -> dict[str, Any]:
    """The two-document case described in the module docstring."""
    return {
        "format": "lawdiff",
        "version": 1,
        "case": {"caption": CAPTION, "court": "District Court of Examplia", "docket": "1:26-cv-7"},
        "documents": [_motion(), _opposition()],
        "links": [
            _link("d1.s2", "d2.s1", "rebuts", "accepted", 0.91, note="Strongest answer " + HOSTILE),
            _link("d1.s4", "d2.s2", "rebuts", "suggested", 0.64),
            _link("d1.s6", "d2.s3", "concedes", "accepted", 0.72),
            _link("d1.s0", "d2.s0", "responds-generally", "rejected", 0.30),
        ],
    }


def long_case(arguments: int = 60, words: int = 120) -> dict[str, Any]:
    """A case with many long arguments, each answered by one section (for pagination)."""
    body = " ".join(f"word{n % 37}" for n in range(words))
    motion = {**_motion(), "segments": [], "pages": arguments}
    opposition = {**_opposition(), "segments": [], "pages": arguments}
    links = []
    for n in range(arguments):
        claim = ("antitrust.sherman-1", "contract.breach")[n % 2]
        motion["segments"].append(
            seg(f"d1.s{n}", f"A.{n + 1}", f"Moving point {n + 1}", body, n + 1, 3, claims=(claim,))
        )
        opposition["segments"].append(
            seg(
                f"d2.s{n}",
                f"B.{n + 1}",
                f"Answering point {n + 1}",
                body,
                n + 1,
                5,
                claims=(claim,),
            )
        )
        links.append(_link(f"d1.s{n}", f"d2.s{n}", "rebuts", "accepted", 0.8))
    return {**small_case(), "documents": [motion, opposition], "links": links}
