"""A small invented case in the interchange format, for ``lawdiff demo`` without the sample PDFs,
screenshots and tests.

Every name and sentence here is made up; nothing is copied from a real filing.
"""

from __future__ import annotations

from typing import Any

Seg = dict[str, Any]

_COMPLAINT: list[tuple[str, str, str, list[str]]] = [
    # (kind, label, heading-or-text, claims)
    ("heading", "INTRODUCTION", "INTRODUCTION", []),
    ("paragraph", "¶ 1", "Chirrup runs a small messaging service hosted on Stratus servers.", []),
    ("paragraph", "¶ 2", "Stratus ended the hosting agreement on one day's notice.", ["contract"]),
    ("heading", "FACTS", "FACTUAL ALLEGATIONS", []),
    (
        "paragraph",
        "¶ 3",
        "The agreement required thirty days' written notice before ending.",
        ["contract"],
    ),
    (
        "paragraph",
        "¶ 4",
        "Stratus and a rival service agreed to drop Chirrup together.",
        ["antitrust"],
    ),
    ("paragraph", "¶ 5", "Without hosting, Chirrup lost its users within a week.", ["tro.harm"]),
    ("paragraph", "¶ 6", "No other host can take on the service at short notice.", ["tro.harm"]),
    ("count", "COUNT I", "COUNT I — Agreement in Restraint of Trade", ["antitrust"]),
    ("paragraph", "¶ 7", "The joint refusal to deal restrains trade in hosting.", ["antitrust"]),
    ("count", "COUNT II", "COUNT II — Breach of Contract", ["contract"]),
    ("paragraph", "¶ 8", "Stratus broke the notice clause of the agreement.", ["contract"]),
    ("paragraph", "¶ 9", "Chirrup performed every duty the agreement gave it.", ["contract"]),
]

_MOTION: list[tuple[str, str, str, list[str]]] = [
    ("heading", "I.", "INTRODUCTION", []),
    ("paragraph", "", "Chirrup asks the Court to order Stratus to host it again.", ["tro.harm"]),
    ("heading", "II.", "ARGUMENT", []),
    ("heading", "II.A", "Chirrup is likely to succeed on its contract claim", ["contract"]),
    (
        "paragraph",
        "",
        "The notice clause is plain and Stratus ignored it. Compl. ¶ 3.",
        ["contract"],
    ),
    ("heading", "II.B", "Chirrup will suffer irreparable harm", ["tro.harm"]),
    ("paragraph", "", "Lost users do not come back, and money cannot repair that.", ["tro.harm"]),
    ("heading", "II.C", "The balance of hardships favours Chirrup", ["tro.balance"]),
    ("paragraph", "", "Stratus loses nothing by hosting a paying customer.", ["tro.balance"]),
]

_OPPOSITION: list[tuple[str, str, str, list[str]]] = [
    ("heading", "I.", "INTRODUCTION", []),
    (
        "paragraph",
        "",
        "Chirrup breached the agreement first and cannot hold Stratus to it.",
        ["contract"],
    ),
    ("heading", "II.", "ARGUMENT", []),
    ("heading", "II.A", "Chirrup is unlikely to succeed", ["contract"]),
    (
        "paragraph",
        "",
        "The agreement let Stratus suspend service for a breach. Mot. at 2.",
        ["contract"],
    ),
    ("heading", "II.B", "Any harm is self-inflicted and compensable", ["tro.harm"]),
    ("paragraph", "", "Chirrup can move to another host within days.", ["tro.harm"]),
    ("heading", "II.C", "There was no agreement with any rival", ["antitrust"]),
    ("paragraph", "", "Stratus acted alone, for its own reasons.", ["antitrust"]),
]

_LINKS: list[tuple[str, str, str, str, float]] = [
    # source, target, status, relation, score
    ("m.s4", "o.s4", "accepted", "rebuts", 0.91),
    ("m.s3", "o.s3", "accepted", "rebuts", 0.88),
    ("m.s6", "o.s6", "suggested", "rebuts", 0.74),
    ("m.s5", "o.s5", "suggested", "rebuts", 0.81),
    ("m.s1", "o.s1", "suggested", "responds-generally", 0.42),
    ("c.s5", "o.s8", "suggested", "rebuts", 0.66),
    ("c.s9", "o.s7", "suggested", "distinguishes", 0.52),
    ("c.s4", "o.s4", "accepted", "rebuts", 0.7),
]


def _segments(prefix: str, rows: list[tuple[str, str, str, list[str]]]) -> list[Seg]:
    out: list[Seg] = []
    parent: str | None = None
    for n, (kind, label, body, claims) in enumerate(rows):
        seg_id = f"{prefix}.s{n}"
        is_head = kind in ("heading", "count")
        level = label.count(".") if kind == "heading" and "." in label[:-1] else 0
        out.append(
            {
                "id": seg_id,
                "kind": kind,
                "label": label,
                "heading": body if is_head else "",
                "text": body,
                "page": 1 + n // 5,
                "line": 1 + (n % 5) * 5,
                "end_page": 1 + n // 5,
                "end_line": 4 + (n % 5) * 5,
                "level": level,
                "parent": None if is_head else parent,
                "claims": claims,
                "citations": _citations(body),
            }
        )
        if is_head:
            parent = seg_id
    return out


def _citations(text: str) -> list[dict[str, Any]]:
    if "Compl. ¶ 3" in text:
        return [
            {
                "kind": "record",
                "text": "Compl. ¶ 3",
                "target": {"role": "complaint", "paragraphs": [3]},
            }
        ]
    return []


def _document(doc_id: str, title: str, role: str, party: str, rows: list[Any]) -> dict[str, Any]:
    return {
        "id": doc_id,
        "title": title,
        "role": role,
        "party": party,
        "pages": 1 + len(rows) // 5,
        "source_name": f"{doc_id}-{role}.pdf",
        "segments": _segments(doc_id, rows),
    }


def demo_interchange() -> dict[str, Any]:
    """The invented demo case: complaint, TRO motion and opposition with a few links."""
    return {
        "format": "lawdiff",
        "version": 1,
        "case": {
            "caption": "Chirrup, Inc. v. Stratus Web Services, LLC",
            "docket": "2:26-cv-00117",
        },
        "documents": [
            _document("c", "Complaint", "complaint", "Plaintiff Chirrup, Inc.", _COMPLAINT),
            _document("m", "Motion for a TRO", "motion", "Plaintiff Chirrup, Inc.", _MOTION),
            _document(
                "o", "Opposition to the TRO motion", "opposition", "Defendant Stratus", _OPPOSITION
            ),
        ],
        "links": [
            {
                "source": s,
                "target": t,
                "status": st,
                "relation": r,
                "score": sc,
                "reasons": [
                    {"signal": "heading-parallel", "weight": sc, "text": "parallel headings"}
                ],
            }
            for s, t, st, r, sc in _LINKS
        ],
    }


def synthetic_interchange(filings: int, segments: int) -> dict[str, Any]:
    """A large invented case (for the benchmark): ``filings`` documents sharing ``segments`` rows.

    Filings alternate motion / opposition; each opposition answers the motion before it, and
    every third argument heading is linked.
    """
    per_doc = segments // filings
    docs, links = [], []
    for d in range(filings):
        role = "motion" if d % 2 == 0 else "opposition"
        rows: list[tuple[str, str, str, list[str]]] = []
        for n in range(per_doc):
            kind = "heading" if n % 4 == 0 else "paragraph"
            label = f"{n // 4 + 1}." if kind == "heading" else ""
            rows.append(
                (kind, label, f"Argument {n} of filing {d}: word{n % 97} term{n % 31}.", [])
            )
        docs.append(_document(f"f{d}", f"Filing {d}", role, "Party", rows))
        if role == "opposition":
            links += [
                {
                    "source": f"f{d - 1}.s{n}",
                    "target": f"f{d}.s{n}",
                    "status": "suggested",
                    "relation": "rebuts",
                    "score": 0.5,
                    "reasons": [],
                }
                for n in range(0, per_doc, 12)
            ]
    return {"format": "lawdiff", "version": 1, "documents": docs, "links": links}
