"""Every regular expression of the citation stage, in one place.

eyecite finds cases and statutes; these patterns find what it does not: court rules
("Fed. R. Civ. P. 65(b)", "LCR 7(d)", "Civ. L.R. 7-3") and record cites
("Compl. ¶¶ 12–15", "Mot. at 5", "Opp. 7:3–9", "Dkt. No. 10 at 3", "Ex. A", "Decl. ¶ 4", "Id.").
All patterns run on the original text, so whitespace between tokens is ``\\s*`` / ``\\s+``
(a cite may be broken across lines).
"""

from __future__ import annotations

import re

DASH = r"[-–—]"

# "12", "12–15", "12, 14, 16-18", "12 and 14"
NUMBER_LIST = rf"\d+(?:\s*{DASH}\s*\d+)?(?:\s*,?\s*(?:and\s+|&\s*)?\d+(?:\s*{DASH}\s*\d+)?)*"
# "5", "5-7", "7:3", "7:3–9", "7:3-8:2"
PAGE_LINE = rf"\d+(?::\d+)?(?:\s*{DASH}\s*\d+(?::\d+)?)?"
PARAGRAPH_MARK = r"(?:¶¶?|[Pp]aras?\.|[Pp]aragraphs?)"
APOSTROPHE = r"['’]"

# Document abbreviations as they are written in briefs, most specific first.
DOCUMENT_WORD = rf"""
    (?:(?:First|Second|Third|1st|2d|2nd|3d|3rd)\s+)?Am(?:ended|\.)\s*Compl(?:aint|\.)
  | Compl(?:aint|\.)
  | [FST]AC\b
  | Mot(?:ion|\.)
  | Mem(?:orandum|\.)
  | Br(?:ief|\.)
  | Opp(?:osition|{APOSTROPHE}n\.?|\.)
  | Reply(?:\s+Br(?:ief|\.))?
  | Order
"""

# The locator after a document word: "¶¶ 12–15", "at 7:3-8:2", or a bare "7:3–9".
LOCATOR = rf"""
    (?P<para>{PARAGRAPH_MARK})\s*(?P<paras>{NUMBER_LIST})
  | at\s+(?P<pages>{PAGE_LINE})
  | (?P<lines>\d+:\d+(?:\s*{DASH}\s*\d+(?::\d+)?)?)
"""

DOCUMENT_CITE = re.compile(
    rf"\b(?P<doc>{DOCUMENT_WORD})\s*,?\s*(?:{LOCATOR})",
    re.VERBOSE,
)

DECLARATION_CITE = re.compile(
    rf"""\b(?:(?!(?:See|Also|But|Cf|Compare|Accord|And|The|In|With|Further)\b)
    (?P<name>[A-Z][A-Za-z'’\-]+)\s+)?
    (?P<doc>Decl(?:aration|\.))\s*,?\s*(?:{LOCATOR})""",
    re.VERBOSE,
)

DOCKET_CITE = re.compile(
    rf"""\b(?:Dkt\.|ECF|Docket|Doc\.)\s*(?:No\.|Nos\.|\#)?\s*(?P<docket>\d+(?:-\d+)?)\b
    (?:\s*,?\s*(?:at\s+(?P<pages>{PAGE_LINE})|(?P<para>{PARAGRAPH_MARK})\s*(?P<paras>{NUMBER_LIST})))?""",
    re.VERBOSE,
)

EXHIBIT_CITE = re.compile(
    rf"""\b(?:Exs?\.|Exhs?\.|Exhibits?)\s*(?P<exhibit>[A-Z]{{1,2}}\b|\d+\b)
    (?:\s*,?\s*at\s+(?P<pages>{PAGE_LINE}))?""",
    re.VERBOSE,
)

ID_CITE = re.compile(
    rf"""\b(?:[Ii]d\.|[Ii]bid\.)
    (?:\s*,?\s*(?:at\s+(?P<pages>{PAGE_LINE})|(?P<para>{PARAGRAPH_MARK})\s*(?P<paras>{NUMBER_LIST})))?""",
    re.VERBOSE,
)

PROCEDURE = r"P(?:rocedure|\.)"
FEDERAL_RULE_BODY = rf"""
    (?P<civ>Civ(?:il|\.)\s*{PROCEDURE})
  | (?P<evid>Evid(?:ence|\.))
  | (?P<app>App(?:ellate|\.)\s*{PROCEDURE})
  | (?P<crim>Crim(?:inal|\.)\s*{PROCEDURE})
  | (?P<bankr>Bankr(?:uptcy|\.)\s*{PROCEDURE})
"""
RULE_NUMBER = r"(?P<num>\d+(?:\.\d+)?)(?P<sub>(?:\([a-zA-Z0-9]{1,4}\))*)"

FEDERAL_RULE = re.compile(
    rf"\bFed(?:eral|\.)\s*R(?:ules?|\.)\s*(?:of\s+)?(?:{FEDERAL_RULE_BODY})\s*{RULE_NUMBER}",
    re.VERBOSE,
)

LOCAL_RULE = re.compile(
    r"""\b(?P<prefix>(?:Civ\.\s*)?L\.\s*R\.|L\.\s*Civ\.\s*R\.|LCR|LR|Local\s+(?:Civil\s+)?Rule)
    \s*(?P<num>\d+(?:[-.]\d+)*)(?P<sub>(?:\([a-zA-Z0-9]{1,4}\))*)""",
    re.VERBOSE,
)

BARE_RULE = re.compile(rf"\bRules?\s+{RULE_NUMBER}")

# Splitting a number list ("12–15, 18") into its pieces.
LIST_SEPARATOR = re.compile(r"\s*(?:,|\band\b|&)\s*")
RANGE_SEPARATOR = re.compile(rf"\s*{DASH}\s*")
WHITESPACE = re.compile(r"[\u200b\s]+")
SECTION_SPACING = re.compile(r"(§+)\s*")
