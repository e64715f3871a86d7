"""Synthetic cases for the robustness tests and the scale benchmark (fictional text)."""

from __future__ import annotations

import io
import random
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from tests.casedata import segment

WORDS = (
    "plaintiff",
    "defendant",
    "contract",
    "breach",
    "notice",
    "termination",
    "conspiracy",
    "market",
    "rival",
    "agreement",
    "injunction",
    "harm",
    "irreparable",
    "balance",
    "equities",
    "public",
    "interest",
    "likelihood",
    "success",
    "merits",
    "service",
    "hosting",
    "content",
    "moderation",
    "policy",
    "violation",
    "damages",
)


def sentence(rng: random.Random, words: int = 14) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def document(
    doc_id: str, role: str, sections: int, per_section: int, pages: int, seed: int
) -> dict[str, Any]:
    """A document of ``sections`` numbered headings with ``per_section`` paragraphs each."""
    rng = random.Random(seed)
    segments = []
    total = sections * (per_section + 1)
    for n in range(sections):
        head = f"{doc_id}.s{len(segments)}"
        page = 1 + len(segments) * pages // total
        segments.append(
            segment(head, "heading", f"{n + 1}", "", heading=sentence(rng, 6), page=page)
        )
        for _ in range(per_section):
            sid = f"{doc_id}.s{len(segments)}"
            page = 1 + len(segments) * pages // total
            text = " ".join(sentence(rng) for _ in range(4))
            segments.append(segment(sid, "paragraph", "", text, page=page, parent=head))
    return {
        "id": doc_id,
        "title": f"{role.title()} {doc_id}",
        "role": role,
        "party": "Party",
        "pages": pages,
        "source_name": f"{doc_id}-{role}.pdf",
        "sha256": f"{seed:064x}",
        "segments": segments,
    }


def pair_case(sections: int = 20, per_section: int = 2, pages: int = 20) -> dict[str, Any]:
    """A motion and an opposition, each of ``sections`` headings with paragraphs."""
    return {
        "format": "lawdiff",
        "version": 1,
        "case": {"caption": "Synthetic v. Case", "court": "", "docket": ""},
        "documents": [
            document("d1", "motion", sections, per_section, pages, 1),
            document("d2", "opposition", sections, per_section, pages, 2),
        ],
        "links": [],
    }


def long_pdf(path: Path, pages: int = 40, seed: int = 7) -> Path:
    """A text PDF of numbered paragraphs over ``pages`` pages (takes seconds to import)."""
    rng = random.Random(seed)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    number = 1
    for _ in range(pages):
        y = 720
        while y > 90:
            pdf.drawString(72, y, f"{number}. {sentence(rng, 11)}")
            y -= 24
            number += 1
        pdf.showPage()
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path
