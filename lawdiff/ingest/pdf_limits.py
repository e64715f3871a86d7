"""How much work a PDF page asks for, measured before pdfminer interprets it.

pdfminer lays out every character and runs every operator of a page before we see any of
it, so a hostile page (a 5 MB line of text, a content stream that inflates to 400 MB) would
hold the import for minutes. The size of a page's content streams, inflated with a cap,
tells such a page apart cheaply: real filings' pages hold 5-60 KB.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from typing import Any

from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import LIT

# Bytes of operators per page: 5x the busiest corpus page (53 KB). pdfminer needs ~45 s and
# 2 GB for a page of 1 MB of text, ~11 s and 0.5 GB for this much.
MAX_PAGE_CONTENT = 256 << 10
_FORM = LIT("Form")
_MAX_FORM_DEPTH = 12  # forms drawn by forms drawn by the page; deeper nesting is not counted
MAX_FORM_DRAWS = 5000  # real filings draw a form a few times a page (a logo, a stamp)
_DRAW_COST = 16  # bytes a drawing costs even when the form is empty
_DO = re.compile(rb"/([^\s/\[\]()<>{}%]+)\s*Do\b")


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


def _forms(resources: Any) -> dict[str, PDFStream]:
    """The form XObjects a resource dictionary offers (drawn by ``Do``), by name."""
    resources = resolve1(resources)
    if not isinstance(resources, dict):
        return {}
    xobjects = resolve1(resources.get("XObject"))
    if not isinstance(xobjects, dict):
        return {}
    found = {str(name): resolve1(x) for name, x in xobjects.items()}
    return {
        n: x for n, x in found.items() if isinstance(x, PDFStream) and x.get("Subtype") is _FORM
    }


def _data(stream: Any) -> bytes:
    try:
        return bytes(stream.get_data())
    except Exception:  # a damaged stream draws nothing pdfminer could read
        return b""


class _Work:
    """Bytes of operators run and forms drawn, counted as a reader would run them."""

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.size = 0
        self.draws = 0
        self.memo: dict[int, tuple[int, int]] = {}  # one drawing of a form: bytes, draws

    def over(self) -> bool:
        return self.size > self.cap or self.draws > MAX_FORM_DRAWS

    def form(self, form: PDFStream, outer: Any, depth: int) -> tuple[int, int]:
        """Bytes and form draws of one drawing of ``form`` (nested forms expanded)."""
        known = self.memo.get(id(form))
        if known is not None:
            return known
        self.memo[id(form)] = (_DRAW_COST, 0)  # a form drawing itself: pdfminer stops it
        size = stream_size(form, self.cap)
        draws = 0
        if size <= self.cap and depth < _MAX_FORM_DEPTH:
            resources = form.get("Resources") or outer
            extra_size, draws = self.calls(_data(form), resources, depth + 1)
            size += extra_size
        self.memo[id(form)] = (size, draws)
        return size, draws

    def calls(self, content: bytes, resources: Any, depth: int) -> tuple[int, int]:
        """Bytes and form draws of the ``Do`` operators in ``content``."""
        forms = _forms(resources)
        size = draws = 0
        for name, times in Counter(_DO.findall(content)).items():
            form = forms.get(name.decode("latin-1"))
            if form is None:
                continue
            each_size, each_draws = self.form(form, resources, depth)
            size += times * (each_size + _DRAW_COST)
            draws += times * (1 + each_draws)
            if size > self.cap or draws > MAX_FORM_DRAWS:
                break
        return size, draws


def page_work(page_obj: Any, cap: int = MAX_PAGE_CONTENT) -> tuple[int, int]:
    """Bytes of operators a page runs and how many forms it draws, forms expanded.

    A form drawn a thousand times counts a thousand times, and so does every form it
    draws (pdfminer and pdfium run each drawing again). Counting stops once ``cap`` bytes
    or :data:`MAX_FORM_DRAWS` draws are passed, so a bomb costs no more than that.
    """
    work = _Work(cap)
    contents = []
    for stream in page_obj.contents:
        work.size += stream_size(stream, cap - work.size)
        if work.size > cap:
            return work.size, work.draws
        contents.append(stream)
    content = b" ".join(_data(resolve1(s)) for s in contents)
    size, draws = work.calls(content, page_obj.resources, 0)
    return work.size + size, draws


def page_content_size(page_obj: Any, cap: int = MAX_PAGE_CONTENT) -> int:
    """Bytes of operators a pdfminer page runs, forms counted each time they are drawn.

    Counting stops once ``cap`` is passed, so a deflate bomb costs no more than ``cap``.
    """
    return page_work(page_obj, cap)[0]
