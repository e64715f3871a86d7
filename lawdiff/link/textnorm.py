"""Text normalization for matching: content words, polarity-free headings, quoted passages."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
QUOTED = re.compile(r"[\"“]([^\"“”]{20,}?)[\"”]")
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
NUMBER_RANGE = re.compile(r"(\d+)(?:\s*[-–—]\s*(\d+))?")
CONCESSION_CUES = re.compile(
    r"\b(?:do(?:es)? not (?:dispute|contest|challenge)|concedes?|conceded|undisputed|"
    r"agrees? that|no dispute)\b",
    re.IGNORECASE,
)
DISTINGUISH_CUES = re.compile(
    r"\b(?:distinguishable|inapposite|inapplicable|unlike (?:here|this case)|misplaced|"
    r"easily distinguished|is distinguished)\b",
    re.IGNORECASE,
)
# The part of a brief a section belongs to, from its own or an enclosing structural heading.
PARTS = (
    (
        "introduction",
        re.compile(
            r"^(?:INTRODUCTION|PRELIMINARY STATEMENT|SUMMARY OF (?:THE )?"
            r"ARGUMENTS?|NATURE OF THE (?:ACTION|CASE))\b"
        ),
    ),
    (
        "facts",
        re.compile(
            r"^(?:(?:FACTUAL |PROCEDURAL |RELEVANT )?BACKGROUND|(?:STATEMENT OF )?"
            r"(?:THE )?(?:RELEVANT )?FACTS|FACTUAL ALLEGATIONS|PROCEDURAL HISTORY|"
            r"STATEMENT OF THE CASE)\b"
        ),
    ),
    (
        "argument",
        re.compile(
            r"^(?:ARGUMENTS?|DISCUSSION|ANALYSIS|LEGAL STANDARDS?|"
            r"(?:MEMORANDUM OF )?POINTS AND AUTHORITIES|"
            # a complaint's claims are what the other side's argument answers
            r"(?:CLAIMS?|CAUSES? OF ACTION)(?: FOR RELIEF)?$)\b"
        ),
    ),
    ("conclusion", re.compile(r"^(?:CONCLUSION|RELIEF REQUESTED|PRAYER FOR RELIEF)\b")),
)
# Sections that are not arguments to be answered, whatever part they sit in.
STANDARD = re.compile(
    r"^(?:(?:THE )?(?:APPLICABLE |GOVERNING )?(?:LEGAL )?STANDARDS?(?: OF REVIEW| ON THIS MOTION"
    r"| FOR [A-Z ]+)?|STANDARD OF REVIEW|JURISDICTION(?:AL STATEMENT)?|STATEMENT OF (?:THE )?"
    r"(?:ISSUES?|JURISDICTION)(?: PRESENTED)?|ISSUES? PRESENTED|QUESTIONS? PRESENTED|"
    r"STATEMENT OF (?:RELATED CASES|COMPLIANCE)|CERTIFICATE OF [A-Z ]+|CERTIFICATION\b.*|"
    r"NOTICE OF MOTION|RELIEF REQUESTED)$"
)
# "POINT I:", "I.", "A.", "1.", "(a)", "IV)" before a heading's words.
NUMBERING = re.compile(
    r"^\s*(?:(?:POINT|ARGUMENT|SECTION|PART)\s+[IVXLC\d]+\s*[.:\-–—)]?\s*|"
    r"\(?(?:[IVXLC]+|[A-Z]|\d+(?:\.\d+)*|[a-z]|[ivx]+)[.)]\s+|\(\w{1,4}\)\s*)",
    re.IGNORECASE,
)
# Words that mean the same thing in a heading ("prevail" answers "succeed").
HEADING_SYNONYMS = {
    "prevail": "succeed",
    "success": "succeed",
    "win": "succeed",
    "merit": "merit",
    "dismissal": "dismiss",
    "dismissed": "dismiss",
    "barred": "bar",
    "bars": "bar",
    "preempted": "preempt",
    "preemption": "preempt",
}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """a about above after again against all also an and any are as at be because been before
    being below between both but by can could did do does doing during each few for from further
    had has have having he her here hers him his how i if in into is it its itself me more most
    my no nor not of off on once only or other our out over own same she should so some such than
    that the their theirs them then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your may must
    shall upon within without us id see e g i e cf"""
)

NEGATIONS = _words(
    """not no never cannot can't neither nor fails fail failed lacks lack lacking unlikely
    without nothing"""
)

# Words that flip a heading's position without changing its subject ("Likely" ↔ "Unlikely",
# "Should Be Excluded" ↔ "Should Admit"): heading parallelism compares headings without them.
POLARITY_ROOTS = {
    "unlikely": "likely",
    "unreliable": "reliable",
    "inadmissible": "admissible",
    "improper": "proper",
    "improperly": "properly",
    "irrelevant": "relevant",
    "unqualified": "qualified",
    "unsupported": "supported",
    "insufficient": "sufficient",
    "implausible": "plausible",
    "invalid": "valid",
    "unenforceable": "enforceable",
    "unlawful": "lawful",
    "unreasonable": "reasonable",
    "inappropriate": "appropriate",
    "unpersuasive": "persuasive",
    "excluded": "admit",
    "exclude": "admit",
    "exclusion": "admit",
    "admitted": "admit",
    "admissible": "admit",
    "denied": "grant",
    "deny": "grant",
    "granted": "grant",
}
POLARITY_NOISE = _words(
    """not no never cannot can't fails fail failed lacks lack lacking neither nor nothing
    court plaintiff plaintiffs plaintiff's defendant defendants defendant's mr dr ms"""
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude stem merging plurals and possessives ("opinions", "Witz's" → "opinion", "witz")."""
    for suffix in ("'s", "’s", "s'"):
        if word.endswith(suffix):
            word = word[: -len(suffix)]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class _ContentWords(dict[str, str]):
    """Each word as found → its content word, "" for a stop word or a number (memoized)."""

    LIMIT = 200_000  # words remembered before starting over

    def __missing__(self, word: str) -> str:
        if len(self) >= self.LIMIT:
            self.clear()
        stemmed = stem(word)
        content = "" if stemmed in STOPWORDS or stemmed.isdigit() else stemmed
        self[word] = content
        return content


_CONTENT_WORDS = _ContentWords()


def content_words(text: str) -> list[str]:
    """Lower-cased, stemmed words of ``text`` without stop words, in order."""
    return [w for w in map(_CONTENT_WORDS.__getitem__, WORD.findall(text.lower())) if w]


def normalized_text(text: str) -> str:
    """``text`` as its content words joined by spaces (what rapidfuzz compares)."""
    return " ".join(content_words(text))


def polarity_free(heading: str) -> str:
    """A heading's content words with negations and polarity words neutralized."""
    words = (POLARITY_ROOTS.get(w, w) for w in WORD.findall(heading.lower()))
    kept = (stem(w) for w in words if w not in POLARITY_NOISE and w not in STOPWORDS)
    return " ".join(w for w in kept if w not in STOPWORDS and w not in POLARITY_NOISE)


def strip_numbering(heading: str) -> str:
    """``heading`` without its leading outline numbers ("POINT II: THE CLAIM…" → "THE CLAIM…")."""
    previous = None
    while previous != heading:
        previous, heading = heading, NUMBERING.sub("", heading, count=1)
    return heading.strip()


def heading_words(heading: str) -> str:
    """A heading as comparable words: lower case, no numbering, no stop words, no polarity.

    "POINT I: Plaintiff Is Unlikely to Prevail" and "B. Plaintiff Is Likely to Succeed" both
    read "succeed", so parallel headings match whatever their case, numbering or stance.
    """
    words = (POLARITY_ROOTS.get(w, w) for w in WORD.findall(strip_numbering(heading).lower()))
    kept = (HEADING_SYNONYMS.get(stem(w), stem(w)) for w in words if w not in POLARITY_NOISE)
    return " ".join(w for w in kept if w not in STOPWORDS and w not in POLARITY_NOISE)


def negated(heading: str) -> bool:
    """Whether a heading argues that something is not so ("Fails", "Is Unlikely", "Not")."""
    words = set(WORD.findall(heading.lower()))
    prefixed = any(w.startswith(("un", "in", "im", "ir")) and w in POLARITY_ROOTS for w in words)
    return bool(words & NEGATIONS) or prefixed


def is_structural(heading: str) -> bool:
    """A section that is not an argument to be answered: a part heading ("ARGUMENT",
    "STATEMENT OF FACTS", "CONCLUSION") or a standard, jurisdiction or certificate section."""
    if not heading:
        return False
    shout = " ".join(WORD.findall(strip_numbering(heading).lower())).upper()
    return bool(part_of(strip_numbering(heading)) or STANDARD.match(shout))


def part_of(heading: str) -> str:
    """The part of a brief a structural heading opens ("STATEMENT OF FACTS" → "facts"), or ""."""
    words = WORD.findall(heading.lower())
    if len(words) > 6:  # a structural heading is short; "Argument X Fails Because …" is not one
        return ""
    shout = " ".join(words).upper()
    return next((part for part, pattern in PARTS if pattern.match(shout)), "")


CASE_NAME = re.compile(
    r"((?:[A-Z][\w’'&.\-]*,?\s+(?:(?:of|the|and|&)\s+)?){1,5})v\.\s+([A-Z][\w’'&\-]*)"
)
NAME_NOISE = _words(
    """Inc Corp Co LLC Ltd LP Tech Techs Int'l Inc. Corp. Co. Ltd. L.P. U.S. USA N.A. See Cf
    In The And Of State States United People Bank Ins Ins. Comm'n Dep't"""
)


def case_names(text: str) -> list[str]:
    """The party names of the cases ``text`` cites by name ("Lazard Tech. Partners v. Qinetiq"
    gives Lazard, Partners and Qinetiq)."""
    names: list[str] = []
    for match in CASE_NAME.finditer(text):
        words = [w.strip(",.") for w in match[1].split()] + [match[2]]
        names.extend(w for w in words if w[:1].isupper() and w not in NAME_NOISE and len(w) > 2)
    return list(dict.fromkeys(names))


def quoted_passages(text: str) -> list[str]:
    """Passages of ``text`` inside quotation marks, normalized (at least eight content words)."""
    passages = (normalized_text(m.group(1)) for m in QUOTED.finditer(text))
    return [p for p in passages if p.count(" ") >= 7]


def sentences(text: str) -> list[str]:
    """Normalized sentences of ``text`` with at least eight content words."""
    pieces = (normalized_text(s) for s in SENTENCE_END.split(text))
    return [p for p in pieces if p.count(" ") >= 7]


def paragraph_numbers(normalized_cite: str) -> set[int]:
    """Paragraph numbers named by a normalized record cite ("Compl. ¶ 12-15" → 12..15)."""
    numbers: set[int] = set()
    _, mark, pins = normalized_cite.partition("¶")
    if not mark:
        return numbers
    for match in NUMBER_RANGE.finditer(pins.split(" at ")[0]):
        low = int(match[1])
        high = int(match[2]) if match[2] else low
        if low <= high <= low + 500:
            numbers.update(range(low, high + 1))
    return numbers
