"""Numbered lines that quote: claim-term headings, and patent claims that are no headings.

A claim-construction brief heads each section with the claim term it construes, in quotation
marks and in lower case, then the claims that use it ('1. “substantially planar” (claims 1,
14)', 'B. "a pump" (claim 3)'): a heading, though it reads like no title. The same brief
quotes the patent's numbered claims ('1. A liquid cooling assembly comprising: …'), indented
or after a line ending in a colon: text of the paragraph above, never a heading.
"""

from __future__ import annotations

from lawdiff.segment import patterns

# Leading spaces that indent a plain-text line as a block quote (a tab counts as many).
PLAIN_QUOTE_INDENT = 4


def is_claim_term_title(title: str) -> bool:
    """True for a heading made of quoted claim terms and the claims they appear in."""
    return patterns.QUOTED_TERM_TITLE.match(title.strip()) is not None


def is_patent_claim(title: str) -> bool:
    """True for the text of a patent claim: an article, its preamble, then "comprising"."""
    return patterns.PATENT_CLAIM.match(title.strip()) is not None


def plain_indent(text: str) -> int:
    """How far a plain-text line is indented, in characters (a tab as a quote's indent)."""
    lead = text[: len(text) - len(text.lstrip())]
    return len(lead.replace("\t", " " * PLAIN_QUOTE_INDENT))


def introduces_quotation(text: str) -> bool:
    """True when a line ends by introducing what follows ("Claim 1 is representative:")."""
    return text.rstrip().endswith(":")
