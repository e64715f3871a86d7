"""How far a heading wraps: which lines after a heading's first line are still its title."""

from __future__ import annotations

from functools import cached_property

from lawdiff.segment import patterns
from lawdiff.segment.centred import centred_titles, centred_under
from lawdiff.segment.lines import TextLine, ends_sentence, is_title_case, is_upper_text
from lawdiff.segment.toc import letters_key, titled
from lawdiff.segment.walker.base import MAX_HEADING_LINES, WalkerBase, one_line

# Words a title does not end with: a line stopping on one wraps ("… PERSONS AGGRIEVED UNDER").
DANGLING_WORDS = patterns.TITLE_MINOR_WORDS | frozenset(
    {"a", "an", "the", "of", "to", "in", "on", "by", "for", "and", "or", "nor", "as", "at"}
)
# A line a title wraps from is at least this share of the text's width, or this long.
WRAPPED_SHARE = 0.5
WRAPPED_CHARS = 40
# A title's last line of at most this many capitalised words goes on with a title in title
# case even when its words are too short to count as title case ("… Await a Drug" / "Dog").
STUB_WORDS = 3


class HeadingExtent(WalkerBase):
    """Which lines a heading wraps over: type, case, the table of contents and a blank
    line decide."""

    def _heading_end(self, line: TextLine, first_text: str) -> int:
        """Index of the last line of a heading that starts at ``line`` (wrapped lines)."""
        if line.index in self._centred_titles:
            return self._centred_titles[line.index]
        last = line.index
        joined = patterns.BALLOON.sub("", first_text).strip()
        for _ in range(MAX_HEADING_LINES - 1):
            ended = ends_sentence(joined) and not patterns.HEADING_ABBREVIATION.search(joined)
            nxt = self._next_nonblank(last)
            if ended and self._wraps_after_colon(joined, last, nxt):
                ended = False  # "2. THE DECAY WAS NOT HIDDEN:" / "PLAINTIFFS' OWN INSPECTOR"
            if ended and not joined.endswith(";"):
                break
            if nxt is None or not self._continues_heading(line, joined, nxt):
                break
            if ended and not (line.hint.bold and nxt.hint.bold):
                break  # a bold heading listing items ("Dkt. 4;") goes on in bold
            joined = f"{joined} {nxt.stripped}"
            last = nxt.index
        return last

    def _wraps_after_colon(self, joined: str, last: int, nxt: TextLine | None) -> bool:
        """True when a title in capitals ending in a colon goes on, by hand-wrapping, on the
        next row: that row follows with no blank line, is in capitals too, and the title's
        block ends (a blank line) within the lines a heading may take."""
        if nxt is None or nxt.index != last + 1 or not joined.endswith(":"):
            return False
        if not (self.plain and is_upper_text(joined) and is_upper_text(nxt.stripped)):
            return False
        after = range(nxt.index + 1, min(nxt.index + MAX_HEADING_LINES, len(self.lines)) + 1)
        return any(index == len(self.lines) or self.lines[index].blank for index in after)

    def _continues_heading(self, first: TextLine, joined: str, nxt: TextLine) -> bool:
        text = nxt.stripped
        tail = self._heading_tail(joined, nxt)
        if patterns.ENUMERATOR_START.match(nxt.text) and not tail:
            return False
        if self._hard_wrapped(first, nxt):
            return True  # "… UNDER RULE" / "37(a)(5)(A)": the word did not fit on the line
        if self._wraps_in_capitals(first, joined, nxt):
            return True  # "… EVIDENCE OF" / "NOTICE": a title in capitals does not end on "OF"
        if patterns.PART_LABEL.match(joined) and is_upper_text(text):
            return not self._blank_between(first, nxt)  # "PART THREE" / "ARGUMENT AND …"
        if self._starts_something(nxt) and not patterns.LONE_SECTION_WORD.match(nxt.text):
            # "STANDARD" alone is a known section, but a title in capitals wraps onto it ("III.
            # SUMMARY JUDGMENT" / "STANDARD", "I. … THE UNNECESSARY HARDSHIP" / "STANDARD.")
            return False
        if patterns.POINT_START.match(nxt.text) or self._blank_between(first, nxt):
            return False
        if self._centred_wrap(nxt):
            return True  # "… Exceed the Cap of Section" / "502(b)(6)" centred under it
        if patterns.BALLOON.match(nxt.text) or patterns.NOTICE_ADDRESS.match(nxt.text):
            return False
        if patterns.HEADING_ABBREVIATION.search(joined) and (
            is_upper_text(text) or is_title_case(text) or text[:1] in "§¶0123456789"
        ):
            # "B. DR." or "… UNDER 28 U.S.C." wraps: no heading ends with a title, an
            # initial or a citation's abbreviation
            return True
        if patterns.KNOWN_HEADING.match(patterns.ENUMERATOR_START.sub(r"\g<title>", joined)):
            return False  # "V. Conclusion" is whole; "Accordingly, …" starts the text
        if self._toc_key(joined) in self.toc_keys:
            return False  # the table of contents lists the heading as complete already
        if self._toc_prefix(f"{joined} {text}"):
            return True
        if (first.hint.bold and nxt.hint.bold) or (first.hint.underlined and nxt.hint.underlined):
            return True
        if first.hint.bold and not first.hint.underlined and nxt.hint.styled_lead == 0:
            return False  # a bold heading does not go on in roman type
        if tail:
            return True
        if self._holds_case_citation(nxt):
            return False  # "Casey v. City of …, 509 F.3d 1278" opens the text; no title wraps so
        if is_upper_text(joined):
            # a statute's subsection letters ("UNDER 40 U.S.C. § 3133(b)(2).") are printed in
            # lower case whatever the case of the title around them
            return is_upper_text(patterns.SUBSECTION_LETTERS.sub("", text))
        if text[:1].islower():
            return True
        return is_title_case(joined) and (is_title_case(text) or _capitalised_stub(text))

    def _hard_wrapped(self, first: TextLine, nxt: TextLine) -> bool:
        """True when ``nxt`` goes on the line right above it because plain text was wrapped
        by hand at its width (OCR, a narrow copy): the first word of ``nxt`` would not have fit
        on that line, ``nxt`` is not indented as a paragraph's first line, and a blank
        line ends the block the heading opens within the lines a heading wraps over (a
        paragraph below the heading is set apart by a blank line)."""
        if not (self.plain and self.blank_breaks) or nxt.index <= first.index:
            return False
        above = self.lines[nxt.index - 1]
        words = nxt.stripped.split()
        if above.blank or not words or len(above.stripped) + 1 + len(words[0]) <= self.width:
            return False
        if self._opens_indented_paragraph(above, nxt):
            return False  # "B. Title" / "     Content that …" / "the discovery …": a paragraph
        for index in range(nxt.index + 1, first.index + MAX_HEADING_LINES + 1):
            if index >= len(self.lines) or self.lines[index].blank:
                return True
        return False

    def _opens_indented_paragraph(self, above: TextLine, nxt: TextLine) -> bool:
        """True when ``nxt`` is indented past ``above`` as a paragraph's first line is: the
        line below it goes back out (a centred title's last line has a blank line below)."""
        below = nxt.index + 1
        if below >= len(self.lines) or self.lines[below].blank:
            return False
        indent = self.indents[nxt.index]
        return indent > self.indents[above.index] and self.indents[below] < indent

    @cached_property
    def _centred_titles(self) -> dict[int, int]:
        """The first and last rows of the body's centred titles in plain text (a long title
        wrapped over rows centred by spaces: :mod:`lawdiff.segment.centred`)."""
        if not self.plain:
            return {}
        long = min(WRAPPED_SHARE * self.width, WRAPPED_CHARS)
        return {
            first: last
            for first, last in centred_titles(self.lines, long).items()
            if first >= self.regions.body_start
            and not any(at in self.regions.skipped for at in range(first, last + 1))
        }

    def _title_rows(self, line: TextLine) -> int:
        """The last row of the centred title opening on ``line``, or of the title hard-wrapped
        from it (:meth:`_hard_wrapped`: OCR, a narrow copy); ``line``'s own index when none
        opens there."""
        last = self._centred_titles.get(line.index, line.index)
        if last > line.index:
            return last
        while last + 1 < len(self.lines) and self._hard_wrapped(line, self.lines[last + 1]):
            if self.indents[last + 1] != self.indents[line.index]:
                break  # a hard wrap starts its rows where the first starts; off-centre rows
            last += 1
        return last

    def _title_text(self, line: TextLine) -> str:
        """The words of ``line``, or of the centred title opening on it, on one line."""
        last = self._title_rows(line)
        return " ".join(self.lines[at].stripped for at in range(line.index, last + 1))

    def _paragraph_text(self, first: TextLine) -> str:
        """The paragraph that opens on ``first``, its rows (up to the next blank line) on one
        line: a hard-wrapped paragraph read whole, as an unwrapped text gives it. It goes on
        over a page break, but not to a line standing alone at the next page's top (a
        heading there, a blank line under it)."""
        rows: list[str] = []
        for after in self.lines[first.index :]:
            if after.blank or (rows and self._alone_at_page_top(after)):
                break
            rows.append(after.stripped)
        return " ".join(rows)

    def _alone_at_page_top(self, line: TextLine) -> bool:
        """True when ``line`` opens its page and a blank line (or the text's end) follows."""
        above = self.lines[line.index - 1] if line.index else None
        if above is None or above.page_index == line.page_index:
            return False
        below = line.index + 1
        return below >= len(self.lines) or self.lines[below].blank

    def _centred_wrap(self, nxt: TextLine) -> bool:
        """True when plain text ``nxt`` is centred right under a long row, a blank row below
        it: a centred title's last row (:mod:`lawdiff.segment.centred`)."""
        above = self.lines[nxt.index - 1] if nxt.index else None
        if not self.plain or above is None or above.blank:
            return False
        after = nxt.index + 1
        if after < len(self.lines) and not self.lines[after].blank:
            return False  # a title's last row stands above a blank row
        long = min(WRAPPED_SHARE * self.width, WRAPPED_CHARS)
        return len(above.stripped) >= long and centred_under(above.text, nxt.text)

    def _wraps_in_capitals(self, first: TextLine, joined: str, nxt: TextLine) -> bool:
        """True when a title in capitals stops on a word no title ends with ("… NO EVIDENCE
        OF") and the next line, right under it, is in capitals too: it goes on, even when that
        line alone would start a heading ("NOTICE", "JURY")."""
        words = joined.split()
        if not words or words[-1].lower() not in DANGLING_WORDS or not is_upper_text(joined):
            return False
        if patterns.ENUMERATOR_START.match(nxt.text) or self._blank_between(first, nxt):
            return False
        return is_upper_text(nxt.stripped)

    def _heading_tail(self, joined: str, nxt: TextLine) -> bool:
        """True when ``nxt`` goes on a heading that has not ended (``joined``, no closing
        punctuation) with what cannot open a sentence nor a heading: a statute's chapter or
        section, a closing bracket (``patterns.HEADING_TAIL``: "… AGGRIEVED UNDER" / "G. L.
        c. 40A, § 17."), the number of the provision the line ends naming ("… Her Section" /
        "15(a) Claim …"), or a lower-case word (no enumerator "a.", no case name "v. Mandalay
        Bay Corp., 99 F.3d 1") under a line that stops on a word no title ends with ("… THE
        STANDING OF" / "abutters …"; a firm's name over "s/ Jane Doe" is no heading's wrap)."""
        if ends_sentence(joined) or joined.rstrip()[-1:] in ";:":
            return False
        if patterns.HEADING_TAIL.match(nxt.text):
            return True
        if patterns.PROVISION_END.search(joined) and nxt.stripped[:1].isdigit():
            return True  # "… Her Section" / "15(a) Claim …": the section's number
        words = joined.split()
        if not words or words[-1].lower() not in DANGLING_WORDS:
            return False
        return (
            nxt.stripped[:1].islower()
            and not patterns.ENUMERATOR_START.match(nxt.text)
            and not self._holds_case_citation(nxt)
        )

    def _wrapped(self, line: TextLine, last: int) -> bool:
        """True when a brief's heading goes on from ``line`` to ``last`` because it wrapped:
        every line but the last is long (a place and date, a signer's name and office, are
        short lines set one under another), none set in columns (runs of spaces), and no line
        after the first holds a colon (a list of "Appellants: …" / "Counsel for Appellants:
        …" lines)."""
        if self.order:
            return False
        long = min(WRAPPED_SHARE * self.width, WRAPPED_CHARS)
        for index in range(line.index, last + 1):
            text = self.lines[index].stripped
            if "   " in text or (index < last and len(text) < long):
                return False
            if index > line.index and ":" in text:
                return False
        return True

    def _holds_case_citation(self, line: TextLine) -> bool:
        """True when ``line`` holds a case citation: body text. A line that ends in the
        name's comma is read with the line right under it ("v. Mandalay Bay Corp.," then
        "99 F.3d 1 (9th Cir. 1999).")."""
        text = line.stripped
        below = line.index + 1
        if text.endswith(",") and below < len(self.lines) and not self.lines[below].blank:
            text = f"{text} {self.lines[below].stripped}"
        return bool(patterns.CASE_CITATION.search(text))

    def _toc_key(self, text: str) -> str:
        return letters_key(patterns.ENUMERATOR_START.sub(r"\g<title>", text))

    def _toc_prefix(self, text: str) -> bool:
        key = self._toc_key(text)
        return bool(key) and any(k.startswith(key) for k in self.toc_keys)

    def _unlisted_top(self, line: TextLine) -> bool:
        """True for a line in capitals, about to be read as a top heading, that a table of
        contents listing the top level leaves out ("BY MR. T. SMITH:", "THE WITNESS: No."
        quoted from a deposition; a party's name in a signature block): no heading. Known
        headings (MEMORANDUM OF POINTS AND AUTHORITIES, INTRODUCTION) are never vetoed, nor
        headings of documents bundled after the brief, which the table does not cover."""
        if not any(not entry.parent for entry in self.toc):
            return False
        if any(line.index >= first for first, _, _ in self.regions.parts):
            return False
        last = self._heading_end(line, line.text)
        title = one_line(self.doc.text[line.content_start : self.lines[last].content_end])
        return not titled(title, [entry.title for entry in self.toc])


def _capitalised_stub(text: str) -> bool:
    """True for a title's short last line of capitalised words too short for
    :func:`is_title_case` to count ("Dog", "Act", "Tax Law")."""
    words = text.split()
    return 0 < len(words) <= STUB_WORDS and all(w[:1].isupper() for w in words)
