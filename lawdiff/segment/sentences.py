"""Heading text told from body text by its words: title case, first sentences, run-in titles.

Plain text has no typography, so an unnumbered heading ("Laches Bars Kestrel's Claims.")
is known by its words alone: a short sentence in title case, never a citation. A run-in
heading is such a sentence opening its paragraph, the body going on after it on the same
line ("Quillmark Is Likely to Succeed on the Merits. Quillmark is likely to …").
"""

from __future__ import annotations

from lawdiff.segment import patterns

# A heading sentence holds at least this many words and at most this many.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
# This many of its longer words (four letters or more, minor words aside) are capitalised.
TITLE_SHARE = 0.85
MIN_TITLE_CAPITALS = 2


def is_strict_title(text: str) -> bool:
    """True when ``text`` reads as a heading in title case: it starts with a capital, at
    least two longer words, nearly all of them capitalised, and no citation in it."""
    words = patterns.WORD.findall(text)
    if not (MIN_TITLE_WORDS <= len(words) <= MAX_TITLE_WORDS) or not text[:1].isupper():
        return False
    if patterns.CITATION_HINT.search(text) or "¶" in text or "§" in text:
        return False
    longer = [w for w in words if len(w) >= 4 and w.lower() not in patterns.TITLE_MINOR_WORDS]
    capital = sum(1 for w in longer if w[0].isupper())
    return capital >= MIN_TITLE_CAPITALS and capital >= TITLE_SHARE * len(longer)


def first_sentence_end(text: str) -> tuple[int, int] | None:
    """Where the first sentence of ``text`` ends (just past its period) and the next
    starts; None when ``text`` is one sentence. Abbreviations ("Mr.", "Inc.", "v.") and
    initials do not end a sentence."""
    for match in patterns.SENTENCE_BREAK.finditer(text):
        before = text[: match.start("end") + 1]
        if patterns.SENTENCE_ABBREVIATION.search(before):
            continue
        return match.end("end"), match.end()
    return None


def run_in_title(text: str) -> tuple[int, int] | None:
    """Where a run-in heading's title ends and its paragraph starts within ``text`` (a
    paragraph's first line, enumerator removed); None when the first sentence is no title.

    The title is the paragraph's first sentence, ending in a period, question or exclamation
    mark, in strict title case; the text after it starts a new sentence.
    """
    found = first_sentence_end(text)
    if found is None:
        return None
    head = text[: found[0]].rstrip("”\"’')]")
    if not head.endswith((".", "?", "!")) or not is_strict_title(head):
        return None
    return found
