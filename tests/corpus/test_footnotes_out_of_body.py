"""No footnote text inside a body segment, on every PDF of the corpus (both README tables).

Two checks, the second independent of our footnote detection:

1. **Detected**: every line the import marks as footnote text (``Line.footnote``) is kept
   out of the body segments (paragraphs, headings, counts, quotes).
2. **Geometric**: the lines a plain reading of the page geometry puts in the footnote area
   (below a short separator rule low on the page that underlines nothing, or in the run of
   type smaller than the body's at the page foot) are not in body segments either. It reads
   the characters again with pypdfium2, leaves out lines that repeat on many pages (footers)
   and the margin's line numbers, and compares word 6-grams, so a line counts as "in the
   body" when most of its 6-grams are there.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from itertools import pairwise
from pathlib import Path
from statistics import median

import pytest

from lawdiff.core.model import Filing, SegmentKind
from lawdiff.ingest import pdfium_pages
from lawdiff.ingest.layout import TextLine, group_lines
from lawdiff.ingest.pdf_words import Char, words_from_chars
from lawdiff.segment import segment_filing

pytestmark = [pytest.mark.corpus, pytest.mark.slow]

CORPUS = Path(
    os.environ.get("LAWDIFF_CORPUS", Path(__file__).resolve().parents[2].parent / "shared/corpus")
)
FILES = sorted(str(p.relative_to(CORPUS)) for p in CORPUS.glob("*/*.pdf")) or ["(no corpus)"]

MIN_WORDS = 6  # fewer words prove nothing
WORD = re.compile(r"[^\W\d_]+")
RULE_FROM = 0.45  # a footnote separator sits below this share of the page height
SMALL_BY = 1.0  # points smaller than the body's type
CLOSER = 0.75  # notes are set at most this share of the body's line distance apart
FOOTER_BAND = 0.07  # the page's last lines, where footers (not notes) are
FOOTER_SHARE = 0.3  # a line repeating (digits aside) on this share of pages is furniture
MARKER = re.compile(r"^(?:\d{1,3}|\*{1,3}|[†‡§])")
BODY_KINDS = (SegmentKind.PARAGRAPH, SegmentKind.HEADING, SegmentKind.COUNT, SegmentKind.QUOTE)


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text.replace("-\n", ""))]


def body_words(filing: Filing) -> dict[int, str]:
    """Per page, the words of the body segments on it (footnotes and revision notes left
    out), one segment after another, kept apart by a bar. A splice puts a note into a body
    segment of its own page; the same words on another page are a repetition (a citation
    given twice), not a splice."""
    texts: dict[int, list[str]] = {}
    for segment in segment_filing(filing).segments:
        if segment.kind in BODY_KINDS:
            words = " ".join(_words(f"{segment.heading} {segment.text}"))
            for page in range(segment.span.start_page, segment.span.end_page + 1):
                texts.setdefault(page, []).append(words)
    return {page: f" | {' | '.join(found)} | " for page, found in texts.items()}


def note_units(lines: Sequence[str]) -> list[str]:
    """What is looked for in the body: each footnote line with the next one of its page,
    so that a sentence the body merely repeats (a quotation the note also gives) is not
    taken for a splice; a note of one line alone."""
    if len(lines) == 1:
        return list(lines)
    return [f"{a} {b}" for a, b in pairwise(lines)]


def in_body(unit: str, body: str) -> bool:
    """The unit's words (six at least) run, in order and unbroken, inside a body segment."""
    words = _words(unit)
    return len(words) >= MIN_WORDS and f" {' '.join(words)} " in body


def detected_note_lines(filing: Filing) -> Iterator[tuple[int, list[str]]]:
    """(page, texts) of the lines the import marked as footnote text, page by page."""
    for page in filing.pages:
        texts = [page.text[ln.start : ln.end] for ln in page.lines if ln.footnote]
        if texts:
            yield page.number, texts


# ---------------------------------------------------------------------------- geometry


def _page_lines(chars: Sequence[Char], width: float, height: float) -> list[TextLine]:
    """The page's lines, the pleading line numbers (digits left of all text between the
    header and the footer) left out."""
    words = words_from_chars(chars)
    inside = [w for w in words if 0.08 * height < w.top < 0.92 * height and WORD.search(w.text)]
    left = min((w.x0 for w in inside), default=width)
    return group_lines([w for w in words if not (w.text.isdigit() and w.x1 < left - 2)])


def _body_size(lines: Sequence[TextLine]) -> float:
    sizes = [w.size for line in lines for w in line.words for _ in w.text if w.size > 0]
    return median(sizes) if sizes else 0.0


def _below_rule(
    lines: Sequence[TextLine], page: pdfium_pages.PdfiumPage, size: float
) -> list[TextLine]:
    """Lines under a short rule low on the page that underlines no text above it, when they
    look like notes: the first opens with a marker, or all are in smaller type or set
    closer together than the lines above the rule."""
    margin = Counter(round(line.x0) for line in lines).most_common(1)[0][0] if lines else 0
    for x0, x1, y in sorted(page.objects.rules, key=lambda rule: rule[2]):
        if y < page.height * RULE_FROM or not 36 <= x1 - x0 <= 300 or abs(x0 - margin) > 12:
            continue  # not a separator: too high, too short or long, or off the margin
        if any(abs(y - line.bottom) <= 4 for line in lines):
            continue  # an underline
        below = sorted((ln for ln in lines if ln.top >= y - 2), key=lambda ln: ln.top)
        notes = [ln for ln in below if ln.top < page.height * (1 - FOOTER_BAND)]
        above = sorted((ln for ln in lines if ln.bottom <= y), key=lambda ln: ln.top)
        if notes and (
            MARKER.match(notes[0].words[0].text)
            or all(_size(ln) <= size - SMALL_BY for ln in notes)
            or (len(notes) > 1 and _spacing(notes) <= CLOSER * _spacing(above))
        ):
            return below
    return []


def _spacing(lines: Sequence[TextLine]) -> float:
    """The median distance between the tops of consecutive lines (0 for fewer than two)."""
    gaps = [b.top - a.top for a, b in pairwise(lines) if b.top > a.top]
    return median(gaps) if gaps else 0.0


def _size(line: TextLine) -> float:
    return max((w.size for w in line.words), default=0.0)


def _small_foot(lines: Sequence[TextLine], size: float, height: float) -> list[TextLine]:
    """The trailing run of lines in type smaller than the body's, in the lower half, that
    opens with a footnote marker ("1", "*")."""
    run: list[TextLine] = []
    for line in sorted(lines, key=lambda ln: ln.top, reverse=True):
        if line.top < height / 2 or _size(line) > size - SMALL_BY:
            if len(WORD.findall(line.text)) >= 3:
                break
            continue
        run.append(line)
    while run and not MARKER.match(run[-1].words[0].text):
        run.pop()  # the run's top line must open a note
    return run


def geometric_note_lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    """(page, texts) of the lines in each page's footnote area, by geometry alone."""
    document = pdfium_pages.open_document(path)
    try:
        pages = []
        for index in range(pdfium_pages.page_count(document)):
            page = pdfium_pages.read_page(document, index)
            lines = _page_lines(page.chars, page.width, page.height)
            size = _body_size(lines)
            found = {id(ln): ln for ln in _below_rule(lines, page, size)}
            found |= {id(ln): ln for ln in _small_foot(lines, size, page.height)}
            notes = sorted(found.values(), key=lambda ln: ln.top)
            pages.append((index + 1, [ln.text for ln in notes], [ln.text for ln in lines]))
    finally:
        document.close()
    repeats = Counter(_key(text) for _, _, every in pages for text in set(every))
    furniture = {key for key, n in repeats.items() if n >= max(2, FOOTER_SHARE * len(pages))}
    for number, notes, _ in pages:
        kept = [text for text in notes if _key(text) not in furniture]
        if kept:
            yield number, kept


def _key(text: str) -> str:
    return re.sub(r"\d+", "#", " ".join(text.lower().split()))


# ---------------------------------------------------------------------------- tests


def spliced(blocks: Iterator[tuple[int, list[str]]], body: dict[int, str]) -> list[tuple[int, str]]:
    """(page, start of the unit) of every footnote unit found inside a body segment of its
    page."""
    return [
        (page, unit[:40])
        for page, lines in blocks
        for unit in note_units(lines)
        if in_body(unit, body.get(page, ""))
    ]


@pytest.mark.parametrize("rel", FILES)
def test_detected_footnote_lines_stay_out_of_the_body(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    filing = load_corpus_filing(corpus_dir / rel)
    assert not spliced(detected_note_lines(filing), body_words(filing))


@pytest.mark.parametrize("rel", FILES)
def test_lines_in_the_footnote_area_stay_out_of_the_body(
    corpus_dir: Path, load_corpus_filing: Callable[[Path], Filing], rel: str
) -> None:
    path = corpus_dir / rel
    body = body_words(load_corpus_filing(path))
    assert not spliced(geometric_note_lines(path), body)
