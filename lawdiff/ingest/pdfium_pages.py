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
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any, NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS

from lawdiff.core.errors import KnownError
from lawdiff.ingest.pdf_words import Char

_c_double, _c_float = ctypes.c_double, ctypes.c_float
_PATH, _IMAGE, _FORM = (
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
_is_generated = _native("FPDFText_IsGenerated", _int, _vp, _int)
_unicode = _native("FPDFText_GetUnicode", ctypes.c_uint, _vp, _int)
_origin = _native("FPDFText_GetCharOrigin", _int, _vp, _int, _dp, _dp)
_loose_box = _native("FPDFText_GetLooseCharBox", _int, _vp, _int, ctypes.c_void_p)
_ink_box = _native("FPDFText_GetCharBox", _int, _vp, _int, _dp, _dp, _dp, _dp)
_text_object = _native("FPDFText_GetTextObject", _vp, _vp, _int)
_map_error = _native("FPDFText_HasUnicodeMapError", _int, _vp, _int)
_up = ctypes.POINTER(ctypes.c_uint)
_fill_color = _native("FPDFPageObj_GetFillColor", _int, _vp, _up, _up, _up, _up)
GREY_SPREAD = 40  # channels (0-255) further apart than this make a colour, not a grey


def _colored(obj: int) -> bool:
    """Whether a text object is filled in a colour (not black, white or a grey): what
    comparison markup uses for inserted text."""
    channels = [ctypes.c_uint() for _ in range(4)]
    if not _fill_color(obj, *(ctypes.byref(c) for c in channels)):
        return False
    red, green, blue = (c.value for c in channels[:3])
    return max(red, green, blue) - min(red, green, blue) > GREY_SPREAD


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


class _Fonts:
    """Font facts per text object and advance widths per glyph, asked of pdfium once."""

    def __init__(self, raw: Any) -> None:
        self.raw = raw
        self.cache: dict[int, tuple[str, float, float, bool, Any, float]] = {}
        self.widths: dict[tuple[int, int], float] = {}
        self.font_ids: dict[int, int] = {}
        self.buffer = ctypes.create_string_buffer(256)
        self.matrix = pdfium_c.FS_MATRIX()

    def of(self, obj: int, index: int) -> tuple[str, float, float, bool, Any, float]:
        """(font name, descent per point of size, size, axis-aligned, font handle, advance
        scale) of the text object drawing character ``index``."""
        found = self.cache.get(obj)
        if found is None:
            found = self.cache[obj] = self._read(obj, index)
            self.font_ids[obj] = ctypes.cast(found[4], ctypes.c_void_p).value or 0
        return found

    def _read(self, obj: int, index: int) -> tuple[str, float, float, bool, Any, float]:
        font = pdfium_c.FPDFTextObj_GetFont(ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT))
        length = pdfium_c.FPDFFont_GetBaseFontName(font, self.buffer, len(self.buffer))
        name = self.buffer.raw[: max(0, length - 1)].decode("utf-8", "replace")
        descent = _c_float()
        pdfium_c.FPDFFont_GetDescent(font, _c_float(1.0), descent)
        font_descent = descent.value
        if name in FONT_METRICS and not pdfium_c.FPDFFont_GetIsEmbedded(font):
            # A standard font by name: pdfminer takes its metrics from Adobe's AFM files,
            # pdfium from the font it substitutes.
            font_descent = float(str(FONT_METRICS[name][0].get("Descent", 0))) / 1000
        m = self.matrix
        pdfium_c.FPDFText_GetMatrix(self.raw, index, m)
        font_size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        upright = m.a * m.d > 0 and m.b == 0 and m.c == 0
        return name, font_descent, round(abs(font_size * m.d), 4), upright, font, font_size * m.a

    def advance(self, font: Any, code: int, scale: float) -> float:
        """Advance width of the glyph for ``code`` at size 1 x ``scale`` (0 if unknown)."""
        key = (ctypes.cast(font, ctypes.c_void_p).value or 0, code)
        width = self.widths.get(key)
        if width is None:
            found = _c_float()
            ok = pdfium_c.FPDFFont_GetGlyphWidth(font, code, _c_float(1.0), found)
            width = self.widths[key] = found.value if ok else 0.0
        return width * scale


def object_order(page: Any) -> dict[int, int]:
    """Rank of every text object in content-stream order, forms expanded where drawn."""
    order: dict[int, int] = {}
    for obj, kind in walk_objects(page):
        if kind == pdfium_c.FPDF_PAGEOBJ_TEXT:
            order.setdefault(ctypes.cast(obj, ctypes.c_void_p).value or 0, len(order))
    return order


def walk_objects(page: Any) -> Iterator[tuple[Any, int]]:
    """(object, type) of every page object in drawing order, inside forms too."""
    count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    stack: list[tuple[Any, Any, Any, int]] = [(page, count, get, 0)]
    while stack:
        holder, count, get, index = stack.pop()
        if index >= count(holder):
            continue
        stack.append((holder, count, get, index + 1))
        obj = get(holder, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        if kind == _FORM:
            stack.append(
                (obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, 0)
            )
        yield obj, kind


def read_chars(
    page: Any, textpage: Any, left: float, bottom_edge: float, height: float
) -> list[Char]:
    """Every character of the content in content-stream order (pdfminer's order).

    pdfium's text page differs from pdfminer's characters in three ways this undoes: it
    orders objects by its own reading of the lines (we sort back into stream order), it
    adds spaces and line breaks of its own (dropped) and it leaves out text objects whose
    glyphs have no ink, i.e. the spaces a producer wrote as separate strings (put back as
    blanks, which end a word as the real spaces did). A hyphen ending a line, which pdfium
    reports as U+0002, is a hyphen again.
    """
    raw = textpage.raw
    count = pdfium_c.FPDFText_CountChars(raw)
    x, y = _c_double(), _c_double()
    px, py = ctypes.byref(x), ctypes.byref(y)
    widths: dict[tuple[int, float, int], float] = {}  # per font, scale and code
    fonts = _Fonts(raw)
    rank = object_order(page)
    keyed: list[tuple[int, Char | None]] = []
    objects: dict[int, tuple[str, float, float, bool, Any, float, int, int, bool]] = {}
    unsure: list[tuple[int, int]] = []  # (position in keyed, text object)
    owners: list[int] = []
    for index in range(count):
        code = _unicode(raw, index)
        if code in (0x20, 0x0D, 0x0A, 0x02) and _is_generated(raw, index):
            continue
        obj = _text_object(raw, index) or 0
        facts = objects.get(obj)
        if facts is None:
            facts = objects[obj] = (
                *fonts.of(obj, index),
                fonts.font_ids[obj],
                rank.get(obj, keyed[-1][0] if keyed else -1),
                _colored(obj),
            )
        name, descent, size, upright, font, scale, font_id, order, colored = facts
        _origin(raw, index, px, py)
        origin = x.value
        base = height - (y.value - bottom_edge + descent * size)
        key = (font_id, scale, code)
        width = widths.get(key)
        if width is None:
            width = widths[key] = _advance(raw, index, origin, code, fonts, font, scale)
        if width < 0:  # the ink hides the advance: the next glyph's origin tells it
            width = -width
            unsure.append((len(keyed), obj))
        text = "-" if code == 0x02 else chr(code) if code not in _NO_UNICODE else "\ufffd"
        unmapped = code in _NO_UNICODE or (code > 0x7E and bool(_map_error(raw, index)))
        char = Char(
            text,
            origin - left,
            origin + width - left,
            base - size,
            base,
            name,
            size,
            upright,
            unmapped,
            colored=colored,
        )
        keyed.append((order, char))
        owners.append(obj)
    _advance_from_next(keyed, owners, unsure)
    keyed.extend((number, None) for obj, number in rank.items() if obj not in objects)
    keyed.sort(key=lambda item: item[0])
    return _fill_blanks([char for _, char in keyed])


def _advance(
    raw: Any, index: int, origin: float, code: int, fonts: _Fonts, font: Any, scale: float
) -> float:
    """Advance width of character ``index`` in page units, negative when only a guess.

    pdfium's loose box is the advance joined with the ink. Where the ink reaches past the
    advance (italics), the advance is read from the font by the glyph's Unicode, a guess
    that :func:`_advance_from_next` replaces where the next glyph of the string is known.
    """
    box = pdfium_c.FS_RECTF()
    _loose_box(raw, index, ctypes.byref(box))
    left, right, bottom, top = _c_double(), _c_double(), _c_double(), _c_double()
    _ink_box(raw, index, left, right, bottom, top)
    width = float(box.right) - origin
    if right.value < box.right - 0.001 or code in _NO_UNICODE:
        return width
    glyph = 0x2D if code == 0x02 else code  # pdfium's mark for a hyphen ending a line
    advance = fonts.advance(font, glyph, scale)
    return -(min(width, advance) if advance > 0 else width)


def _advance_from_next(
    keyed: list[tuple[int, Char | None]], owners: list[int], unsure: list[tuple[int, int]]
) -> None:
    """Where a width was a guess, end the glyph where the next one of its string starts."""
    for position, obj in unsure:
        following = position + 1
        if following >= len(keyed) or owners[following] != obj:
            continue
        order, char = keyed[position]
        after = keyed[following][1]
        if char is None or after is None or abs(after.top - char.top) > 0.01:
            continue
        if char.x0 < after.x0 <= char.x1 + 1.0:
            keyed[position] = (order, char._replace(x1=after.x0))


def _fill_blanks(chars: list[Char | None]) -> list[Char]:
    """Blanks (None) for the text objects pdfium left out, placed like the char before."""
    filled: list[Char] = []
    for char in chars:
        if char is not None:
            filled.append(char)
        elif filled:
            before = filled[-1]
            filled.append(before._replace(text=" ", x0=before.x1, unmapped=False))
    return filled


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


def _matrix(obj: Any, outer: tuple[float, ...]) -> tuple[float, ...]:
    m = pdfium_c.FS_MATRIX()
    pdfium_c.FPDFPageObj_GetMatrix(obj, m)
    a, b, c, d, e, f = outer
    return (
        m.a * a + m.b * c,
        m.a * b + m.b * d,
        m.c * a + m.d * c,
        m.c * b + m.d * d,
        m.e * a + m.f * c + e,
        m.e * b + m.f * d + f,
    )


_IDENTITY = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _walk_with_matrix(page: Any) -> Iterator[tuple[Any, int, tuple[float, ...]]]:
    """(object, type, matrix to page space) of every drawn object, inside forms too."""
    count, get = pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject
    stack: list[tuple[Any, Any, Any, int, tuple[float, ...]]] = [(page, count, get, 0, _IDENTITY)]
    while stack:
        holder, count, get, index, outer = stack.pop()
        if index >= count(holder):
            continue
        stack.append((holder, count, get, index + 1, outer))
        obj = get(holder, index)
        kind = pdfium_c.FPDFPageObj_GetType(obj)
        matrix = _matrix(obj, outer)
        if kind == _FORM:
            form_get = pdfium_c.FPDFFormObj_GetObject
            stack.append((obj, pdfium_c.FPDFFormObj_CountObjects, form_get, 0, matrix))
        yield obj, kind, matrix


def page_objects(page: Any, left: float, bottom_edge: float, height: float) -> PageObjects:
    """Thin horizontal lines/rectangles and image areas, as pdfplumber would list them."""
    rules: list[tuple[float, float, float]] = []
    area = 0.0
    images = False
    for obj, kind, matrix in _walk_with_matrix(page):
        if kind == _PATH and pdfium_c.FPDFPath_CountSegments(obj) <= 16:
            for shape, pts in _subpaths(_points(obj, matrix)):
                if "c" in shape or not _is_rule(shape, pts):
                    continue
                xs, ys = [x for x, _ in pts], [y for _, y in pts]
                if max(ys) - min(ys) <= 2.0:
                    rules.append((min(xs) - left, max(xs) - left, height - (min(ys) - bottom_edge)))
        elif kind == _IMAGE:
            images = True
            a, b, c, d, _, _ = matrix
            area += (abs(a) + abs(c)) * (abs(b) + abs(d))
    return PageObjects(tuple(rules), area, images)


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
        textpage = page.get_textpage()
        try:
            chars = read_chars(page, textpage, left, bottom, height)
        finally:
            textpage.close()
        objects = page_objects(page, left, bottom, height)
        odd = page.get_rotation() != 0 or any(not c.upright for c in chars) or _split_glyphs(chars)
        return PdfiumPage(width, height, chars, objects, odd)
    finally:
        page.close()


def _split_glyphs(chars: list[Char]) -> bool:
    """Whether pdfium read one glyph as several characters (a ligature, or a glyph mapped
    to two letters): it then measures them with a width of its own, unlike pdfminer."""
    return any(a.x0 == b.x0 and a.top == b.top and not a.text.isspace() for a, b in pairwise(chars))


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
