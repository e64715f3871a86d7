"""Render time of every export format on a synthetic case with 300 links.

Run:  QT_QPA_PLATFORM=offscreen .venv/bin/python bench/report.py
The case is built in memory (fictional text) and imported through the workspace's
interchange path, so no PDF stage runs. Target: every format within a few seconds.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from lawdiff.export import FORMATS, export_case
from lawdiff.gui.report_pdf import write_pdf
from lawdiff.report import build_report
from lawdiff.workspace import Workspace

CLAIMS = ("antitrust.sherman-1", "antitrust.sherman-2", "contract.breach", "injunction.tro")
WORDS = [
    "market",
    "widget",
    "supply",
    "exclusive",
    "dealing",
    "notice",
    "cure",
    "termination",
    "harm",
    "equity",
]


def _text(n: int, words: int = 90) -> str:
    return " ".join(WORDS[(n * 7 + k) % len(WORDS)] for k in range(words)) + "."


def _segments(prefix: str, count: int, verb: str) -> list[dict[str, Any]]:
    return [
        {
            "id": f"{prefix}.s{n}",
            "kind": "heading",
            "label": f"{prefix.upper()}.{n + 1}",
            "heading": f"Point {n + 1} {verb}",
            "text": _text(n),
            "page": n // 3 + 1,
            "line": (n * 5) % 28 + 1,
            "parent": None,
            "claims": [CLAIMS[n % len(CLAIMS)]],
            "citations": [{"kind": "case", "text": f"Example v. Sample, {n % 40 + 100} F.3d 1"}],
        }
        for n in range(count)
    ]


def synthetic_case(links: int = 300, arguments: int = 200) -> dict[str, Any]:
    """A motion and an opposition with ``arguments`` sections each and ``links`` links."""
    pairs = [(n % arguments, (n * 3 + n // arguments) % arguments) for n in range(links)]
    return {
        "format": "lawdiff",
        "version": 1,
        "case": {"caption": "Example Corp. v. Sample Inc.", "court": "", "docket": "1:26-cv-1"},
        "documents": [
            {
                "id": "m",
                "title": "Motion",
                "role": "motion",
                "party": "Example Corp.",
                "pages": arguments // 3 + 1,
                "segments": _segments("m", arguments, "holds"),
            },
            {
                "id": "o",
                "title": "Opposition",
                "role": "opposition",
                "party": "Sample Inc.",
                "pages": arguments // 3 + 1,
                "segments": _segments("o", arguments, "fails"),
            },
        ],
        "links": [
            {
                "source": f"m.s{a}",
                "target": f"o.s{b}",
                "relation": "rebuts",
                "status": ("accepted", "suggested")[n % 2],
                "score": 0.5 + (n % 50) / 100,
                "reasons": [{"signal": "lexical", "weight": 0.5, "text": "similar wording"}],
            }
            for n, (a, b) in enumerate(dict.fromkeys(pairs))
        ],
    }


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        with Workspace.open(out / "bench.lawdiff", create=True) as ws:
            data = synthetic_case()
            ws.import_interchange(data)
            ws.set_case_info(**data["case"])
            snapshot = ws.snapshot()
            print(f"case: {len(snapshot.segments)} segments, {len(snapshot.links)} links")
            start = time.perf_counter()
            build_report(snapshot)
            print(f"{'report model':<14}{time.perf_counter() - start:7.2f} s")
            total = 0.0
            for fmt, spec in FORMATS.items():
                path = out / f"report-{fmt}{spec.extension}"
                start = time.perf_counter()
                export_case(ws, fmt, path, pdf=write_pdf)
                took = time.perf_counter() - start
                total += took
                print(f"{fmt:<14}{took:7.2f} s  {path.stat().st_size // 1024:6d} KB")
            print(f"{'all formats':<14}{total:7.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
