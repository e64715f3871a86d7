"""Parts of a filing that are not argument: caption, tables, signature blocks, certificates."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lawdiff.core.caption_fields import has_field_cell, is_jury_demand
from lawdiff.segment import patterns
from lawdiff.segment.decimal_outline import opens_zero_sections
from lawdiff.segment.lines import TextLine, ends_sentence, is_title_case, is_upper_text
from lawdiff.segment.lone_headings import submissions_body_start
from lawdiff.segment.outline import readings

# How far into the document the tables of contents and authorities may start.
FRONT_SHARE = 0.4
# A table ends once this many non-blank lines pass without a dot leader.
TABLE_GAP = 12


# A section after a signature block opens with a sentence of at least this many words.
SECTION_TEXT_WORDS = 8
# The caption sits on one of the first pages, within its first lines.
CAPTION_PAGES = 3
CAPTION_LINES = 60
# A short title-case line right after the caption's last mark still belongs to it.
CAPTION_TAIL_WORDS = 6
# A caption's right column starts at least this many characters into its lines.
RIGHT_COLUMN = 30
# A front-matter heading no list holds is a short line: at most this many words.
MAX_FRONT_HEADING_WORDS = 10
# A signature block over a bar number holds at most this many lines above it (name, rank,
# office, agency, address).
BAR_BLOCK_LINES = 8
_CERTIFICATE = re.compile(r"^\s*CERTIFICAT(?:E|ION)\b")


@dataclass(frozen=True)
class Regions:
    """Where the kept text starts, which lines to skip, and the table-of-contents lines.

    ``start`` is the first line after the caption: text between it and ``body_start`` (the
    first heading or numbered paragraph) is kept as an unlabelled introduction, less the
    tables, signature blocks and running lines (ingest marked them furniture) listed in
    ``skipped``.
    """

    body_start: int
    skipped: frozenset[int]
    toc_lines: tuple[TextLine, ...]
    start: int = 0
    parts: tuple[tuple[int, int, int], ...] = ()  # later captions: first, title, end lines


def find_regions(lines: list[TextLine], brief: bool = False) -> Regions:
    """Locate the caption and tables (front), and signature blocks and certificates (back).

    In a brief (``brief``) a "1." opens the body only before a heading in capitals: the
    numbered requests of a notice of motion are part of its introduction.
    """
    toc_lines: tuple[TextLine, ...] = ()
    search_from = 0
    table = _table_range(lines)
    front: set[int] = set()
    titled_form = False  # submissions opening at their own heading: a notice's title is none
    if table is not None:
        first, last = table
        toc_lines = _toc_part(lines[first : last + 1])
        search_from = last + 1
        front = set(range(first, last + 1))
    end, court_page = caption_end(lines)
    body_start = _first_body_line(lines, search_from, brief)
    if table is not None:
        body_start = _front_section(lines[end : table[0]]) or body_start
    if brief:
        unlisted = _unlisted_front_heading(lines, end, search_from, body_start)
        body_start = body_start if unlisted is None else unlisted
        stop = body_start if body_start >= 0 else len(lines)
        opening = submissions_body_start(lines, max(end, search_from), stop)
        body_start = body_start if opening is None else opening
        titled_form = opening is not None
    letter = _first_letter_heading(lines, body_start)
    body_start = body_start if letter is None else letter
    if brief:
        memorandum = _memorandum_after_signature(lines, max(end, search_from), body_start)
        body_start = body_start if memorandum is None else memorandum
        marked = _first_marked_heading(lines, search_from, body_start)
        body_start = body_start if marked is None else marked
    if body_start < 0:  # no heading nor numbered paragraph: the body follows the caption
        body_start = end if search_from < end < len(lines) else search_from
    start = min(end, body_start)
    if table is not None:
        # the rest of the tables' last page is its footer
        last_page = lines[table[1]].page_index
        front.update(
            line.index for line in lines[table[1] : body_start] if line.page_index == last_page
        )
    # signature blocks are looked for below the caption (whose "Date:" line is none)
    skipped = _back_matter(lines, max(body_start, end) if end < len(lines) else body_start)
    skipped |= {line.index for line in lines if line.hint.furniture} | front
    skipped |= _preamble_skips(lines[start:body_start], court_page, notice=not titled_form)
    parts = _later_captions(lines, court_page)
    for first, title, end in parts:
        skipped.update(i for i in range(first, end) if i != title)
        skipped.discard(title)
    return Regions(body_start, frozenset(skipped), toc_lines, start, tuple(parts))


def _front_section(preamble: list[TextLine]) -> int | None:
    """The line of a section a brief opens with before its table of contents (a D.C.
    Circuit CERTIFICATE AS TO PARTIES, RULINGS, AND RELATED CASES): the body starts there."""
    return next((line.index for line in preamble if patterns.FRONT_SECTION.match(line.text)), None)


def _unlisted_front_heading(
    lines: list[TextLine], end: int, search_from: int, body_start: int
) -> int | None:
    """The first section heading of a brief's front matter under a title no list holds
    ("QUESTIONS FOR THE COURT", "ROUTING STATEMENT"): a line in capitals standing alone
    below the caption and the filing's own title, over a paragraph of text, before the
    first known heading. The body starts there, so the section keeps its heading."""
    stop = body_start if body_start >= 0 else len(lines)
    # the title sits above the tables of contents, or in the caption's tail
    titled = search_from > end or any(_title(line) for line in _caption_tail(lines, end))
    titled = titled or _addressed(lines, end)  # the title is above "Respectfully Sheweth:"
    for line in lines[max(end, search_from) : stop]:
        if line.blank:
            continue
        if not is_upper_text(line.text):
            # a paragraph of text: any title is above it (under "MAY IT PLEASE THE COURT:")
            titled = titled or _paragraph(line)
            continue
        if not titled:
            # the filing's title: its first line in capitals of three words or more below
            # the caption, no docket number ("NO. CR25-0417") or case label ("HABEAS CORPUS")
            titled = _title(line)
            continue
        if _stands_alone(lines, line) and not _CERTIFICATE.match(line.text):
            return line.index  # a certificate (of interested persons) is left to the preamble
    return None


def _first_letter_heading(lines: list[TextLine], body_start: int) -> int | None:
    """In a letter brief, the first heading below the salutation ("Dear Judge …:"): a line
    in title case or capitals standing alone over a paragraph, before the first known
    heading ("Attestation of Meet and Confer", "Brightwell's Statement of the Case", "Issue
    1: …" in a joint discovery letter). The body starts there, so the letter's first sections
    keep their headings; the paragraph after the salutation stays its preamble."""
    stop = body_start if body_start >= 0 else len(lines)
    greeting = next(
        (line.index for line in lines[:stop] if patterns.LETTER_SALUTATION.match(line.text)), None
    )
    if greeting is None:
        return None
    for line in lines[greeting + 1 : stop]:
        if line.blank or not (is_title_case(line.text) or is_upper_text(line.text)):
            continue
        if not line.stripped.endswith(".") and _stands_over_paragraph(lines, line):
            return line.index
    return None


def _stands_over_paragraph(lines: list[TextLine], line: TextLine) -> bool:
    """True for a line alone between blank lines over a paragraph of text: a heading's place."""
    if line.index == 0 or not lines[line.index - 1].blank:
        return False
    if line.index + 1 < len(lines) and not lines[line.index + 1].blank:
        return False
    below = next((ln for ln in lines[line.index + 1 :] if not ln.blank), None)
    if below is None or is_upper_text(below.text) or is_title_case(below.text):
        return False
    return len(patterns.WORD.findall(below.text)) >= SECTION_TEXT_WORDS


def _first_marked_heading(lines: list[TextLine], end: int, body_start: int) -> int | None:
    """The first heading a copy marks at its highest level ("# LR 7-1 Certification", a
    Markdown export's front section) before the first known heading, when that heading is
    marked too: the body starts there, so the brief's own front sections keep their
    headings. A marked line in capitals (a court's name, the filing's title) is left to the
    caption."""
    if body_start < 0 or not lines[body_start].hint.heading_level:
        return None
    top = min(line.hint.heading_level for line in lines if line.hint.heading_level > 0)
    for line in lines[end:body_start]:
        if line.hint.heading_level == top and not is_upper_text(line.text):
            return line.index
    return None


def _memorandum_after_signature(lines: list[TextLine], end: int, body_start: int) -> int | None:
    """The title of a memorandum bundled after the signature of the paper it supports, before
    the first heading (a Pennsylvania answer's numbered responses, signed, then "MEMORANDUM OF
    LAW IN SUPPORT OF PLAINTIFF'S ANSWER …" over its "I."): the body starts there, so the
    memorandum keeps its title over its points."""
    signed = False
    for line in lines[end : body_start if body_start >= 0 else len(lines)]:
        if patterns.SIGNATURE_START.match(line.text):
            signed = True
        elif signed and patterns.MEMORANDUM_TITLE.match(line.text):
            return line.index
    return None


def _stands_alone(lines: list[TextLine], line: TextLine) -> bool:
    """True for a short line in capitals with a blank line above, over a paragraph of
    text in sentence case: a section's heading, no banner, party name or address."""
    text = line.stripped
    if not 2 <= len(patterns.WORD.findall(text)) <= MAX_FRONT_HEADING_WORDS:
        return False
    if text.endswith((":", ",", ";")) or patterns.LEADER_DOTS.search(text) or ends_caption(text):
        return False
    if patterns.SALUTATION.match(text) or patterns.COURT_ADDRESS.match(text):
        return False
    if line.index == 0 or not lines[line.index - 1].blank:
        return False
    below = next((ln for ln in lines[line.index + 1 :] if not ln.blank), None)
    if below is None or is_upper_text(below.text):
        return False
    return len(patterns.WORD.findall(below.text)) >= SECTION_TEXT_WORDS


def _title(line: TextLine) -> bool:
    """True for a line that may be a filing's title: in capitals, three words or more, no
    docket number ("NO. CR25-0417") nor case label ("HABEAS CORPUS")."""
    text = line.text
    words = len(patterns.WORD.findall(text))
    return is_upper_text(text) and words >= 3 and not any(ch.isdigit() for ch in text)


def _addressed(lines: list[TextLine], end: int) -> bool:
    """True when the caption ends (at ``end``) in the brief's address to the court ("MAY IT
    PLEASE THE COURT:", "Respectfully Sheweth:"): what follows is the body."""
    return 0 < end <= len(lines) and bool(patterns.COURT_ADDRESS.match(lines[end - 1].text))


def _caption_tail(lines: list[TextLine], end: int) -> list[TextLine]:
    """The lines the caption runs on with below its last party mark (up to ``end``)."""
    tail: list[TextLine] = []
    for line in reversed(lines[: min(end, len(lines))]):
        if ends_caption(line.text):
            break
        tail.append(line)
    return tail


def _paragraph(line: TextLine) -> bool:
    """True for a line of running text: a sentence of several words."""
    return len(patterns.WORD.findall(line.text)) >= SECTION_TEXT_WORDS and ends_sentence(line.text)


def _later_captions(lines: list[TextLine], court_page: int) -> list[tuple[int, int, int]]:
    """Captions of documents bundled after the first (a proposed order, a declaration):
    (first line, the line holding the document's title, the line after the caption)."""
    found: list[tuple[int, int, int]] = []
    pages: dict[int, list[TextLine]] = {}
    for line in lines:
        pages.setdefault(line.page_index, []).append(line)
    for page_index, page in sorted(pages.items()):
        if page_index <= court_page:
            continue
        head = page[:CAPTION_LINES]
        court = next((ln for ln in head[:15] if patterns.CAPTION_COURT_LINE.search(ln.text)), None)
        ends = [ln.index for ln in head if ends_caption(ln.text)]
        titles = [ln.index for ln in head if patterns.PART_TITLE.search(ln.text)]
        if court is None or not ends or not titles:
            continue
        found.append((page[0].index, titles[0], max(ends) + 1))
    return found


def ends_caption(text: str) -> bool:
    """A line that may close a caption: a party mark ("Defendants.") or a hearing field
    ("Date: …", "NOTE ON MOTION CALENDAR") in either column."""
    if patterns.PARTY_SENTENCE.match(text):
        return False  # "Defendants, Bayou Teche …, submit this memorandum …": body text
    if patterns.COURT_ADDRESS.match(text):
        return True  # "MAY IT PLEASE THE COURT:" under a caption with no party mark
    return patterns.CAPTION_PARTY_END.search(text) is not None or has_field_cell(text)


def caption_end(lines: list[TextLine]) -> tuple[int, int]:
    """The line after the caption and the caption's page: after its last party mark
    ("Defendants.") or hearing line ("Date: …") on the first page naming a court; past
    the end (no introduction kept) when there is none."""
    court_page = next(
        (
            line.page_index
            for line in lines
            if line.page_index < CAPTION_PAGES and patterns.CAPTION_COURT.search(line.text)
        ),
        None,
    )
    if court_page is None:
        return len(lines), -1
    page = [line for line in lines if line.page_index == court_page][:CAPTION_LINES]
    ends = [line.index for line in page if ends_caption(line.text)]
    if not ends:
        return len(lines), court_page
    end = max(ends) + 1
    if _addressed(lines, end):
        return end, court_page  # the body follows the address to the court
    # the right column may run on below the last mark ("Hon. Jane Q. Judge")
    while end < len(lines) and lines[end].page_index == court_page:
        text = lines[end].stripped
        rule = not any(ch.isalnum() for ch in text)  # "______________/" drawn under it
        if not rule and not (is_title_case(text) and len(text.split()) < CAPTION_TAIL_WORDS):
            break
        if patterns.NOTICE_SECTION_TITLE.match(text):
            break  # "NOTICE OF MOTION AND MOTION" opens the notice below the caption
        end += 1
    return end, court_page


def _preamble_skips(preamble: list[TextLine], caption_page: int, notice: bool = True) -> set[int]:
    """Lines of the introduction that are no body text: title remnants and banners in
    capitals on the caption's page (the notice's own heading, "NOTICE OF MOTION AND
    MOTION", aside, and the capitals of the notice's first line below it: "TO PLAINTIFF AND
    HER ATTORNEYS OF RECORD: PLEASE TAKE"), signature blocks (a notice of motion ends in
    one) and certificates (of interested entities), each up to the next known heading.
    Without ``notice`` (submissions whose body opens at their own heading over paragraph 1,
    a British Columbia NOTICE OF APPLICATION over its "Part 1: ORDERS SOUGHT") a notice's
    title is the form's, a banner too."""
    skipped: set[int] = set()
    signing = False
    noticed = False  # below the notice's heading: its text, no banner
    for line in preamble:
        if patterns.SIGNATURE_START.match(line.text) or patterns.CERTIFICATE_START.match(line.text):
            signing = True
        elif signing and patterns.KNOWN_HEADING.match(line.text):
            signing = False
        banner = line.page_index == caption_page and is_upper_text(line.text) and not noticed
        if banner and notice and patterns.NOTICE_SECTION_TITLE.match(line.text):
            banner = False  # the notice's heading, set on the caption's page
            noticed = True
        if signing or banner:
            skipped.add(line.index)
    return skipped


def _table_range(lines: list[TextLine]) -> tuple[int, int] | None:
    """First and last line index of the tables of contents / authorities, when present: a
    POINTS AND AUTHORITIES is one when dot leaders follow its title (else it is a heading)."""
    limit = int(len(lines) * FRONT_SHARE) + 1
    for line in lines[:limit]:
        if patterns.TOC_TITLE.match(line.text) or patterns.TOA_TITLE.match(line.text):
            return _table_from(lines, line.index)
        if patterns.POINTS_TITLE.match(line.text):
            found = _table_from(lines, line.index)
            if found[1] > found[0]:
                return found
    return None


def _table_from(lines: list[TextLine], first: int) -> tuple[int, int]:
    """The table whose title is on line ``first``: to its last line with a dot leader, or
    the unpaged entry right below that line ("ADDENDUM", paged on its own)."""
    last, gap = first, 0
    for line in lines[first + 1 :]:
        if line.blank:
            continue
        if patterns.LEADER_DOTS.search(line.text) or patterns.TOA_TITLE.match(line.text):
            last, gap = line.index, 0
            continue
        gap += 1
        if gap > TABLE_GAP:
            break
    after = lines[last + 1] if last + 1 < len(lines) else None
    if after is not None and last > first and patterns.UNPAGED_ENTRY.match(after.text):
        last = after.index  # the addendum listed last, right under the entry before it
    return first, last


def _toc_part(table: list[TextLine]) -> tuple[TextLine, ...]:
    """The table-of-contents lines of the front tables (up to the table of authorities)."""
    if not table or not patterns.TOC_TITLE.match(table[0].text):
        return ()
    out: list[TextLine] = []
    for line in table[1:]:
        if patterns.TOA_TITLE.match(line.text):
            break
        out.append(line)
    return tuple(out)


def _first_body_line(lines: list[TextLine], search_from: int, brief: bool = False) -> int:
    """Index of the first line that starts the body: a known heading, "I.", "1.", a count or
    a brief's first part ("PART ONE"; -1 when there is none)."""
    for line in lines[search_from:]:
        text = line.text
        known = (  # "discussion." ending a wrapped paragraph is no heading
            patterns.KNOWN_HEADING.match(text)
            and not is_jury_demand(text)  # a closing heading, or a caption field
            and not text.lstrip()[:1].islower()
            and not _title_wrap(lines, line.index)
            and not _right_column_wrap(lines, line.index)
            and not _cover_title(lines, line.index)
        )
        first_part = brief and bool(patterns.FIRST_PART.match(text) or _first_point(text))
        # a memorial's first chapter, whatever role its file name gives it
        first_part = first_part or bool(patterns.FIRST_CHAPTER.match(text))
        first_part = first_part or opens_zero_sections(text)  # "1.0 INTRODUCTION"
        if known or first_part or patterns.COUNT_ORDINAL.match(text) or _form_ground(text, brief):
            return line.index
        para = patterns.PARAGRAPH_START.match(text)
        first = para is not None and para.group("num") == "1"
        if first and not patterns.LEADER_DOTS.search(text):
            assert para is not None
            if not brief or _opens_outline(para.group("rest") or ""):
                return line.index
            if _opens_decimal_outline(lines, line.index):
                return line.index
        enum = patterns.ENUMERATOR_START.match(text)
        if enum and enum.group("enum") in {"I.", "A."} and not patterns.LEADER_DOTS.search(text):
            return line.index
        if enum and enum.group("enum") == "(1)" and _titled_point(enum.group("title")):
            return line.index  # an Examiner's Answer's "(1) Grounds of Rejection …"
    return -1


def _first_point(text: str) -> bool:
    """True for a brief's first point by a word enumerator alone on its line, its title
    below ("POINT I", "POINT ONE"), which opens the body as "I." does. One with its title
    on the line ("Ground One: The Statements …") leaves the body to start where it did: a
    section in capitals no list knows may come before it."""
    point = patterns.POINT_START.match(text)
    if point is None or point.group("title").strip(" .:-–—"):
        return False
    return any(reading.lowest == 1 for reading in readings(" ".join(point.group("enum").split())))


def _titled_point(title: str) -> bool:
    """True for a point's title in title case, alone on its line ("Grounds of Rejection to be
    Reviewed on Appeal"); a notice's "(1) compelling Plaintiff to …" is none, nor a caption's
    party in capitals ("(1) BRACKENRIDGE CHARTERED SURVEYORS LLP")."""
    title = title.strip()
    return not ends_sentence(title) and is_title_case(title) and not is_upper_text(title)


def _opens_decimal_outline(lines: list[TextLine], index: int) -> bool:
    """True for a brief's "1." (``index``) whose next line of text is "1.1": the first
    section of a decimal outline ("1. Requests" over "1.1 The Appellant requests …", an EPO
    appeal's grounds), which opens the body whatever its title's case. A notice's numbered
    requests have no "1.1" under them."""
    below = next((line for line in lines[index + 1 :] if not line.blank), None)
    return below is not None and bool(_FIRST_DECIMAL.match(below.text))


def _opens_outline(title: str) -> bool:
    """True for the title of a brief's "1." that opens its body: in capitals ("1. THE
    MOTION IS UNTIMELY"), or a known section in any case ("1. Introduction", a roman "I."
    written as arabic). A notice of motion's numbered requests ("1. Compelling
    Plaintiff to …") are neither."""
    return is_upper_text(title) or bool(patterns.KNOWN_HEADING.match(title))


# The first sub-point or paragraph of a decimal outline's first section: "1.1 …".
_FIRST_DECIMAL = re.compile(r"^\s*1\.1\.?\s+\S")
# A part of a memorandum numbered in its outline, printed after the signature (a Canadian
# memorandum of fact and law's "PART V – LIST OF AUTHORITIES", Federal Courts Rules r. 70(1)):
# the filing's own part, not the signature block's.
_MEMORANDUM_PART = re.compile(r"^\s*PART\s+[IVX]{1,4}\s*[–—:-]\s*[^a-z]+$")


def _back_matter(lines: list[TextLine], body_start: int) -> set[int]:
    """Line indexes of signature blocks and certificates, each up to the next known heading
    (a verification before the memorandum) or to the end."""
    skipped: set[int] = set()
    skipping = signing = False
    for line in lines[body_start:]:
        text = line.text
        if patterns.CERTIFICATE_START.match(text):
            skipping, signing = True, False
        elif patterns.SIGNATURE_START.match(text):
            skipping = signing = True
            skipped |= _signature_lead(lines, line.index, body_start)
        elif not skipping and patterns.BAR_NUMBER_LINE.match(text):
            skipping = signing = True
            skipped |= _bar_number_block(lines, line.index, body_start)
        elif not skipping and _counsel_block(lines, line.index, body_start):
            skipping = signing = True
            skipped.add(line.index - 1)
            skipped |= _names_above(lines, line.index, body_start)
            skipped |= _capital_names_above(lines, line.index - 1, body_start)
        elif skipping and (
            (signing and _section_after_signature(lines, line.index))
            or (signing and patterns.APPENDIX_AFTER_SIGNATURE.match(text))
            or (patterns.KNOWN_HEADING.match(text) and not _title_wrap(lines, line.index))
            or patterns.PART_TITLE.match(text)
            or patterns.CAPTION_COURT_LINE.search(text)
            or patterns.COUNT_NUMBERED.match(text)
            or patterns.COUNT_ORDINAL.match(text)
            or patterns.RULE_STATEMENT_TITLE.match(text)
            or patterns.SECTION_AFTER_SIGNATURE.match(text)
            or _MEMORANDUM_PART.match(text)
        ):
            skipping = False
        if skipping:
            skipped.add(line.index)
    return skipped


def _title_wrap(lines: list[TextLine], index: int) -> bool:
    """True for a one-word section ("STATEMENT") right under a line in capitals, no blank line
    between: the last word of the title above wrapped onto it ("CERTIFICATE OF INTERESTED
    PERSONS AND CORPORATE DISCLOSURE" / "STATEMENT"), no section of its own."""
    if index == 0 or not patterns.LONE_SECTION_WORD.match(lines[index].text):
        return False
    above = lines[index - 1]
    return not above.blank and is_upper_text(above.text)


# The words a pleading's cover goes on with under its title ("RESPONSE" / "submitted pursuant to
# Article 172 of the Rules of Procedure …", a CJEU pleading's; "lodged pursuant to …").
COVER_TITLE_TAIL = re.compile(
    r"^\s*(?:submitted|lodged|filed|presented)\s+(?:pursuant\s+to|under|in\s+accordance\s+with)\b"
)


def _cover_title(lines: list[TextLine], index: int) -> bool:
    """True for the title of a pleading's cover ("RESPONSE"), the next line going on with the
    rule it is submitted under, in lower case: the document's name, no section of its body."""
    following = (line for line in lines[index + 1 :] if not line.blank)
    after = next(following, None)
    return after is not None and bool(COVER_TITLE_TAIL.match(after.text))


def _right_column_wrap(lines: list[TextLine], index: int) -> bool:
    """True for the last words of a caption's right-column title wrapped alone onto a line
    of their own ("MOTION TO REVOKE DETENTION" beside the party mark "Defendant.", then
    "ORDER" under it): indented far in, to where the capitals of the line above start, no
    blank line between; no section of its own."""
    if index == 0:
        return False
    text, above = lines[index].text, lines[index - 1].text
    lead = len(text) - len(text.lstrip())
    if lead < RIGHT_COLUMN or len(above) <= lead or not above.strip():
        return False
    if above[lead - 1] != " " or above[lead] == " ":
        return False  # the line above has no cell starting at this one's column
    return is_upper_text(above[lead:])


def _section_after_signature(lines: list[TextLine], index: int) -> bool:
    """True for a notice the filing goes on with after its signature block (an objector's
    NOTICE OF INTENT TO APPEAR, a NOTICE OF HEARING): its title in capitals standing alone
    between blank lines, a paragraph of sentences below it. A block's lines in capitals (a
    firm's name) stand over a name, an address or a signature line, none a sentence; a
    certificate's or a bundled memorandum's title is no notice."""
    line = lines[index]
    if not patterns.NOTICE_AFTER_SIGNATURE.match(line.text) or not is_upper_text(line.text):
        return False
    if index == 0 or not lines[index - 1].blank:
        return False
    if index + 2 >= len(lines) or not lines[index + 1].blank:
        return False
    below = lines[index + 2].stripped
    return ends_sentence(below) and len(patterns.WORD.findall(below)) >= SECTION_TEXT_WORDS


def _signature_lead(lines: list[TextLine], index: int, body_start: int) -> set[int]:
    """The lines right above a signature line (``index``) that open its block: the firm's
    name and "Attorneys for …", blank lines between them passed over."""
    lead: set[int] = set()
    above_lead = False  # the line under this one opens the block too
    party = patterns.SIGNED_BY_COUNSEL_LINE.match(lines[index].text) is not None
    for line in reversed(lines[body_start:index]):
        if line.blank:
            continue
        if party and line.text.rstrip().endswith(",") and not _body_heading(line.text):
            lead.add(line.index)  # the party's name over "By its attorneys,"
            break
        if patterns.SIGNATURE_LEAD.match(line.text):
            lead.add(line.index)
            above_lead = True
            continue
        if (
            patterns.SIGNER_NAME.match(line.text)
            and (above_lead or patterns.SIGNER_INITIAL.match(line.text))
            and not _body_heading(line.text)
        ):
            lead.add(line.index)
        break
    return lead


def _counsel_block(lines: list[TextLine], index: int, body_start: int) -> bool:
    """True for "Counsel for …" (``index``) right under a name in capitals, no blank line
    between ("MARGARET OYELARAN" / "Counsel for the Appellant", a firm's "… LAW OFFICES"): a
    signature block printed with no signature line, the name its first line (with its
    initials: "J. VAN DER MERWE", "M. R. SIBIYA" over a South African counsel's line)."""
    if index <= body_start or not patterns.COUNSEL_FOR_LINE.match(lines[index].text):
        return False
    above = lines[index - 1]
    if above.blank:
        return bool(_names_above(lines, index, body_start))
    if not is_upper_text(above.text):
        return False
    return not _body_heading(above.text) or _initialled_name(above.text)


# Counsel's names set over "Counsel for …" with a blank line between: at most this many lines.
MAX_NAME_LINES = 4
# A name line ("Conall Daly BL", "Eimear Ní Bhriain SC") holds at most this many words.
MAX_NAME_WORDS = 5


def _names_above(lines: list[TextLine], index: int, body_start: int) -> set[int]:
    """The lines of counsel's names over "Counsel for …" (``index``) with a blank line between
    (an Irish submission's "Eimear Ní Bhriain SC" / "Conall Daly BL", then "Counsel for the
    Appellant"): short lines, each word capitalised, no sentence nor heading, a blank line or
    a finished paragraph above them. None when the lines above are no such names."""
    if index < 2 or not lines[index - 1].blank:
        return set()
    names: set[int] = set()
    for line in reversed(lines[body_start : index - 1]):
        if line.blank:
            break
        words = line.stripped.split()
        capitalised = all(word[:1].isupper() for word in words)
        if len(words) > MAX_NAME_WORDS or not capitalised or ends_sentence(line.stripped):
            return set()
        if _body_heading(line.text) or is_upper_text(line.text) or len(names) >= MAX_NAME_LINES:
            return set()
        names.add(line.index)
    return names


def _capital_names_above(lines: list[TextLine], index: int, body_start: int) -> set[int]:
    """The lines of counsel's names in capitals set right above the name at ``index``, no
    blank line between (a written case's "GWENDOLEN ASHBY KC" over "TOBIAS FERRANT" over
    "Counsel for the Appellants"): short lines in capitals, no known heading."""
    names: set[int] = set()
    for line in reversed(lines[body_start:index]):
        words = line.stripped.split()
        if line.blank or not is_upper_text(line.text) or len(words) > MAX_NAME_WORDS:
            break
        if _body_heading(line.text) or len(names) >= MAX_NAME_LINES:
            return set()
        names.add(line.index)
    return names


# A name in capitals after its initials ("J. VAN DER MERWE", "M. R. SIBIYA").
_INITIALLED_NAME = re.compile(
    r"^\s*(?:[A-Z]\.\s*){1,3}(?P<name>[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,3})\s*$"
)


def _initialled_name(text: str) -> bool:
    """True for a name in capitals after its initials, which reads as a lettered heading
    ("A. INTRODUCTION" is none: its title is a known section)."""
    match = _INITIALLED_NAME.match(text)
    return match is not None and not patterns.KNOWN_HEADING.match(match["name"])


def _bar_number_block(lines: list[TextLine], index: int, body_start: int) -> set[int]:
    """The lines of a signature block printed with no signature line, over its signer's bar
    number (``index``): the name, rank and office lines right above it ("CAPT MIRELLA S.
    DOANE" / "Appellate Defense Counsel" / "USCAAF Bar No. 37812", as the CAAF signs), up
    to the blank line over them. None is a sentence or a heading the body goes on with."""
    block: set[int] = set()
    for line in reversed(lines[body_start:index]):
        if line.blank:
            break
        if len(block) >= BAR_BLOCK_LINES or ends_sentence(line.stripped):
            return set()
        if _body_heading(line.text):
            return set()
        block.add(line.index)
    return block


def _body_heading(text: str) -> bool:
    """True for a heading the body goes on with ("CONCLUSION", "II. ARGUMENT"), which ends a
    signature block's lead."""
    return bool(patterns.KNOWN_HEADING.match(text) or patterns.ENUMERATOR_START.match(text))


def _form_ground(text: str, brief: bool) -> bool:
    """True for the first ground of a motion on a court's form (AO 243's "GROUND ONE: …"
    after its numbered questions): in a brief, the body opens there."""
    return brief and bool(patterns.FORM_GROUND.match(text))
