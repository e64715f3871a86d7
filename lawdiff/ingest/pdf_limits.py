"""How much work a PDF page asks for, measured before pdfminer interprets it.

pdfminer lays out every character and runs every operator of a page before we see any of
it, so a hostile page (a 5 MB line of text, a content stream that inflates to 400 MB) would
hold the import for minutes. The size of a page's content streams, inflated with a cap,
tells such a page apart cheaply: real filings' pages hold 5-60 KB.
"""

from __future__ import annotations

import zlib
from typing import Any

from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import LIT

# Bytes of operators per page: 5x the busiest corpus page (53 KB). pdfminer needs ~45 s and
# 2 GB for a page of 1 MB of text, ~11 s and 0.5 GB for this much.
MAX_PAGE_CONTENT = 256 << 10
_FORM = LIT("Form")
_MAX_FORM_DEPTH = 3  # forms drawn by forms drawn by the page; deeper nesting is not counted


def _inflate_capped(data: bytes, cap: int) -> int:
    """Length of ``data`` inflated, or ``cap + 1`` as soon as it would exceed ``cap``."""
    inflater = zlib.decompressobj()
    size = 0
    try:
        chunk = inflater.decompress(data, cap + 1)
        while chunk:
            size += len(chunk)
            if size > cap:
                return cap + 1
            chunk = inflater.decompress(inflater.unconsumed_tail, cap + 1 - size)
    except zlib.error:
        pass  # pdfminer recovers what it can of a damaged stream; so much is at most this
    return size


def stream_size(stream: Any, cap: int) -> int:
    """Bytes a content stream decodes to, at most ``cap + 1`` (then: "too big")."""
    stream = resolve1(stream)
    if not isinstance(stream, PDFStream):
        return 0
    if stream.data is not None:
        return len(stream.data)
    filters = stream.get_filters()
    if len(filters) == 1 and filters[0][0] in LITERALS_FLATE_DECODE and not stream.decipher:
        return _inflate_capped(stream.rawdata or b"", cap)
    if not filters:
        return len(stream.rawdata or b"")
    return len(stream.get_data())  # other filters (or encryption): pdfminer's own decoding


def _forms(resources: Any) -> list[PDFStream]:
    """The form XObjects a resource dictionary offers (drawn by ``Do``)."""
    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return []
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return []
    found = [resolve1(x) for x in xobjects.values()]
    return [x for x in found if isinstance(x, PDFStream) and x.get("Subtype") is _FORM]


def page_content_size(page_obj: Any, cap: int = MAX_PAGE_CONTENT) -> int:
    """Bytes of operators a pdfminer page runs: its contents and the forms it may draw.

    Counting stops once ``cap`` is passed, so a deflate bomb costs no more than ``cap``.
    """
    total = 0
    for stream in page_obj.contents:
        total += stream_size(stream, cap - total)
        if total > cap:
            return total
    seen: set[int] = set()
    level = _forms(page_obj.resources)
    for _depth in range(_MAX_FORM_DEPTH):
        deeper: list[PDFStream] = []
        for form in level:
            if id(form) in seen:
                continue  # a form that draws itself is drawn once by pdfminer's guard
            seen.add(id(form))
            total += stream_size(form, cap - total)
            if total > cap:
                return total
            deeper.extend(_forms(form.get("Resources")))
        level = deeper
    return total
