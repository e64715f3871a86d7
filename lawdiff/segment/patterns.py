"""Every regular expression of the segmentation stage, in one place.

Patterns run on one visual line at a time (no trailing newline). Each says in its
comment what it is for, so a change here can be checked against the tests in
``tests/unit/segment/test_patterns.py``.
"""

from __future__ import annotations

import re

from lawdiff.segment import front_matter

# A numbered complaint paragraph: "12. Plaintiffs …", also behind a pleading line number
# that survived ingest ("18 251. Plaintiffs …"). Group "num" is the paragraph number.
PARAGRAPH_START = re.compile(
    r"^\s*(?:(?P<margin>\d{1,2})\s+)?(?P<num>\d{1,4})\.(?:\s+|(?=[A-Z“\"‘']))(?P<rest>\S.*)?$"
)

# An outline enumerator at the start of a line: "I.", "A.", "1.", "a.", "iv.", "(i)", "(a)", "(1)",
# "(I)", "(A)" (a Louisiana or New York brief's parenthesised capitals), "A)" (Connecticut),
# "2.1" and "2.1.3" (a decimal outline's sub-points), "A-1." (a sub-point numbered after its
# point's letter, as an N.D. Ohio motion's "A-1." / "A-2." under "A."), "1(a)" (a lettered
# sub-issue under the point or issue it numbers, as a joint discovery letter's "Issue 1" has),
# again possibly
# behind a stray pleading line number. Group "title" is the heading text: it opens with a
# capital or a digit, or with a quotation mark (a claim term in lower case: '1.
# “substantially planar” (claims 1, 14)').
ENUMERATOR_START = re.compile(
    r"^\s*(?:\d{1,2}\s+(?=[IVXLCA-Z(]))?"
    r"(?P<enum>\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)"
    r"|(?:[IVXLC]{1,7}|[A-Z]|\d{1,2}|[ivxlc]{1,7}|[a-z])\."
    r"|\((?:[ivx]{1,5}|[a-z]|\d{1,2}|[IVX]{1,5}|[A-Z])\)"
    r"|\d{1,2}\([a-zA-Z]\)(?=\s)"
    r"|[A-Z]-\d{1,2}\.(?=\s)"
    r"|(?:\d{1,2}|[a-z]|[IVXLC]{1,7}|[A-Z])\))"
    r"\s+(?P<title>(?:[“\"‘'(]?[A-Z0-9]|[“\"‘'][a-z]).*)$"
)

# A claim-construction heading: the quoted claim term(s), then the claims that use them
# ('“substantially planar” (claims 1, 14)', '"inlet port" and "outlet port" (claim 5)').
QUOTED_TERM_TITLE = re.compile(
    r"^(?P<terms>[“\"‘'][^“”\"]{1,80}?[”\"’']"
    r"(?:(?:,?\s+(?:and|or|&)\s+|,\s*|\s+)[“\"‘'][^“”\"]{1,80}?[”\"’'])*)"
    r"\s*(?:\((?:[Cc]laims?|[Tt]erms?|U\.S\.|’?\d|Patent|the\s)[^()]{0,80}\))?\s*[.:]?$"
)

# A patent claim quoted in a brief ("1. A liquid cooling assembly comprising: …"): an article,
# then the preamble up to its transition word. Never a heading of the brief.
PATENT_CLAIM = re.compile(
    r"^(?:An?|The|In\s+an?)\s+[^.;:]{0,160}?[,\s](?:comprising|consisting\s+(?:essentially\s+)?of"
    r"|which\s+comprises|including:|characterized\s+in\s+that)(?:\b|(?<=:))"
)

# An enumerator alone on its line, its title on the next ("II." then "THE COURT SHOULD …").
LONE_ENUMERATOR = re.compile(r"^\s*(?P<enum>[IVXLC]{1,7}\.?|[A-Z]\.)\s*$")

# A line of a deposition excerpt ("Q. Did you sign it?", "A: Yes."), line number allowed.
DEPOSITION_LINE = re.compile(r"^\s*(?:\d{1,2}\s+)?[QA][.:]\s+\S")

# Transcripts of hearings and depositions. A speaker's turn opens with the speaker in
# capitals and a colon ("THE COURT:", "MR. BERISHA:", "MS. STRAND-OCAMPO:", "THE WITNESS:"),
# an examination with its examiner ("BY MS. LEE:").
_SPEAKER_NAME = r"[A-Z][A-Z'’\-]+(?:\s+[A-Z][A-Z'’\-]+){0,2}"
SPEAKER_TURN = re.compile(
    r"^\s*(?:BY\s+)?(?:THE\s+(?:COURT|WITNESS|CLERK|(?:DEPUTY\s+)?CLERK|COURTROOM\s+DEPUTY"
    r"|REPORTER|BAILIFF|MARSHAL|INTERPRETER|DEFENDANT|PLAINTIFF|JUROR|DEPONENT)"
    rf"|(?:MR|MS|MRS|DR|MISS)\.\s+{_SPEAKER_NAME}|JUDGE\s+{_SPEAKER_NAME})\s*:"
)
QUESTION_LINE = re.compile(r"^\s*Q[.:]\s+\S")
ANSWER_LINE = re.compile(r"^\s*A[.:]\s+\S")
# The reporter's note of what happened, on a line of its own: "(Recess.)", "(Excerpt begins
# at 10:47 a.m.)", or the first line of a longer one ("(Whereupon, the witness was …").
PARENTHETICAL_START = re.compile(r"^\s*\([A-Z][^()]*(?:\)[.,]?\s*)?$")
PARENTHETICAL_END = re.compile(r"\)[.,]?\s*$")
# What names a transcript on its cover page.
TRANSCRIPT_MARK = re.compile(
    r"\b(?:TRANSCRIPT|(?:COURT|OFFICIAL)\s+REPORTER|REPORTER['’]S|REPORTED\s+BY"
    r"|DEPOSITION\s+OF|(?:DIRECT|CROSS)[\s-]EXAMINATION)\b",
    re.IGNORECASE,
)

# A track-changes balloon printed beside the text of a redline ("Deleted: Defendants",
# "Formatted: Font: 12 pt"), at a line's start or after a tab that ends the body text.
BALLOON = re.compile(
    r"(?:^|\t)\s*(?P<note>(?:(?:Deleted|Formatted|Inserted|Moved\s+\((?:insertion|deletion)\)"
    r"|Moved\s+(?:up|down)\s*\[\d+\]|Comment(?:ed)?\s*\[[^\]]*\]|Formatted\s+Table)\s*:"
    r"|Field\s+Code\s+Changed\b).*)$"
)

# The same balloon run into a heading's one-line text ("Statement No. 1. Deleted: s").
BALLOON_TAIL = re.compile(
    r"\s+(?:Deleted|Formatted|Inserted|Moved\s+\((?:insertion|deletion)\))\s*:.*$", re.DOTALL
)

# A row of dashes, underscores or equals signs that underlines the line above it in plain text.
UNDERLINE_ROW = re.compile(r"^\s*(?:-{3,}|_{3,}|={3,})\s*$")

# Roman numerals, upper and lower case (validated by value, not by this pattern alone).
ROMAN = re.compile(r"^[IVXLC]+$|^[ivxlc]+$")

# A count heading: "COUNT I", "Count 2:", "COUNT ONE –", "CLAIM III". Group "title" follows it.
COUNT_NUMBERED = re.compile(
    r"^\s*(?P<label>(?:COUNT|Count|CLAIM|Claim)\s+(?:[IVXLC]+|\d{1,3}|(?i:one|two|three|four|five|"
    r"six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
    r"eighteen|nineteen|twenty)\b))"
    r"(?=\s*$|\s*[:.–—-]|\s+[A-Z(])[\s:.–—-]*(?P<title>.*)$"
)

# "FIRST CAUSE OF ACTION", "Second Claim for Relief", "THIRD CLAIM".
COUNT_ORDINAL = re.compile(
    r"^\s*(?P<label>(?:[A-Za-z]+-)?(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|"
    r"TENTH|ELEVENTH|TWELFTH|THIRTEENTH|FOURTEENTH|FIFTEENTH|SIXTEENTH|SEVENTEENTH|EIGHTEENTH|"
    r"NINETEENTH|TWENTIETH)\s+(?:CAUSE\s+OF\s+ACTION|CLAIM\s+FOR\s+RELIEF|CLAIM))\b"
    r"[\s:.–—-]*(?P<title>.*)$",
    re.IGNORECASE,
)

# The argument named with its authorities: "ARGUMENT AND AUTHORITIES", "AUTHORITY AND
# ARGUMENT" (Washington), "ARGUMENT AND CITATION OF AUTHORITY" (Georgia).
_ARGUMENT_AND_AUTHORITY = (
    r"ARGUMENTS?\s+AND\s+(?:CITATIONS?\s+(?:OF|TO)\s+)?AUTHORIT(?:Y|IES)"
    r"|AUTHORIT(?:Y|IES)\s+AND\s+ARGUMENTS?"
)

# The certificate a D.C. Circuit brief opens with, before its table of contents (Circuit Rule
# 28(a)(1)): a section of the brief, no certificate of service.
DC_CIRCUIT_CERTIFICATE = (
    r"(?-i:CERTIFICATE\s+AS\s+TO\s+PARTIES,?\s+RULINGS,?\s+AND\s+RELATED\s+CASES)"
)
FRONT_SECTION = re.compile(r"^\s*" + DC_CIRCUIT_CERTIFICATE + r"\s*$")
# The glossary of abbreviations a D.C. Circuit brief defines (Circuit Rule 28(a)(3)).
GLOSSARY_TITLE = r"(?-i:GLOSSARY(?:\s+OF\s+(?:ABBREVIATIONS|TERMS))?)"
GLOSSARY_HEADING = re.compile(r"^\s*" + GLOSSARY_TITLE + r"\s*$")

# The title of the section that states the questions a brief puts, whatever the court calls
# it: "QUESTIONS PRESENTED", "STATEMENT OF THE ISSUES", Minnesota's "LEGAL ISSUES" and
# "STATEMENT OF THE LEGAL ISSUES" (Minn. R. Civ. App. P. 128.02(1)(b)), Pennsylvania's
# "(COUNTER-)STATEMENT OF THE QUESTIONS INVOLVED" (Pa. R.A.P. 2116), and the questions a
# court put or granted review of (the CAAF's "ISSUES GRANTED" and "ISSUE SPECIFIED", C.A.A.F. R.
# 24(a); "QUESTIONS CERTIFIED"). A bare "ISSUES" or "QUESTIONS" is left out: it is a word of the
# body as often as a title.
ISSUES_TITLE = (
    r"(?:(?:COUNTER[- ]?)?STATEMENT\s+OF\s+(?:THE\s+)?(?:LEGAL\s+)?(?:ISSUES?|QUESTIONS?)"
    r"|(?:LEGAL\s+)?(?:ISSUES?|QUESTIONS?)\s+(?:PRESENTED|INVOLVED|ON\s+APPEAL"
    r"|GRANTED|SPECIFIED|CERTIFIED|RAISED)"
    r"|LEGAL\s+(?:ISSUES?|QUESTIONS?))"
    r"(?:\s+(?:PRESENTED|INVOLVED|ON\s+APPEAL|TO\s+BE\s+DECIDED))?(?:\s+FOR\s+REVIEW)?"
)

# The brief in support of exceptions to a proposed decision, its title over the sections it
# argues in (Cal. PERB Reg. 32300(a)): a memorandum's like.
EXCEPTIONS_BRIEF = r"BRIEF\s+IN\s+SUPPORT\s+OF\s+(?:THE\s+)?EXCEPTIONS"

# Unnumbered headings a filing's body starts with or is organised in.
KNOWN_HEADING = re.compile(
    # a Philippine comment's PREFATORY STATEMENT, its PRELIMINARY STATEMENT
    r"^\s*(?:INTRODUCTION|PRE(?:LIMINARY|FATORY)\s+STATEMENT|SUMMARY\s+OF\s+(?:THE\s+)?ARGUMENT|"
    r"NATURE\s+OF\s+THE\s+(?:ACTION|CASE)|(?:FACTUAL\s+|PROCEDURAL\s+|RELEVANT\s+)?BACKGROUND|"
    r"STATEMENT\s+OF\s+(?:THE\s+)?(?:FACTS|CASE|ISSUES?(?:\s+TO\s+BE\s+DECIDED)?)|"
    # an Ohio appellate brief's front sections ("ASSIGNMENTS OF ERROR", "STATEMENT OF THE CASE
    # AND FACTS", "PROPOSITIONS OF LAW")
    r"STATEMENT\s+OF\s+(?:THE\s+)?CASE\s+AND\s+(?:THE\s+)?FACTS|"
    r"(?:ASSIGNMENTS?\s+OF\s+ERROR|PROPOSITIONS?\s+OF\s+LAW)(?:\s+PRESENTED(?:\s+FOR\s+REVIEW)?)?|"
    r"ISSUES?\s+TO\s+BE\s+DECIDED|PRELIMINARY\s+STATEMENT\s+AND\s+BACKGROUND|"
    r"(?:FACTUAL|GENERAL|DETAILED|SUBSTANTIVE)\s+ALLEGATIONS|FACTS|" + ISSUES_TITLE + "|"
    # the questions or issues a brief puts, whatever the court calls them
    # a summary-judgment statement of facts and the response to it ("RESPONSE TO STATEMENT OF
    # UNDISPUTED MATERIAL FACTS", "PETITIONER'S COUNTER-STATEMENT OF FACTS")
    r"(?:(?:[A-Z'’]+\s+)?RESPONSES?\s+TO\s+(?:[A-Z'’]+\s+)?)?(?:[A-Z'’]+\s+)?(?:COUNTER[- ]?)?"
    r"STATEMENT\s+OF\s+(?:THE\s+)?(?:UNDISPUTED\s+)?(?:MATERIAL\s+)?FACTS|"
    # the facts told with the case's history ("FACTS AND PROCEDURAL HISTORY", "FACTUAL AND
    # PROCEDURAL BACKGROUND", "PROCEDURAL HISTORY")
    r"(?:(?:STATEMENT\s+OF\s+)?(?:THE\s+)?(?:FACTS|FACTUAL)\s+AND\s+)?PROCEDURAL\s+"
    r"(?:HISTORY|BACKGROUND|POSTURE)|"
    r"(?:LEGAL\s+)?ARGUMENTS?|LAW\s+AND\s+ARGUMENT|" + _ARGUMENT_AND_AUTHORITY + "|"
    # the evidence a Washington motion names (CR 7(b), LCR 7(b)(4))
    r"EVIDENCE\s+RELIED\s+(?:UPON|ON)|"
    r"(?:LEGAL|SUMMARY\s+JUDGMENT)\s+STANDARDS?|"
    # the standard alone, one word in capitals (a Mississippi or Kentucky response's
    # "STANDARD" between its facts and its argument); "Standard" in a sentence's case is a word
    r"(?-i:STANDARDS?)|"
    # the statement of the case under its one word, in capitals (a Supreme Court brief's
    # "STATEMENT", Sup. Ct. R. 24.1(g); an en banc response's); "Statement" in a sentence's case
    # is a word
    r"(?-i:STATEMENT)|"
    # the petitioner's standing, in capitals under its one word (a D.C. Circuit brief's,
    # Circuit Rule 28(a)(7)); "Standing" in a sentence's case is a word
    r"(?-i:STANDING)|DISCUSSION|ANALYSIS|CONCLUSION|PARTIES|THE\s+PARTIES|"
    r"JURISDICTION(?:\s+AND\s+VENUE)?|VENUE|PRAYER\s+FOR\s+RELIEF|"
    # a D. Utah motion's opening section (DUCivR 7-1: the relief sought and its grounds)
    r"RELIEF\s+REQUESTED(?:\s+AND\s+(?:THE\s+)?GROUNDS?\s+FOR\s+(?:THE\s+)?(?:MOTION|RELIEF))?|"
    r"(?:DEMAND\s+FOR\s+)?JURY\s+(?:TRIAL\s+)?DEMAND(?:ED)?|DEMAND\s+FOR\s+JURY\s+TRIAL|"
    r"(?:CLAIMS|CAUSES)\s+(?:FOR|OF)\s+(?:RELIEF|ACTION)|ORDER|"
    r"MEMORANDUM\s+OF\s+POINTS\s+AND\s+AUTHORITIES|"
    # the standing sections of a bankruptcy motion or objection
    r"BASIS\s+FOR\s+(?:THE\s+)?(?:RELIEF(?:\s+REQUESTED)?|OBJECTION)|NOTICE|"
    r"NO\s+PRIOR\s+REQUESTS?|RESERVATION\s+OF\s+RIGHTS|OBJECTION|"
    # and the claimant's answer to the objection, in capitals alone ("RESPONSE"; a discovery
    # response's "RESPONSE:" is no heading)
    r"(?-i:RESPONSE)(?![.:])|"
    # the conferral a state rule requires, stated in the body in capitals ("CONFERRAL UNDER
    # C.R.C.P. 121 § 1-15(8)")
    r"(?-i:CONFERRAL(?:\s+(?:UNDER|PURSUANT\s+TO)\s+[^a-z]{1,40})?)|"
    # the memorandum after a motion in the same filing ("MEMORANDUM IN SUPPORT")
    r"MEMORANDUM\s+(?:OF\s+LAW\s+)?IN\s+(?:SUPPORT|OPPOSITION)|"
    # exceptions to an ALJ's proposed decision and the brief in support of them, under their
    # own titles in one filing (Cal. PERB Reg. 32300; the NLRB's, 29 C.F.R. 102.46)
    r"STATEMENT\s+OF\s+EXCEPTIONS|" + EXCEPTIONS_BRIEF + "|"
    # front matter of appellate and state-court briefs
    # (Wisconsin's "STATEMENT ON ORAL ARGUMENT AND PUBLICATION", Wis. Stat. § 809.19(1)(c))
    r"STATEMENT\s+(?:ON|AS\s+TO|REGARDING|IN\s+SUPPORT\s+OF|CONCERNING)\s+ORAL\s+ARGUMENT"
    r"(?:\s+AND\s+(?:ON\s+)?PUBLICATION)?|"
    # an Oklahoma brief's facts (Okla. Sup. Ct. R. 1.11(b)), an answer brief's supplement
    r"(?:SUPPLEMENTAL\s+)?SUMMARY\s+OF\s+(?:THE\s+)?RECORD|"
    # the summary of the case that opens an Eighth Circuit brief (8th Cir. R. 28A(i)(1))
    r"SUMMARY\s+OF\s+(?:THE\s+)?CASE(?:\s+AND\s+(?:REQUEST|STATEMENT)\s+(?:FOR|REGARDING|"
    r"CONCERNING|AS\s+TO)\s+ORAL\s+ARGUMENT)?|"
    # a Texas appellate brief's first section (Tex. R. App. P. 38.1(a))
    # (a PDR's names the trial judge too: Tex. R. App. P. 68.4(a))
    r"IDENTIT(?:Y|IES)\s+OF\s+(?:THE\s+)?(?:(?:TRIAL\s+)?JUDGE,?\s+)?PARTIES,?\s+AND\s+COUNSEL|"
    r"LIST\s+OF\s+(?:THE\s+)?PARTIES|"
    # (a Nebraska brief's "STATEMENT OF THE BASIS OF JURISDICTION", Neb. Ct. R. App. P.
    # § 2-109(D)(1)(b))
    r"JURISDICTIONAL\s+STATEMENT|STATEMENT\s+OF\s+(?:THE\s+BASIS\s+(?:OF|FOR)\s+)?"
    r"(?:SUBJECT[- ]MATTER\s+(?:AND\s+APPELLATE\s+)?|APPELLATE\s+)?JURISDICTION|"
    r"CORPORATE\s+DISCLOSURE\s+STATEMENT|STATEMENT\s+OF\s+RELATED\s+CASES|"
    r"NATURE\s+AND\s+STAGE\s+OF\s+(?:THE\s+)?PROCEEDINGS?|SUMMARY\s+OF\s+(?:THE\s+)?"
    r"(?:MOTION|RESPONSE|REPLY|OPPOSITION)|PRAYER|COUNTER[- ]?STATEMENT\s+OF\s+(?:THE\s+)?"
    r"(?:ISSUES?|FACTS|CASE)|STANDARDS?\s+OF\s+REVIEW|"
    # the addendum an appellate brief ends with, after its certificates (Utah R. App. P.
    # 24(a)(12)), in capitals
    r"(?-i:ADDENDUM)|"
    # and the appendix a Kentucky brief ends with, its tabs listed under it (Ky. CR 76.12)
    r"(?-i:APPENDIX)|"
    # and the schedules an Ontario factum ends with, after its signature: "SCHEDULE "A" – LIST
    # OF AUTHORITIES", "SCHEDULE "B" – TEXT OF STATUTES, REGULATIONS & BY-LAWS" (Ont. Rules of
    # Civil Procedure, r. 37.10(6), 61.11), in capitals or title case
    r"(?-i:(?:SCHEDULE|Schedule)\s+[\"“]?[A-Za-z][\"”]?(?:\s*[-–—:]\s*[A-Z][^.]*)?)|"
    # the notice a Pennsylvania pleading opens with, the other side's time to answer
    # (Pa.R.C.P. 1026, 1361)
    r"(?-i:NOTICE\s+TO\s+PLEAD)|"
    # the statement a court's rule asks a brief to open with, in capitals under its own title
    # ("RULE 56.2 STATEMENT", Ct. Int'l Trade R. 56.2(c)(1); "LOCAL RULE 7.1 STATEMENT")
    r"(?-i:(?:LOCAL\s+)?RULE\s+\d+(?:\.\d+)?(?:\([A-Za-z0-9]{1,3}\))*\s+STATEMENT)|"
    # the front-matter sections a court's rule names (front_matter.COURT_SECTIONS)
    + front_matter.court_sections()
    + "|"
    # a D.C. Circuit brief's front sections (Circuit Rule 28(a)(1), (a)(3)), in capitals
    + GLOSSARY_TITLE
    + "|"
    + DC_CIRCUIT_CERTIFICATE
    + r")\s*[.:]?\s*$",
    re.IGNORECASE,
)

# A top heading that gathers the argument: unnumbered headings in capitals after it are
# its subheadings until a known top heading (CONCLUSION, PRAYER …) closes it; a class
# member's GROUNDS FOR OBJECTION gathers its "FIRST OBJECTION: …" points alike.
UMBRELLA_HEADING = re.compile(
    # a Nebraska appellee's BRIEF ON CROSS-APPEAL argues under its own ARGUMENT ON CROSS-APPEAL
    # a part's label before it is none of its title ("PART THREE: ARGUMENT AND CITATION OF
    # AUTHORITY", a Georgia brief's third part)
    r"^\s*(?:PART\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|[IVX]{1,4}|\d{1,2})\s*[.:]?\s+)?"
    r"(?:(?:LEGAL\s+)?ARGUMENTS?(?:\s+ON\s+CROSS[-\s]APPEAL)?|"
    + _ARGUMENT_AND_AUTHORITY
    + r"|LAW\s+AND\s+ARGUMENT|"
    r"DISCUSSION|(?:GROUNDS|REASONS)\s+FOR\s+(?:THE\s+)?OBJECTIONS?)\s*[.:]?\s*$",
    re.IGNORECASE,
)

# One word in capitals alone on its line: a division's heading when its first point follows.
DIVISION_WORD = re.compile(r"^\s*[A-Z]{4,}\s*$")

# A point of the argument set after its numbered points in capitals, unnumbered: an appellee's
# alternative ground ("ALTERNATIVE GROUND FOR AFFIRMANCE ON ISSUE I", the tipsy coachman), a
# matter the respondent adds ("ADDITIONAL MATTER: THE JUDGMENT … MISSTATES THE DATE").
ALTERNATIVE_POINT = re.compile(
    r"^\s*(?:AN?\s+)?(?:ALTERNATIVE|ADDITIONAL|INDEPENDENT)\s+"
    r"(?:GROUNDS?|BAS[IE]S|ARGUMENTS?|REASONS?|MATTERS?)\b"
)

# A discovery request a motion to compel argues under its point, alone on its line
# ("REQUEST FOR PRODUCTION NO. 4", "INTERROGATORY NO. 3", "REQUESTS FOR ADMISSION NOS. 2 AND 5").
DISCOVERY_REQUEST_HEADING = re.compile(
    r"^\s*(?:REQUESTS?\s+FOR\s+(?:THE\s+)?(?:PRODUCTION(?:\s+OF\s+DOCUMENTS)?|ADMISSIONS?)|"
    r"(?:DOCUMENT|PRODUCTION)\s+REQUESTS?|INTERROGATOR(?:Y|IES))\s+NOS?\.\s*\d+"
    r"(?:\s*(?:,|AND|&|-|–|THROUGH)\s*\d+)*\s*[.:]?\s*$",
    re.IGNORECASE,
)

# The standard a court applies, set between the umbrella and its first point ("ARGUMENT",
# "STANDARD OF REVIEW", "I. …"): a section of the argument.
STANDARD_HEADING = re.compile(
    r"^\s*(?:LEGAL\s+)?STANDARDS?(?:\s+OF\s+(?:REVIEW|DECISION))?\s*[.:]?\s*$", re.IGNORECASE
)

# The standard or the statement alone on its line: a known section (above), or the last word
# of a title in capitals wrapped onto it with no blank line between ("III. SUMMARY JUDGMENT" /
# "STANDARD", "CERTIFICATE OF INTERESTED PERSONS AND CORPORATE DISCLOSURE" / "STATEMENT":
# heading_extent, regions).
LONE_SECTION_WORD = re.compile(r"^\s*(?:STANDARDS?|STATEMENT)\s*[.:]?\s*$")

# A memorandum inside the filing whose numbered points may be preceded by sections of its
# own ("MEMORANDUM OF POINTS AND AUTHORITIES", then "STANDARD OF REVIEW", then "I. …").
MEMORANDUM_HEADING = re.compile(
    r"^\s*(?:MEMORANDUM\s+OF\s+(?:POINTS\s+AND\s+AUTHORITIES|LAW)|"
    + EXCEPTIONS_BRIEF
    + r")\s*[.:]?\s*$",
    re.IGNORECASE,
)
# Headings that close a brief's argument: top headings wherever they come.
CLOSING_HEADING = re.compile(
    r"^\s*(?:CONCLUSION|PRAYER(?:\s+FOR\s+RELIEF)?|RELIEF\s+REQUESTED)\s*[.:]?\s*$", re.IGNORECASE
)

# Headings whose numbered items are a list (questions presented, a summary), not an outline.
# An issue's own point, labelled by its number ("ISSUE NO. 1: The First Cause of Action …
# Fails", "ISSUES NOS. 1 AND 4: …"), is none: its sub-points are an outline.
ISSUES_HEADING = re.compile(
    r"^(?:COUNTER[- ]?)?(?:STATEMENT\s+OF\s+(?:THE\s+)?)?(?:LEGAL\s+)?(?:ISSUES?|QUESTIONS?)"
    r"(?!\s+(?:NOS?\.\s*)?(?:\d|[IVX]{1,5}\b|(?:ONE|TWO|THREE|FOUR|FIVE|SIX)\b))"
    r"(?:\s+(?:PRESENTED|TO\s+BE\s+DECIDED|FOR\s+REVIEW|ON\s+APPEAL))?\b(?![\s-]+OF\b)"
    r"|^SUMMARY\s+OF\s+(?:THE\s+)?ARGUMENTS?\b"
    r"|^(?:ASSIGNMENTS?\s+OF\s+ERROR|PROPOSITIONS?\s+OF\s+LAW)\s*[.:]?$"
    # a court's front-matter list of the points argued (front_matter.LIST_SECTIONS)
    r"|^" + front_matter.alternation(front_matter.LIST_SECTIONS) + r"\s*[.:]?$"
)

# A table of contents' last entry with no page: the addendum or appendix paged on its own.
UNPAGED_ENTRY = re.compile(r"^\s*(?:ADDENDUM|APPENDIX)\s*$")

# A word of digits then capitals, opening a sentence as a capital does (a rank: "1SG", "2LT").
DIGIT_CAPITAL_WORD = re.compile(r"\d+[A-Z]{2,}\b")

# The number a heading may end on after the thing it numbers ("… complies with Procedural
# Order No. 1", "Request 11"): taken off before its words are weighed.
NUMBERED_NAME_END = re.compile(r"(?<=[A-Za-z])\s+(?:No\.\s*)?\d{1,4}\s*$")

# A sentence opening on a transition, its comma after it ("Finally, …", "First, …", "In
# short, …"): prose going on from the sentence before, no point.
TRANSITION_START = re.compile(r"^\s*(?:[A-Z][a-z]+)(?:\s+[a-z]+)?,\s")

# A question as a statement of issues puts it ("WHETHER THE COURT ERRED …", "Whether …").
QUESTION_START = re.compile(r"^\s*(?:WHETHER|Whether)\b")

# A front section listing the parties and their counsel (a Texas brief's IDENTITY OF PARTIES
# AND COUNSEL, Tex. R. App. P. 38.1(a); a PDR's IDENTITY OF JUDGE, PARTIES, AND COUNSEL,
# 68.4(a); "LIST OF PARTIES"): its "Appellants: …" lines are a roster, never headings.
ROSTER_HEADING = re.compile(
    r"^(?:IDENTITY\s+OF\s+(?:THE\s+)?(?:(?:TRIAL\s+)?JUDGE,?\s+)?PARTIES,?\s+AND\s+COUNSEL|"
    r"LIST\s+OF\s+(?:THE\s+)?PARTIES(?:\s+AND\s+COUNSEL)?)\b"
)

# A statement of facts whose facts are numbered paragraphs ("1. On February 1, 2023, …"), or
# the response to one ("RESPONSE TO STATEMENT OF UNDISPUTED MATERIAL FACTS").
FACTS_HEADING = re.compile(
    r"^(?:(?:[A-Z'’]+\s+)?RESPONSES?\s+TO\s+(?:[A-Z'’]+\s+)?)?"
    r"(?:COUNTER[- ]?)?(?:STATEMENT\s+OF\s+(?:THE\s+)?)?(?:UNDISPUTED\s+)?(?:MATERIAL\s+)?"
    r"FACTS\b"
)

# How a numbered fact opens: a date, "On …", a number or a lower-case word.
FACT_OPENING = re.compile(
    r"^(?:(?:On|In|As\s+of|By|Between|From|After|Before|During|Since)\s|"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d|\d|[a-z])"
)

# Headings under which counts sit ("CLAIMS FOR RELIEF", "CAUSES OF ACTION").
CLAIMS_HEADING = re.compile(r"CLAIMS?\b|CAUSES?\s+OF\s+ACTION|COUNTS\b")

# Front matter: the tables we skip (and parse, for the table of contents).
TOC_TITLE = re.compile(r"^\s*TABLE\s+OF\s+CONTENTS\s*$", re.IGNORECASE)
TOA_TITLE = re.compile(r"^\s*TABLE\s+OF\s+AUTHORITIES\s*$|^\s*INDEX\s+OF\s+AUTHORITIES\s*$", re.I)
# An Illinois brief's POINTS AND AUTHORITIES (Ill. S. Ct. R. 341(h)(1)): each heading with its
# page and the authorities cited under it, a table like the contents when dot leaders follow.
POINTS_TITLE = re.compile(r"^\s*POINTS\s+AND\s+AUTHORITIES\s*$")

# A table-of-contents entry's dot leader and page reference ("ARGUMENT ........ 4").
LEADER = re.compile(
    r"(?:\s*(?:\.\s?){2,}|\s*…{2,}|\s*[-_–—]{3,}|\s{3,})"
    r"\s*(?P<page>[0-9ivxlc]{1,4}(?:\s*[,–-]\s*\d+)*)\s*$"
)
LEADER_DOTS = re.compile(
    r"(?:\.\s?){2,}\s*[0-9ivxlc]+\s*$|(?:\.\s*){4,}|…{2,}|[-_–—]{4,}\s*[0-9ivxlc]+\s*$"
)

# A caption's court line, and the last party mark that ends a caption ("Defendants.",
# "Relator") in either column; its hearing lines ("Date: …") are lawdiff.core.caption_fields'.
CAPTION_COURT = re.compile(r"\bCOURT\b")
CAPTION_COURT_LINE = re.compile(r"UNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY)\s+COURT")
CAPTION_PARTY_END = re.compile(
    # a South Asian caption's mark set off by dots ("...Respondents", "…Respondent")
    r"(?:^|\t|\s{3})\s*(?:(?:\.{2,}|…)\s*)?"
    # the order of several respondents ("First Respondent", Botswana)
    r"(?:and\s+)?(?:(?:First|Second|Fourth|Fifth|Sixth)\s+)?"
    r"(?:(?:Third|Counter|Cross)[- ]?(?:Party\s+)?)?"
    # an intervenor on the defending side ("Defendant-Intervenor.", Court of International
    # Trade; "Intervenor-Defendants.")
    r"(?:(?:Intervenors?[- ])?"
    # a party's capacities at each level joined by slashes, the last on the defending side
    # (Ghana: "DEFENDANT/APPELLANT/RESPONDENT")
    r"(?:(?:Plaintiffs?|Defendants?|Appellants?|Appellees?|Respondents?|Petitioners?"
    r"|Applicants?)/)*"
    r"(?:Defendants?|Respondents?|Relators?|Debtors?)"
    r"(?:-(?:Appellees?|Appellants?|Intervenors?))?"
    # an appeal to the Court of Justice names each other party by its role below, last in
    # the caption ("European Commission, …, defendant at first instance,")
    r"|(?:Applicants?|Defendants?|Interveners?|Intervenors?)\s+at\s+first\s+instance)"
    r"\s*(?:[.,;].*|\t.*)?$",
    re.IGNORECASE,
)

# A sentence opening with a party's name and its comma ("Defendants, Bayou Teche Marine Sales,
# L.L.C. and …, submit this memorandum …"): the party mark of no caption.
PARTY_SENTENCE = re.compile(
    r"^\s*(?:(?:Third|Counter|Cross)[- ]?(?:Party\s+)?)?(?:Defendants?|Respondents?|Relators?"
    r"|Debtors?)(?:-(?:Appellees?|Appellants?))?,(?:\s+\S+){8}"
)

# The brief's address to the court, right under its caption: "MAY IT PLEASE THE COURT:"
# (Louisiana), "TO THE HONORABLE JUDGE OF SAID COURT:" (Texas), "Respectfully Sheweth:"
# (Pakistan, India: the petition's paragraphs follow).
COURT_ADDRESS = re.compile(
    r"^\s*(?:MAY\s+IT\s+PLEASE\s+(?:THE|THIS)\s+(?:HONORABLE\s+)?COURT"
    r"|(?:MOST\s+)?RESPECTFULLY\s+SHEWETH"
    r"|TO\s+THE\s+HONORABLE\s+[A-Z ,.'’]{0,80}?(?:COURT|JUDGE|JUSTICES?))\s*[:,.]?\s*$",
    re.IGNORECASE,
)

# The salutation of a notice of motion ("TO ALL PARTIES AND THEIR ATTORNEYS OF RECORD:").
SALUTATION = re.compile(
    r"^\s*TO\s*:?\s+(?:ALL|THE\s+(?:COURT|HONORABLE|PARTIES)|EACH|PLAINTIFFS?|DEFENDANTS?)\b[^a-z]*$"
)

# The salutation that opens a letter brief to the court ("Dear Judge Fairbrook:", "Dear
# Magistrate Judge Ortiz:", "Your Honor:").
LETTER_SALUTATION = re.compile(
    r"^\s*(?:Dear\s+(?:(?:Chief|Senior|Presiding|Magistrate|District|Bankruptcy|Circuit|U\.\s?S\.)"
    r"\s+)*(?:Judges?|Justices?)\b[^:]{0,60}|(?:Dear\s+)?Your\s+Honou?r)\s*[:,]\s*$"
)

# The title of a declaration or affidavit, whose body is numbered paragraphs.
DECLARATION_TITLE = re.compile(r"\b(?:DECLARATION|AFFIDAVIT)\s+OF\b", re.IGNORECASE)

# The oath closing a declaration ("I declare under penalty of perjury …").
ATTESTATION = re.compile(
    r"^\s*I\s+(?:declare|certify|verify|state|swear)(?:\s+and\s+\w+)?\s+under\s+penalty\s+of"
    r"\s+perjury",
    re.IGNORECASE,
)

# A court's decree: the numbered items after it are orders, not an outline.
DECREE = re.compile(r"\bIT\s+IS\s+(?:SO\s+|HEREBY\s+|FURTHER\s+)?ORDERED\b", re.IGNORECASE)

# The title of another document bundled in the same PDF (after a second caption or a
# signature block): a proposed order, a declaration, a notice, a memorandum, an exhibit.
PART_TITLE = re.compile(
    r"(?:^|\t)\s*(?P<title>(?:\[\s*PROPOSED\s*\]\s*)?(?:ORDER\b|DECLARATION\s+OF\b|"
    r"AFFIDAVIT\s+OF\b|NOTICE\s+OF\s+MOTION\b|MEMORANDUM\s+OF\s+POINTS\b|"
    r"EXHIBIT\s+[A-Z0-9]{1,3}\s*$)[^a-z\t]*)$"
)

# A notice of motion: its title ("NOTICE OF MOTION AND MOTION", "NOTICE OF DEFENDANTS'
# MOTION") or its opening words ("PLEASE TAKE NOTICE that …").
NOTICE_OF_MOTION = re.compile(
    r"\bNOTICE\s+OF\s+(?:\S+\s+){0,3}?MOTION\b|\bPLEASE\s+TAKE\s+NOTICE\b|"
    r"\bNOTICE\s+IS\s+HEREBY\s+GIVEN\b",
    re.IGNORECASE,
)

# The notice's own section title standing alone under the caption ("NOTICE OF MOTION AND
# MOTION"), not the document's full title naming the party and the relief.
# A heading that opens a notice of motion ("NOTICE OF MOTION AND MOTION TO THE COURT, …").
# A California demurrer opens with a "NOTICE OF DEMURRER AND DEMURRER" (Code Civ. Proc.
# § 430.10) where a motion has its notice of motion.
NOTICE_OPENING = re.compile(r"^\s*NOTICE\s+OF\s+(?:MOTION|APPLICATION|DEMURRER)\b", re.IGNORECASE)
NOTICE_SECTION_TITLE = re.compile(
    r"^\s*NOTICE\s+OF\s+(?:MOTION|APPLICATION|DEMURRER)"
    r"(?:\s+AND\s+(?:MOTION|APPLICATION|DEMURRER))?\s*[.:]?\s*$",
    re.IGNORECASE,
)

# A notice's address to the other side, its first words ("TO PLAINTIFF AND HER ATTORNEYS
# OF RECORD: PLEASE TAKE NOTICE …"): text, never the rest of a heading above it.
NOTICE_ADDRESS = re.compile(
    r"^\s*TO\s+(?:[\w'.,&-]+\s+){0,12}?(?:ATTORNEYS?|COUNSEL)\s+OF\s+RECORD\b"
)

# A ground of a motion on a court's form, its claim after the colon ("GROUND ONE: My lawyer did
# not file an appeal …", AO 243 and AO 241).
FORM_GROUND = re.compile(r"^\s*GROUND\s+(?:ONE|1)\s*:\s*\S")

# Top-level headings of a notice of motion, before its memorandum starts.
NOTICE_HEADING = re.compile(
    r"^\s*(?:NOTICE\s+OF\s+(?:\S+\s+){0,3}?MOTION\b|TO\s*:?\s*(?:ALL\s+)?(?:PARTIES|THE\s+"
    r"(?:COURT|HONORABLE))|(?:STATEMENT\s+OF\s+)?RELIEF\s+(?:SOUGHT|REQUESTED)|MOTION\b)",
    re.IGNORECASE,
)

# Back matter that is not argument: signature blocks and certificates.
# The line that names who signs for a party, under the party's name ("HALVORSEN MARINE
# GMBH," over "By its attorneys,", as Massachusetts and Virginia blocks open).
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)"
)
SIGNED_BY_COUNSEL = (
    r"^\s*By\s+(?:[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[Aa]ttorneys?|[Cc]ounsel)\s*[,:]?\s*$"
)
SIGNED_BY_COUNSEL_LINE = re.compile(SIGNED_BY_COUNSEL + r"|^\s*By\s+[Cc]ounsel\.?\s*$")
SIGNATURE_START = re.compile(
    r"^\s*(?:DATED|Dated)(?:\s*:|\s+(?:this|at|THIS|AT)\b)|^\s*By:\s*/s/|^\s*(?:Date|DATE)\s*:\s*\w+\s+\d|^\s*Respectfully\s+submitted\b|"
    r"^\s*RESPECTFULLY\s+SUBMITTED\b|^\s*/s/|"
    # the closing line an Ontario factum is signed under ("ALL OF WHICH IS RESPECTFULLY
    # SUBMITTED this 9th day of December, 2026.")
    r"^\s*(?:ALL\s+OF\s+WHICH\s+IS\s+RESPECTFULLY\s+SUBMITTED|All\s+of\s+which\s+is\s+"
    r"respectfully\s+submitted)\b|"
    # the closing words a Scottish note of argument or pleading is signed under, alone on
    # their line ("IN RESPECT WHEREOF", then counsel's name)
    r"^\s*(?i:in\s+respect\s+whereof)\s*$|"
    # the party a Connecticut signature block opens with ("THE PLAINTIFF," alone on its line)
    r"^\s*THE\s+(?:PLAINTIFFS?|DEFENDANTS?|PETITIONERS?|RESPONDENTS?|APPELLANTS?|APPELLEES?)"
    r"(?:[\s-]+(?:APPELLANTS?|APPELLEES?))?,\s*$|"
    # the place and date a brief is signed at, a sentence alone on its line, the day before
    # the month ("Lipa City for Manila, 2 December 2025.", as a Philippine petition signs; a
    # transcript's cover line "Eugene, Oregon, March 3, 2026" is none)
    r"^\s*[A-Z][\w'’.-]*(?:,?\s+[\w'’.-]+){0,5},\s+\d{1,2}(?:st|nd|rd|th)?\s+"
    + _MONTH
    + r",?\s+\d{4}\.\s*$|"
    # the date a North Carolina filing is signed ("This the 2nd day of December, 2024.")
    r"^\s*This\s+the\s+\d{1,2}(?:st|nd|rd|th)?\s+day\s+of\s+[A-Z][a-z]+,?\s+\d{4}\.?\s*$|"
    # the line a declaration under penalty of perjury is signed under (28 U.S.C. § 1746:
    # "Executed on September 14, 2026.", "Executed this 3rd day of May, 2025.")
    r"^\s*Executed\s+(?:on\s+[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}|this\s+\d{1,2}(?:st|nd|rd|th)?"
    r"\s+day\s+of\s+[A-Z][a-z]+)\b|"
    # a Virginia signature block: the party's name over "By Counsel" alone on its line, and
    # its Massachusetts kin, "By its attorneys,"
    r"^\s*By\s+[Cc]ounsel\.?\s*$|" + SIGNED_BY_COUNSEL,
)
# A notice set after a brief's signature, in capitals ("NOTICE OF INTENT TO APPEAR" under a
# class member's objection), or the requirement an Examiner's Answer states after the
# conferees' signatures when it makes a new ground of rejection ("REQUIREMENT UNDER 37 CFR
# 41.39(b)"): a section of the filing, not the signature block's.
NOTICE_AFTER_SIGNATURE = re.compile(
    r"^\s*(?:NOTICE\s+OF\s+[A-Z][A-Z ,'’-]*[A-Z]"
    r"|REQUIREMENT\s+UNDER\s+[A-Z\d][A-Z\d .§]*(?:\([A-Za-z\d]{1,3}\))*)\s*$"
)
# The sections a Philippine petition or comment goes on with after its signature: the
# verification under its longer title ("VERIFICATION AND CERTIFICATION AGAINST FORUM
# SHOPPING") and the EXPLANATION of service other than personal (Rule 13); the LIST OF
# AUTHORITIES South African heads of argument end with, after counsel's name: the filing's
# sections, not the signature block's.
SECTION_AFTER_SIGNATURE = re.compile(
    r"^\s*(?:(?i:verification\s+and\s+certification\b)[^.]{0,80}|EXPLANATION|Explanation"
    r"|LIST\s+OF\s+AUTHORITIES)\s*$"
)
# The appendices a USPTO appeal brief ends with right after its signature (37 C.F.R.
# § 41.37(c): "CLAIMS APPENDIX", "EVIDENCE APPENDIX") and an Australian submission's
# "ANNEXURE" after counsel's details: the filing's sections, not the signature block's (after
# a certificate, a "SHORT APPENDIX" stays back matter).
APPENDIX_AFTER_SIGNATURE = re.compile(
    r"^\s*(?:[A-Z][A-Z()’']*\s+){0,3}(?:APPENDIX|ANNEXURE)(?:\s+[A-Z\d]{1,2})?\s*$"
)
# A statement a court's rule asks for after the certificates, printed under its own title
# ("CIRCUIT RULE 30(d) STATEMENT", Seventh Circuit): a section of the brief, no certificate.
RULE_STATEMENT_TITLE = re.compile(
    r"^\s*CIRCUIT\s+RULE\s+\d+(?:\([A-Za-z0-9]{1,3}\))*\s+STATEMENT\s*$"
)
# The lines a signature block may open with, above its "By: /s/" or "Dated:" line: the firm's
# name ("SCHENCK ADEBAYO LLP", "Brandt & Oyelaran, P.C.") and whom it signs for.
SIGNATURE_LEAD = re.compile(
    r"^\s*(?:(?:Attorneys?|Counsel)\s+for\s+(?:the\s+)?[A-Z][^.]{0,80}"
    r"(?:\b(?:Inc|LLC|L\.L\.C|Corp|Co|Ltd|L\.P|N\.A|S\.A|GmbH|AG)\.?)?"
    r"|[A-Z][^.!?;:]{0,70}?,?\s+(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|P\.C\.?|P\.A\.|PLLC|PC|PA"
    r"|CHARTERED|Chartered)"
    r"|(?:THE\s+)?LAW\s+OFFICES?\s+OF\s+.{1,60}|(?i:the\s+law\s+offices?\s+of)\s+.{1,60}"
    # a government signer's office ("Chief Counsel", "Internal Revenue Service")
    r"|(?:(?:Acting|Assistant|Deputy|Associate|Special|Senior|Principal)\s+)*"
    r"(?:Chief\s+Counsel|General\s+Counsel|Area\s+Counsel|Attorney\s+General|Trial\s+Attorney|"
    r"(?:United\s+States|U\.\s?S\.)\s+Attorney|Solicitor\s+General|Director)\b.{0,60}"
    r"|(?:Office\s+of\s+(?:the\s+)?Chief\s+Counsel|Internal\s+Revenue\s+Service|"
    r"(?:U\.\s?S\.\s+|United\s+States\s+)?Department\s+of\s+[A-Z]\w+|Civil\s+Division|"
    r"Tax\s+Division|Commercial\s+Litigation\s+Branch)\b.{0,60})\s*$"
)
# The bar number a signer prints in a signature block ("USCAAF Bar No. 37812", "State Bar No.
# 24012345", "Bar ID: 4421"): the block's own line, whether or not one signs above it.
BAR_NUMBER_LINE = re.compile(
    r"^\s*(?:[A-Z][A-Za-z.]*\s+){0,3}(?:Bar|BAR)\s+(?:No|NO|Number|NUMBER|ID|Id)\.?\s*:?\s*#?"
    r"\s*\d[\d-]*\s*$"
)
# Whom a signature block signs for ("Counsel for the Appellant", "Attorneys for Petitioner"),
# under the signer's or the firm's name in capitals: the block's own line even when no
# "Respectfully submitted" nor "/s/" line opens it (an English skeleton, a Philippine petition);
# "Affiant" under the name of whom signs a Philippine verification.
COUNSEL_FOR_LINE = re.compile(
    r"^\s*(?:(?:Attorneys?|Counsel)\s+for\s+(?:the\s+)?[A-Z][^.]{0,80}|Affiant)$"
)
# A signer's name in capitals ("MARGARET L. OKONJO-HARTE"), part of a signature block's lead
# when an initial marks it as a name or the signer's office is printed under it.
SIGNER_NAME = re.compile(r"^\s*[A-Z][A-Z'’-]+\.?(?:\s+[A-Z][A-Z'’-]*\.?){1,4},?\s*$")
SIGNER_INITIAL = re.compile(r"^\s*[A-Z][A-Z'’-]+\s+[A-Z]\.\s+[A-Z][A-Z'’-]+")

# The title of a certificate, a verification or a like section that is no argument: it runs
# to the next heading the body goes on with (a verification before the memorandum, a
# certificate of interested entities before the introduction), else to the end.
CERTIFICATE_START = re.compile(
    # a certificate's title alone on its line, in any case (front_matter.CERTIFICATE_TITLES)
    r"^\s*" + front_matter.alternation(front_matter.CERTIFICATE_TITLES) + r"\s*[.:]?\s*$|"
    r"^\s*(?:CERTIFICATE|PROOF|DECLARATION)\s+OF\s+(?:(?:E-?)?FILING\s+AND\s+)?"
    r"(?:E-?)?(?:SERVICE|MAILING)\b|"
    # a filer's attestation of the other signatures; not a letter's "Attestation of Meet and
    # Confer", a section of its body (the conference its standing order asks for)
    r"^\s*(?:CERTIFICAT(?:E|ION)\s+OF\s+(?:COMPLIANCE|WORD\s+COUNT)|"
    r"ATTESTATION\b(?!\s+(?:OF|RE|REGARDING|AS\s+TO)\s+(?:THE\s+)?(?:MEET|CONFER)))|"
    # the word count certified under its own name ("WORD COUNT CERTIFICATION", 22 NYCRR
    # 202.8-b)
    r"^\s*WORD[\s-]+COUNT\s+(?:CERTIFICAT(?:E|ION)|STATEMENT)\s*$|"
    # the conference a local rule requires before a motion ("CERTIFICATE OF GOOD FAITH
    # CONFERENCE", S.D. Fla. L.R. 7.1(a)(3); "CERTIFICATE OF CONFERENCE", Texas)
    r"^\s*CERTIFICATE\s+OF\s+(?:GOOD[\s-]+FAITH\s+)?(?:CONFERENCE|CONFERRAL)\s*$|"
    # the interested entities or persons of California and Fifth Circuit practice
    r"^\s*CERTIFICAT(?:E|ION)\s+(?:AND\s+NOTICE\s+)?OF\s+INTERESTED\s+"
    r"(?:ENTITIES|PARTIES|PERSONS)\b|"
    # a petition's or a verified answer's verification, alone on its line
    r"^\s*(?-i:VERIFICATION|Verification)\s*$|"
    # a transcript's reporter's certificate: "CERTIFICATE OF OFFICIAL REPORTER", "REPORTER'S
    # CERTIFICATE", "C E R T I F I C A T E" alone, or its first words without a title
    r"^\s*CERTIFICATE\s+OF\s+(?:THE\s+)?(?:(?:OFFICIAL|COURT|CERTIFIED|SHORTHAND)\s+)*"
    r"(?:REPORTER|TRANSCRIBER|TRANSCRIPTIONIST)\b|"
    r"^\s*(?:(?:OFFICIAL\s+|COURT\s+)?(?:REPORTER|TRANSCRIBER)['’]?S\s+)?"
    r"(?-i:C\s?E\s?R\s?T\s?I\s?F\s?I\s?C\s?A\s?T\s?(?:E|I\s?O\s?N)|Certificate)\s*$|"
    r"^\s*I,?\s+(?:[^.;:]{0,120}?,\s*)?(?:do\s+)?(?:hereby\s+)?certify\s+that\s+the\s+"
    r"(?:foregoing|above)\b|"
    r"^\s*I,\s+[^.;:]{0,120}\b(?:Official|Certified|Registered|Court)\s+[^.;:]{0,40}"
    r"(?:Reporter|Transcriber)\b",
    re.IGNORECASE,
)

# Where a paragraph or heading ends: terminal punctuation, possibly inside closing quotes.
# A footnote call may follow ("opinions.1").
TERMINAL = re.compile(r"(?:[.:;?!][”\"’')\]]*|[”\"])\d{0,3}\s*$")

# A paragraph that ends without a period but is complete: a citation's parenthetical ("…
# 1130 (8th Cir. 2021)", "(Cal. Ct. App. 2019)") or a record cite ("Compl. ¶¶ 22-23",
# "Dkt. No. 57 at 4", "Tr. 41:3-9", "Ex. B"). A numbered heading may follow it directly.
CITATION_END = re.compile(
    r"(?:\([^()]*\b(?:1[89]|20)\d\d\)"
    r"|(?:¶¶?|§§?|\bat|\bDkt\.(?:\s+No\.)?|\bECF(?:\s+No\.)?|\bEx\.|\bTr\.|\bpp?\.)"
    r"\s*[\dA-Z][\d:.\-–, ]*)\s*$"
)

# A case citation in body text: "v." and the other party's name, a comma, then the volume,
# reporter and first page ("Casey v. City of Federal Heights, 509 F.3d 1278", "v. Mandalay
# Bay Corp., 99 F.3d 1", "Berman v. Freedom Fin. Network, LLC, 30 F.4th 849"). A line that
# holds one is the text under a heading, never the heading's wrapped title nor a "v." item.
CASE_CITATION = re.compile(
    r"(?:^|\s)v\.\s+[A-Z][^()]{0,160}?,\s+\d{1,4}\s+(?:[A-Z][A-Za-z]*\.?\s?){1,4}"
    r"(?:\d(?:d|th)\s+)?\d{1,6}\b"
)

# Abbreviations of names and of citations ("Mr.", "Inc.", "v.", "No.", "Ohio Rev. Code",
# "Wash. Rev. Stat.", "Fed. R. Civ. Proc."): a period after them ends no sentence nor heading.
# Each is matched as written or in capitals ("MR. OKAFOR'S TESTIMONY", "ACME CO. AND …"), never
# in lower case: "no.", "ill." or "mass." may well end a sentence.
_NAME_ABBREVIATIONS = (
    *("Mr", "Mrs", "Ms", "Dr", "Prof", "St", "No", "Nos", "Inc", "Co", "Corp", "Ltd", "Jr", "Sr"),
    *("v", "vs", r"U\.S", r"e\.g", r"i\.e"),
)
_CITATION_ABBREVIATIONS = (
    *("Cal", "Fed", "Civ", "Crim", "Evid", "App", "Supp", "Cir", "Dist", "Ct", "Ex", "Exs"),
    *("Dkt", "Decl", "Mot", "Opp", "Compl", "Id", "id", "Stat", "Ann", "Proc", "Prac", "Rem"),
    *("Sec", "Art", "Gen", "Bus", "Rev", "Reg", "Admin", "Div", "Pub", "Gov't", "Cf", "cf"),
    # states as cited ("Wash. Rev. Code", "Ky. Rev. Stat. Ann.")
    *("Ala", "Ariz", "Ark", "Colo", "Conn", "Del", "Fla", "Ga", "Haw", "Ill", "Ind", "Kan"),
    *("Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla"),
    *("Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo"),
)
# More that end no sentence, though a heading may end with them ("… the Bankruptcy Code.").
_SENTENCE_ONLY_ABBREVIATIONS = (
    *("Code", "Assn", "Ass'n", "Nat'l", "Int'l", "Bros", "al", "etc"),
    *("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept?", "Oct", "Nov", "Dec"),
    # the abbreviations of case names ("Lucent Techs.", "In re ERISA Litig.")
    *("Litig", "Servs?", "Techs?", "Univ", "Inst", "Am", "Sys", "Grp", "Mfg", "Indus", "Prods?"),
    *("Pharms?", "Labs?", "Commc'ns", "Comm'n", "Ins", "Fin", "Elec", "Mgmt", "Dev", "Cnty"),
    *("Auth", "Dep't", "Hosp", "Ctr", "Holdings", "Bhd", "Ry", "Transp", "Ent", "Cos"),
)


def _abbreviation_end(*groups: tuple[str, ...]) -> re.Pattern[str]:
    """A text ending in one of the abbreviations (as written or in capitals) or an initial,
    and its period."""
    words = [word for group in groups for word in group]
    either = dict.fromkeys([*words, *(word.upper() for word in words)])
    return re.compile(rf"(?:\b(?:{'|'.join(either)})|\b[A-Z])\.$")


# Abbreviations that end a word with a period but not a heading ("… Testimony of Mr.",
# "… TESTIMONY OF MR.", "… Under Ohio Rev."). "Code." is left out: a heading may end
# "… the Bankruptcy Code.".
HEADING_ABBREVIATION = _abbreviation_end(_NAME_ABBREVIATIONS, _CITATION_ABBREVIATIONS)
# A run-in heading: a short title ending in a period, then the text ("B. Standard of Review.
# Generally, a motion …"), or a title then a sentence opener and a comma ("… Review
# Generally, a motion …"). RUN_IN_PERIOD is where such a title may end: a word's period, then
# the text's first capital; the title runs on past an abbreviation's ("The Testimony of Mr.
# Okafor Is Reliable. He …").
RUN_IN_PERIOD = re.compile(r"[A-Za-z0-9)\]”’\"]\.\s+(?=[A-Z“\"(])")
RUN_IN_TITLE_CHARS = (5, 102)  # a run-in title's length, its period included
RUN_IN_OPENER = re.compile(
    r"^(?P<head>.{3,100}?)\s+(?P<body>(?:Generally|Here|First|Second|Third|Finally|However|Indeed|"
    r"Moreover|Further|Furthermore|Accordingly|Thus|Similarly|Nevertheless|Specifically|"
    r"Notably|Importantly|Additionally|Ultimately|Instead|Consequently|Therefore|Likewise|"
    r"Initially|Typically|Ordinarily|Historically),\s+[a-z].*)$"
)

# Where a run-in heading in capitals may end: its colon or period, then the text's first word
# in mixed case ("THE CONTRACT CLAIM FAILS: Plaintiff cannot …").
CAPS_RUN_IN_BREAK = re.compile(r"[A-Z0-9)\]”’\"](?P<end>[:.])\s+(?=[“\"]?[A-Z][a-z])")

# Where a sentence may end inside a line: terminal punctuation (maybe in closing quotes) and a
# space before a capital or an opening quote. Group "end" is just past the punctuation.
SENTENCE_BREAK = re.compile(r"(?P<end>[.?!][”\"’')\]]*)\s+(?=[A-Z“\"‘(])")
# Words that end in a period without ending a sentence ("Mr. Roe", "Inc. v.", "No. 4").
SENTENCE_ABBREVIATION = _abbreviation_end(
    _NAME_ABBREVIATIONS, _CITATION_ABBREVIATIONS, _SENTENCE_ONLY_ABBREVIATIONS
)
# Short words a title-case heading leaves in lower case ("with", "from", "that").
TITLE_MINOR_WORDS = frozenset(
    {
        *("with", "from", "into", "onto", "upon", "over", "than", "that", "when", "were"),
        *("without", "under", "about", "after", "before", "because", "between", "through"),
        *("within", "against", "during", "where", "which", "while", "whether"),
    }
)
# Short words a title leaves in lower case: articles, short conjunctions and prepositions,
# and the "v." of a case name.
TITLE_SMALL_WORDS = frozenset(
    {
        *("a", "an", "the", "and", "but", "or", "nor", "for", "yet", "so", "as", "at", "by"),
        *("in", "of", "off", "on", "per", "to", "up", "via", "v", "vs", "et", "al", "re"),
    }
)
# A word enumerator opening a heading: a New York memorandum's "POINT I:", "POINT 3 -", "POINT
# ONE"; a habeas petition's "GROUND ONE:" ("FIRST GROUND"); "CLAIM TWO", "ISSUE 1", "Issue One:",
# "Argument 2."; an Ohio appellate brief's "ASSIGNMENT OF ERROR NO. 1:", "FIRST ASSIGNMENT OF
# ERROR", "PROPOSITION OF LAW NO. II" and the answer's "Response to Assignments of Error Nos. 1
# and 2:" (an Oregon answer's "Response to the Second and Fourth Assignments of Error"); an
# Oklahoma brief's "PROPOSITION I" (its title after a colon or on the next line); a Texas
# brief's "ISSUE NO. 1:" and an appellee's unnumbered "Cross-Issue:"; a Texas trial brief's
# section sign, "§ 5. The DTPA claim is time-barred."; an answer's "Issues 2 and 3:". The
# keyword is in capitals, or capitalised with a colon, dot or dash after the number ("Claim 1
# recites …" is a sentence). Its words before the number name its level
# (:func:`lawdiff.segment.outline.readings`).
# number words to FIFTEEN: a New York memorandum's "POINT ELEVEN" (longest first, so that
# "FOURTEEN" is not read as "FOUR")
NUMBER_WORDS = (
    *("ONE", "TWO", "THREE", "FOUR", "FIVE", "SIX", "SEVEN", "EIGHT", "NINE", "TEN"),
    *("ELEVEN", "TWELVE", "THIRTEEN", "FOURTEEN", "FIFTEEN"),
)
_LONGEST_FIRST = sorted(NUMBER_WORDS, key=len, reverse=True)
_NUMBER = rf"(?:[IVXLC]{{1,7}}|\d{{1,2}}|{'|'.join(_LONGEST_FIRST)})"
_NUMBER_TITLE = rf"(?:[IVXLC]{{1,7}}|\d{{1,2}}|{'|'.join(w.capitalize() for w in _LONGEST_FIRST)})"
_ORDINAL = r"(?:FIRST|SECOND|THIRD|FOURTH|FIFTH|SIXTH|SEVENTH|EIGHTH|NINTH|TENTH)"
_ERROR_NO = r"(?:ASSIGNMENTS?\s+OF\s+ERROR|PROPOSITIONS?\s+OF\s+LAW)\s+(?:NOS?\.?\s*)?"
# Further label words a point is numbered by, each a level of its own: a Kansas brief on
# exceptions' "Exception No. 5:", an objector's "OBJECTION NO. 2", a plea in law's "Plea 3:".
_LABEL_WORDS = r"Exception|Objection|Plea"
POINT_START = re.compile(
    r"^\s*(?P<enum>(?:POINT|GROUND|CLAIM|ISSUE|ARGUMENT|" + _LABEL_WORDS.upper() + r")\s+"
    r"(?:NO\.\s*)?" + _NUMBER + r"|"
    # an answer's points taken together: "ISSUES 2 AND 3:", "Issues 2 and 3:"
    r"(?:(?:POINTS|GROUNDS|CLAIMS|ISSUES)\s+(?:NOS\.\s*)?"
    + _NUMBER
    + r"(?:\s*(?:,|AND|&)\s*"
    + _NUMBER
    + r")+|"
    r"(?:Points|Grounds|Claims|Issues)\s+(?:Nos\.\s*)?\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)"
    # a Nigerian respondent's "ISSUES ONE AND FIVE ARGUED TOGETHER: Whether …"; a dash
    # opening a range is none ("Claims 1, 3 and 15-18 stand or fall together": a sentence)
    r"(?=(?:\s+(?i:argued|taken|dealt\s+with|considered)\s+(?i:together))?\s*(?:[.:—]|[\-–](?!\d))"
    r"|\s*$)|"
    # roman only, and ending there or at its colon, dot or dash ("PROPOSITION 65 REQUIRES" is
    # California's law, no enumerator)
    r"PROPOSITION\s+[IVXLC]{1,7}(?=\s*[.:\-–—]|\s*$)|"
    # a Texas trial brief's section sign: "§ 5. The DTPA claim is time-barred." (its title
    # on the line, opening with a capital; "§ 17.50(c) provides", "§ 1291." and "§ 6, and"
    # in wrapped text are none)
    r"§\s+\d{1,2}(?=\.\s+[“\"‘']?[A-Z])|"
    # a Texas petition for discretionary review's "GROUND FOR REVIEW NUMBER ONE" (Tex. R. App.
    # P. 68.4(f)), the ground restated below it, and the State's "REPLY TO GROUNDS FOR REVIEW
    # NUMBERS TWO AND THREE"
    r"(?:REPLY\s+TO\s+)?GROUNDS?\s+FOR\s+REVIEW\s+(?:NUMBERS?\s+|NOS?\.\s*)"
    + _NUMBER
    + r"(?:\s*(?:,|AND|&)\s*"
    + _NUMBER
    + r")*|"
    r"(?:RESPONSE\s+TO\s+)?"
    + _ERROR_NO
    + _NUMBER
    + r"(?:\s*(?:,|AND|&)\s*"
    + _NUMBER
    + r")*|"
    + _ORDINAL
    + r"\s+(?:GROUND|POINT|ISSUE|ARGUMENT|ASSIGNMENT\s+OF\s+ERROR|PROPOSITION\s+OF\s+LAW)|"
    # capitalised: only with its colon, dot or dash
    r"(?:(?:Point|Ground|Claim|Issue|Argument|"
    + _LABEL_WORDS
    + r")\s+(?:No\.\s*)?"
    + _NUMBER_TITLE
    + r"|"
    # an appellee's cross-point, after the points it answers ("Cross-Issue:", "CROSS-POINT")
    r"(?i:CROSS[- ](?:ISSUE|POINT))|"
    r"(?:Response\s+to\s+)?(?:Assignments?\s+of\s+Error|Propositions?\s+of\s+Law)\s+"
    r"(?:Nos?\.?\s*)?\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*|"
    # an answering brief's "Response to the Second and Fourth Assignments of Error"
    r"Response\s+to\s+the\s+"
    + _ORDINAL.title()
    + r"(?:\s*(?:,|and|&)\s*"
    + _ORDINAL.title()
    + r")*\s+(?:Assignments?\s+of\s+Error|Propositions?\s+of\s+Law)|"
    + _ORDINAL.title()
    + r"\s+(?:Ground|Point|Issue|Argument))(?=\s*[.:\-–—]|\s*$))"
    r"\b\s*[.:\-–—]?\s*(?P<title>.*)$"
)

# A lettered heading's title that names the labelled point it argues, commas and all: an EU
# application's "First plea in law, alleging …", the defence's "On the first and third pleas,
# alleging …", "Second ground of appeal: …".
LABELLED_POINT_TITLE = re.compile(
    r"^\s*(?:On\s+the\s+)?(?i:" + _ORDINAL + r")(?:\s*(?:,|and|&)\s*(?i:" + _ORDINAL + r"))*"
    r"\s+(?i:pleas?|grounds?|complaints?|objections?|exceptions?)\b"
)

# A footnote call in body text: a number glued to a word or punctuation ("process.2").
FOOTNOTE_CALL = r"(?<=[A-Za-z.,;:”’\")\]]){number}(?=\s|$|[.,;:])"
# A superscript call read with a space before it ("review. 1 (ECF …"): only after sentence
# punctuation, and not after "No." or "¶" (where a number is no call).
FOOTNOTE_CALL_SPACED = (
    r"(?<=[.,;:”’\")\]])(?<!No\.)(?<!Nos\.)(?<!Dkt\.)(?<!p\.)(?<!pp\.)(?<!§\.) {number}(?=\s)"
)

# A footnote's first line at the bottom of a page: "3 See, e.g., …" or a lone "3".
FOOTNOTE_START = re.compile(r"^\s*(?P<num>\d{1,3})(?:\s+(?P<rest>\S.*))?$")

# A date written out ("December 18, 2024"): its comma parts no clauses of a sentence.
DATE_COMMA = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+\d{1,2}(?P<comma>,)\s+\d{4}\b"
)
# A patent's claims listed by number ("claims 1, 3-8 and 15-18"): their commas part no
# clauses either (a ground of rejection names them in its heading).
CLAIM_LIST = re.compile(r"\b[Cc]laims\s+\d{1,3}(?:[-–]\d{1,3})?(?:,\s+\d{1,3}(?:[-–]\d{1,3})?)+")

# What marks a sentence of body text, never a heading: a record cite ("(Dkt. 68, …)", "ECF
# No. 12") or a defined term in parentheses ('LLC ("Kestrel")', '(the "Agreement")').
PROSE_MARK = re.compile(
    r"\b(?:Dkt|ECF|Doc|D\.E)\.?\s*(?:No\.\s*|#\s*)?\d"
    r"|\((?:the\s+|collectively,?\s+)?[“\"][^”\"]{1,40}[”\"]\)"
)

# A statute's section closing a heading, with the code it is in ("… expenses of litigation
# under O.C.G.A. § 13-6-11", "… untimely under section 12").
SECTION_END = re.compile(
    r"(?:\s+(?:[A-Z][A-Za-z]*\.){1,5})?\s+(?:[Ss]ection|§{1,2})\s*\d[\w.:-]*"
    r"(?:\([A-Za-z0-9]{1,4}\))*$"
)

# The start of a line that goes on a heading that has not ended and opens no sentence nor
# heading: a section or paragraph sign, a closing bracket, or a statute cited by chapter or
# title ("G. L. c. 40A, § 17.", "M.G.L. c. 93A", "42 U.S.C. § 1983", "28 U.S.C. 1332(d)").
HEADING_TAIL = re.compile(
    r"^\s*(?:[§¶)\]]|(?:M\.\s?)?G\.\s?L\.\s+c\.\s*\d|\d{1,3}\s+U\.\s?S\.\s?C\.(?:\s|$))"
)

# A word naming a provision, ending a line whose heading goes on with the provision's number
# on the next ("… Dismissal of Her Section" / "15(a) Claim for Lack of Standing").
PROVISION_END = re.compile(
    r"\b(?:Section|Sections|Subsection|Rule|Rules|Article|Paragraph|Clause)\s*$", re.IGNORECASE
)

# The REASONS a written case to the UK Supreme Court or Privy Council ends with, its paragraph
# running on into the word ("… should be allowed for the following among other" / "REASONS"):
# a heading over the numbered reasons, though the sentence above goes on in it.
REASONS_LINE = re.compile(r"^\s*REASONS\s*$")

# A statute's subsection closing a heading ("… Under Section 362(d)(3)", "Rule 12(b)(6).").
SUBSECTION_END = re.compile(r"\w(?:\([A-Za-z0-9]{1,4}\))+\.?$")

# Text that reads as a case citation, not a heading ("Jones, 465 U.S. 783 (1984)"), or as a
# short-form cite, a volume and an abbreviated reporter before "at" ("Ulbrich, 310 Conn. at
# 410-12", "Id., 99 F.3d at 4"), or a statute cited by its year and chapter (a Canadian
# memorandum's list of legislation: "Supreme Court Act, R.S.C. 1985, c. S-26, s. 40(1)").
CITATION_HINT = re.compile(
    r"\bv\.\s|\(\d{4}\)|\d+\s+(?:U\.S\.|F\.\s?(?:\dd|Supp))"
    r"|\b\d{1,4}\s+(?:[A-Z][A-Za-z]*\.\s?){1,4}(?:\d(?:d|th)\s+)?at\s+\d"
    r"|\b(?:1[89]|20)\d\d,?\s+c\.\s+[A-Z]?-?\d"
)

# A case named without its citation ("Heck v. Humphrey", "Monell v. Department"): a point
# written as a sentence may name one ("In the alternative, Heck v. Humphrey bars the claim.").
CASE_NAME = re.compile(r"\b[A-Z][\w'’&.-]*\s+v\.\s+[A-Z][\w'’&-]*")

# Words: for the capitalisation tests of heading candidates.
WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
LETTERS = re.compile(r"[A-Za-z]")
# A statute's subsection letters after its number ("§ 3133(b)(2)", "RULE 23(e)(2)"): printed in
# lower case whatever the case of the heading around them, no sign of it where a title in
# capitals wraps onto them (heading_extent).
SUBSECTION_LETTERS = re.compile(r"(?<=[\d)])\([a-z]{1,4}\)")

# A reference tag closing a heading after its sentence: the issue, enumeration, assignment or
# point of the brief the heading argues ("… official immunity. (Enumeration 4)", "… (Issue
# No. 2)", "… (Assignment of Error III)", a Missouri answer's "(Response to Points III and
# IV)"); capitalised words and a number, no record cite nor exhibit. Or the rule of appellate
# procedure a consideration for review invokes, as a sentence of its own ("… common areas it
# controls. RAP 13.4(b)(1).", Washington).
_TAG_NUMBER = r"(?:\d{1,2}|[IVX]{1,5}|[A-Z]|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)"
HEADING_TAG = re.compile(
    r"(?<=[.?!])\s+\((?!(?:See|Exhibit|Appendix|Tab|Attachment)\b)"
    r"(?:[A-Z][a-z]+\s+){1,3}(?:(?:of|to)\s+[A-Z][a-z]+\s+)?(?:No\.\s*)?"
    + _TAG_NUMBER
    + r"(?:\s+and\s+"
    + _TAG_NUMBER
    + r")?\)$"
    r"|(?<=[.?!])\s+RAP\s+\d{1,2}\.\d{1,2}(?:\([a-z0-9]{1,3}\))+\.$"
)

# The answer a heading put as a question gives on its own line ("1. Is the claim timely? Yes.",
# "(a) Did the concealment toll the period? No.", an Arkansas brief's argument points): none of
# the question's sentences; a question with more text after it is a paragraph's.
QUESTION_ANSWER = re.compile(r"(?<=\?)\s+(?:Yes|No)(?:,\s+in\s+part)?[.!]$")

# The label of a part of a brief alone on its line over the part's title (a Georgia brief's
# "PART ONE" over "STATEMENT OF THE CASE AND FACTS", Ga. Ct. App. R. 25): one heading with it.
PART_LABEL = re.compile(
    r"^\s*PART\s+(?:ONE|TWO|THREE|FOUR|FIVE|SIX|[IVX]{1,4}|\d{1,2})\s*[.:]?\s*$"
)

# The first part of a brief divided into parts, its label alone on its line or before its
# title in capitals ("PART ONE", "PART I: STATEMENT OF THE CASE"): the body starts there.
FIRST_PART = re.compile(r"^\s*PART\s+(?:ONE|I|1)\s*(?:[.:]\s*)?(?:$|[.:]?\s+[^a-z]+$)")

# The first chapter of a memorial divided into chapters, its label alone on its line or before
# its title in capitals ("CHAPTER I — INTRODUCTION", "CHAPTER ONE: THE FACTS"): as a brief's
# first part, it opens the body.
FIRST_CHAPTER = re.compile(
    r"^\s*CHAPTER\s+(?:ONE|I|1)\s*(?:[.:\-–—]\s*)?(?:$|[.:\-–—]?\s*[^a-z]+$)"
    # in title case too, its title after a colon or dash ("Chapter I — Introduction")
    r"|^\s*Chapter\s+(?:One|I|1)\s*(?:[:–—]|\s-)\s*[A-Z].{0,80}$"
)
# A memorial's chapter line in any case, its title after a colon or dash ("CHAPTER II — THE
# FACTS", "Chapter Ii — the Facts" as a recasing leaves it): a top heading of its own.
CHAPTER_LINE = re.compile(
    r"^\s*(?:CHAPTER|Chapter)\s+(?:[IVXLC]{1,7}|[IVXLC][ivxlc]{1,6}|\d{1,2}|"
    + "|".join(_LONGEST_FIRST)
    + r"|"
    + "|".join(w.capitalize() for w in _LONGEST_FIRST)
    + r")\s*(?:[:–—]|\s-)\s*[A-Z].{0,80}$"
)

# The title of a memorandum in capitals alone on its line ("MEMORANDUM OF LAW IN SUPPORT OF
# PLAINTIFF'S ANSWER TO …", "MEMORANDUM OF POINTS AND AUTHORITIES").
MEMORANDUM_TITLE = re.compile(r"^\s*MEMORANDUM\s+OF\s+(?:LAW|POINTS\s+AND\s+AUTHORITIES)\b[^a-z]*$")

# A topic label of one or two words run in at a paragraph's head, its period, then the text's
# first capital ("Materiality. The materiality threshold is low.", "False oath. The …").
LABEL_RUN_IN = re.compile(r"^(?P<label>[A-Z][a-z]{2,}(?:\s+[a-z]{2,})?)(?P<end>\.)\s+(?=[A-Z])")
