"""Render the fictional sample case (data/sample/src) to pleading-paper PDFs, a DOCX and gold data.

Usage::

    .venv/bin/python scripts/make_sample.py [--out DIR] [--expected PATH]

Each source file in ``data/sample/src`` is a TOML front matter between ``+++`` lines followed by a
light mark-up, one block per blank-line-separated chunk:

``# I. INTRODUCTION {claims=a,b; answers=02_tro_motion.pdf#III.A; unanswered}``
    a heading (``#`` count = outline level); an enumerator ``I.``/``A.``/``1.``/``a.`` makes it
    a numbered heading, otherwise it is centred. ``COUNT I — …`` is a count.
``¶ {#anchor} text``
    a numbered complaint paragraph (numbered automatically; the anchor is for record cites).
``> text``      a single-spaced block quotation.
``(a) text``    a lettered list item with a hanging indent.
``~ text``      a flush-left line with no indent.
``[^1]: text``  a footnote; ``[^1]`` in text marks where it is cited.
``@toc``, ``@toa``, ``@signature``, ``@pagebreak``   generated parts.

Inline: ``*italic*``, ``**bold**`` and record cites ``[[Compl. ¶ anchor]]``,
``[[Compl. ¶¶ first–last]]``, ``[[Mot. at III.A.1]]`` (page of that heading, found after layout).

The layout is deterministic (reportlab ``invariant=1``, fixed dates, fixed zip timestamps), so
running this twice gives the same bytes.  Every record cite is resolved from the layout of the cited
document and re-checked against the page text; a mismatch stops the script.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sample_case.build import build
from sample_case.source import REPO, SampleError


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "data" / "sample")
    parser.add_argument(
        "--expected", type=Path, default=REPO / "tests" / "expected" / "sample.json"
    )
    args = parser.parse_args(argv)
    try:
        gold = build(args.out, args.expected)
    except SampleError as exc:
        print(f"make_sample: {exc}", file=sys.stderr)
        return 1
    for name, row in gold["documents"].items():
        print(f"{name}: {row['pages'] or '-'} pages, {len(row['segments'])} segments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
