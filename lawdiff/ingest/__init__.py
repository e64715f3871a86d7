"""Import filings faithfully: PDF (pleading paper, scans), DOCX and text -> :class:`Filing`.

Public API::

    load_filing(path, *, progress=no_progress, ocr=True) -> Filing
    infer_meta(pages, source_name) -> FilingMeta
"""

from __future__ import annotations

from lawdiff.ingest.caption import infer_meta
from lawdiff.ingest.load import load_filing

__all__ = ["infer_meta", "load_filing"]
