"""Heading text told from body text by its words: title case, first sentences, run-in titles.

Plain text has no typography, so an unnumbered heading ("Laches Bars Kestrel's Claims.")
is known by its words alone: a short sentence in title case, never a citation. A run-in
heading is such a sentence opening its paragraph, the body going on after it on the same
line ("Quillmark Is Likely to Succeed on the Merits. Quillmark is likely to …").
"""

from __future__ import annotations

import re

from lawdiff.segment import patterns
from lawdiff.segment.lines import ends_sentence, is_title_case, is_upper_text

# A heading sentence holds at least this many words and at most this many.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
# This many of its longer words (four letters or more, minor words aside) are capitalised.
TITLE_SHARE = 0.85
MIN_TITLE_CAPITALS = 2
# A year in a title ("The Use Was Interrupted in 2019", "The 1997 Conversation") is one of its
# words and, having no case, one of the capitalised words a title needs (not of its share).
# The year of a date written out ("Signed: December 1, 2026", "Entered May 2026") is none.
TITLE_YEAR = re.compile(r"(?<![\w/.,-])(?<!,\s)(?:1[7-9]|20)\d{2}(?![\w/.,-])")
_DATE_YEAR = re.compile(
    r"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:\d{1,2}\w{0,2},?\s+)?\d{4}\b",
    re.IGNORECASE,
)
# A complaint's unnumbered subheading wraps over fewer lines than this, and is at most this many
# full lines long.
MINOR_HEADING_LINES = 2
MINOR_HEADING_WIDTHS = 1.6
# A numbered run-in heading's line holds at least this many words; its title at most this many.
RUN_IN_MIN_WORDS = 8
RUN_IN_MAX_TITLE_WORDS = 12


def is_strict_title(text: str, share: float = TITLE_SHARE) -> bool:
    """True when ``text`` reads as a heading in title case: it starts with a capital, at
    least two longer words, nearly all of them (``share``) capitalised, and no citation in
    it."""
    words = patterns.WORD.findall(text)
    years = len(TITLE_YEAR.findall(_DATE_YEAR.sub("", text)))
    if not (MIN_TITLE_WORDS <= len(words) + years <= MAX_TITLE_WORDS) or not text[:1].isupper():
        return False
    if patterns.CITATION_HINT.search(text) or patterns.PROSE_MARK.search(text):
        return False
    if "¶" in text or "§" in text:
        return False
    longer = [w for w in words if len(w) >= 4 and w.lower() not in patterns.TITLE_MINOR_WORDS]
    last = words[-1]
    if last[0].islower() and len(last) >= 4 and last.lower() not in patterns.TITLE_MINOR_WORDS:
        return False  # title case capitalises the last word: "… for the Tonic earbuds."
    capital = sum(1 for w in longer if w[0].isupper())
    return capital >= share * len(longer) and capital > 0 and capital + years >= MIN_TITLE_CAPITALS


def is_case_named_title(text: str) -> bool:
    """True when ``text`` reads as a heading in title case that names a case and says what
    it holds ("Kindred Nursing Centers v. Clark Forbids Any Heightened Requirement for
    Arbitration Agreements"): the case named alone, no digit (no volume, reporter nor year:
    "State v. Hess, 533 N.W.2d 525 (Iowa 1995)" is a citation), at least
    :data:`MIN_TITLE_WORDS` words after its name, and title case otherwise. Whether it is a
    heading is for its siblings to say."""
    match = patterns.CASE_NAME.search(text)
    if match is None or any(ch.isdigit() for ch in text):
        return False
    if len(patterns.WORD.findall(text[match.end() :])) < MIN_TITLE_WORDS:
        return False
    return is_strict_title(patterns.CASE_NAME.sub("Case", text))


def is_short_title(text: str) -> bool:
    """True when ``text`` is a title too short for :func:`is_strict_title`: one or two
    words, each starting with a capital, letters only, not in capitals ("Punitive
    Damages"). Whether it is a heading is for its siblings to say."""
    words = text.split()
    if not 1 <= len(words) < MIN_TITLE_WORDS or is_upper_text(text):
        return False
    return all(patterns.WORD.fullmatch(w) and w[0].isupper() for w in words)


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
    mark, in strict title case with every longer word capitalised (a first sentence of body
    text full of names and defined terms, "Plaintiff served her First Requests for
    Production … on October 6, 2025.", has a content word in lower case); the text after it
    starts a new sentence.
    """
    caps = _caps_run_in(text)
    if caps is not None:
        return caps
    found = first_sentence_end(text)
    if found is None:
        return None
    head = text[: found[0]].rstrip("”\"’')]")
    if not head.endswith((".", "?", "!")) or not is_strict_title(head, share=1.0):
        return None
    if _short_word_in_lower_case(head):
        return None
    return found


# A topic label run in at a paragraph's head ("Materiality. The materiality threshold is low.")
# holds at most this many words.
LABEL_RUN_IN_WORDS = 2


def label_run_in(text: str) -> tuple[str, int, int] | None:
    """The topic label run in at the head of a paragraph of plain text, where it ends (past
    its period) and the paragraph starts ("Materiality. The materiality threshold is low. …",
    "False oath. The Debtor …"): one or two words, the first capitalised, letters only, no
    abbreviation ("Id.", "Mr."), then a paragraph's worth of finished text opening with a
    capital. Whether it is a heading is for its siblings to say."""
    match = patterns.LABEL_RUN_IN.match(text)
    if match is None or patterns.SENTENCE_ABBREVIATION.search(text[: match.end("end")]):
        return None
    body = text[match.end() :]
    if len(patterns.WORD.findall(body)) < BARE_BODY_WORDS or not ends_sentence(body):
        return None
    return match.group("label"), match.end("end"), match.end()


def _short_word_in_lower_case(text: str) -> bool:
    """True when a short word title case capitalises is in lower case in ``text`` (a verb:
    "AS 23.05.140(b) is set out in the Brief of Appellant."): a sentence of body text whose
    longer words are names, no title. Articles, short conjunctions and prepositions stay in
    lower case in a title."""
    return any(
        word.islower() and len(word) < 4 and word not in patterns.TITLE_SMALL_WORDS
        for word in patterns.WORD.findall(text)
    )


# A numbered sub-point run in as a plain sentence holds at most this many words.
SENTENCE_RUN_IN_WORDS = 15
# … and one whose sibling runs in a short one, at most this many (commas allowed).
LONG_RUN_IN_WORDS = 24


def sentence_run_in(text: str, *, long: bool = False) -> tuple[int, int] | None:
    """Where a numbered sub-point written as a short sentence in sentence case ends and its
    paragraph starts ("More than two-thirds of the class are Missouri citizens. The class
    is …"), within ``text`` (the line after the enumerator): a sentence of three to
    :data:`SENTENCE_RUN_IN_WORDS` words, no comma nor citation in it, then a paragraph's
    worth of finished text. With ``long``, the sentence may hold commas and up to
    :data:`LONG_RUN_IN_WORDS` words ("The substantial change was in …, not merely in her
    address."): for a point whose sibling runs in a short one. Whether it is a heading is
    for its siblings to say."""
    found = first_sentence_end(text)
    if found is None:
        return None
    head, body = text[: found[0]], text[found[1] :]
    words = len(patterns.WORD.findall(head))
    most = LONG_RUN_IN_WORDS if long else SENTENCE_RUN_IN_WORDS
    if not MIN_TITLE_WORDS <= words <= most or ("," in head and not long):
        return None
    if not is_sentence_heading(head) or patterns.PROSE_MARK.search(head):
        return None
    if len(patterns.WORD.findall(body)) < BARE_BODY_WORDS or not ends_sentence(body):
        return None
    return found


def _caps_run_in(text: str) -> tuple[int, int] | None:
    """Where a run-in title in capitals ends (its colon or period) and its paragraph starts
    ("THE CONTRACT CLAIM FAILS: Plaintiff cannot …"): three words or more in capitals, no
    abbreviation's period, then a paragraph's worth of text."""
    for match in patterns.CAPS_RUN_IN_BREAK.finditer(text):
        head = text[: match.end("end")]
        if patterns.HEADING_ABBREVIATION.search(head):
            continue
        if not is_upper_text(head) or len(patterns.WORD.findall(head)) < MIN_TITLE_WORDS:
            return None
        if len(text[match.end() :].split()) < RUN_IN_MIN_WORDS:
            return None
        return match.end("end"), match.end()
    return None


def numbered_run_in(text: str) -> tuple[int, int] | None:
    """Where a run-in heading's title ends and its text starts, within ``text`` (the line
    after the enumerator); None for a heading alone on its line(s)."""
    if len(text.split()) < RUN_IN_MIN_WORDS:
        return None
    found = _period_title(text)
    opener = patterns.RUN_IN_OPENER.match(text)
    for ends in (found, (opener.end("head"), opener.start("body")) if opener else None):
        if ends is None:
            continue
        head = text[: ends[0]]
        if patterns.HEADING_ABBREVIATION.search(head.rstrip()):
            continue
        head = head.rstrip(". ")
        if is_title_case(head) and len(head.split()) <= RUN_IN_MAX_TITLE_WORDS:
            return ends
    return None


def _period_title(text: str) -> tuple[int, int] | None:
    """Where a title ending in a period ends and the text after it starts: the first
    word's period followed by a capital that is no abbreviation's ("Mr.", "DR.", "Co."),
    nor inside a parenthesis still open ("… Discrimination (Gov. Code, § 12940) Fails …")."""
    shortest, longest = patterns.RUN_IN_TITLE_CHARS
    for match in patterns.RUN_IN_PERIOD.finditer(text):
        end = match.start() + 2  # past the period
        if end > longest:
            return None
        head = text[:end]
        if head.count("(") > head.count(")"):
            continue
        if end >= shortest and not patterns.HEADING_ABBREVIATION.search(head):
            return end, match.end()
    return None


# A sub-point written as one sentence holds at most this many words.
MAX_SENTENCE_HEADING_WORDS = 40


def is_sentence_heading(title: str) -> bool:
    """True when ``title`` could be a sub-point written as one sentence ("The weakness
    applies an unstated evaluation criterion."): a capital first, one sentence ending with
    a period, neither in capitals nor in title case, no citation in it, not too long. A
    reference tag after it ("… (Enumeration 4)") is none of its words; a word of digits and
    capitals opens it as a capital does ("1SG Okafor questioned …", a rank)."""
    text = untagged(title.strip())
    if not _opens_capital(text) or is_upper_text(text) or is_title_case(text):
        return False
    if len(text.split()) > MAX_SENTENCE_HEADING_WORDS or _cites(text):
        return False
    return text.endswith(".") and first_sentence_end(text) is None


def is_question_heading(title: str) -> bool:
    """True when ``title`` could be a point put as a question ("Is the claim time-barred?",
    maybe answered on its line: "… timely? Yes."): as :func:`is_sentence_heading`, but the
    one sentence ends with a question mark. Whether it is a heading is for its siblings and
    its place to say: a rhetorical question alone on a line is body text."""
    text = untagged(title.strip())
    if not _opens_capital(text) or is_upper_text(text) or len(text.split()) < MIN_TITLE_WORDS:
        return False
    if len(text.split()) > MAX_SENTENCE_HEADING_WORDS or _cites(text):
        return False
    return text.endswith("?") and first_sentence_end(text) is None


def untagged(title: str) -> str:
    """``title`` without the reference tag closing it after its sentence ("Sutter breached a
    ministerial duty. (Enumeration 4)" -> "Sutter breached a ministerial duty."): a Georgia
    brief tags each argument heading with the enumeration of error it argues. A question's
    answer after it ("Is the claim timely? Yes.") is no sentence of the title either."""
    return patterns.QUESTION_ANSWER.sub("", patterns.HEADING_TAG.sub("", title.rstrip()))


def _opens_capital(text: str) -> bool:
    """True when ``text`` opens with a capital or a word of digits then capitals ("1SG"),
    maybe after an opening quotation mark (a quoted term as subject: '"Continuous or
    repeated seepage" is reasonably read …')."""
    text = text.lstrip("“\"‘'")
    return text[:1].isupper() or patterns.DIGIT_CAPITAL_WORD.match(text) is not None


def _cites(text: str) -> bool:
    """True when ``text`` holds a citation: a case named alone, with no volume, reporter nor
    year ("Heck v. Humphrey bars the claim."), is none."""
    return bool(patterns.CITATION_HINT.search(patterns.CASE_NAME.sub("Case", text)))


def reads_as_prose(title: str) -> bool:
    """True when a numbered line's text reads as a sentence of body text: neither in title
    case nor in capitals, and with a comma or a second sentence in it; in a title with no
    closing punctuation, a written-out date's comma ("met on December 18, 2024") is none, nor
    anywhere a list of claims' ("claims 1, 3-8 and 15-18"); a reference tag after its
    sentence ("… (Enumeration 4)") is no second sentence."""
    title = untagged(title)
    if is_title_case(title) or is_upper_text(title):
        return False
    clauses = patterns.CLAIM_LIST.sub(lambda claims: claims.group().replace(",", ""), title)
    if title.rstrip()[-1:].isalnum():  # unpunctuated: a date's comma parts no clauses
        clauses = patterns.DATE_COMMA.sub(lambda date: date.group().replace(",", ""), clauses)
    return ", " in clauses or first_sentence_end(title) is not None


def reads_as_run_on_sentence(title: str) -> bool:
    """True when the text after a word enumerator reads as body text: it opens in lower case
    and runs on past its first sentence (a petition's identification of the challenge,
    "Ground 1: claims 1-8 are obvious over Kessler. Ground 2: claims 9-14 are …")."""
    text = title.strip()
    return text[:1].islower() and first_sentence_end(text) is not None


FACT_MIN_WORDS = 12  # a numbered fact is a whole sentence; a numbered heading is short


def reads_as_fact(title: str) -> bool:
    """True when a numbered line reads as a paragraph of a statement of facts: long, ending
    with a period (a record cite after it aside), opening with a date, "On …" or lower case."""
    closed = title.rstrip().rstrip(")”\"'").rstrip()
    return (
        len(title.split()) >= FACT_MIN_WORDS
        and closed.endswith(".")
        and bool(patterns.FACT_OPENING.match(title.lstrip()))
    )


def is_minor_title(title: str, lines: int, width: float) -> bool:
    """True when ``title`` (over ``lines`` lines of a text whose full line is ``width``
    long) reads as a complaint's unnumbered subheading: short, no citation nor record cite,
    not cut at a comma; a closing parenthesis only ends a statute's subsection ("Under
    Section 362(d)(3)"), never a cite ("(Compl. ¶ 4)")."""
    if lines > MINOR_HEADING_LINES or len(title) > MINOR_HEADING_WIDTHS * width:
        return False
    if title.endswith((",", ";")) or patterns.CITATION_HINT.search(title) or "¶" in title:
        return False
    return not title.rstrip(".").endswith(")") or bool(patterns.SUBSECTION_END.search(title))


# A bare sub-heading ("Negligence: the causation standard was easily met") holds at most this
# many words; the paragraph below it at least this many.
BARE_MAX_WORDS = 16
BARE_BODY_WORDS = 12


def is_bare_heading(text: str) -> bool:
    """True when ``text`` could be a sub-heading in sentence case with no closing punctuation:
    a capital first, three to sixteen words, not in capitals, ending in a letter, no citation,
    record cite, section or paragraph sign in it. Whether it is one is for its place to say."""
    words = patterns.WORD.findall(text)
    if not (MIN_TITLE_WORDS <= len(words) <= BARE_MAX_WORDS) or not text[:1].isupper():
        return False
    if is_upper_text(text) or not text[-1:].isalpha():
        return False
    if patterns.CITATION_HINT.search(text) or patterns.PROSE_MARK.search(text):
        return False
    return "¶" not in text and "§" not in text and "/" not in text[:2]


def is_body_line(text: str) -> bool:
    """True for a paragraph of body text on one line: a long sentence, finished, not in
    capitals (what stands below a bare or short heading)."""
    return (
        len(patterns.WORD.findall(text)) >= BARE_BODY_WORDS
        and ends_sentence(text)
        and not is_upper_text(text)
    )
