"""The fast text path: characters, rules and images of PDF pages through pypdfium2.

The only module that imports pypdfium2 (an import-linter contract says so). It reads what
pdfplumber would give the layout analysis — characters with pdfminer's boxes, thin
horizontal lines and rectangles (underlines), image areas — about twenty times faster, and
hands them over as the same :class:`~lawdiff.ingest.layout.RawPage` records.

A page pdfium sees differently from pdfminer (rotated, or a media box not at the origin)
is marked ``needs_plumber`` and read by pdfplumber instead.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from collections.abc import Iterator
from itertools import compress, count, repeat
from operator import attrgetter, eq
from pathlib import Path
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS

from lawdiff.core.errors import KnownError
from lawdiff.ingest.pdf_words import Char

_c_double, _c_float = ctypes.c_double, ctypes.c_float
_TEXT, _PATH, _IMAGE, _FORM = (
    pdfium_c.FPDF_PAGEOBJ_TEXT,
    pdfium_c.FPDF_PAGEOBJ_PATH,
    pdfium_c.FPDF_PAGEOBJ_IMAGE,
    pdfium_c.FPDF_PAGEOBJ_FORM,
)
_MOVE, _LINE = pdfium_c.FPDF_SEGMENT_MOVETO, pdfium_c.FPDF_SEGMENT_LINETO
_NO_UNICODE = frozenset({0, 0xFFFE, 0xFFFF})


def _native(name: str, restype: Any, *argtypes: Any) -> Any:
    """A plain-typed prototype of a pdfium function (ctypes checks less, calls faster)."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype, *argtypes)(address)


_vp, _int = ctypes.c_void_p, ctypes.c_int
_dp, _fp = ctypes.POINTER(_c_double), ctypes.POINTER(_c_float)
_loose_box = _native("FPDFText_GetLooseCharBox", _int, _vp, _int, ctypes.c_void_p)
_ink_box = _native("FPDFText_GetCharBox", _int, _vp, _int, _dp, _dp, _dp, _dp)


def _bare(name: str, restype: Any) -> Any:
    """A pdfium function with no declared arguments: ctypes converts nothing, which halves
    the cost of a call. Pass handles as ``c_void_p`` objects and indices as ``int`` only."""
    address = ctypes.cast(getattr(pdfium_c, name), ctypes.c_void_p).value or 0
    return ctypes.CFUNCTYPE(restype)(address)


# Called once per character (see read_chars), hence bare.
_unicode_of = _bare("FPDFText_GetUnicode", ctypes.c_uint)
_generated = _bare("FPDFText_IsGenerated", _int)
_object_of = _bare("FPDFText_GetTextObject", _vp)
_origin_of = _bare("FPDFText_GetCharOrigin", _int)
_map_error_of = _bare("FPDFText_HasUnicodeMapError", _int)
_MAYBE_GENERATED = frozenset({0x20, 0x0D, 0x0A, 0x02})  # what pdfium adds of its own
_font_of = _bare("FPDFTextObj_GetFont", _vp)
# Called once per page object (see _walk).
_count_objects = _bare("FPDFPage_CountObjects", _int)
_object_at = _bare("FPDFPage_GetObject", _vp)
_form_count = _bare("FPDFFormObj_CountObjects", _int)
_form_object_at = _bare("FPDFFormObj_GetObject", _vp)  # the index is an unsigned long
_kind_of = _bare("FPDFPageObj_GetType", _int)
_matrix_of = _bare("FPDFPageObj_GetMatrix", _int)
_segments_in = _bare("FPDFPath_CountSegments", _int)
_fill_color_of = _bare("FPDFPageObj_GetFillColor", _int)
_UPRIGHT, _X0 = attrgetter("upright"), attrgetter("x0")
GREY_SPREAD = 40  # channels (0-255) further apart than this make a colour, not a grey


class PageObjects(NamedTuple):
    """What pdfplumber's ``lines``/``rects`` and ``images`` would hold, in its coordinates."""

    rules: tuple[tuple[float, float, float], ...]  # thin horizontal: x0, x1, bottom
    image_area: float  # summed width x height of image boxes
    has_images: bool


class PdfiumPage(NamedTuple):
    """One page read by pypdfium2."""

    width: float
    height: float
    chars: list[Char]
    objects: PageObjects
    needs_plumber: bool  # pdfium's coordinates differ from pdfminer's on this page


# ---------------------------------------------------------------------------- document


def open_document(path: Path) -> pdfium.PdfDocument:
    """Open with pypdfium2 (an empty password opens owner-password-only files).

    Raises:
        KnownError: the file is encrypted or damaged.
    """
    try:
        return pdfium.PdfDocument(str(path), password="")
    except pdfium.PdfiumError as error:
        text = str(error)
        if "password" in text.lower():
            message = "is encrypted; it needs a password (save an unlocked copy)"
            raise KnownError(message, path) from None
        raise KnownError(f"is damaged or not a readable PDF ({text[:80]})", path) from None


# ---------------------------------------------------------------------------- characters


# A character's fields as a plain tuple: the reading loop builds these (much faster than a
# NamedTuple) and makes them :class:`Char` records in one pass at the end.
_Row = tuple[str, float, float, float, float, str, float, bool, bool, str, bool]


class _Run(NamedTuple):
    """What the characters of one text object share, and where they go."""

    name: str
    drop: float  # the font's descent times the size: the box's bottom below the baseline
    size: float
    upright: bool
    colored: bool
    widths: dict[int, float]  # advance per Unicode code for the font and scale (see _advance)
    chars: list[_Row]  # the characters of the object's rank in stream order
    font: Any
    scale: float
    rank: int
    font_id: int


class _Fonts:
    """Font facts per text object and advance widths per glyph, asked of pdfium once."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.named: dict[int, tuple[str, float, Any]] = {}  # per font: name, descent, handle
        self.widths: dict[tuple[int, int], float] = {}
        self.buffer = ctypes.create_string_buffer(256)
        self.matrix = pdfium_c.FS_MATRIX()
        self.channels = (ctypes.c_uint * 4)()
        self.channel_refs = tuple(ctypes.byref(self.channels, 4 * i) for i in range(4))

    def of(self, obj: int, index: int) -> tuple[str, float, float, bool, Any, float, int]:
        """(font name, descent per point of size, size, axis-aligned, font handle, advance
        scale, font id) of text object ``obj``, which draws character ``index``."""
        font_id = _font_of(ctypes.c_void_p(obj)) or 0
        named = self.named.get(font_id)
        if named is None:
            named = self.named[font_id] = self._named(font_id)
        name, font_descent, font = named
        m = self.matrix
        pdfium_c.FPDFText_GetMatrix(self.raw, index, m)
        font_size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        upright = m.a * m.d > 0 and m.b == 0 and m.c == 0
        size = round(abs(font_size * m.d), 4)
        return name, font_descent, size, upright, font, font_size * m.a, font_id

    def _named(self, font_id: int) -> tuple[str, float, Any]:
        """Name, descent per point of size and handle of a font."""
        font = ctypes.cast(font_id, pdfium_c.FPDF_FONT)
        length = pdfium_c.FPDFFont_GetBaseFontName(font, self.buffer, len(self.buffer))
        name = self.buffer.raw[: max(0, length - 1)].decode("utf-8", "replace")
        descent = _c_float()
        pdfium_c.FPDFFont_GetDescent(font, _c_float(1.0), descent)
        font_descent = descent.value
        if name in FONT_METRICS and not pdfium_c.FPDFFont_GetIsEmbedded(font):
            # A standard font by name: pdfminer takes its metrics from Adobe's AFM files,
            # pdfium from the font it substitutes.
            font_descent = float(str(FONT_METRICS[name][0].get("Descent", 0))) / 1000
        return name, font_descent, font

    def colored(self, obj: int) -> bool:
        """Whether a text object is filled in a colour (not black, white or a grey): what
        comparison markup uses for inserted text."""
        if not _fill_color_of(ctypes.c_void_p(obj), *self.channel_refs):
            return False
        red, green, blue, _ = self.channels
        return max(red, green, blue) - min(red, green, blue) > GREY_SPREAD

    def advance(self, run: _Run, code: int) -> float:
        """Advance width of the glyph for ``code`` in ``run``'s font at size 1 x its scale
        (0 if unknown)."""
        font, scale = run.font, run.scale
        key = (run.font_id, code)
        width = self.widths.get(key)
        if width is None:
            found = _c_float()
            ok = pdfium_c.FPDFFont_GetGlyphWidth(font, code, _c_float(1.0), found)
            width = self.widths[key] = found.value if ok else 0.0
        return width * scale


class _Gathered:
    """A text page's characters gathered per text object, put in stream order at the end."""

    def __init__(self, raw: Any, rank: dict[int, int]) -> None:
        self.fonts = _Fonts(raw)
        self.rank = rank  # of each text object in stream order (see page_contents)
        self.runs: dict[int, _Run] = {}
        self.by_rank: dict[int, list[_Row]] = {}
        self.widths: dict[tuple[int, float], dict[int, float]] = {}

    def run(self, obj: int, index: int, rank_before: int) -> _Run:
        """The run of text object ``obj`` (first met at character ``index``); an object
        outside the content stream's list takes the rank of the character before."""
        found = self.runs.get(obj)
        if found is None:
            name, descent, size, upright, font, scale, font_id = self.fonts.of(obj, index)
            rank = self.rank.get(obj, rank_before)
            widths = self.widths.setdefault((font_id, scale), {})
            chars = self.by_rank.setdefault(rank, [])
            colored = self.fonts.colored(obj)
            found = _Run(name, descent * size, size, upright, colored, widths, chars,
                         font, scale, rank, font_id)  # fmt: skip
            self.runs[obj] = found
        return found

    def in_stream_order(self) -> list[Char]:
        """The characters by rank; a blank, placed like the character before, for each
        text object pdfium left out."""
        blanks = Counter(n for obj, n in self.rank.items() if obj not in self.runs)
        filled: list[_Row] = []
        for rank in sorted(self.by_rank.keys() | blanks.keys()):
            filled.extend(self.by_rank.get(rank, ()))
            for _ in range(blanks[rank]):
                if filled:  # a blank at the end of the character before
                    _, _, x1, top, bottom, font, size, upright, _, mark, colored = filled[-1]
                    blank = (" ", x1, x1, top, bottom, font, size, upright, False, mark, colored)
                    filled.append(blank)
        return list(map(tuple.__new__, repeat(Char), filled))


def _unusual(handle: Any, index: int, code: int) -> tuple[str, bool]:
    """Text and "no Unicode mapping" of a character that is not printable ASCII."""
    if code in _NO_UNICODE:
        return "\ufffd", True
    text = "-" if code == 0x02 else chr(code)  # pdfium's mark for a hyphen ending a line
    return text, code > 0x7E and bool(_map_error_of(handle, index))


def read_chars(
    textpage: Any, rank: dict[int, int], left: float, bottom_edge: float, height: float
) -> list[Char]:
    """Every character of the content in content-stream order (pdfminer's order).

    pdfium's text page differs from pdfminer's characters in three ways this undoes: it
    orders objects by its own reading of the lines (we sort back into stream order), it
    adds spaces and line breaks of its own (dropped) and it leaves out text objects whose
    glyphs have no ink, i.e. the spaces a producer wrote as separate strings (put back as
    blanks, which end a word as the real spaces did). A hyphen ending a line, which pdfium
    reports as U+0002, is a hyphen again. Where a width was a guess (see :func:`_advance`),
    the glyph ends where the next one of its string starts.

    The loop runs once per character, so it asks pdfium only what differs per character
    (code, text object, origin) through bare calls, and the rest once per text object.
    """
    raw = textpage.raw
    handle = ctypes.c_void_p(ctypes.cast(raw, ctypes.c_void_p).value)
    gathered = _Gathered(raw, rank)
    x, y = _c_double(), _c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    run = _Run("", 0.0, 0.0, True, False, {}, [], None, 0.0, -1, 0)  # none yet: rank -1
    name, drop, size, upright, colored, widths, chars = run[:7]
    current, unsure = -1, None  # unsure: the row before, when its width was a guess
    for index in range(pdfium_c.FPDFText_CountChars(raw)):
        code = _unicode_of(handle, index)
        if code in _MAYBE_GENERATED and _generated(handle, index):
            continue
        obj = _object_of(handle, index) or 0
        if obj != current:
            run = gathered.run(obj, index, run.rank)
            name, drop, size, upright, colored, widths, chars = run[:7]
            current, unsure = obj, None
        _origin_of(handle, index, px, py)
        origin = x.value
        base = height - (y.value - bottom_edge + drop)
        width = widths.get(code)
        if width is None:
            width = widths[code] = _advance(raw, index, origin, code, gathered.fonts, run)
        x0, top = origin - left, base - size
        if unsure is not None:  # the glyph before, of this string, had a guessed width
            if abs(top - unsure[3]) <= 0.01 and unsure[1] < x0 <= unsure[2] + 1.0:
                chars[-1] = (*unsure[:2], x0, *unsure[3:])  # x1 := x0
            unsure = None
        text, unmapped = (
            (chr(code), False) if 0x20 <= code <= 0x7E else _unusual(handle, index, code)
        )
        x1 = origin + width - left if width >= 0 else origin - width - left
        char = (text, x0, x1, top, base, name, size, upright, unmapped, "", colored)
        chars.append(char)
        if width < 0:
            unsure = char
    return gathered.in_stream_order()


def _advance(raw: Any, index: int, origin: float, code: int, fonts: _Fonts, run: _Run) -> float:
    """Advance width of character ``index`` in page units, negative when only a guess.

    pdfium's loose box is the advance joined with the ink. Where the ink reaches past the
    advance (italics), the advance is read from the font by the glyph's Unicode, a guess
    that :func:`read_chars` replaces where the next glyph of the string is known.
    """
    box = pdfium_c.FS_RECTF()
    _loose_box(raw, index, ctypes.byref(box))
    left, right, bottom, top = _c_double(), _c_double(), _c_double(), _c_double()
    _ink_box(raw, index, left, right, bottom, top)
    width = float(box.right) - origin
    if right.value < box.right - 0.001 or code in _NO_UNICODE:
        return width
    glyph = 0x2D if code == 0x02 else code  # pdfium's mark for a hyphen ending a line
    advance = fonts.advance(run, glyph)
    return -(min(width, advance) if advance > 0 else width)


# ---------------------------------------------------------------------------- rules, images


def _points(obj: Any, matrix: tuple[float, ...]) -> list[tuple[str, float, float, bool]]:
    """A path's segments as (operator m/l/c, x, y, closes) in page space."""
    a, b, c, d, e, f = matrix
    x, y = _c_float(), _c_float()
    found: list[tuple[str, float, float, bool]] = []
    for index in range(pdfium_c.FPDFPath_CountSegments(obj)):
        segment = pdfium_c.FPDFPath_GetPathSegment(obj, index)
        pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
        kind = pdfium_c.FPDFPathSegment_GetType(segment)
        op = "m" if kind == _MOVE else "l" if kind == _LINE else "c"
        px, py = x.value, y.value
        closes = bool(pdfium_c.FPDFPathSegment_GetClose(segment))
        found.append((op, a * px + c * py + e, b * px + d * py + f, closes))
    return found


def _subpaths(
    segments: list[tuple[str, float, float, bool]],
) -> Iterator[tuple[str, list[tuple[float, float]]]]:
    """pdfminer's shapes: one per move, "h" (back to the start) where a segment closes."""
    shape, pts = "", list[tuple[float, float]]()
    for op, x, y, closes in segments:
        if op == "m" and shape:
            yield shape, pts
            shape, pts = "", []
        shape += op
        pts.append((x, y))
        if closes:
            shape += "h"
            pts.append(pts[0])
    if shape:
        yield shape, pts


def _is_rule(shape: str, pts: list[tuple[float, float]]) -> bool:
    """A line or an axis-aligned rectangle (pdfminer's LTLine / LTRect), not a curve."""
    if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
        shape, pts = shape[:-2] + "h", pts[:-2] + pts[-1:]
    if shape in {"mlh", "ml"}:
        return True
    if shape in {"mlllh", "mllll"}:
        (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
        square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
            y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
        )
        return pts[0] == pts[4] and square
    return False


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: Any, outer: tuple[float, ...]) -> tuple[float, ...]:
    """An object's matrix ``m`` (an ``FS_MATRIX``) followed by ``outer``."""
    a, b, c, d, e, f = outer
    return (
        m.a * a + m.b * c,
        m.a * b + m.b * d,
        m.c * a + m.d * c,
        m.c * b + m.d * d,
        m.e * a + m.f * c + e,
        m.e * b + m.f * d + f,
    )


def _walk(page: Any) -> Iterator[tuple[int, int, tuple[float, ...]]]:
    """(object, type, matrix to page space) of every drawn object in drawing order, inside
    forms too. Text objects come with no matrix (an empty tuple): nothing here needs it."""
    handle = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    m = pdfium_c.FS_MATRIX()
    ref, address, size = ctypes.byref(m), ctypes.addressof(m), ctypes.sizeof(m)
    # (holder, is a form, objects in it, next index, its matrix)
    stack: list[tuple[Any, bool, int, int, tuple[float, ...]]] = [
        (handle, False, _count_objects(handle), 0, _IDENTITY)
    ]
    while stack:
        holder, form, total, index, outer = stack.pop()
        if index >= total:
            continue
        stack.append((holder, form, total, index + 1, outer))
        found = (
            _form_object_at(holder, ctypes.c_ulong(index)) if form else _object_at(holder, index)
        )
        obj = ctypes.c_void_p(found)
        kind = _kind_of(obj)
        if kind == _TEXT:
            yield found or 0, kind, ()
            continue
        if not _matrix_of(obj, ref):
            ctypes.memset(address, 0, size)  # as a fresh FS_MATRIX: all zero
        matrix = _times(m, outer)
        if kind == _FORM:
            stack.append((obj, True, _form_count(obj), 0, matrix))
        yield found or 0, kind, matrix


def page_contents(
    page: Any, left: float, bottom_edge: float, height: float
) -> tuple[dict[int, int], PageObjects]:
    """In one walk over the page's objects: the rank of every text object in
    content-stream order, forms expanded where drawn; and the thin horizontal lines and
    rectangles and the image areas, as pdfplumber would list them."""
    rank: dict[int, int] = {}
    rules: list[tuple[float, float, float]] = []
    area = 0.0
    images = False
    for obj, kind, matrix in _walk(page):
        if kind == _TEXT:
            rank.setdefault(obj, len(rank))
        elif kind == _PATH and _segments_in(ctypes.c_void_p(obj)) <= 16:
            path = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
            for shape, pts in _subpaths(_points(path, matrix)):
                if "c" in shape or not _is_rule(shape, pts):
                    continue
                xs, ys = [x for x, _ in pts], [y for _, y in pts]
                if max(ys) - min(ys) <= 2.0:
                    rules.append((min(xs) - left, max(xs) - left, height - (min(ys) - bottom_edge)))
        elif kind == _IMAGE:
            images = True
            a, b, c, d, _, _ = matrix
            area += (abs(a) + abs(c)) * (abs(b) + abs(d))
    return rank, PageObjects(tuple(rules), area, images)


# ---------------------------------------------------------------------------- one page


def page_count(document: Any) -> int:
    """Pages of an open document."""
    return len(document)


def page_size(document: Any, index: int) -> tuple[float, float]:
    """Width and height (points) of page ``index``'s media box."""
    page = document[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        return right - left, top - bottom
    finally:
        page.close()


def read_page(document: Any, index: int) -> PdfiumPage:
    """Characters, rules and images of page ``index`` (0-based) in pdfplumber's coordinates."""
    page = document[index]
    try:
        left, bottom, right, top = page.get_mediabox()
        width, height = right - left, top - bottom
        rank, objects = page_contents(page, left, bottom, height)
        textpage = page.get_textpage()
        try:
            chars = read_chars(textpage, rank, left, bottom, height)
        finally:
            textpage.close()
        odd = page.get_rotation() != 0 or not all(map(_UPRIGHT, chars)) or _split_glyphs(chars)
        return PdfiumPage(width, height, chars, objects, odd)
    finally:
        page.close()


def _split_glyphs(chars: list[Char]) -> bool:
    """Whether pdfium read one glyph as several characters (a ligature, or a glyph mapped
    to two letters): it then measures them with a width of its own, unlike pdfminer."""
    lefts = list(map(_X0, chars))
    for index in compress(count(), map(eq, lefts, lefts[1:])):  # same left edge as the next
        first, second = chars[index], chars[index + 1]
        if first.top == second.top and not first.text.isspace():
            return True
    return False


def render_page(document: Any, index: int, dpi: int) -> Any:
    """Page ``index`` as an RGB PIL image, rendered as pdfplumber's ``to_image`` does."""
    page = document[index]
    try:
        bitmap = page.render(
            scale=dpi / 72,
            no_smoothtext=True,
            no_smoothpath=True,
            no_smoothimage=True,
            prefer_bgrx=True,
        )
        return bitmap.to_pil().convert("RGB")
    finally:
        page.close()
